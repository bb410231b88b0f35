"""Checkers of notebook 07-02 (activation functions)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_02 import (
    check_collapsed_layer,
    check_sigmoid_chain,
    check_softmax,
    sigmoid_chain_gradient,
)


def stable_softmax(z, axis=-1):
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def naive_softmax(z, axis=-1):
    return np.exp(z) / np.sum(np.exp(z), axis=axis, keepdims=True)


def last_axis_only(z, axis=-1):
    return stable_softmax(z, axis=-1)


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_softmax(None)
    assert not check_sigmoid_chain(None)
    assert not check_collapsed_layer(None, [])
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_softmax() -> None:
    assert check_softmax(stable_softmax)
    assert "nan/inf" in check_softmax(naive_softmax).message
    assert "axis=0" in check_softmax(last_axis_only).message
    assert "모양" in check_softmax(lambda z, axis=-1: stable_softmax(z, axis).ravel()).message
    assert "오류" in check_softmax(lambda z, axis=-1: 1 / 0).message
    assert "함수" in check_softmax([0.1, 0.9]).message
    assert "기대" in check_softmax(lambda z, axis=-1: np.roll(stable_softmax(z, axis), 1, axis=axis)).message


def test_chain_gradient_matches_complex_step() -> None:
    """Complex-step derivative Im f(x + ih) / h: exact to rounding, no cancellation even at 1e-13."""

    def forward(x: complex, n: int) -> complex:
        h = x
        for _ in range(n):
            h = 1.0 / (1.0 + np.exp(-h))
        return h

    for n in (1, 10, 20):
        step = 1e-20
        reference = forward(complex(1.0, step), n).imag / step
        assert sigmoid_chain_gradient(n) == pytest.approx(reference, rel=1e-10)
    assert sigmoid_chain_gradient(10) < 0.25**10
    with pytest.raises(ValueError):
        sigmoid_chain_gradient(0)


def test_sigmoid_chain_recomputes_the_measurement() -> None:
    assert check_sigmoid_chain(sigmoid_chain_gradient(20), n_layers=20)
    assert check_sigmoid_chain(np.float64(sigmoid_chain_gradient(15)), n_layers=15)
    assert "10층" in check_sigmoid_chain(sigmoid_chain_gradient(10), n_layers=20).message
    assert "상한" in check_sigmoid_chain(0.25**20, n_layers=20).message
    assert "다릅니다" in check_sigmoid_chain(1e-3, n_layers=20).message
    assert "숫자" in check_sigmoid_chain("1e-13").message


def test_collapsed_layer() -> None:
    rng = np.random.default_rng(0)
    stack = [(rng.normal(size=(3, 5)), rng.normal(size=5)), (rng.normal(size=(5, 2)), rng.normal(size=2))]
    (W1, b1), (W2, b2) = stack
    assert check_collapsed_layer((W1 @ W2, b1 @ W2 + b2), stack)
    assert "b가 다릅니다" in check_collapsed_layer((W1 @ W2, b2), stack).message
    assert "W가 다릅니다" in check_collapsed_layer((W1 @ W2 + 1, b1 @ W2 + b2), stack).message
    assert "모양" in check_collapsed_layer((W1, b1), stack).message
    assert "튜플" in check_collapsed_layer(W1 @ W2, stack).message
    three = stack + [(rng.normal(size=(2, 4)), rng.normal(size=4))]
    W3, b3 = three[2]
    assert check_collapsed_layer((W1 @ W2 @ W3, (b1 @ W2 + b2) @ W3 + b3), three)
