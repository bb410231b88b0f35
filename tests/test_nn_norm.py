"""course_utils.nn.norm against keras.layers.BatchNormalization and LayerNormalization.

The Keras layers run in float64 (``dtype="float64"``) with the same gamma, beta and moving statistics set by
``set_weights``; outputs and moving statistics must agree to 1e-5 (observed: ~1e-15). Training mode is checked
over several calls in a row, so the moving-average updates (momentum, biased batch variance) are checked too.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils.nn.norm import batch_norm, layer_norm

keras = pytest.importorskip("keras")

TOL = 1e-5
FEW = settings(max_examples=15, deadline=None)


def _random_params(rng: np.random.Generator, D: int) -> dict[str, np.ndarray]:
    return {
        "gamma": rng.normal(1.0, 0.5, size=D),
        "beta": rng.normal(0.0, 0.5, size=D),
        "moving_mean": rng.normal(0.0, 1.0, size=D),
        "moving_var": rng.uniform(0.5, 2.0, size=D),
    }


def _keras_bn(shape: tuple[int, ...], params: dict[str, np.ndarray], **kwargs) -> keras.layers.BatchNormalization:
    layer = keras.layers.BatchNormalization(dtype="float64", **kwargs)
    layer.build(shape)
    layer.set_weights([params["gamma"], params["beta"], params["moving_mean"], params["moving_var"]])
    return layer


@pytest.mark.parametrize("shape", [(8, 5), (2, 3), (4, 6, 3)])
@pytest.mark.parametrize(("momentum", "epsilon"), [(0.99, 1e-3), (0.9, 1e-5), (0.0, 0.1)])
def test_batch_norm_training_then_inference_matches_keras(shape, momentum, epsilon) -> None:
    rng = np.random.default_rng(0)
    params = _random_params(rng, shape[-1])
    layer = _keras_bn(shape, params, momentum=momentum, epsilon=epsilon)
    moving_mean, moving_var = params["moving_mean"], params["moving_var"]
    for step in range(3):  # three training calls: the moving statistics accumulate
        x = rng.normal(2.0 * step, 1.0 + step, size=shape)
        mine = batch_norm(
            x,
            params["gamma"],
            params["beta"],
            moving_mean,
            moving_var,
            training=True,
            momentum=momentum,
            epsilon=epsilon,
        )
        reference = np.asarray(layer(x, training=True))
        np.testing.assert_allclose(mine.y, reference, atol=TOL, rtol=TOL)
        np.testing.assert_allclose(mine.moving_mean, layer.moving_mean.numpy(), atol=TOL, rtol=TOL)
        np.testing.assert_allclose(mine.moving_var, layer.moving_variance.numpy(), atol=TOL, rtol=TOL)
        moving_mean, moving_var = mine.moving_mean, mine.moving_var
    x = rng.normal(size=shape)
    mine = batch_norm(
        x, params["gamma"], params["beta"], moving_mean, moving_var, training=False, momentum=momentum, epsilon=epsilon
    )
    np.testing.assert_allclose(mine.y, np.asarray(layer(x, training=False)), atol=TOL, rtol=TOL)
    np.testing.assert_array_equal(mine.moving_mean, moving_mean)  # inference leaves the statistics alone
    np.testing.assert_array_equal(mine.moving_var, moving_var)
    np.testing.assert_allclose(layer.moving_mean.numpy(), moving_mean, atol=TOL, rtol=TOL)


def test_batch_norm_defaults_are_keras_initial_values() -> None:
    x = np.random.default_rng(1).normal(3.0, 2.0, size=(16, 4))
    layer = keras.layers.BatchNormalization(dtype="float64")
    reference = np.asarray(layer(x, training=True))
    mine = batch_norm(x, training=True)
    np.testing.assert_allclose(mine.y, reference, atol=TOL, rtol=TOL)
    np.testing.assert_allclose(mine.moving_mean, layer.moving_mean.numpy(), atol=TOL, rtol=TOL)
    np.testing.assert_allclose(mine.moving_var, layer.moving_variance.numpy(), atol=TOL, rtol=TOL)
    # 0.99 * 0 + 0.01 * batch mean; the variance is the biased one (divide by B)
    np.testing.assert_allclose(mine.moving_mean, 0.01 * x.mean(axis=0), atol=1e-12)
    np.testing.assert_allclose(mine.moving_var, 0.99 + 0.01 * x.var(axis=0, ddof=0), atol=1e-12)


@FEW
@given(
    B=st.integers(1, 6),
    D=st.integers(1, 5),
    seed=st.integers(0, 2**32 - 1),
    training=st.booleans(),
)
def test_batch_norm_random_shapes(B: int, D: int, seed: int, training: bool) -> None:
    rng = np.random.default_rng(seed)
    params = _random_params(rng, D)
    x = rng.normal(size=(B, D)) * rng.uniform(0.1, 10)
    layer = _keras_bn((B, D), params)
    mine = batch_norm(x, **params, training=training)
    np.testing.assert_allclose(mine.y, np.asarray(layer(x, training=training)), atol=TOL, rtol=TOL)
    np.testing.assert_allclose(mine.moving_mean, layer.moving_mean.numpy(), atol=TOL, rtol=TOL)
    np.testing.assert_allclose(mine.moving_var, layer.moving_variance.numpy(), atol=TOL, rtol=TOL)


@FEW
@given(shape=st.sampled_from([(1, 4), (5, 3), (3, 7, 2), (2, 1, 6)]), seed=st.integers(0, 2**32 - 1))
def test_layer_norm_matches_keras(shape: tuple[int, ...], seed: int) -> None:
    rng = np.random.default_rng(seed)
    D = shape[-1]
    gamma, beta = rng.normal(1.0, 0.5, size=D), rng.normal(0.0, 0.5, size=D)
    x = rng.normal(size=shape) * rng.uniform(0.1, 10)
    layer = keras.layers.LayerNormalization(dtype="float64")
    layer.build(shape)
    layer.set_weights([gamma, beta])
    for training in (True, False):  # no difference between the modes
        np.testing.assert_allclose(layer_norm(x, gamma, beta), np.asarray(layer(x, training=training)), atol=TOL)


def test_layer_norm_epsilon_and_independence_from_batch() -> None:
    rng = np.random.default_rng(2)
    x = rng.normal(size=(64, 8))
    layer = keras.layers.LayerNormalization(epsilon=0.5, dtype="float64")
    np.testing.assert_allclose(layer_norm(x, epsilon=0.5), np.asarray(layer(x)), atol=TOL)
    np.testing.assert_allclose(layer_norm(x[:2]), layer_norm(x)[:2], atol=1e-12)  # batch-mates do not matter
    assert not np.allclose(batch_norm(x[:2], training=True).y, batch_norm(x, training=True).y[:2], atol=1e-3)


def test_bad_input() -> None:
    x = np.ones((4, 3))
    with pytest.raises(ValueError, match=r"gamma must be \(D,\) = \(3,\)"):
        batch_norm(x, gamma=np.ones(2), training=True)
    with pytest.raises(ValueError, match=r"moving_var must be \(D,\) = \(3,\)"):
        batch_norm(x, moving_var=np.ones((3, 1)), training=False)
    with pytest.raises(ValueError, match=r"x must be \(B, D\).*reshape\(1, -1\)"):
        layer_norm(np.ones(3))
    with pytest.raises(TypeError, match="training must be True or False"):
        batch_norm(x, training="yes")
    with pytest.raises(TypeError, match="training"):
        batch_norm(x)  # training has no default: the mode must be chosen
    with pytest.raises(ValueError, match="momentum"):
        batch_norm(x, training=True, momentum=1.5)
    with pytest.raises(ValueError, match="epsilon"):
        layer_norm(x, epsilon=0)
    with pytest.raises(ValueError, match="moving_var must be >= 0"):
        batch_norm(x, moving_var=-np.ones(3), training=False)
    with pytest.raises(ValueError, match="NaN"):
        layer_norm(np.array([[1.0, np.nan]]))
    with pytest.raises(ValueError, match="empty"):
        batch_norm(np.ones((0, 3)), training=True)
    with pytest.raises(TypeError, match="numbers"):
        layer_norm([["a", "b"]])
