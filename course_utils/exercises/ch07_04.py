"""Exercise checkers of notebook 07-04 (loss functions, batch size, optimizers)."""

from __future__ import annotations

import math

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.nn.activations import sigmoid
from course_utils.nn.losses import binary_crossentropy


def total_updates(n_samples: int, batch_size: int, epochs: int) -> int:
    """Parameter updates in ``epochs`` epochs: ``ceil(n_samples / batch_size)`` iterations per epoch."""
    for name, value in (("n_samples", n_samples), ("batch_size", batch_size), ("epochs", epochs)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{name} must be a positive int, got {value!r}")
    return math.ceil(n_samples / batch_size) * epochs


def check_total_updates(answer: int | None, n_samples: int, batch_size: int, epochs: int) -> CheckResult:
    """How many times the weights change in ``epochs`` epochs of mini-batch gradient descent."""
    pending = not_answered(
        answer, "한 에포크의 반복(iteration) 수는 ceil(샘플 수 / 배치 크기) 입니다. 마지막의 작은 배치도 한 번입니다."
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"업데이트 횟수는 정수입니다 (입력: {answer!r}).")
    per_epoch = math.ceil(n_samples / batch_size)
    expected = per_epoch * epochs
    if answer == expected:
        return report(
            True,
            f"에포크마다 {per_epoch}번(마지막 배치는 {n_samples - (per_epoch - 1) * batch_size}개) × {epochs} 에포크 "
            f"= {expected}번 갱신합니다.",
            "",
        )
    if answer == (n_samples // batch_size) * epochs:
        return report(False, "", "나머지 샘플로 된 마지막 작은 배치도 한 번의 업데이트입니다 (내림이 아니라 올림).")
    if answer == per_epoch:
        return report(False, "", f"그것은 한 에포크의 반복 수입니다. {epochs} 에포크 전체를 세어 보세요.")
    return report(
        False, "", f"입력한 값 {answer} 이(가) 아닙니다. 힌트: 에포크당 ceil({n_samples}/{batch_size}) 번입니다."
    )


def train_logistic_minibatch(
    X: np.ndarray,
    y: np.ndarray,
    *,
    batch_size: int,
    epochs: int,
    learning_rate: float,
    seed: int = 0,
) -> tuple[np.ndarray, float]:
    """The notebook's mini-batch gradient descent for logistic regression; returns ``(theta, final loss)``.

    ``theta = [w, b]`` starts at 0; each epoch shuffles with ``np.random.default_rng(seed).permutation``
    (one generator for the whole run) and steps ``theta -= lr * X_b^T (sigmoid(X_b theta) - y_b) / |b|``
    on ``X`` with a column of ones appended. The loss is the full-data binary cross-entropy after the last epoch.
    """
    X1 = np.hstack([np.asarray(X, dtype=np.float64), np.ones((len(X), 1))])  # (N, d + 1)
    y = np.asarray(y, dtype=np.float64)
    rng = np.random.default_rng(seed)
    theta = np.zeros(X1.shape[1])
    for _ in range(epochs):
        order = rng.permutation(len(X1))
        for start in range(0, len(X1), batch_size):
            idx = order[start : start + batch_size]
            p = sigmoid(X1[idx] @ theta)  # (b,)
            theta -= learning_rate * X1[idx].T @ (p - y[idx]) / len(idx)
    loss = float(np.mean(binary_crossentropy(y[:, None], sigmoid(X1 @ theta)[:, None])))
    return theta, loss


def check_batch_size_measurement(
    answer: float | None,
    X: np.ndarray,
    y: np.ndarray,
    *,
    batch_size: int,
    epochs: int,
    learning_rate: float,
    seed: int = 0,
) -> CheckResult:
    """The final training loss after re-running the notebook's loop with another ``batch_size``."""
    pending = not_answered(
        answer,
        "train_logistic(batch_size=..., ...) 를 다시 실행하고 "
        "마지막 에포크의 전체 훈련 손실(epoch_losses[-1])을 넣으세요.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"손실은 숫자 하나입니다 (입력: {answer!r}).")
    _, expected = train_logistic_minibatch(
        X, y, batch_size=batch_size, epochs=epochs, learning_rate=learning_rate, seed=seed
    )
    updates = total_updates(len(X), batch_size, epochs)
    if abs(value - expected) <= 1e-6 * max(1.0, abs(expected)):
        return report(
            True,
            f"batch_size={batch_size}: {updates}번 갱신한 뒤 훈련 손실 {expected:.4f} (다시 계산한 값과 같음).",
            "",
        )
    return report(
        False,
        "",
        f"batch_size={batch_size}, {epochs} 에포크로 다시 계산한 손실은 {expected:.4f} 입니다 (입력: {value:.4f}). "
        "배치 크기만 바꾸고 학습률·에포크·시드는 그대로 두었는지, "
        "마지막 에포크의 전체 훈련 손실을 넣었는지 확인하세요.",
    )


__all__ = ["check_batch_size_measurement", "check_total_updates", "total_updates", "train_logistic_minibatch"]
