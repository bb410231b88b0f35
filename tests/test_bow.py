"""Tests of course_utils.bow against scikit-learn's CountVectorizer and TfidfVectorizer."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from course_utils import bow

DOCS = ["사과 바나나 사과", "바나나 포도", "포도 포도 수박 사과", "수박"]
TOKENS = [d.split() for d in DOCS]


def _sklearn_counts(**kwargs) -> CountVectorizer:
    return CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, **kwargs)


def test_build_vocabulary_orders() -> None:
    assert bow.build_vocabulary(TOKENS) == {"바나나": 0, "사과": 1, "수박": 2, "포도": 3}
    assert bow.build_vocabulary(TOKENS, order="first") == {
        "사과": 0,
        "바나나": 1,
        "포도": 2,
        "수박": 3,
    }
    with pytest.raises(ValueError, match="order"):
        bow.build_vocabulary(TOKENS, order="random")


def test_bag_of_words_two_steps() -> None:
    vocab = bow.build_vocabulary(TOKENS, order="first")
    assert bow.bag_of_words(TOKENS[0], vocab).tolist() == [2, 1, 0, 0]
    assert bow.bag_of_words(["메론", "사과"], vocab).tolist() == [
        1,
        0,
        0,
        0,
    ]  # unknown words ignored


def test_dtm_matches_count_vectorizer() -> None:
    dtm, words = bow.document_term_matrix(TOKENS)
    vectorizer = _sklearn_counts()
    reference = vectorizer.fit_transform(DOCS).toarray()
    assert words == vectorizer.get_feature_names_out().tolist()
    np.testing.assert_array_equal(dtm, reference)


@pytest.mark.parametrize(
    ("smooth_idf", "sublinear_tf", "norm"),
    list(itertools.product([True, False], [True, False], ["l2", "l1", None])),
)
def test_tf_idf_matches_tfidf_vectorizer(smooth_idf: bool, sublinear_tf: bool, norm) -> None:
    dtm, _ = bow.document_term_matrix(TOKENS)
    mine = bow.tf_idf(dtm, smooth_idf=smooth_idf, sublinear_tf=sublinear_tf, norm=norm)
    vectorizer = TfidfVectorizer(
        tokenizer=str.split,
        token_pattern=None,
        lowercase=False,
        smooth_idf=smooth_idf,
        sublinear_tf=sublinear_tf,
        norm=norm,
    )
    reference = vectorizer.fit_transform(DOCS).toarray()
    np.testing.assert_allclose(mine, reference, rtol=0, atol=1e-12)
    np.testing.assert_allclose(bow.idf(dtm, smooth_idf=smooth_idf), vectorizer.idf_, atol=1e-12)


def test_idf_variants() -> None:
    dtm = np.array([[1, 1], [1, 0]])
    np.testing.assert_allclose(bow.idf(dtm, smooth_idf=False, add_one=False), [0.0, np.log(2)])
    np.testing.assert_allclose(bow.idf(dtm), [np.log(3 / 3) + 1, np.log(3 / 2) + 1])
    with pytest.raises(ValueError, match="df = 0"):
        bow.idf(np.array([[1, 0]]), smooth_idf=False)
    assert bow.document_frequency(dtm).tolist() == [2, 1]


def test_zero_row_stays_zero() -> None:
    out = bow.tf_idf(np.array([[0, 0], [1, 2]]))
    assert out[0].tolist() == [0.0, 0.0]


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ("사과 바나나", TypeError),
        ([], ValueError),
        (["사과 바나나"], TypeError),
        ([[1, 2]], TypeError),
        ([[]], ValueError),
    ],
)
def test_bad_documents(bad, error) -> None:
    with pytest.raises(error):
        bow.document_term_matrix(bad)


def test_bad_matrices_and_options() -> None:
    with pytest.raises(ValueError, match="2-D"):
        bow.tf_idf([1, 2, 3])
    with pytest.raises(ValueError, match="non-negative"):
        bow.tf_idf([[1, -1]])
    with pytest.raises(ValueError, match="norm"):
        bow.tf_idf([[1, 1]], norm="l3")
    with pytest.raises(ValueError, match="indices"):
        bow.bag_of_words(["a"], {"a": 1})
    with pytest.raises(TypeError, match="vocab"):
        bow.bag_of_words(["a"], {})


def test_content_morphemes_keeps_content_words() -> None:
    tokens = bow.content_morphemes("국회는 법률을 만들고 법원은 법률로 재판한다.")
    assert tokens.count("법률") == 2
    assert "는" not in tokens and "." not in tokens
    assert "국회" in tokens and "재판" in tokens
    assert bow.content_morphemes("") == []
    assert bow.content_morphemes("국회는 UAE에 간다", tags=["Alpha"]) == ["UAE"]
    with pytest.raises(TypeError):
        bow.content_morphemes(["국회"])  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        bow.content_morphemes("국회", tags="Noun")
