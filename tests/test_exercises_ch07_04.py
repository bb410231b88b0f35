"""Checkers of notebook 07-04 (loss functions, batch size, optimizers)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_04 import (
    check_batch_size_measurement,
    check_total_updates,
    total_updates,
    train_logistic_minibatch,
)


def _data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 3))
    y = (X @ np.array([1.0, -2.0, 0.5]) + 0.3 * rng.normal(size=50) > 0).astype(float)
    return X, y


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    X, y = _data()
    assert not check_total_updates(None, 455, 64, 10)
    assert not check_batch_size_measurement(None, X, y, batch_size=8, epochs=2, learning_rate=0.1)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def test_total_updates() -> None:
    assert total_updates(455, 64, 10) == 80
    assert total_updates(455, 455, 3) == 3
    assert total_updates(455, 1, 2) == 910
    with pytest.raises(ValueError, match="batch_size"):
        total_updates(455, 0, 1)
    assert check_total_updates(80, 455, 64, 10)
    assert check_total_updates(np.int64(80), 455, 64, 10)
    assert "올림" in check_total_updates(70, 455, 64, 10).message
    assert "한 에포크" in check_total_updates(8, 455, 64, 10).message
    assert "정수" in check_total_updates(80.0, 455, 64, 10).message
    assert not check_total_updates(81, 455, 64, 10)


def _train_by_hand(X, y, batch_size, epochs, lr, seed=0):
    """An independent copy of the notebook's loop (weights and bias kept apart)."""
    rng = np.random.default_rng(seed)
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            idx = order[start : start + batch_size]
            p = 1 / (1 + np.exp(-(X[idx] @ w + b)))
            w = w - lr * X[idx].T @ (p - y[idx]) / len(idx)
            b = b - lr * np.sum(p - y[idx]) / len(idx)
    p = np.clip(1 / (1 + np.exp(-(X @ w + b))), 1e-7, 1 - 1e-7)
    return np.append(w, b), float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def test_training_loop_matches_an_independent_copy() -> None:
    X, y = _data()
    theta, loss = train_logistic_minibatch(X, y, batch_size=8, epochs=5, learning_rate=0.1)
    theta_ref, loss_ref = _train_by_hand(X, y, 8, 5, 0.1)
    np.testing.assert_allclose(theta, theta_ref, atol=1e-12)
    assert loss == pytest.approx(loss_ref, abs=1e-12)


def test_batch_size_measurement() -> None:
    X, y = _data()
    _, right = _train_by_hand(X, y, 8, 5, 0.1)
    _, other_batch = _train_by_hand(X, y, 16, 5, 0.1)
    assert check_batch_size_measurement(right, X, y, batch_size=8, epochs=5, learning_rate=0.1)
    assert check_batch_size_measurement(np.float64(right), X, y, batch_size=8, epochs=5, learning_rate=0.1)
    result = check_batch_size_measurement(other_batch, X, y, batch_size=8, epochs=5, learning_rate=0.1)
    assert not result and "배치 크기만" in result.message
    assert "숫자" in check_batch_size_measurement("0.1", X, y, batch_size=8, epochs=5, learning_rate=0.1).message
