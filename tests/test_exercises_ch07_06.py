"""Checkers of notebook 07-06 (overfitting)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_06 import (
    check_dropout_scale,
    check_penalty,
    check_unseen_words,
    unseen_words,
    weight_penalty,
)


def _bag_of_words() -> np.ndarray:
    X = np.zeros((4, 6), dtype=np.float32)  # column 0: Keras' reserved index, always 0
    X[0, [1, 2]] = 1
    X[1, [2]] = 1
    X[2, [3]] = 1
    X[3, [5]] = 1
    return X


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_unseen_words(None, _bag_of_words(), 2)
    assert not check_penalty(None, np.ones((2, 2)), "l2", 0.1)
    assert not check_dropout_scale(None, 0.2)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_unseen_words_counts_an_independent_way() -> None:
    X = _bag_of_words()
    # first 2 rows use words 1 and 2; words 3, 4, 5 never occur
    assert unseen_words(X, 2) == 3
    assert unseen_words(X, 4) == 1  # only word 4
    for n in range(1, 5):
        seen = set().union(*(set(np.flatnonzero(row)) for row in X[:n]))
        assert unseen_words(X, n) == len(set(range(1, 6)) - seen)
    with pytest.raises(ValueError, match="n_examples"):
        unseen_words(X, 5)
    with pytest.raises(ValueError, match="bag-of-words"):
        unseen_words(np.ones(3), 1)


def test_check_unseen_words() -> None:
    X = _bag_of_words()
    assert check_unseen_words(3, X, 2)
    assert check_unseen_words(np.int64(3), X, 2)
    assert "0번 열" in check_unseen_words(4, X, 2).message  # counted the reserved column too
    assert "한 번 이상" in check_unseen_words(2, X, 2).message  # counted the seen words
    assert "정수" in check_unseen_words(3.0, X, 2).message
    assert not check_unseen_words(1, X, 2)


def test_weight_penalty_matches_keras() -> None:
    keras = pytest.importorskip("keras")
    W = np.random.default_rng(0).normal(size=(5, 3))
    assert weight_penalty(W, "l1", 0.01) == pytest.approx(float(keras.regularizers.L1(0.01)(W)), rel=1e-6)
    assert weight_penalty(W, "l2", 0.01) == pytest.approx(float(keras.regularizers.L2(0.01)(W)), rel=1e-6)
    with pytest.raises(ValueError, match="kind"):
        weight_penalty(W, "l3", 0.01)


def test_check_penalty() -> None:
    W = np.array([[0.5, -1.0, 0.0], [2.0, 0.25, -0.5]])
    l2 = 0.01 * (0.25 + 1 + 0 + 4 + 0.0625 + 0.25)
    l1 = 0.01 * (0.5 + 1 + 0 + 2 + 0.25 + 0.5)
    assert check_penalty(l2, W, "l2", 0.01)
    assert check_penalty(np.float32(l2), W, "l2", 0.01)
    assert check_penalty(l1, W, "l1", 0.01)
    assert "1/2" in check_penalty(l2 / 2, W, "l2", 0.01).message
    assert "L1 규제 항" in check_penalty(l1, W, "l2", 0.01).message
    assert "0.01" in check_penalty(l2 / 0.01, W, "l2", 0.01).message
    assert "숫자" in check_penalty("0.05", W, "l2", 0.01).message
    assert not check_penalty(1.0, W, "l2", 0.01)


def test_check_dropout_scale() -> None:
    assert check_dropout_scale(1.25, 0.2)
    assert check_dropout_scale(2.0, 0.5)
    assert "역수" in check_dropout_scale(0.8, 0.2).message
    assert not check_dropout_scale(0.2, 0.2)
    assert "숫자" in check_dropout_scale("1.25", 0.2).message
    with pytest.raises(ValueError, match="rate"):
        check_dropout_scale(1.0, 1.0)
