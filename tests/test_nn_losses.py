"""course_utils.nn.losses against keras.losses: values (clipped log, from_logits) and gradients."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.nn import losses as L

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

RNG = np.random.default_rng(0)
B, C = 6, 4


def _probs(shape: tuple[int, ...]) -> np.ndarray:
    z = RNG.normal(size=shape)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _keras(fn, y_true, y_pred, **kwargs) -> np.ndarray:
    return np.asarray(fn(tf.constant(y_true), tf.constant(y_pred), **kwargs))


def _tape_grad(loss_obj, y_true, y_pred) -> np.ndarray:
    z = tf.Variable(np.asarray(y_pred, dtype=np.float64))
    with tf.GradientTape() as tape:
        loss = loss_obj(tf.constant(y_true), z)
    return tape.gradient(loss, z).numpy()


def test_mse_matches_keras() -> None:
    t, p = RNG.normal(size=(B, C)), RNG.normal(size=(B, C))
    np.testing.assert_allclose(L.mean_squared_error(t, p), _keras(keras.losses.mean_squared_error, t, p), atol=1e-12)
    g = _tape_grad(keras.losses.MeanSquaredError(dtype="float64"), t, p)
    np.testing.assert_allclose(L.mean_squared_error_grad(t, p), g, atol=1e-12)


@pytest.mark.parametrize("from_logits", [False, True])
def test_binary_crossentropy_matches_keras(from_logits: bool) -> None:
    t = RNG.integers(0, 2, size=(B, 3)).astype(np.float64)
    p = RNG.normal(scale=3, size=(B, 3)) if from_logits else RNG.uniform(0.01, 0.99, size=(B, 3))
    mine = L.binary_crossentropy(t, p, from_logits=from_logits)
    ref = _keras(keras.losses.binary_crossentropy, t, p, from_logits=from_logits)
    np.testing.assert_allclose(mine, ref, atol=1e-12)
    g = _tape_grad(keras.losses.BinaryCrossentropy(from_logits=from_logits, dtype="float64"), t, p)
    np.testing.assert_allclose(L.binary_crossentropy_grad(t, p, from_logits=from_logits), g, atol=1e-12)


def test_binary_crossentropy_clips_like_keras() -> None:
    t = np.array([[1.0, 0.0, 1.0, 0.0]])
    p = np.array([[0.0, 1.0, 1.0, 0.0]])  # two certain mistakes, two certain hits
    mine = L.binary_crossentropy(t, p)
    ref = _keras(keras.losses.binary_crossentropy, t, p)
    np.testing.assert_allclose(mine, ref, rtol=1e-12)
    assert np.isfinite(mine).all()
    assert mine[0] == pytest.approx(-2 * np.log(1e-7) / 4, rel=1e-6)
    g = _tape_grad(keras.losses.BinaryCrossentropy(dtype="float64"), t, p)
    np.testing.assert_array_equal(L.binary_crossentropy_grad(t, p), g)  # 0 where clipped


def test_binary_logits_stable_for_large_values() -> None:
    t = np.array([[1.0, 0.0]])
    z = np.array([[-800.0, 800.0]])
    mine = L.binary_crossentropy(t, z, from_logits=True)
    np.testing.assert_allclose(mine, [800.0])
    np.testing.assert_allclose(mine, _keras(keras.losses.binary_crossentropy, t, z, from_logits=True))


@pytest.mark.parametrize("from_logits", [False, True])
def test_categorical_crossentropy_matches_keras(from_logits: bool) -> None:
    labels = RNG.integers(0, C, size=B)
    t = np.eye(C)[labels]
    p = RNG.normal(scale=2, size=(B, C)) if from_logits else _probs((B, C)) * RNG.uniform(0.5, 2.0, size=(B, 1))
    mine = L.categorical_crossentropy(t, p, from_logits=from_logits)
    np.testing.assert_allclose(mine, _keras(keras.losses.categorical_crossentropy, t, p, from_logits=from_logits))
    g = _tape_grad(keras.losses.CategoricalCrossentropy(from_logits=from_logits, dtype="float64"), t, p)
    np.testing.assert_allclose(L.categorical_crossentropy_grad(t, p, from_logits=from_logits), g, atol=1e-12)
    # sparse labels give the same loss as one-hot rows
    sparse = L.sparse_categorical_crossentropy(labels, p, from_logits=from_logits)
    ref = _keras(keras.losses.sparse_categorical_crossentropy, labels, p, from_logits=from_logits)
    np.testing.assert_allclose(sparse, ref, atol=1e-12)
    g = _tape_grad(keras.losses.SparseCategoricalCrossentropy(from_logits=from_logits, dtype="float64"), labels, p)
    np.testing.assert_allclose(
        L.sparse_categorical_crossentropy_grad(labels, p, from_logits=from_logits), g, atol=1e-12
    )


def test_categorical_clipping_like_keras() -> None:
    t = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
    p = np.array([[1.0, 0.0, 0.0], [0.5, 0.5, 0.0]])
    np.testing.assert_allclose(L.categorical_crossentropy(t, p), _keras(keras.losses.categorical_crossentropy, t, p))
    assert L.categorical_crossentropy(t, p)[0] == pytest.approx(-np.log(1e-7))
    g = _tape_grad(keras.losses.CategoricalCrossentropy(dtype="float64"), t, p)
    np.testing.assert_allclose(L.categorical_crossentropy_grad(t, p), g, atol=1e-12)
    labels = np.array([1, 0])
    ref = _keras(keras.losses.sparse_categorical_crossentropy, labels, p)
    np.testing.assert_allclose(L.sparse_categorical_crossentropy(labels, p), ref, rtol=1e-12)
    g = _tape_grad(keras.losses.SparseCategoricalCrossentropy(dtype="float64"), labels, p)
    np.testing.assert_allclose(L.sparse_categorical_crossentropy_grad(labels, p), g, atol=1e-12)


def test_float32_keras_within_float32_tolerance() -> None:
    t = np.eye(C)[RNG.integers(0, C, size=B)]
    p = _probs((B, C))
    ref = np.asarray(keras.losses.categorical_crossentropy(t.astype(np.float32), p.astype(np.float32)))
    np.testing.assert_allclose(L.categorical_crossentropy(t, p), ref, rtol=1e-6)


def test_sparse_labels_shape_b1_and_float_ids() -> None:
    p = _probs((B, C))
    labels = RNG.integers(0, C, size=B)
    expected = L.sparse_categorical_crossentropy(labels, p)
    np.testing.assert_allclose(L.sparse_categorical_crossentropy(labels[:, None], p), expected)
    np.testing.assert_allclose(L.sparse_categorical_crossentropy(labels.astype(float), p), expected)


def test_bad_input_messages() -> None:
    p = _probs((B, C))
    with pytest.raises(ValueError, match=r"same shape.*\(6, 3\).*\(6, 4\)"):
        L.categorical_crossentropy(np.zeros((B, 3)), p)
    with pytest.raises(ValueError, match="NaN"):
        L.mean_squared_error([[np.nan]], [[1.0]])
    with pytest.raises(ValueError, match="non-empty"):
        L.binary_crossentropy(np.zeros((0, 2)), np.zeros((0, 2)))
    with pytest.raises(TypeError, match="numeric"):
        L.mean_squared_error([["a"]], [[1.0]])
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        L.binary_crossentropy([[2.0]], [[0.5]])
    with pytest.raises(ValueError, match=r"labels must be in \[0, 3\]"):
        L.sparse_categorical_crossentropy(np.full(B, 4), p)
    with pytest.raises(ValueError, match=r"shape y_pred.shape\[:-1\] = \(6,\)"):
        L.sparse_categorical_crossentropy(np.zeros(5, dtype=int), p)
    with pytest.raises(TypeError, match="integer class ids"):
        L.sparse_categorical_crossentropy(np.full(B, 0.5), p)
