"""Batch normalization and layer normalization in NumPy (chapter 07-07), matching Keras 3.

Both normalize ``x`` to mean 0 and variance 1 and then scale and shift it by learned ``gamma`` and ``beta``;
they differ in the axes the mean and variance are taken over. Features are on the last axis, as in Keras
(``axis=-1``); ``x`` is ``(B, D)`` or ``(B, T, D)``.

Batch normalization (``keras.layers.BatchNormalization``, defaults ``momentum=0.99``, ``epsilon=1e-3``)::

    training:   mu_B = mean of x over every axis but the last            (D,)
                var_B = mean of (x - mu_B)**2 over the same axes          (D,)  (biased: divide by N, not N - 1)
                x_hat = (x - mu_B) / sqrt(var_B + epsilon)
                y = gamma * x_hat + beta
                moving_mean <- momentum * moving_mean + (1 - momentum) * mu_B
                moving_var  <- momentum * moving_var  + (1 - momentum) * var_B
    inference:  y = gamma * (x - moving_mean) / sqrt(moving_var + epsilon) + beta   (moving stats unchanged)

Layer normalization (``keras.layers.LayerNormalization``, default ``epsilon=1e-3``)::

    mu = mean of x over the last axis, per example (and per time step)   (B, 1) or (B, T, 1)
    var = mean of (x - mu)**2 over the last axis
    y = gamma * (x - mu) / sqrt(var + epsilon) + beta

Layer normalization has no running statistics and behaves the same in training and inference.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike

from course_utils.nn.activations import as_float_array

__all__ = ["BatchNormResult", "batch_norm", "layer_norm"]


class BatchNormResult(NamedTuple):
    """What :func:`batch_norm` returns: the output and the moving statistics after the call."""

    y: np.ndarray  # same shape as x
    moving_mean: np.ndarray  # (D,)
    moving_var: np.ndarray  # (D,)


def _check_x(x: ArrayLike) -> np.ndarray:
    x = as_float_array(x, "x")
    if x.ndim < 2:
        hint = f"; for one example use x.reshape(1, -1), shape (1, {x.shape[0]})" if x.ndim == 1 else ""
        raise ValueError(f"x must be (B, D) or (B, T, D) with features on the last axis, got shape {x.shape}{hint}")
    return x


def _check_vector(value: ArrayLike | None, name: str, D: int, default: float) -> np.ndarray:
    """A per-feature parameter of shape (D,); ``None`` means the Keras initial value ``default``."""
    if value is None:
        return np.full(D, default)
    array = as_float_array(value, name)
    if array.shape != (D,):
        raise ValueError(f"{name} must be (D,) = ({D},), one value per feature of x, got {array.shape}")
    return array


def _check_epsilon(epsilon: float) -> float:
    if isinstance(epsilon, bool) or not isinstance(epsilon, (int, float, np.floating)) or not epsilon > 0:
        raise ValueError(f"epsilon must be a number > 0 (Keras' default is 1e-3), got {epsilon!r}")
    return float(epsilon)


def batch_norm(
    x: ArrayLike,
    gamma: ArrayLike | None = None,
    beta: ArrayLike | None = None,
    moving_mean: ArrayLike | None = None,
    moving_var: ArrayLike | None = None,
    *,
    training: bool,
    momentum: float = 0.99,
    epsilon: float = 1e-3,
) -> BatchNormResult:
    """Batch normalization of ``x`` (features last), as ``keras.layers.BatchNormalization()(x, training=...)``.

    Args:
        x: a batch, shape (B, D) or (B, T, D).
        gamma: scale, shape (D,); ``None`` = ones (Keras' initial value).
        beta: shift, shape (D,); ``None`` = zeros.
        moving_mean: running mean, shape (D,); ``None`` = zeros (Keras' initial value).
        moving_var: running variance, shape (D,); ``None`` = ones.
        training: ``True`` normalizes with the batch's own mean and variance and updates the moving
            statistics; ``False`` normalizes with the moving statistics and leaves them as they are.
        momentum: weight of the old value in the moving averages, in [0, 1].
        epsilon: added to the variance before the square root.

    Returns:
        ``BatchNormResult(y, moving_mean, moving_var)``: ``y`` has the shape of ``x``; the moving statistics
        are new arrays (the inputs are not modified).
    """
    if not isinstance(training, (bool, np.bool_)):
        raise TypeError(f"training must be True or False, got {type(training).__name__} {training!r}")
    if isinstance(momentum, bool) or not isinstance(momentum, (int, float, np.floating)) or not 0 <= momentum <= 1:
        raise ValueError(f"momentum must be a number in [0, 1] (Keras' default is 0.99), got {momentum!r}")
    epsilon = _check_epsilon(epsilon)
    x = _check_x(x)
    D = x.shape[-1]
    gamma = _check_vector(gamma, "gamma", D, 1.0)
    beta = _check_vector(beta, "beta", D, 0.0)
    moving_mean = _check_vector(moving_mean, "moving_mean", D, 0.0)
    moving_var = _check_vector(moving_var, "moving_var", D, 1.0)
    if np.any(moving_var < 0):
        raise ValueError("moving_var must be >= 0 (it is a running variance)")
    axes = tuple(range(x.ndim - 1))  # every axis but the features: (0,) for (B, D), (0, 1) for (B, T, D)
    if training:
        mu_B = x.mean(axis=axes)  # (D,)
        var_B = ((x - mu_B) ** 2).mean(axis=axes)  # (D,) biased variance, as Keras
        x_hat = (x - mu_B) / np.sqrt(var_B + epsilon)  # (..., D)
        new_mean = momentum * moving_mean + (1.0 - momentum) * mu_B  # (D,)
        new_var = momentum * moving_var + (1.0 - momentum) * var_B  # (D,)
    else:
        x_hat = (x - moving_mean) / np.sqrt(moving_var + epsilon)  # (..., D)
        new_mean, new_var = moving_mean.copy(), moving_var.copy()
    y = gamma * x_hat + beta  # (..., D)
    return BatchNormResult(y, new_mean, new_var)


def layer_norm(
    x: ArrayLike,
    gamma: ArrayLike | None = None,
    beta: ArrayLike | None = None,
    *,
    epsilon: float = 1e-3,
) -> np.ndarray:
    """Layer normalization over the last axis, as ``keras.layers.LayerNormalization()(x)``.

    Each example (and each time step of a ``(B, T, D)`` input) is normalized with its own mean and variance
    over its D features, so the result does not depend on the other examples of the batch.

    Args:
        x: shape (B, D) or (B, T, D).
        gamma: scale, shape (D,); ``None`` = ones.
        beta: shift, shape (D,); ``None`` = zeros.
        epsilon: added to the variance before the square root (Keras' default 1e-3).

    Returns:
        ``y`` with the shape of ``x``.
    """
    epsilon = _check_epsilon(epsilon)
    x = _check_x(x)
    D = x.shape[-1]
    gamma = _check_vector(gamma, "gamma", D, 1.0)
    beta = _check_vector(beta, "beta", D, 0.0)
    mu = x.mean(axis=-1, keepdims=True)  # (..., 1)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)  # (..., 1)
    return gamma * (x - mu) / np.sqrt(var + epsilon) + beta  # (..., D)
