"""One-hot vectors: Keras' ``to_categorical``.

::

    to_categorical([0, 2, 1]) -> [[1, 0, 0],
                                  [0, 0, 1],
                                  [0, 1, 0]]

Same arguments, defaults and outputs as ``keras.utils.to_categorical``: one row of zeros per label
with a 1 in the label's column.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from course_utils.validation import check_int, describe


def to_categorical(x: Any, num_classes: int | None = None, dtype: Any = "float64") -> np.ndarray:
    """One-hot encode integer class labels: ``out[..., k] = 1`` where ``k = x[...]``, else 0.

    ``num_classes`` defaults to ``max(x) + 1``. The output has shape ``x.shape + (num_classes,)``,
    except that a trailing axis of size 1 is dropped first (``(n, 1) -> (n, num_classes)``), as in
    Keras. ``dtype`` defaults to float64 like Keras 3 (Keras 2 took ``dtype='float32'``).
    Labels must be integers (integral floats such as ``2.0`` are accepted) in ``[0, num_classes)``.
    """
    if x is None:
        raise TypeError("x is None; pass integer class labels such as [0, 2, 1]")
    try:
        labels = np.asarray(x)
    except ValueError as exc:
        raise ValueError(f"x must be a rectangular array of integer labels (not ragged lists): {exc}") from None
    kind = labels.dtype.kind
    if kind == "O":
        items = labels.ravel().tolist()
        for v in items:
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
                raise TypeError(f"labels must be integers, found {describe(v)}")
        labels = np.array(items, dtype=np.int64).reshape(labels.shape)
    elif kind == "f":
        finite = np.isfinite(labels)
        if not finite.all() or (labels != np.floor(labels)).any():
            bad = labels[~finite | (labels != np.floor(labels))].ravel()[0]
            raise ValueError(f"labels must be whole numbers, found {float(bad)!r}; map them to ints first")
    elif kind not in "biu":
        raise TypeError(f"labels must be integers, got dtype {labels.dtype}; map string labels to ints first")
    if kind == "u" and labels.size and labels.max() > np.iinfo(np.int64).max:
        raise ValueError(f"label {int(labels.max())} is too large")
    labels = labels.astype(np.int64)
    if labels.size and labels.min() < 0:
        raise ValueError(f"labels must be >= 0, found {int(labels.min())}")

    input_shape = labels.shape
    if input_shape and input_shape[-1] == 1 and len(input_shape) > 1:
        input_shape = input_shape[:-1]
    labels = labels.reshape(-1)
    if num_classes is None:
        if not labels.size:
            raise ValueError("x is empty, so num_classes cannot be inferred; pass num_classes")
        num_classes = int(labels.max()) + 1
    else:
        num_classes = check_int(num_classes, "num_classes", minimum=1)
        if labels.size and labels.max() >= num_classes:
            raise ValueError(
                f"label {int(labels.max())} does not fit num_classes={num_classes}: labels must be "
                f"in "
                f"[0, {num_classes - 1}]; pass num_classes={int(labels.max()) + 1} or more"
            )
    try:
        dtype = np.dtype(dtype)
    except TypeError:
        raise TypeError(f"dtype {dtype!r} is not a NumPy dtype; use e.g. 'float32'") from None
    categorical = np.zeros((labels.shape[0], num_classes), dtype=dtype)
    categorical[np.arange(labels.shape[0]), labels] = 1
    return categorical.reshape(input_shape + (num_classes,))
