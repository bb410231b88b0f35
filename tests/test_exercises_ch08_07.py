"""Checkers of notebook 08-07 (char RNN)."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from course_utils.exercises.ch08_07 import (
    char_windows,
    check_char_windows,
    check_temperature_entropy,
    check_vocab_min_count,
    tempered_entropy,
    vocab_stats,
)
from course_utils.generate import sliding_windows, temperature_probs

IDS = np.array([5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7], dtype=np.int32)
TRAIN = ["가나다 가나", "다라 가가", "ABC abc"]
VALID = ["가나 마바", "abc d"]


def test_char_windows_match_sliding_windows_and_hand_made() -> None:
    X, Y = char_windows(IDS, 4)
    assert X.tolist() == [[5, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8]]
    assert Y.tolist() == [[1, 4, 1, 5], [9, 2, 6, 5], [3, 5, 8, 9]]
    X_ref, Y_ref = sliding_windows(IDS, 4)  # the package's generic version, stride = window
    assert np.array_equal(X, X_ref) and np.array_equal(Y, Y_ref)
    with pytest.raises(ValueError, match="positive int"):
        char_windows(IDS, 0)
    with pytest.raises(ValueError, match="at least"):
        char_windows(IDS[:3], 4)


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_char_windows(None, IDS, 4)
    assert not check_vocab_min_count(None, TRAIN, VALID)
    assert not check_temperature_entropy(None, [0.5, 0.5])
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_check_char_windows_right_and_wrong() -> None:
    X, Y = char_windows(IDS, 4)
    assert check_char_windows((X, Y), IDS, 4)
    assert check_char_windows((X.tolist(), Y.tolist()), IDS, 4)
    assert "한 칸 밀지 않았습니다" in check_char_windows((X, X.copy()), IDS, 4).message
    assert "many-to-one" in check_char_windows((X, Y[:, -1]), IDS, 4).message
    back = np.array([IDS[max(i * 4 - 1, 0) : max(i * 4 - 1, 0) + 4] for i in range(3)])
    assert "반대 방향" in check_char_windows((X, back), IDS, 4).message
    assert "X 의 모양" in check_char_windows((X[:2], Y[:2]), IDS, 4).message
    assert "X 의 값" in check_char_windows((X + 1, Y), IDS, 4).message
    assert "Y 의 값" in check_char_windows((X, Y + 1), IDS, 4).message
    assert "(X, Y)" in check_char_windows(X, IDS, 4).message
    assert "정수 id" in check_char_windows((["a"], ["b"]), IDS, 4).message


def test_vocab_stats_by_brute_force() -> None:
    for m in (1, 2, 3):
        counts = Counter(ch for text in TRAIN for ch in text)
        kept = [ch for ch in counts if counts[ch] >= m]
        valid_chars = [ch for text in VALID for ch in text]
        rate = sum(ch not in kept for ch in valid_chars) / len(valid_chars)
        assert vocab_stats(TRAIN, VALID, m) == (len(kept), pytest.approx(rate))
    with pytest.raises(TypeError):
        vocab_stats("가나", VALID, 1)
    with pytest.raises(ValueError):
        vocab_stats(TRAIN, VALID, 0)


def test_check_vocab_min_count_right_and_wrong() -> None:
    right = {m: vocab_stats(TRAIN, VALID, m) for m in (1, 2, 5)}
    assert check_vocab_min_count(right, TRAIN, VALID)
    assert "min_count [5]" in check_vocab_min_count({1: right[1], 2: right[2]}, TRAIN, VALID).message
    plus_special = dict(right)
    plus_special[2] = (right[2][0] + 2, right[2][1])
    assert "특수 기호" in check_vocab_min_count(plus_special, TRAIN, VALID).message
    percent = dict(right)
    percent[2] = (right[2][0], 100 * right[2][1])
    assert "퍼센트" in check_vocab_min_count(percent, TRAIN, VALID).message
    off = dict(right)
    off[5] = (right[5][0], right[5][1] + 0.01)
    assert "unk 비율" in check_vocab_min_count(off, TRAIN, VALID).message
    fewer = dict(right)
    fewer[1] = (right[1][0] - 1, right[1][1])
    assert "글자 수" in check_vocab_min_count(fewer, TRAIN, VALID).message
    assert "딕셔너리" in check_vocab_min_count([1, 2], TRAIN, VALID).message
    assert "숫자가 아닙니다" in check_vocab_min_count({1: ("a", 0.1), 2: right[2], 5: right[5]}, TRAIN, VALID).message


def test_tempered_entropy_against_temperature_probs() -> None:
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(30))
    for T in (0.3, 0.5, 1.0, 1.5, 4.0):
        q = temperature_probs(p, T, probs=True)  # the package's softmax(ln p / T)
        assert tempered_entropy(p, T) == pytest.approx(float(-(q * np.log2(q)).sum()), rel=1e-9)
    entropies = [tempered_entropy(p, T) for T in (0.25, 0.5, 1.0, 1.5, 3.0)]
    assert entropies == sorted(entropies)  # higher temperature, flatter distribution
    assert tempered_entropy(np.full(8, 1 / 8), 0.7) == pytest.approx(3.0)
    assert tempered_entropy([1.0, 0.0], 1.0) == 0.0
    with pytest.raises(ValueError):
        tempered_entropy(p, 0.0)
    with pytest.raises(ValueError):
        tempered_entropy([0.5, 0.6], 1.0)


def test_check_temperature_entropy_right_and_wrong() -> None:
    p = np.random.default_rng(1).dirichlet(np.ones(20))
    temps = (0.5, 1.0, 1.5)
    right = {T: tempered_entropy(p, T) for T in temps}
    assert check_temperature_entropy(right, p, temps)
    nats = {T: v * math.log(2) for T, v in right.items()}
    assert "nat" in check_temperature_entropy(nats, p, temps).message
    inverted = {T: tempered_entropy(p, 1.0 / T) for T in temps}
    assert "p ** T" in check_temperature_entropy(inverted, p, temps).message
    assert "값이 없습니다" in check_temperature_entropy({0.5: right[0.5]}, p, temps).message
    wrong = dict(right)
    wrong[1.5] = right[1.5] + 0.5
    assert "다릅니다" in check_temperature_entropy(wrong, p, temps).message
    assert "딕셔너리" in check_temperature_entropy([1, 2, 3], p, temps).message
