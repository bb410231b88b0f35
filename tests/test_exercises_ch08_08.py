"""Checkers of notebook 08-08 (Korean automatic spacing with a character BiGRU tagger)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch08_08 import (
    bidirectional_gru_params,
    check_bigru_params,
    check_eojeol_count,
    check_threshold_choice,
    threshold_f1,
)


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_bigru_params(None, 3, 2)
    assert not check_threshold_choice(None, [[0, 1, 0]], [np.array([0.1, 0.9, 0.0])])
    assert not check_eojeol_count(None, "가 나", "가 나")
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_bigru_params_matches_keras() -> None:
    keras = pytest.importorskip("keras")
    for d, u in ((48, 96), (5, 3)):
        model = keras.Sequential(
            [keras.Input(shape=(None, d)), keras.layers.Bidirectional(keras.layers.GRU(u, return_sequences=True))]
        )
        assert bidirectional_gru_params(d, u) == model.count_params()
        assert check_bigru_params(model.count_params(), d, u)


def test_bigru_params_typical_mistakes() -> None:
    d, u = 48, 96
    one_bias = 2 * 3 * (d * u + u * u + u)
    assert "한 방향" in check_bigru_params(bidirectional_gru_params(d, u) // 2, d, u).message
    assert "(2, 3u)" in check_bigru_params(one_bias, d, u).message
    assert "LSTM" in check_bigru_params(2 * 4 * (d * u + u * u + u), d, u).message
    assert "빠뜨렸습니다" in check_bigru_params(2 * 3 * (d * u + u * u), d, u).message
    assert "W_h" in check_bigru_params(2 * (3 * d * u + 6 * u), d, u).message
    assert "2를 곱하세요" in check_bigru_params(7, d, u).message
    assert "정수" in check_bigru_params(float(bidirectional_gru_params(d, u)), d, u).message
    assert check_bigru_params(np.int64(bidirectional_gru_params(d, u)), d, u)


def _brute_f1(gold: list[list[int]], probs: list[np.ndarray], t: float) -> float:
    """F1 of spaces over every gap but the last of each text, counted by hand."""
    tp = fp = fn = 0
    for g, p in zip(gold, probs, strict=True):
        for a, q in zip(g[:-1], p[:-1], strict=True):
            b = int(q > t)
            tp += a == 1 and b == 1
            fp += a == 0 and b == 1
            fn += a == 1 and b == 0
    precision, recall = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@pytest.fixture(scope="module")
def valid_like() -> tuple[list[list[int]], list[np.ndarray]]:
    rng = np.random.default_rng(88)
    gold, probs = [], []
    for n in rng.integers(3, 30, size=40):
        g = (rng.random(n) < 0.3).astype(int)
        g[-1] = 0
        p = np.clip(0.6 * g + rng.normal(0.2, 0.2, size=n), 0, 1)  # informative but noisy
        gold.append(g.tolist())
        probs.append(p)
    return gold, probs


def test_threshold_f1_equals_brute_force(valid_like) -> None:
    gold, probs = valid_like
    for t in (0.2, 0.5, 0.7):
        assert threshold_f1(gold, probs, t) == pytest.approx(_brute_f1(gold, probs, t), abs=1e-12)


def test_threshold_choice(valid_like) -> None:
    gold, probs = valid_like
    grid = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
    measured = {t: _brute_f1(gold, probs, t) for t in grid}
    best = max(measured, key=measured.__getitem__)
    assert check_threshold_choice({"threshold": best, "f1": measured[best]}, gold, probs, grid)
    assert check_threshold_choice({"threshold": np.float64(best), "f1": np.float32(measured[best])}, gold, probs, grid)
    worse = min(measured, key=measured.__getitem__)
    assert measured[worse] < measured[best]
    assert "더 높습니다" in check_threshold_choice({"threshold": worse, "f1": measured[worse]}, gold, probs).message
    assert "검증 F1은" in check_threshold_choice({"threshold": best, "f1": measured[best] - 0.01}, gold, probs).message
    assert "중에서" in check_threshold_choice({"threshold": 0.55, "f1": 0.9}, gold, probs).message
    assert "사전" in check_threshold_choice(0.5, gold, probs).message
    assert "숫자" in check_threshold_choice({"threshold": "0.5", "f1": 0.9}, gold, probs).message
    assert "수가 다릅니다" in check_threshold_choice({"threshold": 0.5, "f1": 0.9}, gold, probs[:-1]).message


def test_eojeol_count() -> None:
    reference, spaced = "모든 국민은 법 앞에 평등하다", "모든국민은 법앞에 평등하다"
    # 모든 ✗ (no space after), 국민은 ✗ (no space before), 법 ✗, 앞에 ✗, 평등하다 ✓
    assert check_eojeol_count(1 / 5, reference, spaced)
    assert check_eojeol_count(0.2, reference, spaced)
    assert "분모" in check_eojeol_count(1 / 3, reference, spaced).message
    wrong = check_eojeol_count(0.6, reference, spaced)
    assert not wrong and "하나씩" in wrong.message
    assert "비율" in check_eojeol_count("1/5", reference, spaced).message
    assert check_eojeol_count(1.0, reference, reference)
