"""A dense (fully connected) layer in NumPy: forward ``y = x @ W + b`` and its backward pass (chapter 07-03).

Shapes follow Keras' ``Dense``: a batch ``x`` of shape ``(B, d_in)``, a kernel ``W`` of shape ``(d_in, d_out)``
(``layer.get_weights()[0]``) and a bias ``b`` of shape ``(d_out,)`` (``layer.get_weights()[1]``).
:func:`mlp_forward` chains such layers with their activations, so a Keras ``Sequential`` of ``Dense`` layers
can be reproduced from its ``get_weights()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import ArrayLike

from course_utils.nn.activations import as_float_array, get_activation

__all__ = ["dense_backward", "dense_forward", "dense_param_count", "mlp_forward"]

Activation = str | Callable[[np.ndarray], np.ndarray] | None


def _check_x_W(x: ArrayLike, W: ArrayLike, d_out: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """x (B, d_in) and W (d_in, d_out) as float64, or an error naming the argument and the shape expected."""
    x = as_float_array(x, "x")
    W = as_float_array(W, "W")
    if x.ndim != 2:
        hint = f"; for one example use x.reshape(1, -1), shape (1, {x.shape[0]})" if x.ndim == 1 else ""
        raise ValueError(f"x must be a batch of shape (B, d_in), got shape {x.shape}{hint}")
    if W.ndim != 2:
        raise ValueError(f"W must be a matrix of shape (d_in, d_out), got shape {W.shape}")
    d_in = x.shape[1]
    if W.shape[0] != d_in:
        expected = f"({d_in}, {d_out})" if d_out is not None else f"({d_in}, d_out)"
        raise ValueError(f"W must be (d_in, d_out) = {expected}, got {W.shape}; x has d_in = {d_in}")
    return x, W


def _check_dense(x: ArrayLike, W: ArrayLike, b: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x (B, d_in), W (d_in, d_out), b (d_out,) as float64, or an error naming the argument and the shape expected."""
    b = as_float_array(b, "b")
    if b.ndim != 1:
        raise ValueError(f"b must be a vector of shape (d_out,), got shape {b.shape}")
    x, W = _check_x_W(x, W, b.shape[0])
    d_out = W.shape[1]
    if b.shape != (d_out,):
        raise ValueError(f"b must be (d_out,) = ({d_out},), got {b.shape}; W has d_out = {d_out}")
    return x, W, b


def dense_forward(x: ArrayLike, W: ArrayLike, b: ArrayLike) -> np.ndarray:
    """Pre-activation of a dense layer: ``z = x @ W + b``.

    Args:
        x: a batch of inputs, shape (B, d_in).
        W: the weight matrix (Keras' kernel), shape (d_in, d_out).
        b: the bias, shape (d_out,), added to every row.

    Returns:
        z of shape (B, d_out): ``z[n, j] = sum_i x[n, i] * W[i, j] + b[j]``.
    """
    x, W, b = _check_dense(x, W, b)
    return x @ W + b  # (B, d_in) @ (d_in, d_out) + (d_out,) -> (B, d_out)


def dense_backward(dz: ArrayLike, x: ArrayLike, W: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Backward pass of ``z = x @ W + b``: given ``dz = dL/dz``, return ``(dx, dW, db)``.

    - ``dx = dz @ W.T``   (B, d_out) @ (d_out, d_in) -> (B, d_in)
    - ``dW = x.T @ dz``   (d_in, B) @ (B, d_out) -> (d_in, d_out)
    - ``db = sum_n dz[n]``  (B, d_out) -> (d_out,)
    """
    dz = as_float_array(dz, "dz")
    if dz.ndim != 2:
        raise ValueError(f"dz must have the shape of z, (B, d_out), got shape {dz.shape}")
    x, W = _check_x_W(x, W)
    if dz.shape != (x.shape[0], W.shape[1]):
        raise ValueError(f"dz must be (B, d_out) = ({x.shape[0]}, {W.shape[1]}), got {dz.shape}")
    dx = dz @ W.T  # (B, d_out) @ (d_out, d_in) -> (B, d_in)
    dW = x.T @ dz  # (d_in, B) @ (B, d_out) -> (d_in, d_out)
    db = dz.sum(axis=0)  # (B, d_out) -> (d_out,)
    return dx, dW, db


def dense_param_count(d_in: int, d_out: int) -> int:
    """Number of parameters of a dense layer: ``d_in * d_out`` weights + ``d_out`` biases."""
    for name, value in (("d_in", d_in), ("d_out", d_out)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{name} must be a positive int, got {value!r}")
    return int(d_in) * int(d_out) + int(d_out)


def mlp_forward(
    x: ArrayLike,
    layers: Sequence[tuple[ArrayLike, ArrayLike, Activation]],
    *,
    return_pre_activations: bool = False,
) -> list[np.ndarray] | tuple[list[np.ndarray], list[np.ndarray]]:
    """Forward pass of a stack of dense layers: ``h_0 = x``, ``z_k = h_{k-1} @ W_k + b_k``, ``h_k = f_k(z_k)``.

    Args:
        x: a batch of inputs, shape (B, d_0).
        layers: ``[(W_1, b_1, f_1), (W_2, b_2, f_2), ...]`` with ``W_k`` of shape (d_{k-1}, d_k), ``b_k`` of
            shape (d_k,) and ``f_k`` a Keras activation name (``'relu'``, ``'sigmoid'``, ``'tanh'``,
            ``'softmax'``, ``'linear'``, ``'step'``, ``'leaky_relu'``), ``None`` for linear, or a function.
            ``W, b = keras_layer.get_weights()`` gives the first two.
        return_pre_activations: also return the list ``[z_1, ..., z_L]``.

    Returns:
        ``[h_1, ..., h_L]`` (each of shape (B, d_k)); ``h_L`` is the network's output. With
        ``return_pre_activations=True``: the tuple ``(zs, hs)``.
    """
    if isinstance(layers, (str, bytes)) or not isinstance(layers, Sequence) or len(layers) == 0:
        raise TypeError("layers must be a non-empty list of (W, b, activation) tuples, e.g. [(W1, b1, 'relu')]")
    h = x
    zs: list[np.ndarray] = []
    hs: list[np.ndarray] = []
    for k, layer in enumerate(layers, start=1):
        if not isinstance(layer, (tuple, list)) or len(layer) != 3:
            raise TypeError(f"layer {k} must be a (W, b, activation) tuple, got {type(layer).__name__}")
        W, b, activation = layer
        f = get_activation(activation)
        try:
            z = dense_forward(h, W, b)  # (B, d_{k-1}) @ (d_{k-1}, d_k) + (d_k,) -> (B, d_k)
        except ValueError as exc:
            raise ValueError(f"layer {k}: {exc}") from exc
        h = np.asarray(f(z), dtype=np.float64)  # (B, d_k)
        zs.append(z)
        hs.append(h)
    return (zs, hs) if return_pre_activations else hs
