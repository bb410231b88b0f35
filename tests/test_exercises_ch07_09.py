"""Checkers of notebook 07-09 (Keras functional API)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_09 import check_merge_shapes, check_weighted_loss, merge_shape, weighted_total_loss

A, B, C = (None, 32, 16), (None, 32, 16), (None, 32, 8)
RIGHT = {"concat_ac": (None, 32, 24), "add_ab": (None, 32, 16), "add_ac": None}


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_merge_shapes(None, A, B, C)
    assert not check_weighted_loss(None, None, None, {}, {}, {})
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


@pytest.mark.parametrize(
    ("first", "second", "axis"),
    [
        ((None, 16), (None, 16), -1),
        ((None, 16), (None, 4), -1),
        ((None, 5, 3), (None, 7, 3), 1),
        ((None, 5, 3), (None, 7, 3), -1),
    ],
)
def test_merge_shape_matches_keras(first, second, axis) -> None:
    keras = pytest.importorskip("keras")
    x, y = keras.Input(shape=first[1:]), keras.Input(shape=second[1:])
    for kind, make in (("concatenate", lambda: keras.layers.Concatenate(axis=axis)), ("add", keras.layers.Add)):
        try:
            keras_shape = tuple(make()([x, y]).shape)
        except ValueError:
            keras_shape = None
        assert merge_shape(kind, first, second, axis) == keras_shape, (kind, first, second, axis)
    with pytest.raises(ValueError, match="kind"):
        merge_shape("multiply", first, second)


def test_check_merge_shapes() -> None:
    assert check_merge_shapes(RIGHT, A, B, C)
    assert check_merge_shapes({**RIGHT, "concat_ac": [None, 32, 24]}, A, B, C)
    assert "오류" in check_merge_shapes({**RIGHT, "add_ac": (None, 32, 16)}, A, B, C).message
    assert "마지막 축" in check_merge_shapes({**RIGHT, "concat_ac": (None, 64, 16)}, A, B, C).message
    assert "그대로" in check_merge_shapes({**RIGHT, "add_ab": (None, 32, 32)}, A, B, C).message
    assert "튜플" in check_merge_shapes({**RIGHT, "add_ab": "(None, 32, 16)"}, A, B, C).message
    assert "딕셔너리" in check_merge_shapes({"add_ab": None}, A, B, C).message


def _two_output_model():
    keras = pytest.importorskip("keras")
    keras.utils.set_random_seed(0)
    x = keras.Input(shape=(5,), name="x")
    h = keras.layers.Dense(4, activation="tanh")(x)
    outputs = {
        "cls": keras.layers.Dense(3, activation="softmax", name="cls")(h),
        "bin": keras.layers.Dense(1, activation="sigmoid", name="bin")(h),
    }
    model = keras.Model(x, outputs)
    rng = np.random.default_rng(0)
    data = rng.normal(size=(40, 5)).astype("float32")
    y = {"cls": rng.integers(0, 3, size=40), "bin": rng.integers(0, 2, size=(40, 1)).astype("float32")}
    losses = {"cls": "sparse_categorical_crossentropy", "bin": "binary_crossentropy"}
    return keras, model, data, y, losses


def test_weighted_total_loss_matches_keras_evaluate() -> None:
    keras, model, data, y, losses = _two_output_model()
    weights = {"cls": 1.0, "bin": 2.5}
    model.compile(optimizer="adam", loss=losses, loss_weights=weights)
    result = model.evaluate(data, y, batch_size=len(data), verbose=0, return_dict=True)
    total, per_output = weighted_total_loss(model.predict(data, verbose=0), y, losses, weights)
    assert total == pytest.approx(result["loss"], rel=1e-5)
    assert per_output["cls"] == pytest.approx(result["cls_loss"], rel=1e-5)
    assert check_weighted_loss(result["loss"], model, data, y, losses, weights)
    ones = sum(per_output.values())
    assert "모두 1" in check_weighted_loss(ones, model, data, y, losses, weights).message
    assert not check_weighted_loss(result["loss"] + 0.5, model, data, y, losses, weights)
    assert "숫자" in check_weighted_loss("1.0", model, data, y, losses, weights).message
    with pytest.raises(ValueError, match="same output names"):
        weighted_total_loss({"cls": np.ones((2, 3))}, y, losses, weights)
