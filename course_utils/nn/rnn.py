"""The simple (Elman) RNN over time in NumPy, float64 (chapter 08-01).

One step, in the row-vector form Keras uses (``x_t`` is a row of the batch)::

    h_t = tanh(x_t W_x + h_{t-1} W_h + b)        x_t (B, d)   W_x (d, u)   W_h (u, u)   b (u,)   h_t (B, u)

It is the book's ``h_t = tanh(W_x x_t + W_h h_{t-1} + b)`` with the matrices transposed. Keras' ``SimpleRNN``
stores ``kernel`` = ``W_x`` and ``recurrent_kernel`` = ``W_h``; ``course_utils.nn.keras_weights.simple_rnn_weights``
reads them out, so ``simple_rnn_forward(x, **simple_rnn_weights(layer))`` reproduces the layer.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["check_sequence_input", "check_state", "simple_rnn_step", "simple_rnn_forward"]


def check_sequence_input(x: ArrayLike, input_dim: int | None = None) -> np.ndarray:
    """Return ``x`` as a float64 array of shape ``(batch, timesteps, input_dim)``; explain any other shape."""
    try:
        x = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"x must be a numeric array (batch, timesteps, input_dim), got {type(x).__name__}") from exc
    if x.ndim == 2:
        raise ValueError(
            f"x must be (batch, timesteps, input_dim), got {x.shape} with no time axis; "
            f"for one time step per example pass x[:, None, :] -> {(x.shape[0], 1, x.shape[1])}, "
            f"for one sequence pass x[None] -> {(1, *x.shape)}"
        )
    if x.ndim != 3:
        raise ValueError(f"x must be (batch, timesteps, input_dim), a 3-D array, got shape {x.shape}")
    if x.shape[1] == 0:
        raise ValueError(f"x must have at least one time step, got shape {x.shape}")
    if input_dim is not None and x.shape[2] != input_dim:
        raise ValueError(
            f"x must be (batch, timesteps, input_dim) = ({x.shape[0]}, {x.shape[1]}, {input_dim}) "
            f"to match W_x's {input_dim} rows, got {x.shape}"
        )
    return x


def check_state(state: ArrayLike | None, batch: int, units: int, name: str = "h0") -> np.ndarray:
    """Return an initial state as a float64 ``(batch, units)`` array (zeros when ``state`` is None)."""
    if state is None:
        return np.zeros((batch, units))
    state = np.asarray(state, dtype=np.float64)
    if state.shape != (batch, units):
        raise ValueError(f"{name} must be (batch, units) = ({batch}, {units}), got {state.shape}")
    return state


def _check_rnn_weights(W_x: ArrayLike, W_h: ArrayLike, b: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    W_x, W_h, b = (np.asarray(a, dtype=np.float64) for a in (W_x, W_h, b))
    if W_x.ndim != 2:
        raise ValueError(f"W_x must be (input_dim, units), got shape {W_x.shape}")
    d, u = W_x.shape
    if W_h.shape != (u, u):
        raise ValueError(f"W_h must be (units, units) = ({u}, {u}) for W_x {W_x.shape}, got {W_h.shape}")
    if b.shape != (u,):
        raise ValueError(f"b must be (units,) = ({u},) for W_x {W_x.shape}, got {b.shape}")
    return W_x, W_h, b


def simple_rnn_step(x_t: ArrayLike, h_prev: ArrayLike, W_x: ArrayLike, W_h: ArrayLike, b: ArrayLike) -> np.ndarray:
    """One time step: ``h_t = tanh(x_t W_x + h_{t-1} W_h + b)``; ``x_t (B, d)``, ``h_prev (B, u)`` -> ``(B, u)``."""
    W_x, W_h, b = _check_rnn_weights(W_x, W_h, b)
    x_t = np.asarray(x_t, dtype=np.float64)
    if x_t.ndim != 2 or x_t.shape[1] != W_x.shape[0]:
        raise ValueError(f"x_t must be (batch, input_dim) = (B, {W_x.shape[0]}), got {x_t.shape}")
    h_prev = check_state(h_prev, x_t.shape[0], W_x.shape[1], "h_prev")
    return np.tanh(x_t @ W_x + h_prev @ W_h + b)  # (B, d)@(d, u) + (B, u)@(u, u) + (u,) -> (B, u)


def simple_rnn_forward(
    x: ArrayLike,
    W_x: ArrayLike,
    W_h: ArrayLike,
    b: ArrayLike,
    *,
    h0: ArrayLike | None = None,
    return_sequences: bool = False,
    return_state: bool = False,
    go_backwards: bool = False,
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Run ``h_t = tanh(x_t W_x + h_{t-1} W_h + b)`` over ``x (B, T, d)``, like ``keras.layers.SimpleRNN``.

    Args:
        x: inputs ``(batch, timesteps, input_dim)``.
        W_x, W_h, b: ``(d, u)``, ``(u, u)``, ``(u,)`` (Keras' ``kernel``, ``recurrent_kernel``, ``bias``).
        h0: initial state ``(B, u)``; zeros if None (Keras' ``initial_state``).
        return_sequences: return every ``h_t`` ``(B, T, u)`` instead of the last one ``(B, u)``.
        return_state: also return the last state ``h_T`` ``(B, u)``: ``(output, h_T)``.
        go_backwards: read the sequence from ``t = T`` down to ``t = 1``; as in Keras, the returned sequence
            is in processing order (its first row is the step that read ``x_T``).
    """
    W_x, W_h, b = _check_rnn_weights(W_x, W_h, b)
    x = check_sequence_input(x, W_x.shape[0])  # (B, T, d)
    B, T, _ = x.shape
    h_t = check_state(h0, B, W_x.shape[1])  # (B, u)
    steps = range(T - 1, -1, -1) if go_backwards else range(T)
    xW = x @ W_x  # (B, T, d) @ (d, u) -> (B, T, u): the input part of every step at once
    hs = []
    for t in steps:
        h_t = np.tanh(xW[:, t] + h_t @ W_h + b)  # (B, u) + (B, u)@(u, u) + (u,) -> (B, u)
        hs.append(h_t)
    output = np.stack(hs, axis=1) if return_sequences else h_t  # (B, T, u) or (B, u)
    return (output, h_t) if return_state else output
