"""Checkers of notebook 08-05 (RNN language model)."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from course_utils import lm_data
from course_utils.exercises.ch08_05 import (
    check_min_count_effect,
    check_rnnlm_param_count,
    rnnlm_param_count,
    vocabulary_effect,
)


@pytest.mark.parametrize("cell", ["SimpleRNN", "GRU", "LSTM"])
def test_param_count_matches_keras(cell: str) -> None:
    keras = pytest.importorskip("keras")
    model = keras.Sequential(
        [
            keras.Input(shape=(None,), dtype="int32"),
            keras.layers.Embedding(50, 8),
            getattr(keras.layers, cell)(6, return_sequences=True),
            keras.layers.Dense(50, activation="softmax"),
        ]
    )
    assert sum(rnnlm_param_count(50, 8, 6, cell).values()) == model.count_params()
    with pytest.raises(ValueError, match="cell must be"):
        rnnlm_param_count(50, 8, 6, "RNN")


def test_check_rnnlm_param_count(capsys: pytest.CaptureFixture[str]) -> None:
    V, m, H = 5000, 100, 128
    total = V * m + m * H + H * H + H + H * V + V
    assert check_rnnlm_param_count(total, V, m, H)
    assert "임베딩 행렬 E" in check_rnnlm_param_count(total - V * m, V, m, H).message
    assert "출력층의 편향" in check_rnnlm_param_count(total - V, V, m, H).message
    assert "은닉층의 편향" in check_rnnlm_param_count(total - H, V, m, H).message
    assert "W (H x H)" in check_rnnlm_param_count(total - H * H, V, m, H).message
    assert "편향 두 개" in check_rnnlm_param_count(total - H - V, V, m, H).message
    assert "정수" in check_rnnlm_param_count(float(total), V, m, H).message
    assert "아닙니다" in check_rnnlm_param_count(7, V, m, H).message
    assert not check_rnnlm_param_count(None, V, m, H)
    assert "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


TRAIN = [["▁파일", "을", "▁열", "다"], ["▁파일", "을", "▁닫", "다"], ["▁셀", "을", "▁열", "다"]]
TEST = [["▁파일", "을", "▁지우", "다"], ["▁셀", "을", "▁닫", "다"]]
SENTENCES = ["파일을 지우다", "셀을 닫다"]


def _by_hand(min_count: int) -> tuple[float, float]:
    counts = Counter(t for s in TRAIN for t in s)
    vocab = {t for t, c in counts.items() if c >= min_count}
    tokens = [t for s in TEST for t in s]
    unk = [t for t in tokens if t not in vocab]
    spell = lm_data.speller("morpheme", "help")
    bits = sum(spell.nll(t) for t in unk) / math.log(2) / sum(len(s) + 1 for s in SENTENCES)
    return len(unk) / len(tokens), bits


def test_vocabulary_effect_by_hand() -> None:
    # min 2: vocab {파일, 을, 열, 다}: 지우, 셀, 닫 unknown (3 of 8); min 3: {을, 다}: 4 of 8 unknown
    assert vocabulary_effect(TRAIN, TEST, SENTENCES, 2)[0] == pytest.approx(3 / 8)
    assert vocabulary_effect(TRAIN, TEST, SENTENCES, 3)[0] == pytest.approx(4 / 8)
    for k in (1, 2, 3):
        assert vocabulary_effect(TRAIN, TEST, SENTENCES, k) == pytest.approx(_by_hand(k))


def test_check_min_count_effect() -> None:
    right = {k: _by_hand(k) for k in (2, 3)}
    assert check_min_count_effect(right, TRAIN, TEST, SENTENCES, (2, 3))
    percent = {k: (100 * r, b) for k, (r, b) in right.items()}
    assert "퍼센트" in check_min_count_effect(percent, TRAIN, TEST, SENTENCES, (2, 3)).message
    nats = {k: (r, b * math.log(2)) for k, (r, b) in right.items()}
    assert "nat" in check_min_count_effect(nats, TRAIN, TEST, SENTENCES, (2, 3)).message
    swapped = {2: right[3], 3: right[2]}
    assert "<unk> 비율" in check_min_count_effect(swapped, TRAIN, TEST, SENTENCES, (2, 3)).message
    wrong_bits = {k: (r, b + 0.5) for k, (r, b) in right.items()}
    assert "철자 비용이 다릅니다" in check_min_count_effect(wrong_bits, TRAIN, TEST, SENTENCES, (2, 3)).message
    assert "사전" in check_min_count_effect([1, 2], TRAIN, TEST, SENTENCES, (2, 3)).message
    assert "두 숫자" in check_min_count_effect({2: 0.1, 3: 0.2}, TRAIN, TEST, SENTENCES, (2, 3)).message
