"""course_utils.nn.rnn: the NumPy SimpleRNN against keras.layers.SimpleRNN given the same weights."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from course_utils.nn.keras_weights import simple_rnn_weights
from course_utils.nn.rnn import simple_rnn_forward, simple_rnn_step

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
keras = pytest.importorskip("keras")

SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_LAYERS: dict[tuple, object] = {}


def _layer(d: int, u: int, return_sequences: bool, return_state: bool, go_backwards: bool):
    """One built layer per configuration; each example only sets new random weights."""
    key = (d, u, return_sequences, return_state, go_backwards)
    if key not in _LAYERS:
        layer = keras.layers.SimpleRNN(
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
    with_h0=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_matches_keras(B, T, d, u, return_sequences, return_state, go_backwards, with_h0, seed):
    rng = np.random.default_rng(seed)
    layer = _layer(d, u, return_sequences, return_state, go_backwards)
    layer.set_weights([rng.normal(0, 0.6, w.shape).astype(np.float32) for w in layer.get_weights()])
    x = rng.normal(size=(B, T, d)).astype(np.float32)
    h0 = rng.normal(size=(B, u)).astype(np.float32) if with_h0 else None
    ref = layer(x, initial_state=[h0]) if with_h0 else layer(x)
    mine = simple_rnn_forward(
        x,
        **simple_rnn_weights(layer),
        h0=h0,
        return_sequences=return_sequences,
        return_state=return_state,
        go_backwards=go_backwards,
    )
    if return_state:
        assert isinstance(mine, tuple) and len(mine) == 2 and len(ref) == 2
    else:
        mine, ref = (mine,), (ref,)
    for a, r in zip(mine, ref, strict=True):
        assert a.dtype == np.float64
        np.testing.assert_allclose(a, np.asarray(r), atol=1e-5)
    expected = (B, T, u) if return_sequences else (B, u)
    assert mine[0].shape == expected


def test_step_is_one_time_step_of_forward():
    rng = np.random.default_rng(1)
    W_x, W_h, b = rng.normal(size=(3, 4)), rng.normal(size=(4, 4)), rng.normal(size=4)
    x = rng.normal(size=(2, 2, 3))
    h1 = simple_rnn_step(x[:, 0], np.zeros((2, 4)), W_x, W_h, b)
    h2 = simple_rnn_step(x[:, 1], h1, W_x, W_h, b)
    np.testing.assert_allclose(h2, simple_rnn_forward(x, W_x, W_h, b), atol=1e-12)


def test_input_without_time_axis_is_explained():
    W_x, W_h, b = np.zeros((3, 4)), np.zeros((4, 4)), np.zeros(4)
    with pytest.raises(
        ValueError, match=r"\(batch, timesteps, input_dim\), got \(5, 3\) with no time axis.*x\[:, None, :\]"
    ):
        simple_rnn_forward(np.zeros((5, 3)), W_x, W_h, b)


@pytest.mark.parametrize(
    ("x_shape", "W_x", "W_h", "b", "h0", "message"),
    [
        ((2, 4, 5), (3, 4), (4, 4), (4,), None, r"x must be \(batch, timesteps, input_dim\) = \(2, 4, 3\)"),
        ((2, 4, 3), (3, 4), (4, 3), (4,), None, r"W_h must be \(units, units\) = \(4, 4\)"),
        ((2, 4, 3), (3, 4), (4, 4), (3,), None, r"b must be \(units,\) = \(4,\)"),
        ((2, 4, 3), (3, 4), (4, 4), (4,), (1, 4), r"h0 must be \(batch, units\) = \(2, 4\), got \(1, 4\)"),
        ((2, 0, 3), (3, 4), (4, 4), (4,), None, r"at least one time step"),
        ((3,), (3, 4), (4, 4), (4,), None, r"a 3-D array, got shape \(3,\)"),
    ],
)
def test_bad_shapes_name_the_expected_shape(x_shape, W_x, W_h, b, h0, message):
    h0 = None if h0 is None else np.zeros(h0)
    with pytest.raises(ValueError, match=message):
        simple_rnn_forward(np.zeros(x_shape), np.zeros(W_x), np.zeros(W_h), np.zeros(b), h0=h0)


def test_non_numeric_input():
    with pytest.raises(TypeError, match="x must be a numeric array"):
        simple_rnn_forward([["a"]], np.zeros((1, 1)), np.zeros((1, 1)), np.zeros(1))
