"""Tests of course_utils.similarity against scikit-learn."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from sklearn.metrics import jaccard_score
from sklearn.metrics.pairwise import cosine_similarity as sk_cosine
from sklearn.metrics.pairwise import euclidean_distances

from course_utils import similarity as sim

A = np.array([1.0, 1.0, 0.0, 2.0])
B = np.array([0.0, 1.0, 1.0, 1.0])


def test_cosine_matches_sklearn() -> None:
    assert sim.cosine_similarity(A, B) == pytest.approx(sk_cosine([A], [B])[0, 0], abs=1e-15)
    X = np.array([A, B, A * 3, -A])
    np.testing.assert_allclose(sim.cosine_similarity_matrix(X), sk_cosine(X), atol=1e-15)
    np.testing.assert_allclose(sim.cosine_similarity_matrix(X, X[:2]), sk_cosine(X, X[:2]), atol=1e-15)


def test_cosine_ignores_length_euclidean_does_not() -> None:
    assert sim.cosine_similarity(A, 3 * A) == pytest.approx(1.0)
    assert sim.cosine_similarity(A, -A) == pytest.approx(-1.0)
    assert sim.euclidean_distance(A, 3 * A) == pytest.approx(2 * np.linalg.norm(A))


def test_euclidean_matches_sklearn() -> None:
    assert sim.euclidean_distance(A, B) == pytest.approx(euclidean_distances([A], [B])[0, 0], abs=1e-15)
    assert sim.euclidean_distance(A, A) == 0.0


def test_zero_vector_raises() -> None:
    with pytest.raises(ValueError, match="zero vector"):
        sim.cosine_similarity([0, 0], [1, 2])
    with pytest.raises(ValueError, match="all zeros"):
        sim.cosine_similarity_matrix([[0, 0], [1, 2]])


def test_mismatched_shapes_raise() -> None:
    with pytest.raises(ValueError, match="same length"):
        sim.cosine_similarity([1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="same length"):
        sim.euclidean_distance([1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="columns"):
        sim.cosine_similarity_matrix([[1, 2]], [[1, 2, 3]])
    with pytest.raises(ValueError, match="1-D"):
        sim.cosine_similarity([[1, 2]], [[1, 2]])
    with pytest.raises(TypeError):
        sim.cosine_similarity(["a"], ["b"])
    with pytest.raises(ValueError, match="NaN"):
        sim.euclidean_distance([np.nan], [1.0])


def test_jaccard() -> None:
    a = "사과 바나나 포도".split()
    b = "바나나 포도 수박 포도".split()
    assert sim.jaccard_similarity(a, b) == pytest.approx(2 / 4)
    words = sorted(set(a) | set(b))
    va = [w in a for w in words]
    vb = [w in b for w in words]
    assert sim.jaccard_similarity(a, b) == pytest.approx(jaccard_score(va, vb))
    assert sim.jaccard_similarity(a, []) == 0.0
    with pytest.raises(ValueError, match="empty"):
        sim.jaccard_similarity([], [])
    with pytest.raises(TypeError, match="str"):
        sim.jaccard_similarity("사과", ["사과"])
    with pytest.raises(TypeError, match="hashable"):
        sim.jaccard_similarity([["사과"]], ["사과"])


def test_jaccard_of_sets_is_unchanged_and_counts_the_union() -> None:
    """Sets (as near_duplicates passes n-gram sets) are read as they are, not modified."""
    a, b = {"모든국민", "든국민은"}, frozenset({"든국민은", "국민은법"})
    assert sim.jaccard_similarity(a, b) == 1 / 3 == len(a & b) / len(a | b)
    assert a == {"모든국민", "든국민은"}
    assert sim.jaccard_similarity(a, set(a)) == 1.0
    assert sim.jaccard_similarity(set(), {"가"}) == 0.0
    with pytest.raises(ValueError, match="empty"):
        sim.jaccard_similarity(set(), frozenset())


def test_top_k() -> None:
    scores = [0.2, 0.9, 0.9, 0.1]
    assert sim.top_k(scores, 2) == [1, 2]
    assert sim.top_k(scores, 2, exclude=1) == [2, 0]
    assert sim.top_k(scores, 1, largest=False) == [3]
    assert sim.top_k(scores, 10) == [1, 2, 0, 3]
    with pytest.raises(ValueError):
        sim.top_k(scores, 0)


@settings(max_examples=50, deadline=None)
@given(
    arrays(np.float64, 5, elements=st.floats(-100, 100)),
    arrays(np.float64, 5, elements=st.floats(-100, 100)),
)
def test_cosine_properties(u, v) -> None:
    if np.linalg.norm(u) < 1e-6 or np.linalg.norm(v) < 1e-6:
        return
    c = sim.cosine_similarity(u, v)
    assert -1.0 <= c <= 1.0
    assert c == pytest.approx(sim.cosine_similarity(v, u))
    assert c == pytest.approx(sk_cosine([u], [v])[0, 0], abs=1e-9)
