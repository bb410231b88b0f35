"""The spacing corpus and the course's split of it, with near-duplicates kept on one side.

The sentences come from :func:`course_utils.corpora.legal.legal_sentences` with
``faithful_spacing=True`` (kolaw and kobill, cleaned so that every space is a trustworthy label).
The bills repeat whole clauses (the 국가공무원법 and 지방공무원법 amendments say the same thing), so
a random split would test on sentences the model saw in training; :func:`near_duplicate_split`
keeps every group of near-duplicates on one side.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from course_utils.near_duplicates import THRESHOLD, near_duplicate_groups
from course_utils.spacing.labels import check_sentences
from course_utils.validation import check_int

#: Two sentences are near-duplicates when the Jaccard similarity of their character 5-gram sets
#: (spaces removed) reaches this value (the rule of :mod:`course_utils.near_duplicates`).
NEAR_DUPLICATE_THRESHOLD = THRESHOLD


def spacing_corpus() -> list[str]:
    """Correctly spaced Korean sentences from KoNLPy's ``kolaw`` and ``kobill`` corpora.

    ``legal_sentences(faithful_spacing=True)`` of :mod:`course_utils.corpora.legal`: each bill's
    interleaved comparison table dropped, hard-wrapped lines re-joined by layout rules, split
    after ``[가-힣][.?!]``, list markers and article headers (``제1조``, ``①``) stripped, only
    sentences of mostly Hangul with at least 2 words and 10 characters, exact duplicates (ignoring
    spaces) dropped. The result is in document order; the text is read from the installed KoNLPy
    package (no download).
    """
    from course_utils.corpora.legal import legal_sentences

    return legal_sentences(faithful_spacing=True)


def near_duplicate_split(
    sentences: Sequence[str], *, test_size: float = 0.2, seed: int = 0
) -> tuple[list[str], list[str]]:
    """Split ``sentences`` into ``(train, test)`` without near-duplicates across the two sides.

    Sentences whose character 5-gram sets (spaces removed) have Jaccard similarity >= 0.5 (e.g.
    the same clause in the 국가공무원법 and 지방공무원법 bills), and chains of them, form a group
    (:func:`course_utils.near_duplicates.near_duplicate_groups`); groups are shuffled with
    ``numpy.random.default_rng(seed)`` and moved, whole, to the test side until it holds at
    least ``ceil(test_size * len(sentences))`` sentences. Both lists keep the input order.
    """
    check_int(seed, "seed", minimum=0, type_error=ValueError)
    if isinstance(test_size, bool) or not isinstance(test_size, (int, float)):
        raise TypeError(f"test_size must be a float fraction, got {type(test_size).__name__}")
    if not 0 < test_size < 1:
        raise ValueError(f"test_size must be strictly between 0 and 1, got {test_size!r}")
    items = check_sentences(sentences)
    if len(items) < 2:
        raise ValueError("need at least 2 sentences to split")
    groups = near_duplicate_groups(items, NEAR_DUPLICATE_THRESHOLD)
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    group_ids = sorted(members)
    order = np.random.default_rng(seed).permutation(len(group_ids))
    target = math.ceil(test_size * len(items))
    test_idx: set[int] = set()
    for k in order.tolist():
        if len(test_idx) >= target:
            break
        test_idx.update(members[group_ids[k]])
    if len(test_idx) == len(items):
        raise ValueError("every sentence landed in the test part; use a smaller test_size")
    train = [s for i, s in enumerate(items) if i not in test_idx]
    test = [s for i, s in enumerate(items) if i in test_idx]
    return train, test


def spacing_corpus_split(seed: int = 0, test_size: float = 0.2) -> tuple[list[str], list[str]]:
    """The course's train/test split of :func:`spacing_corpus` (``near_duplicate_split`` of it).

    No test sentence has a near-copy in training, so the test score measures spacing of
    unseen text. Notebooks 02-10 and 08-08 both use ``spacing_corpus_split(seed=0)`` so their
    scores are comparable; carve a validation set out of the train part with
    ``near_duplicate_split(train, seed=1)``.
    """
    return near_duplicate_split(spacing_corpus(), test_size=test_size, seed=seed)
