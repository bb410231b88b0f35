"""Padding: Keras' ``pad_sequences``, making sequences of different lengths one rectangular array.

::

    pad_sequences([[1, 2, 3], [4]], maxlen=3)                   -> [[1, 2, 3], [0, 0, 4]]
    pad_sequences([[1, 2, 3], [4]], maxlen=2, padding="post")   -> [[2, 3], [4, 0]]

Same arguments, defaults and outputs as ``keras.utils.pad_sequences``. Plain lists of ints take a
vectorized path (:mod:`course_utils.encoding._fast`); anything else takes Keras' own
per-sequence loop (:func:`_pad_loop`), which is the algorithm to read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from course_utils.encoding._fast import FAST_ITEMS, flatten, pad_array, pad_flat
from course_utils.validation import check_int, describe

_POSITIONS = ("pre", "post")


def pad_sequences(
    sequences: Any,
    maxlen: int | None = None,
    dtype: Any = "int32",
    padding: str = "pre",
    truncating: str = "pre",
    value: Any = 0.0,
) -> np.ndarray:
    """Pad (and truncate) sequences to one length: a ``(len(sequences), maxlen)`` NumPy array.

    ``maxlen`` defaults to the longest sequence. Shorter sequences get ``value`` added before
    (``padding="pre"``) or after (``"post"``) them; longer ones lose their first
    (``truncating="pre"``) or last (``"post"``) elements. Sequences of vectors (depth 3, all of one
    shape) give a ``(n, maxlen, *shape)`` array. For string tokens pass ``dtype=object``.
    """
    if padding not in _POSITIONS:
        raise ValueError(f"padding must be 'pre' or 'post', got {padding!r}")
    if truncating not in _POSITIONS:
        raise ValueError(f"truncating must be 'pre' or 'post', got {truncating!r}")
    if sequences is None or isinstance(sequences, (str, bytes, Mapping)) or not hasattr(sequences, "__len__"):
        raise TypeError(f"sequences must be a list of sequences (e.g. lists of ints), got {describe(sequences)}")
    if maxlen is not None:
        maxlen = check_int(maxlen, "maxlen", minimum=1)
    try:
        target = np.dtype(dtype)
    except TypeError:
        raise TypeError(f"dtype {dtype!r} is not a NumPy dtype; use e.g. 'int32', 'float32' or object") from None
    if isinstance(value, str) and target.kind not in "OSU":
        raise ValueError(f"value {value!r} is a str but dtype is {target}; pass dtype=object for string tokens")

    if isinstance(sequences, np.ndarray) and sequences.ndim >= 2 and sequences.dtype != object:
        return pad_array(sequences, maxlen, target, padding, truncating, value)

    fast = set(map(type, sequences)) <= FAST_ITEMS
    if not fast:
        for position, seq in enumerate(sequences):
            if isinstance(seq, (str, bytes, Mapping)) or not hasattr(seq, "__len__"):
                raise TypeError(
                    f"sequences[{position}] is {describe(seq)}; every item must be a sequence "
                    "(list/tuple/array) of values"
                )
    lengths = np.fromiter(map(len, sequences), dtype=np.int64, count=len(sequences))
    if maxlen is None:
        if not lengths.size:
            raise ValueError("sequences is empty; pass maxlen to get an array of shape (0, maxlen)")
        maxlen = int(lengths.max())

    if fast and target.kind in "iuf":
        flat = flatten(sequences, int(lengths.sum()), target)
        if flat is not None:
            return pad_flat(flat, lengths, maxlen, target, padding, truncating, value)
    return _pad_loop(sequences, maxlen, target, padding, truncating, value)


def _pad_loop(sequences: Any, maxlen: int, target: np.dtype, padding: str, truncating: str, value: Any) -> np.ndarray:
    """Keras' own per-sequence algorithm: cut each sequence to ``maxlen``, then copy it to the
    front (``"post"``) or the back (``"pre"``) of a row filled with ``value``."""
    sample_shape: tuple[int, ...] | None = None
    parts = []
    for position, seq in enumerate(sequences):
        if not len(seq):
            parts.append(None)
            continue
        trunc = seq[-maxlen:] if truncating == "pre" else seq[:maxlen]
        try:
            trunc = np.asarray(trunc, dtype=target)
        except (ValueError, TypeError, OverflowError) as exc:
            if "inhomogeneous" in str(exc):
                raise ValueError(
                    f"sequences[{position}] is nested with items of different shapes; each "
                    "sequence must hold ints (or vectors that all have one shape)"
                ) from exc
            raise type(exc)(f"sequences[{position}] cannot be converted to dtype {target}: {exc}") from exc
        if trunc.ndim == 0:
            raise TypeError(f"sequences[{position}] is not a sequence of values: {describe(seq)}")
        if sample_shape is None:
            sample_shape = trunc.shape[1:]
        elif trunc.shape[1:] != sample_shape:
            raise ValueError(
                f"sequences[{position}] holds items of shape {trunc.shape[1:]}, but earlier items "
                f"have shape {sample_shape}; nested sequences must all have one shape"
            )
        parts.append(trunc)
    x = np.full((len(parts), maxlen) + (sample_shape or ()), value, dtype=target)  # (n, maxlen, ...)
    for row, trunc in enumerate(parts):
        if trunc is None:
            continue
        if padding == "post":
            x[row, : len(trunc)] = trunc
        else:
            x[row, -len(trunc) :] = trunc
    return x
