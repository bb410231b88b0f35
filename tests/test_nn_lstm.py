"""course_utils.nn.lstm: the NumPy LSTM against keras.layers.LSTM given the same weights."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from course_utils.nn.keras_weights import lstm_weights
from course_utils.nn.lstm import lstm_forward, lstm_step

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
keras = pytest.importorskip("keras")

SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_LAYERS: dict[tuple, object] = {}


def _layer(d: int, u: int, return_sequences: bool, return_state: bool, go_backwards: bool):
    key = (d, u, return_sequences, return_state, go_backwards)
    if key not in _LAYERS:
        layer = keras.layers.LSTM(
            u, return_sequences=return_sequences, return_state=return_state, go_backwards=go_backwards
        )
        layer.build((None, None, d))
        _LAYERS[key] = layer
    return _LAYERS[key]


@SETTINGS
@given(
    B=st.integers(1, 4),
    T=st.integers(1, 6),
    d=st.sampled_from([1, 3]),
    u=st.sampled_from([2, 5]),
    return_sequences=st.booleans(),
    return_state=st.booleans(),
    go_backwards=st.booleans(),
    with_state=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_matches_keras(B, T, d, u, return_sequences, return_state, go_backwards, with_state, seed):
    rng = np.random.default_rng(seed)
    layer = _layer(d, u, return_sequences, return_state, go_backwards)
    layer.set_weights([rng.normal(0, 0.6, w.shape).astype(np.float32) for w in layer.get_weights()])
    x = rng.normal(size=(B, T, d)).astype(np.float32)
    h0, c0 = (rng.normal(size=(B, u)).astype(np.float32) for _ in range(2)) if with_state else (None, None)
    ref = layer(x, initial_state=[h0, c0]) if with_state else layer(x)
    mine = lstm_forward(
        x,
        lstm_weights(layer),
        h0=h0,
        c0=c0,
        return_sequences=return_sequences,
        return_state=return_state,
        go_backwards=go_backwards,
    )
    if return_state:
        assert isinstance(mine, tuple) and len(mine) == 3 and len(ref) == 3
    else:
        mine, ref = (mine,), (ref,)
    for a, r in zip(mine, ref, strict=True):
        np.testing.assert_allclose(a, np.asarray(r), atol=1e-5)
    assert mine[0].shape == ((B, T, u) if return_sequences else (B, u))


def test_gates_recombine_into_the_states():
    """The returned gates satisfy c_t = f c_{t-1} + i c~_t and h_t = o tanh(c_t) at every step."""
    rng = np.random.default_rng(3)
    d, u, B, T = 3, 4, 2, 5
    params = lstm_weights([rng.normal(size=(d, 4 * u)), rng.normal(size=(u, 4 * u)), rng.normal(size=4 * u)])
    x = rng.normal(size=(B, T, d))
    seq, h_T, c_T, gates = lstm_forward(x, params, return_sequences=True, return_state=True, return_gates=True)
    assert sorted(gates) == ["c", "c_tilde", "f", "i", "o"]
    assert all(g.shape == (B, T, u) for g in gates.values())
    c_prev = np.concatenate([np.zeros((B, 1, u)), gates["c"][:, :-1]], axis=1)
    np.testing.assert_allclose(gates["c"], gates["f"] * c_prev + gates["i"] * gates["c_tilde"], atol=1e-12)
    np.testing.assert_allclose(seq, gates["o"] * np.tanh(gates["c"]), atol=1e-12)
    np.testing.assert_allclose(c_T, gates["c"][:, -1], atol=0)
    for name in ("i", "f", "o"):
        assert gates[name].min() > 0 and gates[name].max() < 1
    out, gates_only = lstm_forward(x, params, return_gates=True)
    np.testing.assert_allclose(out, h_T, atol=0)
    assert gates_only["f"].shape == (B, T, u)


def test_step_is_one_time_step_of_forward():
    rng = np.random.default_rng(2)
    d, u = 2, 3
    params = lstm_weights([rng.normal(size=(d, 4 * u)), rng.normal(size=(u, 4 * u)), rng.normal(size=4 * u)])
    x = rng.normal(size=(1, 2, d))
    h, c = lstm_step(x[:, 0], np.zeros((1, u)), np.zeros((1, u)), params)
    h, c = lstm_step(x[:, 1], h, c, params)
    _, h_ref, c_ref = lstm_forward(x, params, return_state=True)
    np.testing.assert_allclose(h, h_ref, atol=1e-12)
    np.testing.assert_allclose(c, c_ref, atol=1e-12)


def _zeros_params(d=3, u=4):
    return lstm_weights([np.zeros((d, 4 * u)), np.zeros((u, 4 * u)), np.zeros(4 * u)])


def test_input_without_time_axis_is_explained():
    with pytest.raises(ValueError, match=r"got \(5, 3\) with no time axis"):
        lstm_forward(np.zeros((5, 3)), _zeros_params())


def test_bad_params_and_states():
    p = _zeros_params()
    with pytest.raises(ValueError, match=r"x must be \(batch, timesteps, input_dim\) = \(2, 4, 3\)"):
        lstm_forward(np.zeros((2, 4, 2)), p)
    with pytest.raises(ValueError, match=r"c0 must be \(batch, units\) = \(2, 4\), got \(2, 3\)"):
        lstm_forward(np.zeros((2, 4, 3)), p, c0=np.zeros((2, 3)))
    bad = dict(p, W_hf=np.zeros((4, 5)))
    with pytest.raises(ValueError, match=r"W_hf must be \(4, 4\)"):
        lstm_forward(np.zeros((2, 4, 3)), bad)
    del bad["b_o"]
    with pytest.raises(ValueError, match=r"params lacks \['b_o'\]"):
        lstm_forward(np.zeros((2, 4, 3)), bad)
    with pytest.raises(TypeError, match="params must be a dict"):
        lstm_forward(np.zeros((2, 4, 3)), [np.zeros((3, 16))])
