"""Checkers of notebook 07-03 (forward pass as matrix multiplication)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_03 import (
    check_batch_measurement,
    check_forward,
    check_param_count,
    mlp_param_count,
)


def relu(z):
    return np.maximum(0.0, z)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def forward(X, weights):
    W1, b1, W2, b2, W3, b3 = weights
    return softmax(relu(relu(X @ W1 + b1) @ W2 + b2) @ W3 + b3)


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_param_count(None, [3, 2])
    assert not check_batch_measurement(None, [4, 3], 5)
    assert not check_forward(None)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_param_count_matches_keras() -> None:
    keras = pytest.importorskip("keras")
    for sizes in ([3, 2], [4, 8, 8, 3], [10, 16, 16, 4]):
        model = keras.Sequential([keras.Input(shape=(sizes[0],))] + [keras.layers.Dense(n) for n in sizes[1:]])
        assert mlp_param_count(sizes) == model.count_params()
    with pytest.raises(ValueError):
        mlp_param_count([3])


def test_check_param_count() -> None:
    assert check_param_count(8, [3, 2])
    assert check_param_count(np.int64(516), [10, 16, 16, 4])
    assert "편향" in check_param_count(6, [3, 2]).message  # weights only
    assert "뉴런(출력) 수" in check_param_count(9, [3, 2]).message  # biases counted per input
    assert "정수" in check_param_count(8.0, [3, 2]).message
    assert "아닙니다" in check_param_count(100, [3, 2]).message


def test_check_batch_measurement() -> None:
    assert check_batch_measurement({"params": 139, "output_shape": (150, 3)}, [4, 8, 8, 3], 150)
    assert check_batch_measurement({"params": np.int64(139), "output_shape": [150, 3]}, [4, 8, 8, 3], 150)
    assert (
        "배치 크기와 무관"
        in check_batch_measurement({"params": 139 * 150, "output_shape": (150, 3)}, [4, 8, 8, 3], 150).message
    )
    assert (
        "count_params" in check_batch_measurement({"params": 138, "output_shape": (150, 3)}, [4, 8, 8, 3], 150).message
    )
    assert "출력 모양" in check_batch_measurement({"params": 139, "output_shape": (6, 3)}, [4, 8, 8, 3], 150).message
    assert "튜플" in check_batch_measurement({"params": 139, "output_shape": 3}, [4, 8, 8, 3], 150).message
    assert "두 키" in check_batch_measurement((139, (150, 3)), [4, 8, 8, 3], 150).message


def test_check_forward() -> None:
    assert check_forward(forward)
    no_relu = lambda X, w: softmax(((X @ w[0] + w[1]) @ w[2] + w[3]) @ w[4] + w[5])  # noqa: E731
    assert "ReLU" in check_forward(no_relu).message
    no_softmax = lambda X, w: relu(relu(X @ w[0] + w[1]) @ w[2] + w[3]) @ w[4] + w[5]  # noqa: E731
    assert "softmax" in check_forward(no_softmax).message
    assert "모양" in check_forward(lambda X, w: forward(X, w)[:, :1]).message
    assert "오류" in check_forward(lambda X, w: X @ w[1]).message
    assert "함수" in check_forward("forward").message
