"""Checkers of notebook 07-10 (Keras subclassing API)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_10 import SCENARIOS, check_api_choice, check_refined_vectors

RIGHT = {key: api for key, (api, _) in SCENARIOS.items()}


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_api_choice(None)
    assert not check_refined_vectors(None, None, np.zeros((1, 2)), 1)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def test_check_api_choice() -> None:
    assert check_api_choice(RIGHT)
    assert check_api_choice({key: api.upper() for key, api in RIGHT.items()})
    assert "가장 간단한" in check_api_choice({**RIGHT, "two_inputs": "subclassing"}).message
    assert "만들 수 없습니다" in check_api_choice({**RIGHT, "steps_at_call": "functional"}).message
    assert "중 하나로" in check_api_choice({**RIGHT, "one_line": "keras"}).message
    assert "딕셔너리" in check_api_choice({"one_line": "sequential"}).message


def _model():
    keras = pytest.importorskip("keras")

    class Refiner(keras.Model):
        def __init__(self) -> None:
            super().__init__()
            self.embedding = keras.layers.Embedding(20, 4)
            self.refine = keras.layers.Dense(4, activation="tanh")

        def call(self, inputs, steps=1, return_vector=False):
            h = keras.ops.mean(self.embedding(inputs), axis=1)
            for _ in range(steps):
                h = h + self.refine(h)
            return h

    keras.utils.set_random_seed(0)
    model = Refiner()
    x = np.random.default_rng(0).integers(0, 20, size=(3, 5))
    model(x)
    return model, x


def _by_hand(model, x, steps):
    E = model.embedding.get_weights()[0]
    W, b = model.refine.get_weights()
    h = E[x].mean(axis=1)
    for _ in range(steps):
        h = h + np.tanh(h @ W + b)
    return h


def test_check_refined_vectors() -> None:
    model, x = _model()
    assert check_refined_vectors(_by_hand(model, x, 3), model, x, 3)
    assert check_refined_vectors(_by_hand(model, x, 0), model, x, 0)
    assert "steps=1" in check_refined_vectors(_by_hand(model, x, 1), model, x, 3).message
    assert "모양" in check_refined_vectors(_by_hand(model, x, 3)[:2], model, x, 3).message
    no_residual = np.tanh(_by_hand(model, x, 0) @ model.refine.get_weights()[0] + model.refine.get_weights()[1])
    assert "잔차" in check_refined_vectors(no_residual, model, x, 1).message
    assert "NumPy" in check_refined_vectors("abc", model, x, 3).message
    with pytest.raises(ValueError, match="steps"):
        check_refined_vectors(_by_hand(model, x, 1), model, x, -1)
