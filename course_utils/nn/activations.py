"""Activation functions and their derivatives in NumPy (chapters 07-01, 07-02).

Every function takes ``z``, the pre-activation (``z = x @ W + b``), of any shape and returns a float64
array of the same shape. The derivative of ``f`` is ``f_grad(z) = df/dz`` evaluated element-wise, so the
backward pass of an element-wise activation is ``dz = dh * f_grad(z)``. Softmax mixes the entries of a
vector, so its derivative is a Jacobian (:func:`softmax_jacobian`) or, in a backward pass,
:func:`softmax_backward`.

Conventions at the kinks (where the derivative is not defined) follow TensorFlow's gradients:
``step_grad(0) = 0``, ``relu_grad(0) = 0``, ``leaky_relu_grad(0) = a``.

Bad input raises: ``TypeError`` for non-numeric values (str, bool, complex, None, ragged lists),
``ValueError`` for NaN. The element-wise functions map an empty array to an empty array (other modules call
``sigmoid`` on zero-length batches, e.g. a one-character sentence has no boundary to score); softmax rejects a
softmax axis of length 0, where the probabilities are undefined.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "ACTIVATIONS",
    "as_float_array",
    "get_activation",
    "leaky_relu",
    "leaky_relu_grad",
    "linear",
    "linear_grad",
    "relu",
    "relu_grad",
    "sigmoid",
    "sigmoid_grad",
    "softmax",
    "softmax_backward",
    "softmax_jacobian",
    "step",
    "step_grad",
    "tanh",
    "tanh_grad",
]


def as_float_array(value: ArrayLike, name: str = "z", *, allow_empty: bool = False) -> np.ndarray:
    """``value`` as a float64 array, after checking it is a non-empty array of real numbers without NaN.

    Raises:
        TypeError: ``value`` is not numeric (a str, bool, complex or object array, ``None``, a ragged list).
        ValueError: ``value`` is empty (unless ``allow_empty``) or contains NaN.
    """
    if value is None or isinstance(value, (str, bytes, dict, set)):
        raise TypeError(f"{name} must be a number or an array of numbers, got {type(value).__name__}")
    try:
        raw = np.asarray(value)
    except ValueError as exc:  # ragged nested lists
        raise TypeError(f"{name} must be a rectangular array of numbers (all rows the same length): {exc}") from exc
    kind = raw.dtype.kind
    if kind == "b":
        raise TypeError(f"{name} must hold numbers, got booleans; pass {name}.astype(float) if you mean 0/1")
    if kind == "c":
        raise TypeError(f"{name} must hold real numbers, got complex dtype {raw.dtype}")
    if kind not in "iuf":
        raise TypeError(f"{name} must hold real numbers, got dtype {raw.dtype} ({type(value).__name__})")
    array = raw.astype(np.float64, copy=False)
    if array.size == 0 and not allow_empty:
        raise ValueError(f"{name} is empty (shape {array.shape}); pass at least one value")
    if np.isnan(array).any():
        raise ValueError(f"{name} contains NaN at {int(np.isnan(array).sum())} position(s); check the input data")
    return array


def _elementwise(z: ArrayLike) -> np.ndarray:
    """Input of an element-wise activation: a float64 array (empty allowed), no NaN."""
    return as_float_array(z, "z", allow_empty=True)


# --- step (07-01's perceptron) -----------------------------------------------------------------------------


def step(z: ArrayLike) -> np.ndarray:
    """Step (Heaviside) function: ``step(z) = 1 if z > 0 else 0``.

    The perceptron outputs 1 when the weighted sum exceeds the threshold, i.e. when ``z = w·x + b > 0``
    with ``b = -threshold``; ``step(0) = 0``.
    """
    z = _elementwise(z)
    return (z > 0).astype(np.float64)


def step_grad(z: ArrayLike) -> np.ndarray:
    """Derivative of :func:`step`: 0 everywhere (undefined at 0, where we return 0).

    A zero gradient is why a network of step units cannot be trained by gradient descent.
    """
    z = _elementwise(z)
    return np.zeros_like(z)


# --- identity (a "linear" activation) ----------------------------------------------------------------------


def linear(z: ArrayLike) -> np.ndarray:
    """Identity: ``linear(z) = z`` (Keras' ``activation=None`` or ``'linear'``)."""
    return _elementwise(z).copy()


def linear_grad(z: ArrayLike) -> np.ndarray:
    """Derivative of :func:`linear`: 1 everywhere."""
    return np.ones_like(_elementwise(z))


# --- sigmoid -----------------------------------------------------------------------------------------------


def sigmoid(z: ArrayLike) -> np.ndarray:
    """sigmoid(z) = 1 / (1 + exp(-z)), computed without overflow for large |z|."""
    z = _elementwise(z)
    e = np.exp(-np.abs(z))  # in (0, 1]: never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_grad(z: ArrayLike) -> np.ndarray:
    """Derivative of the sigmoid: ``sigmoid'(z) = sigmoid(z) * (1 - sigmoid(z))``, at most 0.25 (at z = 0)."""
    s = sigmoid(z)
    return s * (1.0 - s)


# --- tanh --------------------------------------------------------------------------------------------------


def tanh(z: ArrayLike) -> np.ndarray:
    """Hyperbolic tangent: ``tanh(z) = (exp(z) - exp(-z)) / (exp(z) + exp(-z))``, in (-1, 1), centred on 0."""
    return np.tanh(_elementwise(z))


def tanh_grad(z: ArrayLike) -> np.ndarray:
    """Derivative of tanh: ``tanh'(z) = 1 - tanh(z)**2``, at most 1 (at z = 0)."""
    t = tanh(z)
    return 1.0 - t * t


# --- ReLU and Leaky ReLU -----------------------------------------------------------------------------------


def relu(z: ArrayLike) -> np.ndarray:
    """Rectified linear unit: ``relu(z) = max(0, z)``."""
    return np.maximum(_elementwise(z), 0.0)


def relu_grad(z: ArrayLike) -> np.ndarray:
    """Derivative of ReLU: 1 where ``z > 0``, else 0 (0 at z = 0, as TensorFlow)."""
    return (_elementwise(z) > 0).astype(np.float64)


def _check_slope(a: float) -> float:
    if isinstance(a, bool) or not isinstance(a, (int, float, np.integer, np.floating)):
        raise TypeError(f"a (the negative slope) must be a number, got {type(a).__name__}")
    a = float(a)
    if not 0.0 <= a < 1.0:
        raise ValueError(f"a (the negative slope) must be in [0, 1) so that max(a*z, z) is Leaky ReLU, got {a}")
    return a


def leaky_relu(z: ArrayLike, a: float = 0.01) -> np.ndarray:
    """Leaky ReLU: ``leaky_relu(z) = max(a*z, z)`` with a small slope ``0 <= a < 1`` for negative z.

    Keras calls ``a`` ``negative_slope`` (default 0.2 in ``keras.activations.leaky_relu``).
    """
    a = _check_slope(a)
    z = _elementwise(z)
    return np.where(z > 0, z, a * z)


def leaky_relu_grad(z: ArrayLike, a: float = 0.01) -> np.ndarray:
    """Derivative of Leaky ReLU: 1 where ``z > 0``, else ``a`` (``a`` at z = 0, as TensorFlow)."""
    a = _check_slope(a)
    z = _elementwise(z)
    return np.where(z > 0, 1.0, a)


# --- softmax -----------------------------------------------------------------------------------------------


def _check_axis(axis: int, ndim: int) -> int:
    if isinstance(axis, bool) or not isinstance(axis, (int, np.integer)):
        raise TypeError(f"axis must be an int, got {type(axis).__name__}")
    if not -ndim <= axis < ndim:
        raise ValueError(f"axis={axis} is out of range for an array with {ndim} dimension(s)")
    return int(axis) % ndim


def softmax(z: ArrayLike, axis: int = -1) -> np.ndarray:
    """Softmax along ``axis``: ``softmax(z)_i = exp(z_i) / sum_j exp(z_j)``; the outputs are positive and sum to 1.

    Computed as ``exp(z - max(z)) / sum(exp(z - max(z)))``: softmax is unchanged by adding a constant to every
    ``z_j``, and after the shift the largest exponent is ``exp(0) = 1``, so nothing overflows.
    ``-inf`` entries (masked positions) get probability 0; ``+inf`` is rejected.
    """
    z = as_float_array(z, allow_empty=True)
    if z.ndim == 0:
        raise ValueError("softmax needs at least a vector (a scalar's softmax is always 1); pass shape (K,) or (B, K)")
    axis = _check_axis(axis, z.ndim)
    if z.shape[axis] == 0:
        raise ValueError(
            f"softmax over axis {axis} of shape {z.shape}: that axis is empty, so there is nothing to normalize"
        )
    if z.size == 0:  # an empty batch, e.g. shape (0, K)
        return z.copy()
    if np.isposinf(z).any():
        raise ValueError("z contains +inf; softmax needs finite logits (use -inf only to mask a position)")
    z_max = np.max(z, axis=axis, keepdims=True)  # (..., 1, ...)
    if np.isneginf(z_max).any():
        raise ValueError("every entry of some softmax slice is -inf; at least one logit per slice must be finite")
    e = np.exp(z - z_max)  # largest entry is exp(0) = 1
    return e / np.sum(e, axis=axis, keepdims=True)


def softmax_jacobian(z: ArrayLike) -> np.ndarray:
    """Jacobian of softmax for one vector ``z`` of shape (K,): ``J[i, j] = ds_i/dz_j = s_i * (1[i == j] - s_j)``.

    In matrix form ``J = diag(s) - s s^T``, shape (K, K).
    """
    z = as_float_array(z)
    if z.ndim != 1:
        raise ValueError(f"softmax_jacobian takes one vector of shape (K,), got shape {z.shape}")
    s = softmax(z)  # (K,)
    return np.diag(s) - np.outer(s, s)  # (K, K)


def softmax_backward(z: ArrayLike, ds: ArrayLike, axis: int = -1) -> np.ndarray:
    """Backward pass of ``s = softmax(z, axis)``: given ``ds = dL/ds``, return ``dz = dL/dz``.

    ``dz = s * (ds - sum(ds * s, axis))``, which is ``J^T ds`` for each slice without building ``J``.
    """
    s = softmax(z, axis=axis)
    ds = as_float_array(ds, "ds")
    if ds.shape != s.shape:
        raise ValueError(f"ds must have the shape of z = {s.shape}, got {ds.shape}")
    return s * (ds - np.sum(ds * s, axis=axis, keepdims=True))


# --- lookup by name (for dense.mlp_forward) ----------------------------------------------------------------

#: Element-wise activations by their Keras name: ``name -> (f, f_grad)``. Softmax is listed with its
#: backward function instead of an element-wise derivative.
ACTIVATIONS: dict[str, tuple[Callable[..., np.ndarray], Callable[..., np.ndarray]]] = {
    "step": (step, step_grad),
    "linear": (linear, linear_grad),
    "sigmoid": (sigmoid, sigmoid_grad),
    "tanh": (tanh, tanh_grad),
    "relu": (relu, relu_grad),
    "leaky_relu": (leaky_relu, leaky_relu_grad),
    "softmax": (softmax, softmax_backward),
}


def get_activation(activation: str | Callable[[np.ndarray], np.ndarray] | None) -> Callable[..., np.ndarray]:
    """The activation function for a Keras-style name (``'relu'``, ``'softmax'``, ``None`` = linear) or a callable."""
    if activation is None:
        return linear
    if callable(activation):
        return activation
    if not isinstance(activation, str):
        raise TypeError(f"activation must be a name, a callable or None, got {type(activation).__name__}")
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}; choose one of {sorted(ACTIVATIONS)} or pass a function")
    return ACTIVATIONS[activation][0]
