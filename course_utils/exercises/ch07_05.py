"""Exercise checkers of notebook 07-05 (backpropagation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.nn.activations import sigmoid
from course_utils.nn.losses import sparse_categorical_crossentropy_grad

#: The book's network (wikidocs 07-05): inputs, targets and initial weights w1..w8.
BOOK_X = (0.1, 0.2)
BOOK_TARGET = (0.4, 0.6)
BOOK_WEIGHTS = {"w1": 0.3, "w2": 0.25, "w3": 0.4, "w4": 0.35, "w5": 0.45, "w6": 0.4, "w7": 0.7, "w8": 0.6}


def book_network_error(learning_rate: float = 0.5, steps: int = 1) -> float:
    """Error ``E = 1/2 sum (t - o)**2`` of the book's network after ``steps`` gradient-descent updates.

    The network: ``z1 = w1 x1 + w2 x2``, ``z2 = w3 x1 + w4 x2``, ``h = sigmoid(z)``, ``z3 = w5 h1 + w6 h2``,
    ``z4 = w7 h1 + w8 h2``, ``o = sigmoid(z3, z4)``; no bias. Written with matrices:
    ``W1 = [[w1, w2], [w3, w4]]`` and ``W2 = [[w5, w6], [w7, w8]]`` (row = unit, as in the book's numbering).
    """
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)) or steps < 0:
        raise ValueError(f"steps must be a non-negative int, got {steps!r}")
    w = BOOK_WEIGHTS
    x, t = np.array(BOOK_X), np.array(BOOK_TARGET)  # (2,), (2,)
    W1 = np.array([[w["w1"], w["w2"]], [w["w3"], w["w4"]]])  # (hidden, input)
    W2 = np.array([[w["w5"], w["w6"]], [w["w7"], w["w8"]]])  # (output, hidden)

    def forward(W1: np.ndarray, W2: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        h = sigmoid(W1 @ x)  # (2,)
        return h, sigmoid(W2 @ h)  # (2,)

    for _ in range(steps):
        h, o = forward(W1, W2)
        delta_o = (o - t) * o * (1 - o)  # dE/dz_out, (2,)
        delta_h = (W2.T @ delta_o) * h * (1 - h)  # dE/dz_hidden, (2,)
        W2 = W2 - learning_rate * np.outer(delta_o, h)
        W1 = W1 - learning_rate * np.outer(delta_h, x)
    _, o = forward(W1, W2)
    return float(0.5 * np.sum((t - o) ** 2))


def check_error_after_training(answer: float | None, *, learning_rate: float, steps: int) -> CheckResult:
    """The book network's error after ``steps`` updates with ``learning_rate`` (recomputed here)."""
    pending = not_answered(
        answer,
        "1~2절의 순전파·역전파·갱신을 반복문으로 감싸 steps 번 돌린 뒤, 마지막 가중치로 순전파해 E 를 계산하세요.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"오차 E 는 숫자 하나입니다 (입력: {answer!r}).")
    expected = book_network_error(learning_rate, steps)
    start = book_network_error(learning_rate, 0)
    if abs(value - expected) <= 1e-9 + 1e-6 * abs(expected):
        return report(
            True,
            f"학습률 = {learning_rate}, {steps}번 갱신: E = {start:.8f} -> {expected:.8f} "
            f"(같은 횟수에 학습률 = 0.5 이면 {book_network_error(0.5, steps):.8f}).",
            "",
        )
    if abs(value - book_network_error(learning_rate, steps - 1)) <= 1e-9 + 1e-6 * abs(expected):
        return report(False, "", "갱신을 한 번 덜 한 값입니다. steps 번 갱신한 **뒤의** 가중치로 E 를 계산하세요.")
    if abs(value - book_network_error(0.5, steps)) <= 1e-9 + 1e-6 * abs(expected):
        return report(False, "", f"학습률 0.5의 결과입니다. 학습률을 {learning_rate} 로 바꿨는지 확인하세요.")
    return report(
        False,
        "",
        f"다시 계산한 E 는 {expected:.8f} 입니다 (입력: {value:.8f}). 은닉층 가중치를 갱신할 때 **갱신 전의** w5~w8 을 "
        "썼는지, 오차에 1/2 이 붙었는지 확인하세요.",
    )


def _cases(seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(seed)
    shapes = [(1, 3), (4, 3), (8, 5), (3, 2)]
    return [(rng.normal(scale=2.0, size=s), rng.integers(0, s[1], size=s[0])) for s in shapes]


def check_softmax_ce_backward(fn: Callable[[np.ndarray, np.ndarray], Any] | None) -> CheckResult:
    """``fn(z, labels)`` must return ``dL/dz`` of ``L = mean_n -log softmax(z_n)[labels_n]``, shape ``(B, C)``."""
    pending = not_answered(fn, "softmax(z) 에서 정답 칸에만 1을 빼고, 배치 평균이므로 B 로 나눕니다.")
    if pending is not None:
        return pending
    if not callable(fn):
        return report(
            False, "", f"함수를 넘겨 주세요: softmax_ce_backward(z, labels) (입력 타입: {type(fn).__name__})."
        )
    cases = _cases()
    for z, labels in cases:
        expected = sparse_categorical_crossentropy_grad(labels, z, from_logits=True)  # (B, C)
        shown = f"z 모양 {z.shape}, labels={labels.tolist()}"
        try:
            result = np.asarray(fn(z.copy(), labels.copy()), dtype=np.float64)
        except Exception as exc:  # the learner's code: report, don't crash the notebook
            return report(False, "", f"{shown} 에서 오류가 났습니다: {type(exc).__name__}: {exc}")
        if result.shape != expected.shape:
            return report(False, "", f"{shown}: 결과 모양이 {result.shape} 입니다. z 와 같은 {z.shape} 이어야 합니다.")
        if np.allclose(result, expected, atol=1e-10):
            continue
        B = z.shape[0]
        if B > 1 and np.allclose(result, expected * B, atol=1e-10):
            return report(False, "", "배치 평균의 기울기이므로 B(배치 크기)로 나눠야 합니다.")
        if np.allclose(result, -expected, atol=1e-10):
            return report(False, "", "부호가 반대입니다: softmax(z) - onehot 입니다 (onehot - softmax 가 아님).")
        return report(
            False, "", f"{shown}: 기울기가 다릅니다. 최대 차이 {float(np.max(np.abs(result - expected))):.2e}."
        )
    return report(True, f"{len(cases)}가지 입력 모두 (softmax(z) - onehot) / B 와 같습니다.", "")


__all__ = [
    "BOOK_TARGET",
    "BOOK_WEIGHTS",
    "BOOK_X",
    "book_network_error",
    "check_error_after_training",
    "check_softmax_ce_backward",
]
