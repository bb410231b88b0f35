"""course_utils.nn.keras_weights: a Keras layer's weights <-> per-gate W_x, W_h, b.

The split is checked by what it computes: a few time steps written here in NumPy from the per-gate
pieces must equal the Keras layer's own output, for SimpleRNN, LSTM and GRU (both reset_after modes).
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from course_utils.nn.keras_weights import (
    gru_weights,
    lstm_weights,
    simple_rnn_weights,
    to_keras_gru,
    to_keras_lstm,
    to_keras_simple_rnn,
)

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
keras = pytest.importorskip("keras")

SETTINGS = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_LAYERS: dict[tuple, object] = {}


def _layer(kind: str, d: int, u: int, reset_after: bool = True):
    """One built Keras layer per (kind, d, u): building is the slow part, set_weights is cheap."""
    key = (kind, d, u, reset_after)
    if key not in _LAYERS:
        if kind == "SimpleRNN":
            layer = keras.layers.SimpleRNN(u, return_sequences=True)
        elif kind == "LSTM":
            layer = keras.layers.LSTM(u, return_sequences=True)
        else:
            layer = keras.layers.GRU(u, return_sequences=True, reset_after=reset_after)
        layer.build((None, None, d))
        _LAYERS[key] = layer
    return _LAYERS[key]


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _random_keras_weights(rng, layer):
    return [rng.normal(0, 0.5, w.shape).astype(np.float32) for w in layer.get_weights()]


# -- reference steps written from the per-gate names only ------------------------------------------------


def _rnn_ref(p, x):
    h = np.zeros((x.shape[0], p["W_h"].shape[0]))
    out = []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ p["W_x"] + h @ p["W_h"] + p["b"])
        out.append(h)
    return np.stack(out, axis=1)


def _lstm_ref(p, x):
    u = p["W_hi"].shape[0]
    h = np.zeros((x.shape[0], u))
    c = np.zeros((x.shape[0], u))
    out = []
    for t in range(x.shape[1]):
        x_t = x[:, t]
        i = _sigmoid(x_t @ p["W_xi"] + h @ p["W_hi"] + p["b_i"])
        f = _sigmoid(x_t @ p["W_xf"] + h @ p["W_hf"] + p["b_f"])
        g = np.tanh(x_t @ p["W_xc"] + h @ p["W_hc"] + p["b_c"])
        o = _sigmoid(x_t @ p["W_xo"] + h @ p["W_ho"] + p["b_o"])
        c = f * c + i * g
        h = o * np.tanh(c)
        out.append(h)
    return np.stack(out, axis=1)


def _gru_ref(p, x, reset_after):
    h = np.zeros((x.shape[0], p["W_hz"].shape[0]))
    out = []
    for t in range(x.shape[1]):
        x_t = x[:, t]
        if reset_after:
            z = _sigmoid(x_t @ p["W_xz"] + p["b_xz"] + h @ p["W_hz"] + p["b_hz"])
            r = _sigmoid(x_t @ p["W_xr"] + p["b_xr"] + h @ p["W_hr"] + p["b_hr"])
            hh = np.tanh(x_t @ p["W_xh"] + p["b_xh"] + r * (h @ p["W_hh"] + p["b_hh"]))
        else:
            z = _sigmoid(x_t @ p["W_xz"] + h @ p["W_hz"] + p["b_z"])
            r = _sigmoid(x_t @ p["W_xr"] + h @ p["W_hr"] + p["b_r"])
            hh = np.tanh(x_t @ p["W_xh"] + (r * h) @ p["W_hh"] + p["b_h"])
        h = z * h + (1 - z) * hh
        out.append(h)
    return np.stack(out, axis=1)


shapes = st.tuples(st.integers(1, 4), st.integers(1, 5), st.sampled_from([2, 3]))  # (batch, T, d)


@SETTINGS
@given(shape=shapes, u=st.sampled_from([1, 4]), seed=st.integers(0, 2**16))
def test_simple_rnn_split_computes_what_keras_computes(shape, u, seed):
    B, T, d = shape
    rng = np.random.default_rng(seed)
    layer = _layer("SimpleRNN", d, u)
    layer.set_weights(_random_keras_weights(rng, layer))
    x = rng.normal(size=(B, T, d)).astype(np.float32)
    p = simple_rnn_weights(layer)
    assert p["W_x"].shape == (d, u) and p["W_h"].shape == (u, u) and p["b"].shape == (u,)
    np.testing.assert_allclose(_rnn_ref(p, x.astype(np.float64)), np.asarray(layer(x)), atol=1e-5)


@SETTINGS
@given(shape=shapes, u=st.sampled_from([1, 4]), seed=st.integers(0, 2**16))
def test_lstm_split_computes_what_keras_computes(shape, u, seed):
    B, T, d = shape
    rng = np.random.default_rng(seed)
    layer = _layer("LSTM", d, u)
    layer.set_weights(_random_keras_weights(rng, layer))
    x = rng.normal(size=(B, T, d)).astype(np.float32)
    p = lstm_weights(layer.get_weights())
    assert list(p) == [f"{w}{g}" for g in "ifco" for w in ("W_x", "W_h", "b_")]
    np.testing.assert_allclose(_lstm_ref(p, x.astype(np.float64)), np.asarray(layer(x)), atol=1e-5)


@SETTINGS
@given(shape=shapes, u=st.sampled_from([1, 4]), reset_after=st.booleans(), seed=st.integers(0, 2**16))
def test_gru_split_computes_what_keras_computes(shape, u, reset_after, seed):
    B, T, d = shape
    rng = np.random.default_rng(seed)
    layer = _layer("GRU", d, u, reset_after)
    layer.set_weights(_random_keras_weights(rng, layer))
    x = rng.normal(size=(B, T, d)).astype(np.float32)
    p = gru_weights(layer, reset_after=reset_after)
    biases = ["b_xz", "b_xr", "b_xh", "b_hz", "b_hr", "b_hh"] if reset_after else ["b_z", "b_r", "b_h"]
    assert sorted(p) == sorted(["W_xz", "W_hz", "W_xr", "W_hr", "W_xh", "W_hh", *biases])
    np.testing.assert_allclose(_gru_ref(p, x.astype(np.float64), reset_after), np.asarray(layer(x)), atol=1e-5)


def test_per_gate_blocks_are_keras_column_blocks():
    """Gate k is columns k*u:(k+1)*u: label every entry with its gate number and read it back."""
    d, u = 2, 3
    kernel = np.repeat(np.arange(4.0), u)[None, :].repeat(d, axis=0)  # (d, 4u): gate index in each column
    p = lstm_weights([kernel, kernel[:1].repeat(u, axis=0), kernel[0]])
    for k, g in enumerate("ifco"):
        assert np.all(p[f"W_x{g}"] == k) and np.all(p[f"W_h{g}"] == k) and np.all(p[f"b_{g}"] == k)
    bias = np.stack([np.repeat([0.0, 1, 2], u), np.repeat([10.0, 11, 12], u)])  # (2, 3u)
    q = gru_weights([kernel[:, : 3 * u], kernel[:1, : 3 * u].repeat(u, axis=0), bias])
    for k, g in enumerate("zrh"):
        assert np.all(q[f"W_x{g}"] == k) and np.all(q[f"b_x{g}"] == k) and np.all(q[f"b_h{g}"] == 10 + k)


@pytest.mark.parametrize("kind", ["SimpleRNN", "LSTM", "GRU", "GRU_before"])
def test_round_trip_through_set_weights(kind):
    rng = np.random.default_rng(0)
    reset_after = kind != "GRU_before"
    layer = _layer(kind.split("_")[0], 3, 2, reset_after)
    original = _random_keras_weights(rng, layer)
    if kind == "SimpleRNN":
        back = to_keras_simple_rnn(simple_rnn_weights(original))
    elif kind == "LSTM":
        back = to_keras_lstm(lstm_weights(original))
    else:
        back = to_keras_gru(gru_weights(original, reset_after=reset_after), reset_after=reset_after)
    layer.set_weights(back)  # Keras itself accepts the shapes
    for a, b in zip(layer.get_weights(), original, strict=True):
        assert a.dtype == np.float32
        np.testing.assert_array_equal(a, b)


def test_keywords_form_and_float32():
    W_x, W_h, b = np.ones((3, 2)), 2 * np.ones((2, 2)), np.zeros(2)
    kernel, recurrent_kernel, bias = to_keras_simple_rnn(W_x=W_x, W_h=W_h, b=b)
    assert kernel.dtype == np.float32 and kernel.shape == (3, 2) and recurrent_kernel[0, 0] == 2


def test_returned_arrays_are_copies():
    weights = [np.zeros((2, 3)), np.zeros((3, 3)), np.zeros(3)]
    p = simple_rnn_weights(weights)
    p["W_x"][0, 0] = 5.0
    assert weights[0][0, 0] == 0.0


# -- bad input ---------------------------------------------------------------------------------------------


def test_wrong_number_of_arrays():
    with pytest.raises(ValueError, match=r"expected 3 arrays \[kernel, recurrent_kernel, bias\].*got 2"):
        simple_rnn_weights([np.zeros((2, 3)), np.zeros((3, 3))])


def test_unbuilt_layer():
    with pytest.raises(ValueError, match="no weights yet"):
        lstm_weights(keras.layers.LSTM(3))


def test_not_a_weight_list():
    with pytest.raises(TypeError, match=r"get_weights\(\) list"):
        simple_rnn_weights("kernel")


def test_wrong_kernel_shape_names_expected_shape():
    with pytest.raises(ValueError, match=r"LSTM kernel must be \(input_dim, 4\*units\) = \(5, 12\) for units=3"):
        lstm_weights([np.zeros((5, 8)), np.zeros((3, 12)), np.zeros(12)])


def test_mismatched_units_in_recurrent_kernel():
    with pytest.raises(ValueError, match=r"recurrent_kernel must be \(units, units\) = \(4, 4\).*got \(4, 5\)"):
        simple_rnn_weights([np.zeros((2, 4)), np.zeros((4, 5)), np.zeros(4)])


def test_wrong_bias_shape():
    with pytest.raises(ValueError, match=r"SimpleRNN bias must be \(4,\), got \(3,\)"):
        simple_rnn_weights([np.zeros((2, 4)), np.zeros((4, 4)), np.zeros(3)])


def test_gru_bias_of_the_other_mode_says_which_mode():
    before = [np.zeros((2, 9)), np.zeros((3, 9)), np.zeros(9)]
    with pytest.raises(ValueError, match=r"must be \(2, 9\), got \(9,\).*pass reset_after=False"):
        gru_weights(before)
    after = [np.zeros((2, 9)), np.zeros((3, 9)), np.zeros((2, 9))]
    with pytest.raises(ValueError, match=r"must be \(9,\), got \(2, 9\).*pass reset_after=True"):
        gru_weights(after, reset_after=False)


def test_inverse_rejects_missing_and_mismatched_pieces():
    p = lstm_weights([np.zeros((2, 12)), np.zeros((3, 12)), np.zeros(12)])
    del p["b_o"]
    with pytest.raises(ValueError, match=r"missing \['b_o'\]"):
        to_keras_lstm(p)
    p["b_o"] = np.zeros(4)
    with pytest.raises(ValueError, match=r"b_o must be \(units,\) = \(3,\), got \(4,\)"):
        to_keras_lstm(p)
    q = gru_weights([np.zeros((2, 9)), np.zeros((3, 9)), np.zeros((2, 9))])
    with pytest.raises(ValueError, match=r"missing \['b_z', 'b_r', 'b_h'\]"):
        to_keras_gru(q, reset_after=False)
    with pytest.raises(ValueError, match=r"W_h must be \(units, units\) = \(2, 2\)"):
        to_keras_simple_rnn(W_x=np.zeros((3, 2)), W_h=np.zeros((3, 3)), b=np.zeros(2))
    with pytest.raises(TypeError, match="reset_after must be True or False"):
        to_keras_gru(q, reset_after="yes")
