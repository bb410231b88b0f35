"""Splitting a labelled data set: X (문제지) / y (정답지), then train / test.

Supervised learning data come as pairs ``(x, y)``. Before training we

1. separate the questions ``X`` from the answers ``y`` (:func:`unzip_pairs` for a list of pairs,
   :func:`split_dataframe` for a pandas DataFrame, :func:`split_array` for a NumPy array), and
2. hold some rows out as a test set (:func:`train_test_sizes`, :func:`shuffle_split`).

The sizes follow scikit-learn's ``train_test_split`` exactly::

    n_test  = ceil(test_size * n_samples)   if test_size is a float in (0, 1)
    n_test  = test_size                     if test_size is an int in [1, n_samples - 1]
    n_train = n_samples - n_test            (must be >= 1)

so ``shuffle_split(X, y, test_size=0.2)`` and ``train_test_split(X, y, test_size=0.2)`` return
parts of the same sizes, in the same order ``X_train, X_test, y_train, y_test``. The rows differ:
this module shuffles with ``numpy.random.default_rng(seed).permutation``, scikit-learn with
its own ``RandomState``; both are reproducible for a fixed seed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from numbers import Integral, Real
from typing import Any

import numpy as np

from course_utils.validation import as_list, check_int

__all__ = ["unzip_pairs", "split_dataframe", "split_array", "train_test_sizes", "shuffle_split"]


def unzip_pairs(pairs: Iterable[Sequence[Any]]) -> tuple[list[Any], list[Any]]:
    """Split ``[(x1, y1), (x2, y2), ...]`` into ``X = [x1, x2, ...]`` and ``y = [y1, y2, ...]``.

    This is ``X, y = zip(*pairs)`` with lists instead of tuples and with checks: every item
    must have exactly two elements (question, answer) and there must be at least one pair.
    """
    items = as_list(pairs, "pairs", what="an iterable of (x, y) pairs")
    if not items:
        raise ValueError("pairs is empty; pass at least one (x, y) pair")
    for i, item in enumerate(items):
        if isinstance(item, (str, bytes)) or not hasattr(item, "__len__") or len(item) != 2:
            raise ValueError(
                f"pairs[{i}] = {item!r} is not a pair; every item must be (x, y) with exactly two elements"
            )
    X, y = zip(*items, strict=True)
    return list(X), list(y)


def split_dataframe(df: Any, label_column: str) -> tuple[Any, Any]:
    """Return ``(X, y)`` = (every column except ``label_column``, the ``label_column`` Series).

    ``X`` is a DataFrame (even with one feature column), ``y`` a Series; both keep the index.
    """
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"df must be a pandas DataFrame, got {type(df).__name__}")
    if len(df) == 0:
        raise ValueError("df has no rows; pass a DataFrame with at least one row")
    if label_column not in df.columns:
        raise ValueError(f"label_column {label_column!r} is not a column; columns are {list(df.columns)}")
    if df.shape[1] < 2:
        raise ValueError("df needs at least one feature column besides the label column")
    return df.drop(columns=[label_column]), df[label_column]


def split_array(array: Any, label_index: int = -1) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(X, y)`` from a 2-D array whose column ``label_index`` holds the labels.

    ``X`` keeps the other columns in order (shape ``(n, d - 1)``), ``y`` has shape ``(n,)``.
    """
    arr = np.asarray(array)
    if arr.ndim != 2:
        raise ValueError(f"array must be 2-D (rows = samples, columns = features + label), got shape {arr.shape}")
    n_rows, n_cols = arr.shape
    if n_rows == 0:
        raise ValueError("array has no rows; pass at least one sample")
    if n_cols < 2:
        raise ValueError(f"array needs at least 2 columns (features and a label), got {n_cols}")
    check_int(label_index, "label_index")
    if not -n_cols <= label_index < n_cols:
        raise ValueError(f"label_index={label_index} is out of range for {n_cols} columns")
    label_index = int(label_index) % n_cols
    keep = [j for j in range(n_cols) if j != label_index]
    return arr[:, keep], arr[:, label_index]


def train_test_sizes(n_samples: int, test_size: float | int = 0.25) -> tuple[int, int]:
    """Return ``(n_train, n_test)`` with scikit-learn's rule.

    - float ``test_size`` in (0, 1): ``n_test = ceil(test_size * n_samples)`` (rounded **up**);
    - int ``test_size`` in [1, n_samples - 1]: ``n_test = test_size``;
    - ``n_train = n_samples - n_test`` must be at least 1.
    """
    check_int(n_samples, "n_samples")
    if n_samples < 2:
        raise ValueError(f"n_samples={n_samples}: need at least 2 samples to have both a train and a test part")
    n_samples = int(n_samples)
    if isinstance(test_size, bool):
        raise TypeError("test_size must be a float in (0, 1) or an int count, got a bool")
    if isinstance(test_size, Integral):
        if not 1 <= test_size < n_samples:
            raise ValueError(f"test_size={test_size} as a count must be between 1 and n_samples - 1 = {n_samples - 1}")
        n_test = int(test_size)
    elif isinstance(test_size, Real):
        if not 0.0 < float(test_size) < 1.0:  # also rejects NaN
            raise ValueError(f"test_size={test_size} as a fraction must be strictly between 0 and 1")
        n_test = math.ceil(float(test_size) * n_samples)
    else:
        raise TypeError(f"test_size must be a float in (0, 1) or an int count, got {type(test_size).__name__}")
    n_train = n_samples - n_test
    if n_train < 1:
        raise ValueError(
            f"with n_samples={n_samples} and test_size={test_size} the train part would be empty; "
            "use a smaller test_size"
        )
    return n_train, n_test


def _take(data: Any, index: np.ndarray) -> Any:
    """Rows ``index`` of ``data``, keeping its kind (list, tuple, NumPy array, pandas object)."""
    if hasattr(data, "iloc"):
        return data.iloc[index]
    if isinstance(data, np.ndarray):
        return data[index]
    items = [data[i] for i in index.tolist()]
    return tuple(items) if isinstance(data, tuple) else items


def _length(data: Any, name: str) -> int:
    if isinstance(data, (str, bytes)):
        raise TypeError(f"{name} must be a sequence of samples (list, array, DataFrame), got a string")
    if isinstance(data, np.ndarray) and data.ndim == 0:
        raise TypeError(f"{name} must be a sequence of samples, got a 0-d array")
    try:
        return len(data)
    except TypeError as exc:
        raise TypeError(f"{name} must be a sequence of samples with len(), got {type(data).__name__}") from exc


def shuffle_split(
    X: Any,
    y: Any,
    *,
    test_size: float | int = 0.25,
    seed: int | None = 0,
    shuffle: bool = True,
) -> tuple[Any, Any, Any, Any]:
    """Split ``X`` and ``y`` into ``X_train, X_test, y_train, y_test`` (scikit-learn's order).

    With ``shuffle=True`` the row order is ``numpy.random.default_rng(seed).permutation(n)``;
    the first ``n_train`` shuffled rows go to train and the last ``n_test`` to test
    (sizes from :func:`train_test_sizes`). With ``shuffle=False`` the first ``n_train`` rows
    are train, as when slicing ``X[:n_train]`` by hand. Lists stay lists, arrays stay arrays,
    DataFrames/Series are indexed with ``.iloc`` and keep their index.
    """
    n = _length(X, "X")
    n_y = _length(y, "y")
    if n != n_y:
        raise ValueError(f"X has {n} samples but y has {n_y}; every question needs exactly one answer")
    if n == 0:
        raise ValueError("X and y are empty; pass at least 2 samples")
    n_train, _ = train_test_sizes(n, test_size)
    if shuffle:
        if seed is not None:
            check_int(seed, "seed (or None)", minimum=0, type_error=ValueError)
        order = np.random.default_rng(seed).permutation(n)
    else:
        order = np.arange(n)
    train_idx, test_idx = order[:n_train], order[n_train:]
    return _take(X, train_idx), _take(X, test_idx), _take(y, train_idx), _take(y, test_idx)
