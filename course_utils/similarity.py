"""How alike two documents are: cosine similarity, Euclidean distance and Jaccard similarity.

::

    cosine(A, B)    = A . B / (||A|| ||B||)           in [-1, 1]; direction only, length ignored
    euclidean(A, B) = ||A - B|| = sqrt(sum_i (A_i - B_i)^2)      0 for equal vectors; length matters
    jaccard(A, B)   = |A ∩ B| / |A ∪ B|               on sets of words (or character n-grams), in [0, 1]

Cosine is undefined for a zero vector (0 / 0): these functions raise ``ValueError`` there, whereas
``sklearn.metrics.pairwise.cosine_similarity`` quietly returns 0. Jaccard of two empty sets is
undefined too and raises ``ValueError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from course_utils.validation import check_int

__all__ = [
    "cosine_similarity",
    "cosine_similarity_matrix",
    "euclidean_distance",
    "jaccard_similarity",
    "top_k",
]


def _vector(x: Any, name: str) -> np.ndarray:
    try:
        v = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be a numeric vector, got {type(x).__name__}") from exc
    if v.ndim != 1 or v.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D vector, got shape {v.shape}")
    if not np.all(np.isfinite(v)):
        raise ValueError(f"{name} contains NaN or inf")
    return v


def _pair(a: Any, b: Any) -> tuple[np.ndarray, np.ndarray]:
    u, v = _vector(a, "a"), _vector(b, "b")
    if u.shape != v.shape:
        raise ValueError(f"a and b must have the same length, got {u.shape[0]} and {v.shape[0]}")
    return u, v


def cosine_similarity(a: Any, b: Any) -> float:
    """``a . b / (||a|| ||b||)``; raises ``ValueError`` if either vector is all zeros."""
    u, v = _pair(a, b)
    nu, nv = float(np.linalg.norm(u)), float(np.linalg.norm(v))
    if nu == 0 or nv == 0:
        which = "a" if nu == 0 else "b"
        raise ValueError(f"cosine similarity is undefined for a zero vector ({which} is all zeros)")
    return float(np.clip(u @ v / (nu * nv), -1.0, 1.0))


def cosine_similarity_matrix(X: Any, Y: Any = None) -> np.ndarray:
    """All pairwise cosines between the rows of ``X`` and the rows of ``Y`` (``Y = X`` if omitted).

    Raises ``ValueError`` when a row is all zeros.
    """
    A = np.asarray(X, dtype=np.float64)
    B = A if Y is None else np.asarray(Y, dtype=np.float64)
    for name, M in (("X", A), ("Y", B)):
        if M.ndim != 2 or M.shape[0] == 0:
            raise ValueError(f"{name} must be a 2-D matrix with at least one row, got shape {M.shape}")
    if A.shape[1] != B.shape[1]:
        raise ValueError(f"X and Y must have the same number of columns, got {A.shape[1]} and {B.shape[1]}")
    na, nb = np.linalg.norm(A, axis=1), np.linalg.norm(B, axis=1)
    for name, norms in (("X", na), ("Y", nb)):
        if np.any(norms == 0):
            raise ValueError(f"row {int(np.argmin(norms))} of {name} is all zeros: cosine is undefined")
    return np.clip((A @ B.T) / np.outer(na, nb), -1.0, 1.0)


def euclidean_distance(a: Any, b: Any) -> float:
    """``sqrt(sum_i (a_i - b_i)^2)``."""
    u, v = _pair(a, b)
    return float(np.sqrt(np.sum((u - v) ** 2)))


def _item_set(items: Any, name: str) -> set[Any] | frozenset[Any]:
    if isinstance(items, (set, frozenset)):
        return items  # used as it is: near_duplicates compares thousands of n-gram sets
    if isinstance(items, str):
        raise TypeError(f"{name} is a str; pass a list of tokens (e.g. text.split())")
    try:
        return set(items)
    except TypeError as exc:
        raise TypeError(f"{name} must be an iterable of hashable items (tokens)") from exc


def jaccard_similarity(a: Iterable[Any], b: Iterable[Any]) -> float:
    """``|A ∩ B| / |A ∪ B|`` of the sets of items in ``a`` and ``b`` (tokens, or character n-grams
    as in :mod:`course_utils.near_duplicates`); ``|A ∪ B|`` is counted as ``|A| + |B| - |A ∩ B|``.

    Pass token lists or sets, not strings (a string would be read as a set of characters).
    Two empty collections raise ``ValueError`` (0 / 0 is undefined).
    """
    A, B = _item_set(a, "a"), _item_set(b, "b")
    intersection = len(A & B)
    union = len(A) + len(B) - intersection
    if not union:
        raise ValueError("both a and b are empty: Jaccard similarity is undefined")
    return intersection / union


def top_k(scores: Any, k: int, *, exclude: int | None = None, largest: bool = True) -> list[int]:
    """Indices of the ``k`` best ``scores`` (highest if ``largest``); ties go to the lower index.

    ``exclude`` leaves one index out (e.g. the query document itself).
    """
    s = _vector(scores, "scores")
    check_int(k, "k", minimum=1, type_error=ValueError)
    candidates = [i for i in range(s.size) if i != exclude]
    candidates.sort(key=lambda i: (-s[i] if largest else s[i], i))
    return candidates[:k]
