"""Loss functions and their gradients in NumPy (chapter 07-04), computed exactly as ``keras.losses`` does.

Each loss returns one value per sample, like the ``keras.losses.<name>`` functions:

- ``mean_squared_error``:  mean over the last axis of ``(y_true - y_pred)**2``;
- ``binary_crossentropy``: mean over the last axis of ``-(y log p + (1 - y) log(1 - p))``;
- ``categorical_crossentropy``: ``-sum_k y_k log p_k`` over the last (class) axis;
- ``sparse_categorical_crossentropy``: ``-log p[label]`` with integer labels.

Probabilities are clipped to ``[epsilon, 1 - epsilon]`` (Keras' ``epsilon = 1e-7``) before the log, so a
confident wrong answer costs ``-log(1e-7) = 16.12`` instead of infinity. With ``from_logits=True`` the
input is the pre-activation ``z`` and the loss is computed from it directly (no clipping, no overflow).

Each ``*_grad`` function returns ``dL/dy_pred`` (or ``dL/dz`` with ``from_logits=True``) of the batch loss
``L = mean(per-sample losses)``, which is what ``keras.losses.<Class>()`` returns by default.
Where clipping is active the gradient is 0, as in TensorFlow's ``clip_by_value``.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from course_utils.nn.activations import sigmoid

EPSILON = 1e-7  # keras.backend.epsilon()


# --- input checks (written here: course_utils.validation has no array checks yet) ---------------------


def _as_float(value: ArrayLike, name: str) -> np.ndarray:
    """``value`` as a float64 array with at least one element and no NaN/inf."""
    array = np.asarray(value)
    if array.dtype == object or not (np.issubdtype(array.dtype, np.number) or array.dtype == bool):
        raise TypeError(f"{name} must be a numeric array, got dtype {array.dtype}; pass numbers, e.g. np.array([...])")
    array = array.astype(np.float64)
    if array.ndim == 0 or array.size == 0:
        raise ValueError(f"{name} must be a non-empty array with a batch axis, got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} contains NaN or inf; check the values you pass")
    return array


def _same_shape(y_true: ArrayLike, y_pred: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    t = _as_float(y_true, "y_true")
    p = _as_float(y_pred, "y_pred")
    if t.shape != p.shape:
        raise ValueError(f"y_true and y_pred must have the same shape, got y_true {t.shape} and y_pred {p.shape}")
    return t, p


def _check_targets_in_01(t: np.ndarray) -> None:
    if np.any(t < 0) or np.any(t > 1):
        raise ValueError(
            f"y_true must hold targets in [0, 1] (0/1 labels or probabilities), got values in "
            f"[{t.min():g}, {t.max():g}]; for integer class ids use sparse_categorical_crossentropy"
        )


def _n_samples(p: np.ndarray) -> int:
    """Number of per-sample losses that the batch loss averages (all axes but the last)."""
    return int(np.prod(p.shape[:-1])) if p.ndim > 1 else 1


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))  # shift: exp never overflows
    return e / e.sum(axis=-1, keepdims=True)


def _log_softmax(z: np.ndarray) -> np.ndarray:
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


# --- mean squared error ------------------------------------------------------------------------------


def mean_squared_error(y_true: ArrayLike, y_pred: ArrayLike) -> np.ndarray:
    """MSE per sample: ``mean((y_true - y_pred)**2, axis=-1)``; shape ``y_pred.shape[:-1]``."""
    t, p = _same_shape(y_true, y_pred)
    return np.mean((t - p) ** 2, axis=-1)


def mean_squared_error_grad(y_true: ArrayLike, y_pred: ArrayLike) -> np.ndarray:
    """``dL/dy_pred`` of ``L = mean over all elements of (y_true - y_pred)**2``: ``2 (y_pred - y_true) / size``."""
    t, p = _same_shape(y_true, y_pred)
    return 2.0 * (p - t) / p.size


# --- binary cross-entropy ----------------------------------------------------------------------------


def binary_crossentropy(
    y_true: ArrayLike, y_pred: ArrayLike, *, from_logits: bool = False, epsilon: float = EPSILON
) -> np.ndarray:
    """Binary cross-entropy per sample (mean over the last axis), as ``keras.losses.binary_crossentropy``.

    Probabilities: ``-(y log(clip(p)) + (1 - y) log(1 - clip(p)))``, ``clip`` to ``[epsilon, 1 - epsilon]``.
    Logits ``z``: ``max(z, 0) - z y + log(1 + exp(-|z|))`` (the same value, computed without overflow).
    """
    t, p = _same_shape(y_true, y_pred)
    _check_targets_in_01(t)
    if from_logits:
        z = p
        elementwise = np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z)))
    else:
        p_c = np.clip(p, epsilon, 1.0 - epsilon)
        elementwise = -(t * np.log(p_c) + (1.0 - t) * np.log(1.0 - p_c))
    return np.mean(elementwise, axis=-1)


def binary_crossentropy_grad(
    y_true: ArrayLike, y_pred: ArrayLike, *, from_logits: bool = False, epsilon: float = EPSILON
) -> np.ndarray:
    """``dL/dy_pred`` of the mean binary cross-entropy over all elements.

    Logits: ``(sigmoid(z) - y) / size``. Probabilities: ``(-y/p + (1 - y)/(1 - p)) / size`` where
    ``epsilon <= p <= 1 - epsilon``, 0 where ``p`` was clipped.
    """
    t, p = _same_shape(y_true, y_pred)
    _check_targets_in_01(t)
    if from_logits:
        return (sigmoid(p) - t) / p.size
    inside = (p >= epsilon) & (p <= 1.0 - epsilon)
    p_c = np.clip(p, epsilon, 1.0 - epsilon)
    return np.where(inside, -t / p_c + (1.0 - t) / (1.0 - p_c), 0.0) / p.size


# --- categorical cross-entropy -----------------------------------------------------------------------


def categorical_crossentropy(
    y_true: ArrayLike, y_pred: ArrayLike, *, from_logits: bool = False, epsilon: float = EPSILON
) -> np.ndarray:
    """Categorical cross-entropy per sample, as ``keras.losses.categorical_crossentropy``.

    Probabilities: each row of ``y_pred`` is first divided by its sum (as Keras does), clipped to
    ``[epsilon, 1 - epsilon]``, then ``-sum_k y_k log p_k``. Logits ``z``: ``-sum_k y_k log_softmax(z)_k``.
    ``y_true``: one-hot rows (or probability rows), same shape as ``y_pred`` = ``(B, C)``.
    """
    t, p = _same_shape(y_true, y_pred)
    _check_targets_in_01(t)
    if from_logits:
        return -np.sum(t * _log_softmax(p), axis=-1)
    q = p / p.sum(axis=-1, keepdims=True)  # (B, C): rows sum to 1
    return -np.sum(t * np.log(np.clip(q, epsilon, 1.0 - epsilon)), axis=-1)


def categorical_crossentropy_grad(
    y_true: ArrayLike, y_pred: ArrayLike, *, from_logits: bool = False, epsilon: float = EPSILON
) -> np.ndarray:
    """``dL/dy_pred`` of the mean categorical cross-entropy over the batch.

    Logits: ``(softmax(z) * sum_k y_k - y) / B`` (``softmax(z) - y`` for one-hot rows, divided by ``B``).
    Probabilities: through the row normalisation ``q = p / S`` and the clip (0 where clipped).
    """
    t, p = _same_shape(y_true, y_pred)
    _check_targets_in_01(t)
    n = _n_samples(p)
    if from_logits:
        return (_softmax(p) * t.sum(axis=-1, keepdims=True) - t) / n
    S = p.sum(axis=-1, keepdims=True)  # (B, 1)
    q = p / S  # (B, C)
    inside = (q >= epsilon) & (q <= 1.0 - epsilon)
    g_q = np.where(inside, -t / np.clip(q, epsilon, 1.0 - epsilon), 0.0)  # dL/dq, (B, C)
    g_p = (g_q - np.sum(g_q * q, axis=-1, keepdims=True)) / S  # dq_i/dp_j = (delta_ij - q_i) / S
    return g_p / n


# --- sparse categorical cross-entropy ----------------------------------------------------------------


def _labels(labels: ArrayLike, p: np.ndarray) -> np.ndarray:
    y = np.asarray(labels)
    if y.dtype == bool or not np.issubdtype(y.dtype, np.integer):
        if np.issubdtype(y.dtype, np.floating) and y.size and np.all(np.isfinite(y)) and np.all(y == np.round(y)):
            y = y.astype(np.int64)  # Keras casts float labels like 2.0 to int
        else:
            raise TypeError(
                f"labels must be integer class ids (0 .. C-1), got dtype {y.dtype}; "
                "for one-hot targets use categorical_crossentropy"
            )
    if y.ndim == p.ndim and y.shape[-1:] == (1,):
        y = y[..., 0]  # (B, 1) -> (B,), as Keras squeezes it
    if y.shape != p.shape[:-1]:
        raise ValueError(
            f"labels must have shape y_pred.shape[:-1] = {p.shape[:-1]} (one class id per sample), got {y.shape}"
        )
    n_classes = p.shape[-1]
    if y.size and (y.min() < 0 or y.max() >= n_classes):
        raise ValueError(f"labels must be in [0, {n_classes - 1}] for {n_classes} classes, got {y.min()}..{y.max()}")
    return y.astype(np.int64)


def _pick(values: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``values[..., y]`` for one class id per sample."""
    return np.take_along_axis(values, y[..., None], axis=-1)[..., 0]


def sparse_categorical_crossentropy(
    labels: ArrayLike, y_pred: ArrayLike, *, from_logits: bool = False, epsilon: float = EPSILON
) -> np.ndarray:
    """``-log p[label]`` per sample, as ``keras.losses.sparse_categorical_crossentropy``.

    Probabilities: Keras clips ``p`` to ``[epsilon, 1 - epsilon]`` and takes ``-log_softmax(log(clip(p)))``,
    i.e. ``-log(c[label] / sum_k c_k)`` with ``c = clip(p)``. Logits: ``-log_softmax(z)[label]``.
    ``labels``: integers of shape ``(B,)`` (or ``(B, 1)``); ``y_pred``: ``(B, C)``.
    """
    p = _as_float(y_pred, "y_pred")
    y = _labels(labels, p)
    log_q = _log_softmax(p if from_logits else np.log(np.clip(p, epsilon, 1.0 - epsilon)))
    return -_pick(log_q, y)


def sparse_categorical_crossentropy_grad(
    labels: ArrayLike, y_pred: ArrayLike, *, from_logits: bool = False, epsilon: float = EPSILON
) -> np.ndarray:
    """``dL/dy_pred`` of the mean sparse categorical cross-entropy over the batch.

    Logits: ``(softmax(z) - onehot(label)) / B``. Probabilities: ``(1/sum(c) - [k = label]/c_k) / B``
    where ``p_k`` was not clipped, 0 where it was.
    """
    p = _as_float(y_pred, "y_pred")
    y = _labels(labels, p)
    onehot = np.zeros_like(p)  # (B, C)
    np.put_along_axis(onehot, y[..., None], 1.0, axis=-1)
    n = _n_samples(p)
    if from_logits:
        return (_softmax(p) - onehot) / n
    c = np.clip(p, epsilon, 1.0 - epsilon)
    inside = (p >= epsilon) & (p <= 1.0 - epsilon)
    return np.where(inside, 1.0 / c.sum(axis=-1, keepdims=True) - onehot / c, 0.0) / n


__all__ = [
    "EPSILON",
    "binary_crossentropy",
    "binary_crossentropy_grad",
    "categorical_crossentropy",
    "categorical_crossentropy_grad",
    "mean_squared_error",
    "mean_squared_error_grad",
    "sparse_categorical_crossentropy",
    "sparse_categorical_crossentropy_grad",
]
