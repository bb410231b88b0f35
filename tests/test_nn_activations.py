"""course_utils.nn.activations against keras.activations and tf.GradientTape (float64).

Tolerance: 1e-6 absolute + 1e-6 relative for values and derivatives (float64 on both sides: the observed
differences are around 1e-16).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, arrays

from course_utils.nn import activations as A

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

ATOL = RTOL = 1e-6
FEW = settings(max_examples=25, deadline=None)
# Keras warns when a softmax axis has size 1 (the answer is always 1); such shapes are fine here.
SIZE_ONE_SOFTMAX = pytest.mark.filterwarnings("ignore:You are using a softmax over axis")

# no subnormals: TensorFlow on CPU flushes them to zero (relu_grad(5e-324) is 0 there, 1 here)
finite = st.floats(-50, 50, allow_nan=False, allow_infinity=False, allow_subnormal=False, width=64)
z_arrays = arrays(np.float64, array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=6), elements=finite)

# (ours, keras reference, our derivative)
ELEMENTWISE = {
    "sigmoid": (A.sigmoid, keras.activations.sigmoid, A.sigmoid_grad),
    "tanh": (A.tanh, keras.activations.tanh, A.tanh_grad),
    "relu": (A.relu, keras.activations.relu, A.relu_grad),
    "leaky_relu": (
        lambda z: A.leaky_relu(z, a=0.01),
        lambda z: keras.activations.leaky_relu(z, negative_slope=0.01),
        lambda z: A.leaky_relu_grad(z, a=0.01),
    ),
    "linear": (A.linear, keras.activations.linear, A.linear_grad),
    "step": (A.step, lambda z: keras.ops.heaviside(z, 0.0), A.step_grad),
}


def _close(mine: np.ndarray, ref: object) -> None:
    ref = np.asarray(ref, dtype=np.float64)
    assert mine.dtype == np.float64
    assert mine.shape == ref.shape
    np.testing.assert_allclose(mine, ref, atol=ATOL, rtol=RTOL)


def _tape_grad(fn, z: np.ndarray, upstream: np.ndarray | None = None) -> np.ndarray:
    """d sum(upstream * fn(z)) / dz by TensorFlow's automatic differentiation (upstream = 1 by default)."""
    zt = tf.constant(z, dtype=tf.float64)
    with tf.GradientTape() as tape:
        tape.watch(zt)
        out = fn(zt)
        loss = tf.reduce_sum(out if upstream is None else out * upstream)
    grad = tape.gradient(loss, zt)
    return np.zeros_like(z) if grad is None else grad.numpy()


@pytest.mark.parametrize("name", sorted(ELEMENTWISE))
@FEW
@given(z=z_arrays)
def test_values_match_keras(name: str, z: np.ndarray) -> None:
    ours, ref, _ = ELEMENTWISE[name]
    _close(ours(z), ref(z))


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
@FEW
@given(z=z_arrays)
def test_derivatives_match_gradient_tape(name: str, z: np.ndarray) -> None:
    _, ref, grad = ELEMENTWISE[name]
    _close(grad(z), _tape_grad(ref, z))


def test_kinks_follow_tensorflow() -> None:
    z = np.array([-1.0, 0.0, 1.0])
    _close(A.relu_grad(z), _tape_grad(tf.nn.relu, z))
    _close(A.leaky_relu_grad(z, a=0.3), _tape_grad(lambda t: tf.nn.leaky_relu(t, alpha=0.3), z))
    assert A.step(0.0) == 0.0 and A.step_grad(z).tolist() == [0.0, 0.0, 0.0]


def test_sigmoid_is_stable_and_bounded() -> None:
    z = np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])
    s = A.sigmoid(z)
    assert np.all(np.isfinite(s)) and s[0] == 0.0 and s[2] == 0.5 and s[-1] == 1.0
    grid = np.linspace(-10, 10, 2001)
    assert A.sigmoid_grad(grid).max() == pytest.approx(0.25, abs=1e-12)
    assert A.tanh_grad(grid).max() == pytest.approx(1.0, abs=1e-12)


@SIZE_ONE_SOFTMAX
@FEW
@given(z=z_arrays, axis=st.integers(-1, 0))
def test_softmax_matches_keras(z: np.ndarray, axis: int) -> None:
    s = A.softmax(z, axis=axis)
    _close(s, keras.activations.softmax(z, axis=axis))
    np.testing.assert_allclose(s.sum(axis=axis), 1.0, atol=1e-12)


@SIZE_ONE_SOFTMAX
@FEW
@given(z=z_arrays, shift=st.floats(-500, 500))
def test_softmax_shift_invariance_and_large_logits(z: np.ndarray, shift: float) -> None:
    np.testing.assert_allclose(A.softmax(z + shift), A.softmax(z), atol=1e-12)
    big = A.softmax(z * 100.0)  # logits up to 5000: exp would overflow without the shift
    assert np.all(np.isfinite(big))
    _close(big, keras.activations.softmax(z * 100.0))


@FEW
@given(z=z_arrays, seed=st.integers(0, 2**16))
def test_softmax_backward_matches_gradient_tape(z: np.ndarray, seed: int) -> None:
    ds = np.random.default_rng(seed).normal(size=z.shape)
    _close(A.softmax_backward(z, ds), _tape_grad(lambda t: tf.nn.softmax(t, axis=-1), z, ds))
    _close(A.softmax_backward(z, ds, axis=0), _tape_grad(lambda t: tf.nn.softmax(t, axis=0), z, ds))


def test_softmax_jacobian_matches_tf_jacobian() -> None:
    z = np.array([0.5, -1.0, 2.0, 0.0])
    zt = tf.constant(z)
    with tf.GradientTape() as tape:
        tape.watch(zt)
        s = tf.nn.softmax(zt)
    _close(A.softmax_jacobian(z), tape.jacobian(s, zt))


def test_masked_logits() -> None:
    s = A.softmax([[1.0, -np.inf, 1.0]])
    assert s.tolist() == [[0.5, 0.0, 0.5]]


@pytest.mark.parametrize(
    ("bad", "error", "words"),
    [
        ("1.0", TypeError, "str"),
        (None, TypeError, "NoneType"),
        ([True, False], TypeError, "booleans"),
        (np.array([1 + 1j]), TypeError, "complex"),
        (np.array(["a"], dtype=object), TypeError, "dtype object"),
        ([[1.0, 2.0], [3.0]], TypeError, "rectangular"),
        ([0.0, np.nan], ValueError, "NaN"),
    ],
)
@pytest.mark.parametrize("fn", [A.step, A.sigmoid, A.sigmoid_grad, A.tanh, A.relu, A.leaky_relu, A.softmax])
def test_bad_input_is_named(fn, bad: object, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        fn(bad)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match=r"\[0, 1\)"):
        A.leaky_relu([1.0], a=1.5)
    with pytest.raises(TypeError, match="negative slope"):
        A.leaky_relu([1.0], a="0.1")
    with pytest.raises(ValueError, match="axis=2"):
        A.softmax([[1.0, 2.0]], axis=2)
    with pytest.raises(ValueError, match=r"\+inf"):
        A.softmax([1.0, np.inf])
    with pytest.raises(ValueError, match="-inf"):
        A.softmax([-np.inf, -np.inf])
    with pytest.raises(ValueError, match="vector"):
        A.softmax(3.0)
    with pytest.raises(ValueError, match=r"shape of z"):
        A.softmax_backward([1.0, 2.0], [1.0])
    with pytest.raises(ValueError, match=r"\(K,\)"):
        A.softmax_jacobian([[1.0, 2.0]])


@pytest.mark.parametrize("fn", [A.step, A.sigmoid, A.sigmoid_grad, A.tanh, A.relu, A.relu_grad, A.leaky_relu])
def test_elementwise_maps_empty_to_empty(fn) -> None:
    # other modules score zero-length batches (a one-character sentence has no boundary): keep it working
    for empty in ([], np.zeros((0, 3))):
        out = fn(empty)
        assert out.shape == np.shape(empty) and out.dtype == np.float64


def test_softmax_empty_axis_is_an_error_empty_batch_is_not() -> None:
    with pytest.raises(ValueError, match="axis -1|axis 0|empty"):
        A.softmax([])
    with pytest.raises(ValueError, match="empty"):
        A.softmax(np.zeros((3, 0)))
    assert A.softmax(np.zeros((0, 3))).shape == (0, 3)


def test_lookup_by_name() -> None:
    assert A.get_activation("relu") is A.relu
    assert A.get_activation(None) is A.linear
    assert A.get_activation(np.tanh) is np.tanh
    with pytest.raises(ValueError, match="unknown activation 'gelu'"):
        A.get_activation("gelu")
    with pytest.raises(TypeError):
        A.get_activation(3)


def test_inputs_keep_shape_and_accept_ints() -> None:
    assert A.relu(np.arange(-2, 3).reshape(5, 1)).shape == (5, 1)
    assert A.sigmoid(0) == 0.5 and A.sigmoid(0).dtype == np.float64
