"""course_utils.nn.gru against keras.layers.GRU (both reset_after modes) and its input checks."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from course_utils.nn.gru import gru_forward, gru_param_keys, gru_params, gru_step
from course_utils.nn.keras_weights import gru_weights, to_keras_gru

keras = pytest.importorskip("keras")

ATOL = 1e-5


def _random_layer(d: int, u: int, reset_after: bool, seed: int, **kwargs) -> object:
    """A built keras GRU whose every weight (biases included) is random, so no term can hide behind a zero."""
    layer = keras.layers.GRU(u, reset_after=reset_after, **kwargs)
    layer.build((None, None, d))
    rng = np.random.default_rng(seed)
    layer.set_weights([rng.normal(0, 0.6, w.shape).astype(np.float32) for w in layer.get_weights()])
    return layer


def _inputs(b: int, t: int, d: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed + 1).normal(0, 1.0, (b, t, d)).astype(np.float32)


@pytest.mark.parametrize("reset_after", [True, False])
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    b=st.integers(1, 4),
    t=st.integers(1, 7),
    d=st.integers(1, 5),
    u=st.integers(1, 6),
    seed=st.integers(0, 10_000),
)
def test_matches_keras_gru(reset_after: bool, b: int, t: int, d: int, u: int, seed: int) -> None:
    layer = _random_layer(d, u, reset_after, seed, return_sequences=True, return_state=True)
    x = _inputs(b, t, d, seed)
    ref_seq, ref_h = (np.asarray(a) for a in layer(x))
    mine_seq, mine_h = gru_forward(
        x,
        gru_weights(layer, reset_after=reset_after),
        reset_after=reset_after,
        return_sequences=True,
        return_state=True,
    )
    assert mine_seq.shape == (b, t, u) and mine_h.shape == (b, u)
    np.testing.assert_allclose(mine_seq, ref_seq, atol=ATOL, rtol=0)
    np.testing.assert_allclose(mine_h, ref_h, atol=ATOL, rtol=0)


@pytest.mark.parametrize("reset_after", [True, False])
@pytest.mark.parametrize("go_backwards", [False, True])
@pytest.mark.parametrize("return_sequences", [False, True])
def test_variants_match_keras(reset_after: bool, go_backwards: bool, return_sequences: bool) -> None:
    d, u, b, t = 3, 4, 2, 5
    kwargs = dict(go_backwards=go_backwards, return_sequences=return_sequences)
    layer = _random_layer(d, u, reset_after, 7, **kwargs)
    x = _inputs(b, t, d, 7)
    ref = np.asarray(layer(x))
    mine = gru_forward(x, layer, reset_after=reset_after, **kwargs)  # the layer itself is accepted too
    assert mine.shape == ref.shape
    np.testing.assert_allclose(mine, ref, atol=ATOL, rtol=0)


@pytest.mark.parametrize("reset_after", [True, False])
def test_initial_state_matches_keras(reset_after: bool) -> None:
    d, u, b, t = 2, 3, 3, 4
    layer = _random_layer(d, u, reset_after, 3, return_sequences=True)
    x = _inputs(b, t, d, 3)
    h0 = np.random.default_rng(5).uniform(-1, 1, (b, u)).astype(np.float32)
    ref = np.asarray(layer(x, initial_state=[h0]))
    mine = gru_forward(x, layer, reset_after=reset_after, h0=h0, return_sequences=True)
    np.testing.assert_allclose(mine, ref, atol=ATOL, rtol=0)


def test_modes_differ_and_step_equals_forward() -> None:
    """The two modes compute different things on the same numbers, and gru_step is one step of gru_forward."""
    layer = _random_layer(3, 4, True, 11)
    p_after = gru_weights(layer, reset_after=True)
    p_before = {k: v for k, v in p_after.items() if k.startswith("W_")}
    p_before |= {f"b_{g}": p_after[f"b_x{g}"] + p_after[f"b_h{g}"] for g in "zrh"}
    x = _inputs(2, 3, 3, 11)
    after = gru_forward(x, p_after, reset_after=True)
    before = gru_forward(x, p_before, reset_after=False)
    assert np.max(np.abs(after - before)) > 1e-3
    h = np.zeros((2, 4))
    for t in range(3):
        h = gru_step(x[:, t], h, p_after)
    np.testing.assert_allclose(h, after, atol=1e-12)


def test_round_trip_through_keras_weights() -> None:
    layer = _random_layer(2, 3, False, 2)
    p = gru_params(layer, reset_after=False)
    assert list(p) == list(gru_param_keys(False))
    rebuilt = to_keras_gru(p, reset_after=False)
    for a, b in zip(rebuilt, layer.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_output_dtype_is_float64() -> None:
    layer = _random_layer(2, 2, True, 0)
    assert gru_forward(_inputs(1, 2, 2, 0), layer).dtype == np.float64


# ------------------------------------------------------------------------------------------------ bad input


@pytest.fixture
def params() -> dict[str, np.ndarray]:
    return gru_weights(_random_layer(3, 2, True, 1))


def test_missing_time_axis_is_explained(params: dict[str, np.ndarray]) -> None:
    with pytest.raises(ValueError, match=r"no time axis.*x\[:, None, :\]"):
        gru_forward(np.zeros((4, 3)), params)


def test_wrong_input_dim(params: dict[str, np.ndarray]) -> None:
    with pytest.raises(ValueError, match=r"\(batch, timesteps, 3\), got \(1, 2, 5\)"):
        gru_forward(np.zeros((1, 2, 5)), params)


def test_zero_timesteps(params: dict[str, np.ndarray]) -> None:
    with pytest.raises(ValueError, match="timesteps >= 1"):
        gru_forward(np.zeros((1, 0, 3)), params)


def test_wrong_weight_shape_names_expected(params: dict[str, np.ndarray]) -> None:
    bad = dict(params, W_hr=np.zeros((3, 2)))
    with pytest.raises(ValueError, match=r"W_hr must be \(2, 2\).*got \(3, 2\)"):
        gru_forward(np.zeros((1, 2, 3)), bad)
    bad = dict(params, b_xh=np.zeros(3))
    with pytest.raises(ValueError, match=r"b_xh must be \(2,\)"):
        gru_forward(np.zeros((1, 2, 3)), bad)


def test_mismatched_units_in_h0(params: dict[str, np.ndarray]) -> None:
    with pytest.raises(ValueError, match=r"h0 must be \(batch, units\) = \(1, 2\), got \(1, 5\)"):
        gru_forward(np.zeros((1, 2, 3)), params, h0=np.zeros((1, 5)))


def test_biases_of_the_other_mode(params: dict[str, np.ndarray]) -> None:
    with pytest.raises(ValueError, match="reset_after=True"):
        gru_forward(np.zeros((1, 2, 3)), params, reset_after=False)


def test_keras_bias_of_the_other_mode() -> None:
    layer = _random_layer(3, 2, False, 0)
    with pytest.raises(ValueError, match="pass reset_after=False"):
        gru_forward(np.zeros((1, 2, 3)), layer)  # default reset_after=True, but the layer's bias is (3u,)


def test_bad_types(params: dict[str, np.ndarray]) -> None:
    with pytest.raises(TypeError, match="gru_weights"):
        gru_forward(np.zeros((1, 2, 3)), np.zeros((3, 6)))
    with pytest.raises(TypeError, match="return_sequences must be True or False"):
        gru_forward(np.zeros((1, 2, 3)), params, return_sequences="yes")
    with pytest.raises(TypeError, match="numeric"):
        gru_forward([["a", "b"]], params)


def test_step_checks_shapes(params: dict[str, np.ndarray]) -> None:
    with pytest.raises(ValueError, match=r"x_t must be \(batch, input_dim\) = \(batch, 3\)"):
        gru_step(np.zeros((1, 2, 3)), np.zeros((1, 2)), params)
    with pytest.raises(ValueError, match=r"h_prev must be \(batch, units\) = \(1, 2\)"):
        gru_step(np.zeros((1, 3)), np.zeros((2,)), params)
