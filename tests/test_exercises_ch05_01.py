"""Checkers of notebook 05-01."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch05_01 import (
    check_cosine,
    check_jaccard,
    check_nearest,
    check_same_chapter_rate,
    nearest_same_group_rate,
)
from course_utils.similarity import cosine_similarity, cosine_similarity_matrix

A, B = [1, 2, 0, 1], [0, 1, 1, 1]
TA = "사과 바나나 사과 포도".split()
TB = "바나나 포도 수박".split()
M = cosine_similarity_matrix(np.array([[1, 0, 1], [1, 1, 1], [0, 1, 0], [1, 0, 0.9]]))


@pytest.mark.parametrize(
    "checker",
    [
        lambda: check_cosine(None, A, B),
        lambda: check_jaccard(None, TA, TB),
        lambda: check_nearest(None, M, 0),
    ],
)
def test_not_answered_prints_hint(checker, capsys: pytest.CaptureFixture[str]) -> None:
    assert not checker()
    assert "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_cosine() -> None:
    assert check_cosine(cosine_similarity(A, B), A, B)
    assert check_cosine(np.float64(cosine_similarity(A, B)), A, B)
    assert "내적만" in check_cosine(3.0, A, B).message
    assert "유클리드" in check_cosine(float(np.linalg.norm(np.subtract(A, B))), A, B).message
    assert "숫자" in check_cosine("0.7", A, B).message


def test_jaccard() -> None:
    assert check_jaccard(2 / 4, TA, TB)
    assert "집합(set)" in check_jaccard(2 / 5, TA, TB).message
    assert "교집합의 크기만" in check_jaccard(2.0, TA, TB).message
    assert "합집합은 교집합을" in check_jaccard(2 / 6, TA, TB).message


def test_nearest() -> None:
    assert check_nearest(3, M, 0)
    assert "자기 자신" in check_nearest(0, M, 0).message
    assert "덜 비슷한" in check_nearest(2, M, 0).message
    assert "사이여야" in check_nearest(9, M, 0).message
    assert "int" in check_nearest(1.0, M, 0).message


def test_nearest_same_group_rate() -> None:
    X = np.array([[1.0, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.8, 0.2], [0, 0, 1]])
    # nearest: 0<->1 (a, a), 2->3 and 3->2 (b, b), 4 -> 3 (c vs b)
    assert nearest_same_group_rate(X, ["a", "a", "b", "b", "c"]) == (0.8, 0.8)
    assert nearest_same_group_rate(X, ["a", "b", "b", "b", "b"]) == (0.6, 0.6)
    tie = np.array([[1.0, 0], [1.0, 0], [1.0, 0]])  # every row ties with the other two
    assert nearest_same_group_rate(tie, ["a", "a", "b"]) == (0.0, 2 / 3)
    with_zero = np.array([[1.0, 0], [1.0, 0.1], [0.0, 0.0]])
    assert nearest_same_group_rate(with_zero, ["a", "a", "b"])[0] == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        nearest_same_group_rate(X, ["a"])


def test_check_same_chapter_rate() -> None:
    X = np.array([[1.0, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.8, 0.2], [0, 0, 1]])
    groups = ["a", "a", "b", "b", "c"]
    assert check_same_chapter_rate(0.8, X, groups)
    assert check_same_chapter_rate(np.float64(0.8), X, groups)
    higher = check_same_chapter_rate(0.8, X, groups, baseline=0.6)
    assert higher and "20.0%p 높습니다" in higher.message
    assert "확인해 보세요" in check_same_chapter_rate(0.8, X, groups, baseline=0.8).message
    assert "0.8000" in check_same_chapter_rate(0.6, X, groups).message
    assert "백분율" in check_same_chapter_rate(80, X, groups).message
    assert "숫자" in check_same_chapter_rate("0.8", X, groups).message
    assert "모양" in check_same_chapter_rate(0.8, X[:3], groups).message
    assert not check_same_chapter_rate(None, X, groups)
