"""verify.grad_check: passes on a correct gradient, fails loudly (naming the entry) on a wrong one."""

from __future__ import annotations

import re

import numpy as np
import pytest

from course_utils.verify import grad_check


def _problem() -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    params = {"W": rng.normal(size=(3, 2)), "b": rng.normal(size=2)}
    X, y = rng.normal(size=(5, 3)), rng.normal(size=(5, 2))
    return params, X, y


def _loss(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray) -> float:
    out = np.tanh(X @ params["W"] + params["b"])  # (5, 2)
    return float(np.mean((out - y) ** 2))


def _grads(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    out = np.tanh(X @ params["W"] + params["b"])
    d_out = 2 * (out - y) / out.size
    d_z = d_out * (1 - out**2)
    return {"W": X.T @ d_z, "b": d_z.sum(axis=0)}


def test_correct_gradient_passes(capsys: pytest.CaptureFixture[str]) -> None:
    params, X, y = _problem()
    before = {k: v.copy() for k, v in params.items()}
    error = grad_check(lambda: _loss(params, X, y), params, _grads(params, X, y))
    assert error < 1e-7
    out = capsys.readouterr().out
    assert re.fullmatch(r"grad_check: max relative error = \d\.\de-\d\d -> 일치\n", out), out
    for k in params:  # every nudge was undone
        np.testing.assert_array_equal(params[k], before[k])


def test_wrong_gradient_fails_and_names_the_entry(capsys: pytest.CaptureFixture[str]) -> None:
    params, X, y = _problem()
    grads = _grads(params, X, y)
    grads["W"][2, 1] *= 1.5  # one wrong entry
    with pytest.raises(AssertionError, match=r"at W\[2, 1\]: analytic .* vs numerical") as info:
        grad_check(lambda: _loss(params, X, y), params, grads, label="tanh layer")
    assert "grad_check(tanh layer)" in str(info.value)
    assert "-> 불일치" in capsys.readouterr().out


def test_missing_factor_fails() -> None:
    params, X, y = _problem()
    grads = _grads(params, X, y)
    grads["b"] = grads["b"] * 2  # forgot the 1/2 of a mean, say
    with pytest.raises(AssertionError, match=r"at b\[\d\]"):
        grad_check(lambda: _loss(params, X, y), params, grads)


def test_bad_input() -> None:
    params, X, y = _problem()
    grads = _grads(params, X, y)
    f = lambda: _loss(params, X, y)  # noqa: E731
    with pytest.raises(TypeError, match="float64"):
        grad_check(f, {"W": params["W"].astype(np.float32), "b": params["b"]}, grads)
    with pytest.raises(ValueError, match=r"grads\['b'\] must have the shape of params\['b'\] \(2,\)"):
        grad_check(f, params, {"W": grads["W"], "b": np.zeros(3)})
    with pytest.raises(ValueError, match="same names"):
        grad_check(f, params, {"W": grads["W"]})
    with pytest.raises(TypeError, match="function"):
        grad_check(1.0, params, grads)
    with pytest.raises(ValueError, match="empty"):
        grad_check(f, {}, {})
