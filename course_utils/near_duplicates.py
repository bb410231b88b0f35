"""Near-duplicate texts: character n-gram sets, their Jaccard similarity, and groups of near-copies.

Two texts are near-duplicates when the character 5-gram sets of the texts with their spaces
removed, ``A`` and ``B``, have Jaccard similarity (:func:`course_utils.similarity.jaccard_similarity`)
at least 0.5::

    J(A, B) = |A ∩ B| / |A ∪ B| >= 0.5        e.g. "국가공무원법 일부개정법률안" vs "지방공무원법 일부개정법률안"

Removing the spaces makes the test blind to spacing ("법 앞에" and "법앞에" give the same
5-grams). A text shorter than ``n`` characters is its own single "n-gram", so two equal short texts
are near-duplicates and the set is never empty.

The course uses one rule everywhere: 02-09's ``near_duplicate_split`` (and through it the spacing
split of 02-10 and the lines of 01-01), the fixed split of the help corpus
(:func:`course_utils.corpora.help.make_split`), and 02-09's exercise checker. The notebooks write the
brute-force version inline (compare every pair); :func:`near_duplicate_pairs` finds exactly the
same pairs without comparing them all.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

from course_utils.similarity import jaccard_similarity
from course_utils.validation import as_list, check_int

__all__ = [
    "NGRAM",
    "THRESHOLD",
    "char_ngrams",
    "near_duplicate_pairs",
    "connected_groups",
    "near_duplicate_groups",
    "count_near_duplicates",
]

#: Length of the character n-grams compared.
NGRAM = 5
#: Two texts are near-duplicates when the Jaccard similarity of their n-gram sets reaches this.
THRESHOLD = 0.5
# float slack: t * |x| may round above the integer it equals (0.3 * 10 = 3.0000000000000004)
_EPS = 1e-9


def char_ngrams(text: str, n: int = NGRAM) -> set[str]:
    """The set of character ``n``-grams of ``text`` with its spaces removed; ``{text}`` (spaces
    removed) when that is shorter than ``n``.

    >>> sorted(char_ngrams("법 앞에 평등", n=3))
    ['법앞에', '앞에평', '에평등']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    n = check_int(n, "n", minimum=1)
    chars = text.replace(" ", "")
    return {chars[i : i + n] for i in range(len(chars) - n + 1)} or {chars}


def _texts(texts: Any, name: str) -> list[str]:
    items = as_list(texts, name, what="a list of texts", hint="wrap a single text: [text]")
    for i, t in enumerate(items):
        if not isinstance(t, str):
            raise TypeError(f"{name}[{i}] must be a str, got {type(t).__name__}")
    return items


def _check_threshold(threshold: Any) -> float:
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        raise TypeError(f"threshold must be a number in (0, 1], got {type(threshold).__name__}")
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")
    return float(threshold)


def near_duplicate_pairs(texts: Sequence[str], threshold: float = THRESHOLD) -> list[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, whose :func:`char_ngrams` sets have Jaccard >= ``threshold``,
    sorted.

    Exact (the same pairs as comparing all n (n - 1) / 2 pairs), and fast by prefix filtering: with
    the n-grams of each set ordered from rarest to most common, two sets ``x``, ``y`` with
    ``|y| <= |x|`` and Jaccard >= t share at least ``ceil(t |x|)`` n-grams, so their first
    ``|x| - ceil(t |x|) + 1`` n-grams already share one; and ``|y| >= t |x|``. Only pairs that pass
    both tests are compared in full.
    """
    items = _texts(texts, "texts")
    t = _check_threshold(threshold)
    sets = [char_ngrams(s) for s in items]
    freq = Counter(g for s in sets for g in s)
    rank = {g: r for r, g in enumerate(sorted(freq, key=lambda g: (freq[g], g)))}
    ordered = [sorted(rank[g] for g in s) for s in sets]  # each set's n-grams, rarest first
    index: dict[int, list[int]] = {}  # n-gram rank -> texts (seen so far) with it in their prefix
    pairs = []
    for i in sorted(range(len(sets)), key=lambda k: (len(sets[k]), k)):  # shorter sets first
        x = ordered[i]
        prefix = len(x) - math.ceil(t * len(x) - _EPS) + 1
        candidates: set[int] = set()
        for g in x[:prefix]:
            candidates.update(index.setdefault(g, []))
            index[g].append(i)
        for j in candidates:  # |sets[j]| <= |x|
            if len(sets[j]) >= t * len(x) - _EPS and jaccard_similarity(sets[i], sets[j]) >= t:
                pairs.append((min(i, j), max(i, j)))
    return sorted(pairs)


def connected_groups(n_items: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
    """Group id of each of ``n_items`` items, where every pair ``(i, j)`` joins two groups (union-find).

    Groups are closed transitively: a ~ b and b ~ c put a, b and c in one group even if a and c
    are not a pair. A group's id is the index of one of its members (the union-find root, which
    depends on the order of ``pairs``); two items share a group exactly when their ids are equal.
    """
    n_items = check_int(n_items, "n_items", minimum=0)
    parent = list(range(n_items))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]  # path halving
            a = parent[a]
        return a

    for i, j in pairs:
        if not (0 <= i < n_items and 0 <= j < n_items):
            raise ValueError(f"pair ({i}, {j}) names an item outside 0 .. {n_items - 1}")
        parent[find(i)] = find(j)
    return [find(i) for i in range(n_items)]


def near_duplicate_groups(texts: Sequence[str], threshold: float = THRESHOLD) -> list[int]:
    """Group id per text: :func:`connected_groups` of :func:`near_duplicate_pairs`.

    Texts linked by a chain of near-duplicate pairs share a group, so a split that keeps each group
    on one side has no near-duplicate pair across its sides.
    """
    items = _texts(texts, "texts")
    return connected_groups(len(items), near_duplicate_pairs(items, threshold))


def count_near_duplicates(queries: Sequence[str], references: Sequence[str], threshold: float = THRESHOLD) -> int:
    """How many of ``queries`` have a near-duplicate (Jaccard >= ``threshold``) among ``references``.

    E.g. ``count_near_duplicates(test, train)``: test texts the model has, nearly, already seen.
    """
    q = _texts(queries, "queries")
    pairs = near_duplicate_pairs(q + _texts(references, "references"), threshold)
    n = len(q)
    return len({i for i, j in pairs if i < n <= j})
