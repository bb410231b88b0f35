"""Checkers of notebook 07-05 (backpropagation)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_05 import (
    BOOK_TARGET,
    BOOK_WEIGHTS,
    BOOK_X,
    book_network_error,
    check_error_after_training,
    check_softmax_ce_backward,
)

tf = pytest.importorskip("tensorflow")


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_error_after_training(None, learning_rate=1.0, steps=100)
    assert not check_softmax_ce_backward(None)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def _tf_train(learning_rate: float, steps: int) -> float:
    """The book network trained with tf.GradientTape: an independent reference for book_network_error."""
    w = {k: tf.Variable(v, dtype=tf.float64) for k, v in BOOK_WEIGHTS.items()}
    x1, x2 = BOOK_X
    t1, t2 = BOOK_TARGET

    def error() -> tf.Tensor:
        h1 = tf.sigmoid(w["w1"] * x1 + w["w2"] * x2)
        h2 = tf.sigmoid(w["w3"] * x1 + w["w4"] * x2)
        o1 = tf.sigmoid(w["w5"] * h1 + w["w6"] * h2)
        o2 = tf.sigmoid(w["w7"] * h1 + w["w8"] * h2)
        return 0.5 * (t1 - o1) ** 2 + 0.5 * (t2 - o2) ** 2

    for _ in range(steps):
        with tf.GradientTape() as tape:
            e = error()
        grads = tape.gradient(e, list(w.values()))
        for var, g in zip(w.values(), grads, strict=True):
            var.assign_sub(learning_rate * g)
    return float(error().numpy())


def test_book_network_error_matches_the_book_and_tensorflow() -> None:
    assert book_network_error(0.5, 0) == pytest.approx(0.02397190, abs=5e-9)  # the book's E
    for lr, steps in [(0.5, 1), (1.0, 20)]:
        assert book_network_error(lr, steps) == pytest.approx(_tf_train(lr, steps), rel=1e-12)
    with pytest.raises(ValueError, match="steps"):
        book_network_error(0.5, -1)


def test_error_after_training() -> None:
    right = book_network_error(1.0, 100)
    assert check_error_after_training(right, learning_rate=1.0, steps=100)
    assert check_error_after_training(np.float64(right), learning_rate=1.0, steps=100)
    assert "한 번 덜" in check_error_after_training(book_network_error(1.0, 99), learning_rate=1.0, steps=100).message
    assert (
        "학습률 0.5" in check_error_after_training(book_network_error(0.5, 100), learning_rate=1.0, steps=100).message
    )
    assert "다시 계산한 E" in check_error_after_training(0.5, learning_rate=1.0, steps=100).message
    assert "숫자" in check_error_after_training("0.1", learning_rate=1.0, steps=100).message


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _right(z, labels):
    s = _softmax(z)
    s[np.arange(len(labels)), labels] -= 1
    return s / len(labels)


def test_softmax_ce_backward_against_gradient_tape() -> None:
    rng = np.random.default_rng(3)
    z, labels = rng.normal(size=(5, 4)), rng.integers(0, 4, size=5)
    zt = tf.Variable(z)
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=zt))
    np.testing.assert_allclose(_right(z, labels), tape.gradient(loss, zt).numpy(), atol=1e-12)


def test_softmax_ce_backward() -> None:
    assert check_softmax_ce_backward(_right)
    assert "B(배치 크기)로 나눠야" in check_softmax_ce_backward(lambda z, y: _right(z, y) * len(y)).message
    assert "부호" in check_softmax_ce_backward(lambda z, y: -_right(z, y)).message
    assert "모양" in check_softmax_ce_backward(lambda z, y: _right(z, y)[:, :-1]).message
    assert "오류" in check_softmax_ce_backward(lambda z, y: 1 / 0).message
    assert "함수" in check_softmax_ce_backward(3).message
    assert "다릅니다" in check_softmax_ce_backward(lambda z, y: _softmax(z) / len(y)).message
