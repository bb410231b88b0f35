"""Tests of course_utils.near_duplicates: n-gram sets, the exact fast pair search, groups, counts."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from course_utils.near_duplicates import (
    NGRAM,
    THRESHOLD,
    char_ngrams,
    connected_groups,
    count_near_duplicates,
    near_duplicate_groups,
    near_duplicate_pairs,
)


def brute_pairs(texts: list[str], threshold: float) -> list[tuple[int, int]]:
    """Every pair compared, Jaccard written out with plain set operations."""
    sets = [char_ngrams(t) for t in texts]
    return [
        (i, j)
        for i, j in itertools.combinations(range(len(texts)), 2)
        if len(sets[i] & sets[j]) / len(sets[i] | sets[j]) >= threshold
    ]


def test_char_ngrams() -> None:
    assert NGRAM == 5 and THRESHOLD == 0.5
    assert char_ngrams("법 앞에 평등", n=3) == {"법앞에", "앞에평", "에평등"}
    assert char_ngrams("모든 국민은") == {"모든국민은"}
    assert char_ngrams("가나다라마바") == {"가나다라마", "나다라마바"}
    assert char_ngrams("법 앞에") == {"법앞에"}  # shorter than n: the text itself, spaces removed
    assert char_ngrams("") == {""}
    with pytest.raises(TypeError, match="text must be a str"):
        char_ngrams(["가나다"])
    with pytest.raises(ValueError, match="n must be >= 1"):
        char_ngrams("가나다", n=0)


def test_pairs_ignore_spacing_and_find_the_legal_twins() -> None:
    texts = [
        "국가공무원법 일부를 다음과 같이 개정한다.",
        "지방공무원법 일부를 다음과 같이 개정한다.",
        "대한민국은 민주공화국이다.",
        "대한민국은민주공화국이다.",
        "모든 국민은 근로의 권리를 가진다.",
    ]
    assert near_duplicate_pairs(texts) == [(0, 1), (2, 3)]
    assert near_duplicate_pairs(texts, 1.0) == [(2, 3)]


def test_pairs_at_a_threshold_that_rounds_up() -> None:
    # 7 of 25 five-grams shared: Jaccard 7/25 = 0.28, but 0.28 * 25 = 7.000000000000001 in floats;
    # a size filter without slack would drop the pair.
    x = "".join(chr(0xAC00 + 7 * i) for i in range(29))  # 25 distinct 5-grams
    y = x[:11]  # 7 of them
    assert 0.28 * 25 > 7
    assert near_duplicate_pairs([x, y], 0.28) == brute_pairs([x, y], 0.28) == [(0, 1)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet="가나다라 ", min_size=0, max_size=14), min_size=0, max_size=25),
    st.sampled_from([0.1, 0.2, 0.28, 0.3, 0.34146341463414637, 0.5, 0.56, 0.7, 0.9, 1.0]),
)
def test_pairs_equal_brute_force(texts: list[str], threshold: float) -> None:
    # a 4-letter alphabet makes many shared 5-grams, short texts and exact copies
    assert near_duplicate_pairs(texts, threshold) == brute_pairs(texts, threshold)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 30), st.lists(st.tuples(st.integers(0, 29), st.integers(0, 29)), max_size=40))
def test_connected_groups_match_scipy(n: int, raw_pairs: list[tuple[int, int]]) -> None:
    pairs = [(i % n, j % n) for i, j in raw_pairs]
    ids = connected_groups(n, pairs)
    rows = [i for i, _ in pairs]
    cols = [j for _, j in pairs]
    graph = coo_matrix((np.ones(len(pairs)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    for a, b in itertools.combinations(range(n), 2):
        assert (ids[a] == ids[b]) == (labels[a] == labels[b])
    assert all(ids[ids[i]] == ids[i] for i in range(n))  # an id is the index of a member


def test_groups_are_closed_transitively() -> None:
    x = "가나다라마바사아자차카타파하"
    a, b, c = x[0:10], x[2:12], x[4:14]  # 6 five-grams each; neighbours share 4 (Jaccard 4/8)
    assert near_duplicate_pairs([a, b, c]) == [(0, 1), (1, 2)]  # a and c share 2 of 10: no pair
    ids = near_duplicate_groups([a, b, c, "완전히 다른 문장입니다"])
    assert ids[0] == ids[1] == ids[2] != ids[3]


def test_count_near_duplicates() -> None:
    train = ["모든 국민은 법 앞에 평등하다.", "셀 서식을 지정하는 방법을 설명합니다."]
    test = ["모든 국민은 법 앞에 평등하다!", "전혀 다른 문장이 여기에 있습니다.", "모든국민은 법앞에 평등하다."]
    assert count_near_duplicates(test, train) == 2
    assert count_near_duplicates(test, train, threshold=1.0) == 1  # only the copy that differs in spacing
    assert count_near_duplicates(test, []) == 0
    assert count_near_duplicates(test[:1] * 2, []) == 0  # pairs inside the queries do not count


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda: near_duplicate_pairs(["가나다"], 0.0), ValueError, r"threshold must be in \(0, 1\]"),
        (lambda: near_duplicate_pairs(["가나다"], 1.5), ValueError, r"threshold must be in \(0, 1\]"),
        (lambda: near_duplicate_pairs(["가나다"], "0.5"), TypeError, "threshold must be a number"),
        (lambda: near_duplicate_pairs(["가나다"], True), TypeError, "threshold must be a number"),
        (lambda: near_duplicate_pairs("가나다 라마바"), TypeError, "texts must be a list of texts"),
        (lambda: near_duplicate_pairs(["가나다", 3]), TypeError, r"texts\[1\] must be a str"),
        (lambda: count_near_duplicates(["가나다"], "가나다"), TypeError, "references must be a list"),
        (lambda: connected_groups(2, [(0, 2)]), ValueError, r"outside 0 \.\. 1"),
        (lambda: connected_groups(-1, []), ValueError, "n_items must be"),
    ],
)
def test_bad_input(call, error, match) -> None:
    with pytest.raises(error, match=match):
        call()
