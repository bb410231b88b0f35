"""The LSTM over time in NumPy, float64 (chapter 08-02).

One step, row-vector form as in Keras (``x_t (B, d)``, ``h_{t-1}, c_{t-1} (B, u)``, gate ``g`` has
``W_xg (d, u)``, ``W_hg (u, u)``, ``b_g (u,)``)::

    i_t  = sigmoid(x_t W_xi + h_{t-1} W_hi + b_i)     input gate
    f_t  = sigmoid(x_t W_xf + h_{t-1} W_hf + b_f)     forget gate
    c~_t = tanh   (x_t W_xc + h_{t-1} W_hc + b_c)     candidate
    o_t  = sigmoid(x_t W_xo + h_{t-1} W_ho + b_o)     output gate
    c_t  = f_t * c_{t-1} + i_t * c~_t                 cell state (elementwise products)
    h_t  = o_t * tanh(c_t)                            hidden state

``params`` is the dict ``course_utils.nn.keras_weights.lstm_weights(layer)`` returns (Keras' gate order
i, f, c, o), so ``lstm_forward(x, lstm_weights(layer))`` reproduces ``keras.layers.LSTM``.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from numpy.typing import ArrayLike

from course_utils.nn.activations import sigmoid
from course_utils.nn.rnn import check_sequence_input, check_state

__all__ = ["GATES", "lstm_step", "lstm_forward"]

GATES = ("i", "f", "c", "o")  # Keras' order; "c" is the candidate c~_t


def _check_lstm_params(params: Mapping[str, ArrayLike]) -> dict[str, np.ndarray]:
    if not isinstance(params, Mapping):
        raise TypeError(f"params must be a dict of per-gate arrays (see lstm_weights), got {type(params).__name__}")
    keys = [f"{w}{g}" for g in GATES for w in ("W_x", "W_h", "b_")]
    missing = [k for k in keys if k not in params]
    if missing:
        raise ValueError(f"params lacks {missing}; pass the 12 arrays W_xi, W_hi, b_i, ... from lstm_weights(layer)")
    p = {k: np.asarray(params[k], dtype=np.float64) for k in keys}
    if p["W_xi"].ndim != 2:
        raise ValueError(f"W_xi must be (input_dim, units), got shape {p['W_xi'].shape}")
    d, u = p["W_xi"].shape
    for g in GATES:
        for key, shape in ((f"W_x{g}", (d, u)), (f"W_h{g}", (u, u)), (f"b_{g}", (u,))):
            if p[key].shape != shape:
                raise ValueError(f"{key} must be {shape} (input_dim={d}, units={u} from W_xi), got {p[key].shape}")
    return p


def _step(
    xW: dict[str, np.ndarray], h_prev: np.ndarray, c_prev: np.ndarray, p: dict[str, np.ndarray]
) -> tuple[np.ndarray, ...]:
    """One step given the input parts ``xW[g] = x_t W_xg + b_g`` (B, u); returns h_t, c_t, i, f, c~, o."""
    i_t = sigmoid(xW["i"] + h_prev @ p["W_hi"])  # (B, u)  input gate
    f_t = sigmoid(xW["f"] + h_prev @ p["W_hf"])  # (B, u)  forget gate
    c_tilde = np.tanh(xW["c"] + h_prev @ p["W_hc"])  # (B, u)  candidate
    o_t = sigmoid(xW["o"] + h_prev @ p["W_ho"])  # (B, u)  output gate
    c_t = f_t * c_prev + i_t * c_tilde  # (B, u)  keep part of the old cell, write part of the new
    h_t = o_t * np.tanh(c_t)  # (B, u)  expose part of the cell
    return h_t, c_t, i_t, f_t, c_tilde, o_t


def lstm_step(
    x_t: ArrayLike, h_prev: ArrayLike, c_prev: ArrayLike, params: Mapping[str, ArrayLike]
) -> tuple[np.ndarray, np.ndarray]:
    """One LSTM step: ``x_t (B, d)``, ``h_prev, c_prev (B, u)`` -> ``(h_t, c_t)``, each ``(B, u)``."""
    p = _check_lstm_params(params)
    d, u = p["W_xi"].shape
    x_t = np.asarray(x_t, dtype=np.float64)
    if x_t.ndim != 2 or x_t.shape[1] != d:
        raise ValueError(f"x_t must be (batch, input_dim) = (B, {d}), got {x_t.shape}")
    h_prev = check_state(h_prev, x_t.shape[0], u, "h_prev")
    c_prev = check_state(c_prev, x_t.shape[0], u, "c_prev")
    xW = {g: x_t @ p[f"W_x{g}"] + p[f"b_{g}"] for g in GATES}  # (B, u) each
    h_t, c_t, *_ = _step(xW, h_prev, c_prev, p)
    return h_t, c_t


def lstm_forward(
    x: ArrayLike,
    params: Mapping[str, ArrayLike],
    *,
    h0: ArrayLike | None = None,
    c0: ArrayLike | None = None,
    return_sequences: bool = False,
    return_state: bool = False,
    go_backwards: bool = False,
    return_gates: bool = False,
) -> np.ndarray | tuple:
    """Run the LSTM over ``x (B, T, d)`` like ``keras.layers.LSTM``.

    Args:
        x: inputs ``(batch, timesteps, input_dim)``.
        params: per-gate arrays ``W_xi, W_hi, b_i, ..., W_xo, W_ho, b_o`` (from ``lstm_weights``).
        h0, c0: initial hidden and cell states ``(B, u)``; zeros if None (Keras' ``initial_state=[h0, c0]``).
        return_sequences: return every ``h_t`` ``(B, T, u)`` instead of the last ``(B, u)``.
        return_state: return ``(output, h_T, c_T)`` as Keras does.
        go_backwards: read from ``t = T`` down to 1; sequences come back in processing order, as in Keras.
        return_gates: append a dict ``{"i", "f", "c_tilde", "o", "c"}`` of ``(B, T, u)`` arrays (gate
            activations and cell states per step, processing order) as the last returned item.

    Returns:
        ``output``; or ``(output, h_T, c_T)`` with ``return_state``; plus the gate dict with ``return_gates``.
    """
    p = _check_lstm_params(params)
    d, u = p["W_xi"].shape
    x = check_sequence_input(x, d)  # (B, T, d)
    B, T, _ = x.shape
    h_t = check_state(h0, B, u, "h0")  # (B, u)
    c_t = check_state(c0, B, u, "c0")  # (B, u)
    xW = {g: x @ p[f"W_x{g}"] + p[f"b_{g}"] for g in GATES}  # (B, T, d)@(d, u) + (u,) -> (B, T, u) per gate
    steps = range(T - 1, -1, -1) if go_backwards else range(T)
    record: dict[str, list[np.ndarray]] = {"h": [], "i": [], "f": [], "c_tilde": [], "o": [], "c": []}
    for t in steps:
        h_t, c_t, i_t, f_t, c_tilde, o_t = _step({g: xW[g][:, t] for g in GATES}, h_t, c_t, p)
        for key, value in (("h", h_t), ("i", i_t), ("f", f_t), ("c_tilde", c_tilde), ("o", o_t), ("c", c_t)):
            record[key].append(value)
    output = np.stack(record["h"], axis=1) if return_sequences else h_t  # (B, T, u) or (B, u)
    result: tuple = (output, h_t, c_t) if return_state else (output,)
    if return_gates:
        gates = {k: np.stack(v, axis=1) for k, v in record.items() if k != "h"}  # each (B, T, u)
        result = (*result, gates)
    return result[0] if len(result) == 1 else result
