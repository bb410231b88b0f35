"""A Keras recurrent layer's weights <-> the notebooks' per-gate matrices (chapter 08).

Keras stores every recurrent layer as three arrays, ``[kernel, recurrent_kernel, bias]``, with the gates
side by side along the last axis (``d`` = input_dim, ``u`` = units)::

    SimpleRNN  kernel (d, u)    recurrent_kernel (u, u)    bias (u,)
    LSTM       kernel (d, 4u)   recurrent_kernel (u, 4u)   bias (4u,)       gates i, f, c, o
    GRU        kernel (d, 3u)   recurrent_kernel (u, 3u)   bias (2, 3u)     gates z, r, h  (reset_after=True)
                                                           bias (3u,)                      (reset_after=False)

The notebooks write row vectors times matrices, ``x_t W_x + h_{t-1} W_h + b``, so ``kernel`` is ``W_x``
and ``recurrent_kernel`` is ``W_h`` with no transpose. ``simple_rnn_weights``, ``lstm_weights`` and
``gru_weights`` cut the arrays into named per-gate pieces (float64 copies); ``to_keras_simple_rnn``,
``to_keras_lstm`` and ``to_keras_gru`` put them back into the list ``layer.set_weights`` takes (float32,
the dtype a Keras layer holds by default).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "LSTM_GATES",
    "GRU_GATES",
    "simple_rnn_weights",
    "lstm_weights",
    "gru_weights",
    "to_keras_simple_rnn",
    "to_keras_lstm",
    "to_keras_gru",
]

LSTM_GATES = ("i", "f", "c", "o")  # Keras' order along the last axis of kernel / recurrent_kernel / bias
GRU_GATES = ("z", "r", "h")  # Keras' order for GRU


def _weight_list(weights: Any, layer: str) -> list[np.ndarray]:
    """``[kernel, recurrent_kernel, bias]`` as float64 arrays from a layer or a ``get_weights()`` list."""
    if hasattr(weights, "get_weights"):  # a Keras layer (or cell): read its current values
        weights = weights.get_weights()
        if not weights:
            raise ValueError(
                f"the {layer} layer has no weights yet: build it first, e.g. call it on keras.Input(shape=(T, d))"
            )
    if isinstance(weights, (str, bytes, Mapping)) or not isinstance(weights, Sequence):
        raise TypeError(
            f"weights must be a keras.layers.{layer} or its get_weights() list [kernel, recurrent_kernel, bias], "
            f"got {type(weights).__name__}"
        )
    if len(weights) != 3:
        raise ValueError(
            f"expected 3 arrays [kernel, recurrent_kernel, bias] from keras.layers.{layer}.get_weights(), "
            f"got {len(weights)} (a layer built with use_bias=False has no bias; the course's cells always use one)"
        )
    arrays = []
    for name, w in zip(("kernel", "recurrent_kernel", "bias"), weights, strict=True):
        try:
            arrays.append(np.array(w, dtype=np.float64))  # a copy: editing it never touches the layer
        except (TypeError, ValueError) as exc:
            raise TypeError(f"{name} must be a numeric array, got {type(w).__name__}") from exc
    return arrays


def _check_kernels(kernel: np.ndarray, recurrent_kernel: np.ndarray, n_gates: int, layer: str) -> tuple[int, int]:
    """Check ``kernel (d, n*u)`` and ``recurrent_kernel (u, n*u)``; return ``(d, u)``."""
    gates = "" if n_gates == 1 else f"{n_gates}*"
    if recurrent_kernel.ndim != 2 or recurrent_kernel.shape[1] != n_gates * recurrent_kernel.shape[0]:
        example = ""
        if recurrent_kernel.ndim == 2:
            u = recurrent_kernel.shape[0]
            example = f" = ({u}, {n_gates * u}) for units={u}"
        raise ValueError(
            f"{layer} recurrent_kernel must be (units, {gates}units){example}, got {recurrent_kernel.shape}"
        )
    u = recurrent_kernel.shape[0]
    if kernel.ndim != 2 or kernel.shape[1] != n_gates * u:
        d = kernel.shape[0] if kernel.ndim == 2 else "input_dim"
        raise ValueError(
            f"{layer} kernel must be (input_dim, {gates}units) = ({d}, {n_gates * u}) for units={u} "
            f"(from recurrent_kernel {recurrent_kernel.shape}), got {kernel.shape}"
        )
    return kernel.shape[0], u


def _check_bias(bias: np.ndarray, expected: tuple[int, ...], layer: str, hint: str = "") -> None:
    if bias.shape != expected:
        raise ValueError(f"{layer} bias must be {expected}, got {bias.shape}{hint}")


def simple_rnn_weights(weights: Any) -> dict[str, np.ndarray]:
    """Split a ``keras.layers.SimpleRNN``'s weights into ``W_x (d, u)``, ``W_h (u, u)``, ``b (u,)``.

    ``weights`` is the layer itself or its ``get_weights()`` list. The layer computes
    ``h_t = tanh(x_t W_x + h_{t-1} W_h + b)``.
    """
    kernel, recurrent_kernel, bias = _weight_list(weights, "SimpleRNN")
    _, u = _check_kernels(kernel, recurrent_kernel, 1, "SimpleRNN")
    _check_bias(bias, (u,), "SimpleRNN")
    return {"W_x": kernel, "W_h": recurrent_kernel, "b": bias}


def lstm_weights(weights: Any) -> dict[str, np.ndarray]:
    """Split a ``keras.layers.LSTM``'s weights into per-gate matrices, gates in Keras' order i, f, c, o.

    Returns ``W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xc, W_hc, b_c, W_xo, W_ho, b_o`` with
    ``W_x* (d, u)``, ``W_h* (u, u)``, ``b_* (u,)``: gate ``g`` computes ``x_t W_xg + h_{t-1} W_hg + b_g``.
    """
    kernel, recurrent_kernel, bias = _weight_list(weights, "LSTM")
    _, u = _check_kernels(kernel, recurrent_kernel, 4, "LSTM")
    _check_bias(bias, (4 * u,), "LSTM")
    params: dict[str, np.ndarray] = {}
    for k, g in enumerate(LSTM_GATES):
        cols = slice(k * u, (k + 1) * u)  # gate k's block of u columns
        params[f"W_x{g}"] = kernel[:, cols]  # (d, u)
        params[f"W_h{g}"] = recurrent_kernel[:, cols]  # (u, u)
        params[f"b_{g}"] = bias[cols]  # (u,)
    return params


def gru_weights(weights: Any, reset_after: bool = True) -> dict[str, np.ndarray]:
    """Split a ``keras.layers.GRU``'s weights into per-gate matrices, gates in Keras' order z, r, h.

    Returns ``W_xz, W_hz, W_xr, W_hr, W_xh, W_hh`` (``W_x* (d, u)``, ``W_h* (u, u)``) and the biases:

    - ``reset_after=True`` (the Keras default; bias ``(2, 3u)``): ``b_xz, b_xr, b_xh`` from row 0 (added to
      the input part) and ``b_hz, b_hr, b_hh`` from row 1 (added to the recurrent part, before ``r`` multiplies it);
    - ``reset_after=False`` (bias ``(3u,)``): ``b_z, b_r, b_h``.
    """
    if not isinstance(reset_after, bool):
        raise TypeError(f"reset_after must be True or False, got {type(reset_after).__name__}")
    kernel, recurrent_kernel, bias = _weight_list(weights, "GRU")
    _, u = _check_kernels(kernel, recurrent_kernel, 3, "GRU")
    if reset_after:
        hint = "; a (3u,) bias comes from GRU(reset_after=False): pass reset_after=False" if bias.ndim == 1 else ""
        _check_bias(bias, (2, 3 * u), "GRU(reset_after=True)", hint)
    else:
        hint = "; a (2, 3u) bias comes from GRU(reset_after=True): pass reset_after=True" if bias.ndim == 2 else ""
        _check_bias(bias, (3 * u,), "GRU(reset_after=False)", hint)
    params: dict[str, np.ndarray] = {}
    for k, g in enumerate(GRU_GATES):
        cols = slice(k * u, (k + 1) * u)
        params[f"W_x{g}"] = kernel[:, cols]  # (d, u)
        params[f"W_h{g}"] = recurrent_kernel[:, cols]  # (u, u)
    for k, g in enumerate(GRU_GATES):
        cols = slice(k * u, (k + 1) * u)
        if reset_after:
            params[f"b_x{g}"] = bias[0, cols]  # (u,) input bias
        else:
            params[f"b_{g}"] = bias[cols]  # (u,)
    if reset_after:
        for k, g in enumerate(GRU_GATES):
            params[f"b_h{g}"] = bias[1, k * u : (k + 1) * u]  # (u,) recurrent bias
    return params


# ----------------------------------------------------------------------------------------------- inverses


def _gather(
    params: Mapping[str, ArrayLike] | None, arrays: dict[str, ArrayLike], keys: Sequence[str], layer: str
) -> dict[str, np.ndarray]:
    """Merge the dict and keyword arrays; require exactly ``keys``; return float64 arrays."""
    if params is not None and not isinstance(params, Mapping):
        raise TypeError(f"params must be a dict like the one from {layer}, got {type(params).__name__}")
    merged: dict[str, Any] = dict(params) if params is not None else {}
    merged.update(arrays)
    missing = [k for k in keys if k not in merged]
    extra = [k for k in merged if k not in keys]
    if missing or extra:
        raise ValueError(
            f"expected exactly the arrays {', '.join(keys)}; missing {missing or 'none'}, unexpected {extra or 'none'}"
        )
    out = {}
    for k in keys:
        try:
            out[k] = np.asarray(merged[k], dtype=np.float64)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"{k} must be a numeric array, got {type(merged[k]).__name__}") from exc
    return out


def _check_gate_shapes(
    p: dict[str, np.ndarray], x_keys: Sequence[str], h_keys: Sequence[str], b_keys: Sequence[str]
) -> tuple[int, int]:
    """All ``W_x*`` (d, u), all ``W_h*`` (u, u), all biases (u,), with one d and one u."""
    first = p[x_keys[0]]
    if first.ndim != 2:
        raise ValueError(f"{x_keys[0]} must be (input_dim, units), got {first.shape}")
    d, u = first.shape
    for k in x_keys:
        if p[k].shape != (d, u):
            raise ValueError(f"{k} must be (input_dim, units) = ({d}, {u}) like {x_keys[0]}, got {p[k].shape}")
    for k in h_keys:
        if p[k].shape != (u, u):
            raise ValueError(f"{k} must be (units, units) = ({u}, {u}) for units={u}, got {p[k].shape}")
    for k in b_keys:
        if p[k].shape != (u,):
            raise ValueError(f"{k} must be (units,) = ({u},), got {p[k].shape}")
    return d, u


def to_keras_simple_rnn(params: Mapping[str, ArrayLike] | None = None, /, **arrays: ArrayLike) -> list[np.ndarray]:
    """``[kernel, recurrent_kernel, bias]`` for ``SimpleRNN.set_weights`` from ``W_x``, ``W_h``, ``b``.

    Shapes: ``W_x (d, u)``, ``W_h (u, u)``, ``b (u,)``.

    Pass the dict from ``simple_rnn_weights`` or keywords: ``to_keras_simple_rnn(W_x=..., W_h=..., b=...)``.
    """
    p = _gather(params, arrays, ("W_x", "W_h", "b"), "simple_rnn_weights")
    _check_gate_shapes(p, ["W_x"], ["W_h"], ["b"])
    return [p["W_x"].astype(np.float32), p["W_h"].astype(np.float32), p["b"].astype(np.float32)]


def to_keras_lstm(params: Mapping[str, ArrayLike] | None = None, /, **arrays: ArrayLike) -> list[np.ndarray]:
    """``[kernel (d, 4u), recurrent_kernel (u, 4u), bias (4u,)]`` for ``LSTM.set_weights``, gates in order i, f, c, o.

    Pass the dict from ``lstm_weights`` or the twelve arrays ``W_xi, W_hi, b_i, ...`` as keywords.
    """
    x_keys = [f"W_x{g}" for g in LSTM_GATES]
    h_keys = [f"W_h{g}" for g in LSTM_GATES]
    b_keys = [f"b_{g}" for g in LSTM_GATES]
    keys = [k for g in range(4) for k in (x_keys[g], h_keys[g], b_keys[g])]
    p = _gather(params, arrays, keys, "lstm_weights")
    _check_gate_shapes(p, x_keys, h_keys, b_keys)
    kernel = np.concatenate([p[k] for k in x_keys], axis=1)  # (d, 4u)
    recurrent_kernel = np.concatenate([p[k] for k in h_keys], axis=1)  # (u, 4u)
    bias = np.concatenate([p[k] for k in b_keys])  # (4u,)
    return [kernel.astype(np.float32), recurrent_kernel.astype(np.float32), bias.astype(np.float32)]


def to_keras_gru(
    params: Mapping[str, ArrayLike] | None = None, /, reset_after: bool = True, **arrays: ArrayLike
) -> list[np.ndarray]:
    """``[kernel (d, 3u), recurrent_kernel (u, 3u), bias]`` for ``GRU.set_weights``, gates in order z, r, h.

    ``reset_after=True``: biases ``b_xz, b_xr, b_xh`` (row 0) and ``b_hz, b_hr, b_hh`` (row 1) -> bias ``(2, 3u)``;
    ``reset_after=False``: biases ``b_z, b_r, b_h`` -> bias ``(3u,)``. Pass the dict from ``gru_weights`` or keywords.
    """
    if not isinstance(reset_after, bool):
        raise TypeError(f"reset_after must be True or False, got {type(reset_after).__name__}")
    x_keys = [f"W_x{g}" for g in GRU_GATES]
    h_keys = [f"W_h{g}" for g in GRU_GATES]
    if reset_after:
        bx_keys = [f"b_x{g}" for g in GRU_GATES]
        bh_keys = [f"b_h{g}" for g in GRU_GATES]
        b_keys = bx_keys + bh_keys
    else:
        b_keys = [f"b_{g}" for g in GRU_GATES]
    p = _gather(params, arrays, x_keys + h_keys + b_keys, f"gru_weights(reset_after={reset_after})")
    _check_gate_shapes(p, x_keys, h_keys, b_keys)
    kernel = np.concatenate([p[k] for k in x_keys], axis=1)  # (d, 3u)
    recurrent_kernel = np.concatenate([p[k] for k in h_keys], axis=1)  # (u, 3u)
    if reset_after:
        bias = np.stack([np.concatenate([p[k] for k in bx_keys]), np.concatenate([p[k] for k in bh_keys])])  # (2, 3u)
    else:
        bias = np.concatenate([p[k] for k in b_keys])  # (3u,)
    return [kernel.astype(np.float32), recurrent_kernel.astype(np.float32), bias.astype(np.float32)]
