"""Exercise checkers of notebook 07-02 (activation functions)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.nn.activations import sigmoid, sigmoid_grad, softmax

#: Inputs every softmax answer is tried on: (z, axis). Large logits overflow a softmax without the shift.
SOFTMAX_CASES: list[tuple[np.ndarray, int]] = [
    (np.array([1.0, 2.0, 3.0]), -1),
    (np.array([[1000.0, 1001.0, 1002.0], [-5.0, 0.0, 5.0]]), -1),
    (np.array([[0.5, -1.0], [2.0, 0.0], [-3.0, 710.0]]), 0),
    (np.array([[-800.0, -801.0]]), 1),
]


def check_softmax(fn: Callable[..., Any] | None, cases: Sequence[tuple[np.ndarray, int]] | None = None) -> CheckResult:
    """A function ``fn(z, axis)`` equal to a numerically stable softmax on every case (incl. logits near 1000)."""
    pending = not_answered(
        fn, "z에서 축(axis)별 최댓값을 빼고(keepdims=True) np.exp를 취한 뒤, 같은 축의 합으로 나누세요."
    )
    if pending is not None:
        return pending
    if not callable(fn):
        return report(False, "", f"함수를 넘겨 주세요: my_softmax(z, axis) (입력 타입: {type(fn).__name__}).")
    for z, axis in cases or SOFTMAX_CASES:
        expected = softmax(z, axis=axis)
        shown = f"my_softmax({z.tolist()}, axis={axis})"
        try:
            with np.errstate(over="ignore", invalid="ignore"):
                result = np.asarray(fn(z.copy(), axis), dtype=np.float64)
        except Exception as exc:  # the learner's code: report, don't crash the notebook
            return report(False, "", f"{shown}에서 오류가 났습니다: {type(exc).__name__}: {exc}")
        if result.shape != expected.shape:
            return report(
                False, "", f"{shown}의 모양이 {result.shape}입니다. 입력과 같은 {expected.shape} 이어야 합니다."
            )
        if not np.all(np.isfinite(result)):
            return report(
                False, "", f"{shown}에 nan/inf가 나왔습니다. exp 전에 최댓값을 빼서 넘침(overflow)을 막으세요."
            )
        if not np.allclose(result, expected, atol=1e-9, rtol=1e-9):
            if not np.allclose(result.sum(axis=axis), 1.0):
                return report(
                    False, "", f"{shown}: axis={axis} 방향의 합이 1이 아닙니다. 최댓값과 합을 그 축으로 구하세요."
                )
            return report(
                False, "", f"{shown}의 결과가 {result.round(4).tolist()}입니다. 기대: {expected.round(4).tolist()}"
            )
    return report(
        True, f"{len(cases or SOFTMAX_CASES)}가지 입력(1000이 넘는 로짓 포함) 모두 안정적인 softmax와 같습니다.", ""
    )


def sigmoid_chain_gradient(n_layers: int, x: float = 1.0, w: float = 1.0, b: float = 0.0) -> float:
    """d h_L / d x for the chain ``h_0 = x``, ``h_k = sigmoid(w * h_{k-1} + b)``, by the chain rule.

    ``d h_L / d x = prod_k sigmoid'(z_k) * w`` with ``z_k = w * h_{k-1} + b``.
    """
    if isinstance(n_layers, bool) or not isinstance(n_layers, int) or n_layers < 1:
        raise ValueError(f"n_layers must be a positive int, got {n_layers!r}")
    h, grad = float(x), 1.0
    for _ in range(n_layers):
        z = w * h + b
        grad *= float(sigmoid_grad(z)) * w
        h = float(sigmoid(z))
    return grad


def check_sigmoid_chain(answer: Any, n_layers: int = 20, x: float = 1.0, w: float = 1.0, b: float = 0.0) -> CheckResult:
    """The gradient ``d h_L / d x`` of an ``n_layers``-deep sigmoid chain, measured by the learner."""
    pending = not_answered(
        answer, f"노트북의 chain_gradient를 n_layers={n_layers}로 다시 실행해 마지막 누적 곱(기울기)을 넣으세요."
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"숫자 하나(float)로 적어 주세요 (입력: {answer!r}).")
    expected = sigmoid_chain_gradient(n_layers, x, w, b)
    if math.isclose(value, expected, rel_tol=1e-6):
        bound = 0.25**n_layers
        return report(
            True,
            f"{n_layers}층을 지난 기울기는 {expected:.3e}로, 상한 0.25^{n_layers} = {bound:.3e} 보다도 작습니다.",
            "",
        )
    ten = sigmoid_chain_gradient(10, x, w, b)
    if math.isclose(value, ten, rel_tol=1e-6) and n_layers != 10:
        return report(False, "", f"10층의 값입니다. 층 수를 {n_layers}로 바꿔 다시 재세요.")
    if math.isclose(value, 0.25**n_layers, rel_tol=1e-6):
        return report(False, "", "그것은 상한 0.25^L입니다. 실제 z_k 에서의 sigmoid'(z_k)를 곱해야 합니다.")
    return report(
        False, "", f"입력한 값 {value:.3e} 이(가) 다시 계산한 값과 다릅니다. 모든 층의 sigmoid'(z_k)·w를 곱했나요?"
    )


def check_collapsed_layer(answer: Any, layers: Sequence[tuple[Any, Any]]) -> CheckResult:
    """``answer = (W, b)``: one linear layer equal to the stack ``layers = [(W_1, b_1), (W_2, b_2), ...]``."""
    pending = not_answered(
        answer,
        "W = W1 @ W2 @ ... 이고, 편향은 앞 층의 편향이 다음 층들의 W를 거친 값의 합입니다: (b1 @ W2 + b2) @ W3 + b3.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        return report(False, "", "(W, b) 두 개를 튜플로 넣어 주세요.")
    try:
        W = np.asarray(answer[0], dtype=np.float64)
        b = np.asarray(answer[1], dtype=np.float64)
    except (TypeError, ValueError):
        return report(False, "", "W와 b는 숫자 배열이어야 합니다.")
    W_exp = np.asarray(layers[0][0], dtype=np.float64)
    b_exp = np.asarray(layers[0][1], dtype=np.float64)
    for W_k, b_k in layers[1:]:
        W_k = np.asarray(W_k, dtype=np.float64)
        W_exp = W_exp @ W_k  # (d_0, d_{k-1}) @ (d_{k-1}, d_k) -> (d_0, d_k)
        b_exp = b_exp @ W_k + np.asarray(b_k, dtype=np.float64)  # (d_k,)
    if W.shape != W_exp.shape or b.shape != b_exp.shape:
        return report(False, "", f"모양이 다릅니다: W {W.shape}, b {b.shape} (기대: W {W_exp.shape}, b {b_exp.shape}).")
    if not np.allclose(W, W_exp, atol=1e-9):
        return report(False, "", "W가 다릅니다. 가중치 행렬을 앞에서부터 차례로 곱했는지(W1 @ W2 @ W3) 확인하세요.")
    if not np.allclose(b, b_exp, atol=1e-9):
        return report(False, "", "W는 맞고 b가 다릅니다. 앞 층의 편향도 다음 층들의 W를 거칩니다.")
    x = np.random.default_rng(0).normal(size=(5, W.shape[0]))  # (5, d_0)
    h = x
    for W_k, b_k in layers:
        h = h @ np.asarray(W_k, dtype=np.float64) + np.asarray(b_k, dtype=np.float64)
    gap = float(np.max(np.abs(x @ W + b - h)))
    return report(True, f"한 층 x @ W + b와 쌓은 층의 출력 차이가 {gap:.1e}입니다.", "")


__all__ = [
    "SOFTMAX_CASES",
    "check_collapsed_layer",
    "check_sigmoid_chain",
    "check_softmax",
    "sigmoid_chain_gradient",
]
