"""Checkers of notebook 04-01."""

from __future__ import annotations

import math

import numpy as np
import pytest

from course_utils import bow
from course_utils.exercises.ch04_01 import check_bow, check_idf, check_top_tfidf_word

DOCS = [d.split() for d in ["사과 바나나 사과", "바나나 포도", "포도 포도 수박 사과"]]
VOCAB = bow.build_vocabulary(DOCS)  # 바나나 0, 사과 1, 수박 2, 포도 3


@pytest.mark.parametrize(
    "checker",
    [
        lambda: check_bow(None, DOCS[0], VOCAB),
        lambda: check_idf(None, DOCS, "사과"),
        lambda: check_top_tfidf_word(None, np.eye(4)[:3], sorted(VOCAB), 0),
    ],
)
def test_not_answered_prints_hint(checker, capsys: pytest.CaptureFixture[str]) -> None:
    assert not checker()
    assert "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_bow() -> None:
    assert check_bow([1, 2, 0, 0], DOCS[0], VOCAB)
    assert "있음/없음" in check_bow([1, 1, 0, 0], DOCS[0], VOCAB).message
    assert "자리" in check_bow([2, 1, 0, 0], DOCS[0], VOCAB).message
    assert "길이" in check_bow([1, 2], DOCS[0], VOCAB).message
    assert "정수의 리스트" in check_bow("1200", DOCS[0], VOCAB).message
    assert check_bow(np.array([1, 2, 0, 0]), DOCS[0], VOCAB)


def test_idf() -> None:
    n, df = 3, 2
    assert check_idf(math.log((1 + n) / (1 + df)) + 1, DOCS, "사과")
    assert check_idf(math.log(n / df) + 1, DOCS, "사과", smooth_idf=False)
    assert "교과서" in check_idf(math.log(n / df), DOCS, "사과").message
    assert "책의" in check_idf(math.log(n / (1 + df)), DOCS, "사과").message
    assert "+1 을 빠뜨렸" in check_idf(math.log((1 + n) / (1 + df)), DOCS, "사과").message
    assert "smooth_idf=False" in check_idf(math.log(n / df) + 1, DOCS, "사과").message
    assert "log10" in check_idf(math.log10((1 + n) / (1 + df)) + 1, DOCS, "사과").message
    with pytest.raises(ValueError):
        check_idf(1.0, DOCS, "메론")


def test_top_tfidf_word() -> None:
    dtm, words = bow.document_term_matrix(DOCS)
    weights = bow.tf_idf(dtm)
    best = words[int(np.argmax(weights[2]))]
    assert best == "포도"
    assert check_top_tfidf_word("포도", weights, words, 2)
    assert "최대" in check_top_tfidf_word("사과", weights, words, 2).message
    assert "목록에 없" in check_top_tfidf_word("메론", weights, words, 2).message
