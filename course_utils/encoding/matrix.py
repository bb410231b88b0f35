"""Document-term matrices from integer sequences: Keras 2's ``Tokenizer.sequences_to_matrix`` modes.

One row per sequence, one column per word index; with ``c`` = count of index ``j`` in sequence
``i``, ``n_i`` = length of sequence ``i``, ``N`` = number of documents the tokenizer was fitted on
and ``df_j`` = how many of them contain index ``j``:

- ``binary``: ``x[i, j] = 1`` if ``c > 0``
- ``count``: ``x[i, j] = c``
- ``freq``: ``x[i, j] = c / n_i``
- ``tfidf``: ``x[i, j] = (1 + ln c) * ln(1 + N / (1 + df_j))``

:class:`~course_utils.encoding.tokenizer.Tokenizer` calls :func:`sequences_to_matrix` with its
vocabulary's width and document frequencies. The input checks for integer sequences live here too,
since the tokenizer's other sequence methods share them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from course_utils.encoding._fast import count_matrix
from course_utils.validation import check_int, describe

MATRIX_MODES = ("binary", "count", "freq", "tfidf")

__all__ = ["MATRIX_MODES", "sequences_to_matrix"]


def check_mode(mode: Any) -> None:
    if mode not in MATRIX_MODES:
        raise ValueError(f"unknown mode {mode!r}; use one of {list(MATRIX_MODES)}")


def check_sequences(sequences: Any, *, sized: bool = False) -> None:
    ok = sequences is not None and not isinstance(sequences, (str, bytes, Mapping))
    ok = ok and (hasattr(sequences, "__len__") if sized else isinstance(sequences, Iterable))
    if not ok:
        raise TypeError(f"sequences must be a list of integer lists, got {describe(sequences)}")


def check_int_sequence(seq: Any, position: int) -> Any:
    """Return ``seq`` if it is a sequence of non-negative ints (NumPy ints allowed), else raise."""
    if isinstance(seq, np.ndarray):
        if seq.ndim != 1 or (seq.size and seq.dtype.kind not in "iu"):
            raise TypeError(f"sequences[{position}] must be a 1-D integer array, got {seq.dtype} {seq.shape}")
        seq = seq.tolist()
    elif not isinstance(seq, (list, tuple, range)):
        raise TypeError(
            f"sequences[{position}] must be a list of ints, got {describe(seq)} (for a single sequence pass [sequence])"
        )
    for value in seq:
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise TypeError(f"sequences[{position}] contains {describe(value)}; indices must be ints")
        if value < 0:
            raise ValueError(f"sequences[{position}] contains the negative index {int(value)}")
    return seq


def keras_skips(seq: Any) -> bool:
    """True where Keras' ``if not seq: continue`` skips a row that is not empty (see
    :func:`sequences_to_matrix`): a one-element integer NumPy row holding 0."""
    return isinstance(seq, np.ndarray) and seq.ndim == 1 and seq.size == 1 and seq.dtype.kind in "iu" and seq[0] == 0


def sequences_to_matrix(
    sequences: Any,
    width: int,
    mode: str = "binary",
    *,
    document_count: int = 0,
    index_docs: Mapping[int, int] | None = None,
) -> np.ndarray:
    """Document-term matrix ``x`` of shape ``(len(sequences), width)``, float64 (modes: module docstring).

    Indices ``>= width`` are ignored (but still counted in ``n_i``), as in Keras. ``tfidf`` needs
    ``document_count`` (> 0) and ``index_docs`` (index -> number of documents containing it).

    Keras skips a row when ``not seq`` is true. For a list that means an empty one; for a NumPy
    row of one element it means that element is 0, so ``np.array([[1], [0]])`` leaves the second
    row all zeros (index 0 is never counted there). This matches it. (A NumPy row of two or more
    elements makes Keras raise "truth value ... is ambiguous"; here it is counted like a list.)
    """
    check_mode(mode)
    width = check_int(width, "width", minimum=1)
    if mode == "tfidf" and (not document_count or index_docs is None):
        raise ValueError("tfidf needs document_count > 0 and index_docs (index -> documents containing it)")
    check_sequences(sequences, sized=True)
    seqs = [[] if keras_skips(seq) else check_int_sequence(seq, position) for position, seq in enumerate(sequences)]
    x, lengths = count_matrix(seqs, width)  # x[i, j] = c, the count of index j in sequence i
    if mode == "binary":
        np.minimum(x, 1.0, out=x)
    elif mode == "freq":
        n_i = lengths.astype(np.float64)[:, None]
        np.divide(x, n_i, out=x, where=n_i > 0)
    elif mode == "tfidf":
        df = np.zeros(width)
        for j, c in index_docs.items():
            if 0 <= j < width:
                df[j] = c
        idf = np.log(1 + document_count / (1 + df))
        nonzero = x > 0
        x[nonzero] = (1 + np.log(x[nonzero])) * np.broadcast_to(idf, x.shape)[nonzero]
    return x
