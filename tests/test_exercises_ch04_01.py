"""Checkers of notebook 04-01."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer

from course_utils import bow
from course_utils.exercises.ch04_01 import check_bow, check_idf, check_min_df, check_top_tfidf_word, min_df_effect

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
    assert "+1을 빠뜨렸" in check_idf(math.log((1 + n) / (1 + df)), DOCS, "사과").message
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


TEXTS = ["사과 바나나 사과", "바나나 포도", "포도 포도 수박 사과", "사과 귤"]


@pytest.mark.parametrize("min_df", [1, 2, 3, 4, 5])
def test_min_df_effect_matches_count_vectorizer(min_df: int) -> None:
    cv = CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, min_df=min_df)
    try:
        dtm = cv.fit_transform(TEXTS).toarray()
    except ValueError:  # scikit-learn refuses an empty vocabulary
        assert min_df_effect(TEXTS, str.split, min_df) == (0, 1.0)
        return
    assert min_df_effect(TEXTS, str.split, min_df) == (dtm.shape[1], pytest.approx(float(np.mean(dtm == 0))))


def test_min_df_effect_rejects_bad_min_df() -> None:
    for bad in (0, 0.5, True, "2"):
        with pytest.raises(ValueError):
            min_df_effect(TEXTS, str.split, bad)  # type: ignore[arg-type]


def test_check_min_df() -> None:
    # min_df=2 keeps 사과 (3 docs), 바나나 (2), 포도 (2): 3 words, zeros 1 + 1 + 1 + 2 = 5 of 12 cells
    right = {"min_df": 2, "vocab_size": 3, "zero_ratio": 5 / 12}
    result = check_min_df(right, TEXTS, str.split)
    assert result and "min_df=1이면 5개" in result.message
    assert check_min_df({**right, "vocab_size": np.int64(3), "zero_ratio": np.float64(0.4167)}, TEXTS, str.split)
    assert "3개입니다" in check_min_df({**right, "vocab_size": 5}, TEXTS, str.split).message
    assert "0이 아닌 칸" in check_min_df({**right, "zero_ratio": 7 / 12}, TEXTS, str.split).message
    assert "0.4167" in check_min_df({**right, "zero_ratio": 0.5}, TEXTS, str.split).message
    assert "정수" in check_min_df({**right, "min_df": 0.5}, TEXTS, str.split).message
    assert "dict" in check_min_df({"min_df": 2}, TEXTS, str.split).message
    assert "숫자" in check_min_df({**right, "zero_ratio": "0.3"}, TEXTS, str.split).message
    assert not check_min_df(None, TEXTS, str.split)
