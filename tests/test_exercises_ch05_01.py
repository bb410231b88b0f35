"""Checkers of notebook 05-01."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch05_01 import check_cosine, check_jaccard, check_nearest
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
