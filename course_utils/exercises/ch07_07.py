"""Exercise checkers of notebook 07-07 (vanishing and exploding gradients)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.nn import init as nn_init
from course_utils.nn.activations import relu, sigmoid, tanh
from course_utils.nn.norm import batch_norm
from course_utils.validation import check_int

INITS = {
    "glorot_uniform": nn_init.glorot_uniform,
    "glorot_normal": nn_init.glorot_normal,
    "he_uniform": nn_init.he_uniform,
    "he_normal": nn_init.he_normal,
}
ACTIVATIONS = {"relu": relu, "tanh": tanh, "sigmoid": sigmoid}


def activation_stds(
    init: str, activation: str, *, depth: int = 10, width: int = 256, batch: int = 512, seed: int = 0
) -> list[float]:
    """The notebook's experiment: std of the activations after each of ``depth`` dense layers (no bias).

    ``rng = np.random.default_rng(seed)``; ``h = rng.standard_normal((batch, width))``; then for every layer
    ``W = init((width, width), rng)`` (``course_utils.nn.init``) and ``h = activation(h @ W)``.
    """
    if init not in INITS:
        raise ValueError(f"init must be one of {sorted(INITS)}, got {init!r}")
    if activation not in ACTIVATIONS:
        raise ValueError(f"activation must be one of {sorted(ACTIVATIONS)}, got {activation!r}")
    depth = check_int(depth, "depth", minimum=1)
    width = check_int(width, "width", minimum=1)
    batch = check_int(batch, "batch", minimum=2)
    rng = np.random.default_rng(seed)
    h = rng.standard_normal((batch, width))  # (B, H)
    stds = []
    for _ in range(depth):
        W = INITS[init]((width, width), rng)  # (H, H)
        h = ACTIVATIONS[activation](h @ W)  # (B, H)
        stds.append(float(h.std()))
    return stds


def check_last_std(answer: float | None, init: str, activation: str, *, depth: int, **kwargs: int) -> CheckResult:
    """The std of the last layer's activations after changing the initializer/activation/depth of the experiment."""
    pending = not_answered(
        answer,
        f"layer_stds(...) 를 init={init!r}, activation={activation!r}, depth={depth} 로 다시 실행하고 "
        "마지막 값(stds[-1])을 넣으세요.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"표준편차는 숫자 하나입니다 (입력: {answer!r}).")
    stds = activation_stds(init, activation, depth=depth, **kwargs)
    expected = stds[-1]
    if abs(value - expected) <= 1e-6 * max(1.0, abs(expected)):
        trend = "커졌습니다" if stds[-1] > stds[0] else "작아졌습니다" if stds[-1] < stds[0] else "그대로입니다"
        return report(
            True,
            f"{activation} + {init}, {depth}층: 첫 층 뒤 std {stds[0]:.4f} -> 마지막 층 뒤 {expected:.4f} 로 {trend}.",
            "",
        )
    if any(abs(value - s) <= 1e-6 * max(1.0, abs(s)) for s in stds[:-1]):
        return report(False, "", f"중간 층의 값입니다. {depth}번째(마지막) 층 뒤의 표준편차를 넣으세요.")
    return report(
        False,
        "",
        f"다시 계산한 값은 {expected:.4f} 입니다 (입력: {value:.4f}). 초기화 함수, 활성화 함수, 깊이를 모두 바꿨는지, "
        "seed=0 으로 처음부터 다시 만들었는지 확인하세요.",
    )


def check_moving_stats(
    answer: Sequence[Sequence[float]] | None,
    x: np.ndarray,
    *,
    momentum: float = 0.99,
    moving_mean: np.ndarray | None = None,
    moving_var: np.ndarray | None = None,
) -> CheckResult:
    """``(moving_mean, moving_var)`` of a ``BatchNormalization`` layer after one training call on ``x``."""
    pending = not_answered(
        answer,
        "moving = momentum * moving + (1 - momentum) * (배치 통계) 입니다. "
        "배치 분산은 N으로 나누는 분산(np.var 기본값)입니다.",
    )
    if pending is not None:
        return pending
    try:
        mean_answer, var_answer = (np.asarray(a, dtype=np.float64) for a in answer)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return report(False, "", "(moving_mean, moving_var) 두 배열의 튜플로 답하세요.")
    x = np.asarray(x, dtype=np.float64)
    expected = batch_norm(x, moving_mean=moving_mean, moving_var=moving_var, training=True, momentum=momentum)
    D = x.shape[-1]
    if mean_answer.shape != (D,) or var_answer.shape != (D,):
        return report(False, "", f"두 배열 모두 특성마다 하나씩, 모양 ({D},) 이어야 합니다.")
    mean_ok = np.allclose(mean_answer, expected.moving_mean, atol=1e-6)
    var_ok = np.allclose(var_answer, expected.moving_var, atol=1e-6)
    if mean_ok and var_ok:
        return report(
            True,
            f"한 번의 학습 호출 뒤 moving_mean = {np.round(expected.moving_mean, 4).tolist()}, "
            f"moving_var = {np.round(expected.moving_var, 4).tolist()}. momentum {momentum} 이라 배치 통계는 "
            f"{1 - momentum:.0%}만 반영됩니다.",
            "",
        )
    if mean_ok:
        start = np.ones(D) if moving_var is None else np.asarray(moving_var, dtype=np.float64)
        unbiased = momentum * start + (1 - momentum) * x.reshape(-1, D).var(axis=0, ddof=1)
        if np.allclose(var_answer, unbiased, atol=1e-6):
            return report(False, "", "moving_mean은 맞습니다. 분산은 N-1이 아니라 N으로 나눕니다(ddof=0).")
        return report(
            False, "", "moving_mean은 맞습니다. moving_var의 시작값은 1이고, 배치 분산을 (1 - momentum)만큼 섞습니다."
        )
    swapped = (1 - momentum) * (0 if moving_mean is None else np.asarray(moving_mean)) + momentum * x.reshape(
        -1, D
    ).mean(0)
    if np.allclose(mean_answer, swapped, atol=1e-6):
        return report(False, "", "momentum은 예전 값(moving_mean)에 곱합니다. 배치 평균에는 (1 - momentum)을 곱합니다.")
    return report(False, "", "moving_mean이 다릅니다. 시작값은 0, 배치 평균은 특성(열)마다 구합니다(axis=0).")


__all__ = ["activation_stds", "check_last_std", "check_moving_stats"]
