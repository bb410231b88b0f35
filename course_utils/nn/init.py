"""Weight initialization in NumPy (chapter 07-07): Xavier/Glorot and He, with Keras' formulas.

For a kernel ``W`` of shape ``(fan_in, fan_out)`` (Keras' ``Dense`` kernel ``(d_in, d_out)``):

- ``glorot_uniform``: U(-limit, limit), ``limit = sqrt(6 / (fan_in + fan_out))``; variance ``2 / (fan_in + fan_out)``
- ``glorot_normal``: truncated normal, ``stddev = sqrt(2 / (fan_in + fan_out)) / 0.8796...``;
  variance ``2 / (fan_in + fan_out)``
- ``he_uniform``: U(-limit, limit), ``limit = sqrt(6 / fan_in)``; variance ``2 / fan_in``
- ``he_normal``: truncated normal, ``stddev = sqrt(2 / fan_in) / 0.8796...``; variance ``2 / fan_in``

Keras' "normal" initializers draw from a normal distribution cut at two standard deviations (values further
out are drawn again). Cutting shrinks the variance by the factor 0.87962566103423978**2 (the standard
deviation of a standard normal truncated to [-2, 2]), so Keras divides the standard deviation by that constant
first; the samples then have exactly the variance given above. A uniform U(-a, a) has variance a**2 / 3.

Xavier/Glorot keeps the variance of activations and of gradients about equal across layers for S-shaped
activations (sigmoid, tanh); He doubles the variance for ReLU, which zeroes half of its inputs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

__all__ = [
    "TRUNCATED_STD",
    "compute_fans",
    "glorot_normal",
    "glorot_uniform",
    "he_normal",
    "he_uniform",
    "truncated_normal",
]

#: Standard deviation of a standard normal truncated to [-2, 2] (Keras' constant).
TRUNCATED_STD = 0.87962566103423978


def _as_rng(rng: np.random.Generator | int | None) -> np.random.Generator:
    if isinstance(rng, np.random.Generator):
        return rng
    if rng is None or (isinstance(rng, (int, np.integer)) and not isinstance(rng, bool) and rng >= 0):
        return np.random.default_rng(rng)
    raise TypeError(f"rng must be a np.random.Generator, a seed int >= 0 or None, got {type(rng).__name__} {rng!r}")


def compute_fans(shape: Sequence[int]) -> tuple[int, int]:
    """``(fan_in, fan_out)`` of a kernel of shape ``(fan_in, fan_out)``, as Keras computes them for 2-D kernels."""
    try:
        shape = tuple(shape)
    except TypeError:
        raise TypeError(f"shape must be a tuple (fan_in, fan_out), got {type(shape).__name__} {shape!r}") from None
    if len(shape) != 2 or not all(isinstance(n, (int, np.integer)) and not isinstance(n, bool) for n in shape):
        raise ValueError(f"shape must be a tuple of two ints (fan_in, fan_out), e.g. (256, 128), got {shape!r}")
    fan_in, fan_out = (int(n) for n in shape)
    if fan_in < 1 or fan_out < 1:
        raise ValueError(f"shape must have fan_in >= 1 and fan_out >= 1, got {shape!r}")
    return fan_in, fan_out


def truncated_normal(shape: Sequence[int], stddev: float, rng: np.random.Generator | int | None = None) -> np.ndarray:
    """Normal(0, stddev) samples cut at two standard deviations: entries beyond +-2 are drawn again."""
    if not stddev > 0:
        raise ValueError(f"stddev must be > 0, got {stddev!r}")
    rng = _as_rng(rng)
    z = rng.standard_normal(tuple(shape))  # (fan_in, fan_out)
    outside = np.abs(z) > 2.0
    while outside.any():  # redraw only the entries outside [-2, 2]
        z[outside] = rng.standard_normal(int(outside.sum()))
        outside = np.abs(z) > 2.0
    return z * stddev


def _uniform(shape: Sequence[int], limit: float, rng: np.random.Generator | int | None) -> np.ndarray:
    return _as_rng(rng).uniform(-limit, limit, size=tuple(shape))  # (fan_in, fan_out)


def glorot_uniform(shape: Sequence[int], rng: np.random.Generator | int | None = None) -> np.ndarray:
    """Xavier/Glorot uniform: U(-limit, limit), ``limit = sqrt(6 / (fan_in + fan_out))``."""
    fan_in, fan_out = compute_fans(shape)
    return _uniform(shape, math.sqrt(6.0 / (fan_in + fan_out)), rng)


def glorot_normal(shape: Sequence[int], rng: np.random.Generator | int | None = None) -> np.ndarray:
    """Xavier/Glorot normal: truncated normal with ``stddev = sqrt(2 / (fan_in + fan_out)) / 0.8796...``."""
    fan_in, fan_out = compute_fans(shape)
    return truncated_normal(shape, math.sqrt(2.0 / (fan_in + fan_out)) / TRUNCATED_STD, rng)


def he_uniform(shape: Sequence[int], rng: np.random.Generator | int | None = None) -> np.ndarray:
    """He uniform: U(-limit, limit), ``limit = sqrt(6 / fan_in)``."""
    fan_in, _ = compute_fans(shape)
    return _uniform(shape, math.sqrt(6.0 / fan_in), rng)


def he_normal(shape: Sequence[int], rng: np.random.Generator | int | None = None) -> np.ndarray:
    """He normal: truncated normal with ``stddev = sqrt(2 / fan_in) / 0.8796...``."""
    fan_in, _ = compute_fans(shape)
    return truncated_normal(shape, math.sqrt(2.0 / fan_in) / TRUNCATED_STD, rng)
