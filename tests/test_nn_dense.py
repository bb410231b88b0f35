"""course_utils.nn.dense against keras.layers.Dense (forward) and tf.GradientTape (backward), float64.

Tolerance: 1e-9 absolute + 1e-9 relative (float64 on both sides; observed differences are around 1e-15).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils.nn.dense import dense_backward, dense_forward, dense_param_count, mlp_forward

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

TOL = 1e-9
FEW = settings(max_examples=15, deadline=None)
sizes = st.integers(1, 6)


def _random(rng: np.random.Generator, *shape: int) -> np.ndarray:
    return rng.normal(size=shape)


@FEW
@given(B=sizes, d_in=sizes, d_out=sizes, seed=st.integers(0, 2**16))
def test_forward_matches_keras_dense(B: int, d_in: int, d_out: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    x, W, b = _random(rng, B, d_in), _random(rng, d_in, d_out), _random(rng, d_out)
    layer = keras.layers.Dense(d_out, dtype="float64")
    layer.build((None, d_in))
    layer.set_weights([W, b])
    np.testing.assert_allclose(dense_forward(x, W, b), layer(x).numpy(), atol=TOL, rtol=TOL)


@FEW
@given(B=sizes, d_in=sizes, d_out=sizes, seed=st.integers(0, 2**16))
def test_backward_matches_gradient_tape(B: int, d_in: int, d_out: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    x, W, b, dz = _random(rng, B, d_in), _random(rng, d_in, d_out), _random(rng, d_out), _random(rng, B, d_out)
    xt, Wt, bt = (tf.Variable(a) for a in (x, W, b))
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(dz * (xt @ Wt + bt))  # dL/dz = dz
    ref = tape.gradient(loss, [xt, Wt, bt])
    for mine, theirs, name in zip(dense_backward(dz, x, W), ref, ("dx", "dW", "db"), strict=True):
        assert mine.shape == tuple(theirs.shape), name
        np.testing.assert_allclose(mine, theirs.numpy(), atol=TOL, rtol=TOL, err_msg=name)


def test_mlp_forward_matches_keras_sequential() -> None:
    rng = np.random.default_rng(0)
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            keras.layers.Dense(8, activation="relu"),
            keras.layers.Dense(8, activation="tanh"),
            keras.layers.Dense(3, activation="softmax"),
        ]
    )
    x = rng.normal(size=(5, 4)).astype(np.float32)
    weights = model.get_weights()  # [W1, b1, W2, b2, W3, b3], float32
    layers = [(weights[0], weights[1], "relu"), (weights[2], weights[3], "tanh"), (weights[4], weights[5], "softmax")]
    zs, hs = mlp_forward(x, layers, return_pre_activations=True)
    assert [h.shape for h in hs] == [(5, 8), (5, 8), (5, 3)]
    assert [z.shape for z in zs] == [(5, 8), (5, 8), (5, 3)]
    # float64 by hand vs float32 Keras: the difference is float32 rounding
    np.testing.assert_allclose(hs[-1], model(x).numpy(), atol=1e-6, rtol=1e-5)
    np.testing.assert_allclose(hs[0], np.maximum(zs[0], 0.0))
    assert mlp_forward(x, layers)[-1].tolist() == hs[-1].tolist()


def test_mlp_forward_accepts_callables_and_none() -> None:
    x = np.array([[1.0, -2.0]])
    W = np.eye(2)
    b = np.zeros(2)
    assert mlp_forward(x, [(W, b, None)])[0].tolist() == [[1.0, -2.0]]
    assert mlp_forward(x, [(W, b, np.abs)])[0].tolist() == [[1.0, 2.0]]


def test_param_count_matches_keras() -> None:
    for d_in, d_out in ((3, 2), (4, 8), (8, 3)):
        layer = keras.layers.Dense(d_out)
        layer.build((None, d_in))
        assert dense_param_count(d_in, d_out) == layer.count_params()
    assert dense_param_count(3, 2) == 8
    with pytest.raises(ValueError, match="d_in must be a positive int"):
        dense_param_count(0, 2)


def test_shape_errors_name_the_argument() -> None:
    x = np.ones((4, 3))
    with pytest.raises(ValueError, match=r"W must be \(d_in, d_out\) = \(3, 2\), got \(2, 3\)"):
        dense_forward(x, np.ones((2, 3)), np.ones(2))
    with pytest.raises(ValueError, match=r"b must be \(d_out,\) = \(2,\), got \(3,\)"):
        dense_forward(x, np.ones((3, 2)), np.ones(3))
    with pytest.raises(ValueError, match=r"x must be a batch of shape \(B, d_in\).*reshape\(1, -1\)"):
        dense_forward(np.ones(3), np.ones((3, 2)), np.ones(2))
    with pytest.raises(ValueError, match="W must be a matrix"):
        dense_forward(x, np.ones(3), np.ones(2))
    with pytest.raises(ValueError, match="b must be a vector"):
        dense_forward(x, np.ones((3, 2)), np.ones((1, 2)))
    with pytest.raises(ValueError, match=r"dz must be \(B, d_out\) = \(4, 2\), got \(4, 3\)"):
        dense_backward(np.ones((4, 3)), x, np.ones((3, 2)))
    with pytest.raises(ValueError, match=r"W must be \(d_in, d_out\) = \(3, d_out\), got \(2, 2\)"):
        dense_backward(np.ones((4, 2)), x, np.ones((2, 2)))
    with pytest.raises(ValueError, match="dz must have the shape of z"):
        dense_backward(np.ones(2), x, np.ones((3, 2)))


def test_bad_values_and_types() -> None:
    W, b = np.ones((3, 2)), np.zeros(2)
    with pytest.raises(ValueError, match="x is empty"):
        dense_forward(np.ones((0, 3)), W, b)
    with pytest.raises(ValueError, match="x contains NaN"):
        dense_forward(np.array([[1.0, np.nan, 0.0]]), W, b)
    with pytest.raises(TypeError, match="W must hold real numbers"):
        dense_forward(np.ones((1, 3)), np.full((3, 2), "a"), b)
    with pytest.raises(TypeError, match="booleans"):
        dense_forward(np.ones((1, 3), dtype=bool), W, b)


def test_mlp_forward_errors() -> None:
    x = np.ones((2, 3))
    good = (np.ones((3, 2)), np.zeros(2), "relu")
    with pytest.raises(TypeError, match="non-empty list"):
        mlp_forward(x, [])
    with pytest.raises(TypeError, match=r"layer 2 must be a \(W, b, activation\) tuple"):
        mlp_forward(x, [good, np.ones((2, 2))])
    with pytest.raises(ValueError, match=r"layer 2: W must be \(d_in, d_out\) = \(2, 4\), got \(3, 4\)"):
        mlp_forward(x, [good, (np.ones((3, 4)), np.zeros(4), "relu")])
    with pytest.raises(ValueError, match="unknown activation"):
        mlp_forward(x, [(np.ones((3, 2)), np.zeros(2), "swish")])


def test_package_import_does_not_load_tensorflow() -> None:
    import subprocess
    import sys

    code = "import sys, course_utils.nn.dense, course_utils.nn.activations; print('tensorflow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
