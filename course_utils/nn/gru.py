"""Gated recurrent unit (GRU) forward pass in NumPy, equal to ``keras.layers.GRU`` (chapter 08-03).

Row vectors times matrices, as Keras computes them (``d`` = input_dim, ``u`` = units, gates in Keras'
order z, r, h; ``sigma`` is the logistic sigmoid)::

    z_t = sigma(x_t W_xz + h_{t-1} W_hz + b_z)             update gate
    r_t = sigma(x_t W_xr + h_{t-1} W_hr + b_r)             reset gate
    reset_after=True  (Keras default, bias (2, 3u)):
        h~_t = tanh(x_t W_xh + b_xh + r_t * (h_{t-1} W_hh + b_hh))
    reset_after=False (the original paper, bias (3u,)):
        h~_t = tanh(x_t W_xh + (r_t * h_{t-1}) W_hh + b_h)
    h_t = z_t * h_{t-1} + (1 - z_t) * h~_t                 Keras' convention: z_t keeps the old state

With ``reset_after=True`` each gate has two biases: ``b_xg`` on the input part and ``b_hg`` on the recurrent
part (``b_z = b_xz + b_hz`` and ``b_r = b_xr + b_hr``; only the candidate's ``b_hh`` sits inside ``r_t *``).

The parameters are the dict from :func:`course_utils.nn.keras_weights.gru_weights` (``W_xz, W_hz, ...``);
a Keras ``GRU`` layer or its ``get_weights()`` list is accepted too and split with that function.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from course_utils.nn.activations import sigmoid
from course_utils.nn.keras_weights import GRU_GATES, gru_weights

__all__ = ["gru_param_keys", "gru_params", "gru_step", "gru_forward"]


def gru_param_keys(reset_after: bool = True) -> tuple[str, ...]:
    """The names :func:`gru_step` expects: six matrices, then six (``reset_after``) or three biases."""
    _check_flag(reset_after, "reset_after")
    matrices = tuple(k for g in GRU_GATES for k in (f"W_x{g}", f"W_h{g}"))
    if reset_after:
        return matrices + tuple(f"b_x{g}" for g in GRU_GATES) + tuple(f"b_h{g}" for g in GRU_GATES)
    return matrices + tuple(f"b_{g}" for g in GRU_GATES)


def _check_flag(value: Any, name: str) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{name} must be True or False, got {type(value).__name__}")
    return bool(value)


def gru_params(params: Any, reset_after: bool = True) -> dict[str, np.ndarray]:
    """Validate GRU parameters and return them as float64 arrays keyed as in :func:`gru_param_keys`.

    ``params`` is a dict ``{"W_xz": (d, u), "W_hz": (u, u), ..., biases (u,)}``, a ``keras.layers.GRU``
    or its ``get_weights()`` list. Raises ``ValueError`` naming the expected shape when one is wrong.
    """
    reset_after = _check_flag(reset_after, "reset_after")
    if not isinstance(params, Mapping):
        if isinstance(params, np.ndarray) or not (hasattr(params, "get_weights") or isinstance(params, (list, tuple))):
            raise TypeError(
                "params must be a dict from course_utils.nn.keras_weights.gru_weights(layer), a keras.layers.GRU "
                f"or its get_weights() list, got {type(params).__name__}"
            )
        params = gru_weights(params, reset_after=reset_after)
    keys = gru_param_keys(reset_after)
    missing = [k for k in keys if k not in params]
    extra = [k for k in params if k not in keys]
    if missing or extra:
        other = "b_z, b_r, b_h" if reset_after else "b_xz ... b_hh"
        raise ValueError(
            f"GRU(reset_after={reset_after}) needs exactly {', '.join(keys)}; missing {missing or 'none'}, "
            f"unexpected {extra or 'none'} (biases {other} belong to reset_after={not reset_after})"
        )
    p: dict[str, np.ndarray] = {}
    for k in keys:
        try:
            p[k] = np.asarray(params[k], dtype=np.float64)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"{k} must be a numeric array, got {type(params[k]).__name__}") from exc
    if p["W_hz"].ndim != 2 or p["W_hz"].shape[0] != p["W_hz"].shape[1]:
        raise ValueError(f"W_hz must be (units, units), got {p['W_hz'].shape}")
    u = p["W_hz"].shape[0]
    if p["W_xz"].ndim != 2 or p["W_xz"].shape[1] != u:
        raise ValueError(f"W_xz must be (input_dim, units) = (input_dim, {u}) for units={u}, got {p['W_xz'].shape}")
    d = p["W_xz"].shape[0]
    for k, arr in p.items():
        expected = (d, u) if k.startswith("W_x") else (u, u) if k.startswith("W_h") else (u,)
        if arr.shape != expected:
            raise ValueError(f"{k} must be {expected} for input_dim={d}, units={u}, got {arr.shape}")
    return p


def _step(x_t: np.ndarray, h_prev: np.ndarray, p: dict[str, np.ndarray], reset_after: bool) -> np.ndarray:
    """One GRU step on validated arrays: x_t (B, d), h_prev (B, u) -> h_t (B, u)."""
    if reset_after:
        z_t = sigmoid(x_t @ p["W_xz"] + p["b_xz"] + h_prev @ p["W_hz"] + p["b_hz"])  # (B, u) update gate
        r_t = sigmoid(x_t @ p["W_xr"] + p["b_xr"] + h_prev @ p["W_hr"] + p["b_hr"])  # (B, u) reset gate
        h_tilde = np.tanh(x_t @ p["W_xh"] + p["b_xh"] + r_t * (h_prev @ p["W_hh"] + p["b_hh"]))  # (B, u)
    else:
        z_t = sigmoid(x_t @ p["W_xz"] + h_prev @ p["W_hz"] + p["b_z"])  # (B, u) update gate
        r_t = sigmoid(x_t @ p["W_xr"] + h_prev @ p["W_hr"] + p["b_r"])  # (B, u) reset gate
        h_tilde = np.tanh(x_t @ p["W_xh"] + (r_t * h_prev) @ p["W_hh"] + p["b_h"])  # (B, u) candidate
    return z_t * h_prev + (1.0 - z_t) * h_tilde  # (B, u)


def gru_step(x_t: ArrayLike, h_prev: ArrayLike, params: Any, *, reset_after: bool = True) -> np.ndarray:
    """One time step: ``h_t = z_t * h_{t-1} + (1 - z_t) * h~_t`` (see the module docstring for z, r, h~).

    Args:
        x_t: input at time t, ``(batch, input_dim)``.
        h_prev: previous hidden state ``h_{t-1}``, ``(batch, units)``.
        params: GRU parameters (see :func:`gru_params`).
        reset_after: ``True`` for Keras' default (reset gate applied after the recurrent matmul).

    Returns:
        ``h_t`` of shape ``(batch, units)``, float64.
    """
    reset_after = _check_flag(reset_after, "reset_after")
    p = gru_params(params, reset_after)
    d, u = p["W_xz"].shape
    x_t = np.asarray(x_t, dtype=np.float64)
    h_prev = np.asarray(h_prev, dtype=np.float64)
    if x_t.ndim != 2 or x_t.shape[1] != d:
        raise ValueError(f"x_t must be (batch, input_dim) = (batch, {d}), got {x_t.shape}")
    if h_prev.shape != (x_t.shape[0], u):
        raise ValueError(f"h_prev must be (batch, units) = ({x_t.shape[0]}, {u}), got {h_prev.shape}")
    return _step(x_t, h_prev, p, reset_after)


def gru_forward(
    x: ArrayLike,
    params: Any,
    *,
    reset_after: bool = True,
    h0: ArrayLike | None = None,
    return_sequences: bool = False,
    return_state: bool = False,
    go_backwards: bool = False,
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Run a GRU over time, with the arguments and outputs of ``keras.layers.GRU``.

    Args:
        x: inputs ``(batch, timesteps, input_dim)``.
        params: GRU parameters (see :func:`gru_params`): the ``gru_weights(layer)`` dict, a layer or its weights.
        reset_after: Keras' default ``True``; ``False`` applies the reset gate before the recurrent matmul.
        h0: initial state ``(batch, units)``; zeros when ``None`` (Keras' default).
        return_sequences: return every step ``(batch, timesteps, units)`` instead of the last ``(batch, units)``.
        return_state: also return the final state ``h_T`` ``(batch, units)``: the result is ``(output, h_T)``.
        go_backwards: read the sequence from the last step to the first; like Keras, the returned sequence is
            in processing order (its step 0 belongs to the input's last step), not flipped back.

    Returns:
        ``output``, or ``(output, h_T)`` when ``return_state``; float64 arrays.
    """
    reset_after = _check_flag(reset_after, "reset_after")
    return_sequences = _check_flag(return_sequences, "return_sequences")
    return_state = _check_flag(return_state, "return_state")
    go_backwards = _check_flag(go_backwards, "go_backwards")
    p = gru_params(params, reset_after)
    d, u = p["W_xz"].shape
    try:
        x = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"x must be a numeric array (batch, timesteps, input_dim), got {type(x).__name__}") from exc
    if x.ndim == 2 and x.shape[1] == d:
        raise ValueError(
            f"x must be 3-D (batch, timesteps, input_dim), got {x.shape} with no time axis; "
            f"for one step per sample use x[:, None, :] -> ({x.shape[0]}, 1, {d})"
        )
    if x.ndim != 3 or x.shape[2] != d:
        raise ValueError(f"x must be (batch, timesteps, input_dim) = (batch, timesteps, {d}), got {x.shape}")
    B, T, _ = x.shape
    if T < 1:
        raise ValueError(f"x has no time steps: (batch, timesteps, input_dim) = {x.shape}; pass timesteps >= 1")
    if h0 is None:
        h_t = np.zeros((B, u))  # (B, u)
    else:
        h_t = np.asarray(h0, dtype=np.float64)
        if h_t.shape != (B, u):
            raise ValueError(f"h0 must be (batch, units) = ({B}, {u}), got {h_t.shape}")
    order = range(T - 1, -1, -1) if go_backwards else range(T)
    outputs = np.empty((B, T, u))  # (B, T, u) in processing order
    for step, t in enumerate(order):
        h_t = _step(x[:, t, :], h_t, p, reset_after)  # (B, d), (B, u) -> (B, u)
        outputs[:, step, :] = h_t
    output = outputs if return_sequences else h_t  # (B, T, u) or (B, u)
    return (output, h_t) if return_state else output
