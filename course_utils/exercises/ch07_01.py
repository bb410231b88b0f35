"""Exercise checkers of notebook 07-01 (perceptron)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, not_answered, report
from course_utils.nn.activations import step

#: The four inputs of a two-input logic gate, one per row: (0,0), (0,1), (1,0), (1,1).
X_GATE = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)  # (4, 2)

#: Truth tables of the gates, as functions of two bits.
GATES: dict[str, Callable[[int, int], int]] = {
    "AND": lambda a, b: int(a and b),
    "NAND": lambda a, b: int(not (a and b)),
    "OR": lambda a, b: int(a or b),
    "NOR": lambda a, b: int(not (a or b)),
    "XOR": lambda a, b: int(a != b),
    "XNOR": lambda a, b: int(a == b),
}


def truth_table(gate: str) -> np.ndarray:
    """The gate's outputs on :data:`X_GATE`, shape (4,), as float64 0/1."""
    if gate not in GATES:
        raise ValueError(f"unknown gate {gate!r}; choose one of {sorted(GATES)}")
    return np.array([GATES[gate](int(a), int(b)) for a, b in X_GATE], dtype=np.float64)


def _which_gate(outputs: np.ndarray) -> str | None:
    for name in GATES:
        if np.array_equal(outputs, truth_table(name)):
            return name
    return None


def perceptron_train(
    X: np.ndarray, t: np.ndarray, eta: float, max_epochs: int = 100
) -> tuple[np.ndarray, float, int | None]:
    """The perceptron rule from zero weights, one example at a time in the order of ``X``.

    For each example: ``y = step(x·w + b)``, then ``w <- w + eta*(t - y)*x`` and ``b <- b + eta*(t - y)``.
    Returns ``(w, b, epochs)`` where ``epochs`` is the first epoch with no mistake, or ``None`` if none within
    ``max_epochs``.
    """
    X = np.asarray(X, dtype=np.float64)  # (N, d)
    t = np.asarray(t, dtype=np.float64)  # (N,)
    w = np.zeros(X.shape[1])  # (d,)
    b = 0.0
    for epoch in range(1, max_epochs + 1):
        mistakes = 0
        for x_n, t_n in zip(X, t, strict=True):
            y_n = float(x_n @ w + b > 0)
            if y_n != t_n:
                mistakes += 1
                w = w + eta * (t_n - y_n) * x_n
                b = b + eta * (t_n - y_n)
        if mistakes == 0:
            return w, b, epoch
    return w, b, None


def check_gate_weights(answer: Any, gate: str = "NOR") -> CheckResult:
    """``answer = (w, b)``: one perceptron ``step(x·w + b)`` that computes ``gate`` on all four inputs."""
    pending = not_answered(
        answer, f"(w, b) 튜플을 넣으세요. 예: (np.array([w1, w2]), b). {gate}는 입력이 모두 0일 때만 1입니다."
    )
    if pending is not None:
        return pending
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        return report(False, "", f"(w, b) 두 개를 튜플로 넣어 주세요 (입력: {answer!r}).")
    try:
        w = np.asarray(answer[0], dtype=np.float64).reshape(-1)
        b = float(answer[1])
    except (TypeError, ValueError):
        return report(False, "", "w는 숫자 두 개, b는 숫자 하나여야 합니다.")
    if w.shape != (2,) or not np.all(np.isfinite(w)) or not np.isfinite(b):
        return report(False, "", f"w는 입력 두 개의 가중치 [w1, w2]입니다 (입력한 w의 모양: {w.shape}).")
    outputs = step(X_GATE @ w + b)  # (4, 2) @ (2,) -> (4,)
    expected = truth_table(gate)
    if np.array_equal(outputs, expected):
        z = X_GATE @ w + b
        return report(True, f"z = x·w + b가 {z.round(3).tolist()}이고, 계단 함수를 지나면 {gate} 진리표입니다.", "")
    got = _which_gate(outputs)
    extra = f" 지금 가중치는 {got} 게이트입니다." if got else ""
    return report(
        False,
        "",
        f"출력 {outputs.astype(int).tolist()} (기대: {expected.astype(int).tolist()}).{extra} "
        "z = x·w + b가 (0,0)에서만 양수가 되도록 b와 w의 부호를 정해 보세요.",
    )


def check_epochs_by_eta(answer: Any, gate: str = "NAND", etas: Sequence[float] = (0.25, 0.5, 2.0)) -> CheckResult:
    """``answer = {eta: epochs}``: epochs the perceptron rule needs on ``gate`` for each learning rate.

    The checker reruns :func:`perceptron_train` for every ``eta`` and compares.
    """
    pending = not_answered(
        answer,
        "각 학습률로 train_perceptron을 돌려 오류가 0이 된 에포크를 {0.25: ..., 0.5: ..., 2.0: ...}로 넣으세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping):
        return report(False, "", f"딕셔너리 {{학습률: 에포크 수}}로 넣어 주세요 (입력 타입: {type(answer).__name__}).")
    missing = [eta for eta in etas if eta not in answer]
    if missing:
        return report(False, "", f"학습률 {missing}의 결과가 없습니다. 키는 {list(etas)}입니다.")
    measured = {eta: perceptron_train(X_GATE, truth_table(gate), eta)[2] for eta in etas}
    wrong = {eta: answer[eta] for eta in etas if answer[eta] != measured[eta]}
    if wrong:
        eta = next(iter(wrong))
        return report(
            False,
            "",
            f"학습률 {eta}에서 입력한 값은 {wrong[eta]}입니다. 가중치와 편향을 0에서 시작해 다시 재 보세요.",
        )
    same = len(set(measured.values())) == 1
    note = (
        "학습률이 달라도 에포크 수가 같습니다: 0에서 시작하면 η는 w, b의 크기만 바꾸고 "
        "z의 부호(결정)는 바꾸지 않습니다."
        if same
        else "학습률에 따라 에포크 수가 다릅니다."
    )
    return report(True, f"{gate}: {measured}. {note}", "")


def check_xnor_mlp(answer: Any) -> CheckResult:
    """``answer = (W1, b1, W2, b2)``: a two-layer step network ``step(step(X @ W1 + b1) @ W2 + b2)`` = XNOR."""
    pending = not_answered(
        answer,
        "XNOR = OR(AND, NOR)입니다. 은닉층 두 뉴런을 AND와 NOR로, 출력 뉴런을 OR로 만들어 (W1, b1, W2, b2)를 넣으세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, (tuple, list)) or len(answer) != 4:
        return report(False, "", "(W1, b1, W2, b2) 네 개를 튜플로 넣어 주세요.")
    try:
        W1, b1, W2, b2 = (np.asarray(a, dtype=np.float64) for a in answer)
    except (TypeError, ValueError):
        return report(False, "", "W1, b1, W2, b2는 숫자 배열이어야 합니다.")
    H = W1.shape[1] if W1.ndim == 2 else None
    if W1.ndim != 2 or W1.shape[0] != 2 or b1.shape != (H,):
        return report(False, "", f"W1은 (2, H), b1은 (H,) 모양입니다 (입력: W1 {W1.shape}, b1 {b1.shape}).")
    W2 = W2.reshape(H, -1) if W2.size == H else W2
    if W2.shape != (H, 1) or b2.size != 1:
        return report(False, "", f"W2는 ({H}, 1), b2는 (1,) 모양입니다 (입력: W2 {W2.shape}, b2 {b2.shape}).")
    h = step(X_GATE @ W1 + b1)  # (4, 2) @ (2, H) -> (4, H)
    y = step(h @ W2 + b2.reshape(1)).reshape(-1)  # (4, H) @ (H, 1) -> (4, 1) -> (4,)
    expected = truth_table("XNOR")
    if np.array_equal(y, expected):
        return report(True, f"은닉층 출력 {h.astype(int).tolist()}에서 출력층이 XNOR를 만듭니다.", "")
    got = _which_gate(y)
    extra = f" 지금 네트워크는 {got}입니다." if got else ""
    return report(False, "", f"출력 {y.astype(int).tolist()} (기대: {expected.astype(int).tolist()}).{extra}")


__all__ = [
    "GATES",
    "X_GATE",
    "check_epochs_by_eta",
    "check_gate_weights",
    "check_xnor_mlp",
    "perceptron_train",
    "truth_table",
]
