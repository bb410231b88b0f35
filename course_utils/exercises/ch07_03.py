"""Exercise checkers of notebook 07-03 (forward pass as matrix multiplication)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, not_answered, report
from course_utils.nn.dense import dense_param_count, mlp_forward


def mlp_param_count(sizes: Sequence[int]) -> int:
    """Parameters of a stack of dense layers ``sizes[0] -> sizes[1] -> ...``: sum of ``d_in * d_out + d_out``."""
    if len(sizes) < 2:
        raise ValueError(f"sizes needs an input size and at least one layer size, got {list(sizes)}")
    return sum(dense_param_count(d_in, d_out) for d_in, d_out in zip(sizes[:-1], sizes[1:], strict=True))


def _as_int(answer: Any) -> int | None:
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return None
    return int(answer)


def check_param_count(answer: Any, sizes: Sequence[int]) -> CheckResult:
    """The number of parameters of the dense stack ``sizes`` (input size first), counted by hand."""
    arrow = " → ".join(str(s) for s in sizes)
    pending = not_answered(answer, "층마다 (입력 수 × 뉴런 수) 가중치 + (뉴런 수) 편향을 더하세요.")
    if pending is not None:
        return pending
    value = _as_int(answer)
    if value is None:
        return report(False, "", f"정수로 적어 주세요 (입력: {answer!r}).")
    expected = mlp_param_count(sizes)
    pairs = list(zip(sizes[:-1], sizes[1:], strict=True))
    if value == expected:
        parts = " + ".join(f"({a}×{b}+{b})" for a, b in pairs)
        return report(True, f"{arrow}: {parts} = {expected}", "")
    if value == sum(a * b for a, b in pairs):
        return report(False, "", "가중치만 셌습니다. 층마다 뉴런 수만큼의 편향도 더하세요.")
    if value == sum(a * b + a for a, b in pairs):
        return report(False, "", "편향의 개수는 입력 수가 아니라 그 층의 뉴런(출력) 수입니다.")
    return report(False, "", f"{arrow}의 파라미터 수가 아닙니다. 층을 하나씩 세어 보세요.")


def check_batch_measurement(answer: Any, sizes: Sequence[int], batch_size: int) -> CheckResult:
    """``answer = {"params": ..., "output_shape": ...}``, measured on the model ``sizes`` fed ``batch_size`` rows."""
    pending = not_answered(
        answer,
        f'배치 크기 {batch_size} 인 입력으로 모델을 실행하고 {{"params": model.count_params(), '
        '"output_shape": 출력.shape}을 넣으세요.',
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping) or not {"params", "output_shape"} <= set(answer):
        return report(False, "", 'dict에 "params"와 "output_shape" 두 키를 넣어 주세요.')
    params = _as_int(answer["params"])
    try:
        shape = tuple(int(s) for s in answer["output_shape"])
    except (TypeError, ValueError):
        return report(False, "", f"output_shape는 (행, 열) 튜플입니다 (입력: {answer['output_shape']!r}).")
    expected_params = mlp_param_count(sizes)
    expected_shape = (int(batch_size), int(sizes[-1]))
    if params != expected_params:
        if params is not None and params % expected_params == 0 and params // expected_params == batch_size:
            return report(
                False, "", "파라미터 수는 배치 크기와 무관합니다. 곱하지 말고 count_params()를 그대로 적으세요."
            )
        return report(
            False, "", f"파라미터 수 {answer['params']!r} 이(가) 모델과 다릅니다. model.count_params()를 보세요."
        )
    if shape != expected_shape:
        return report(False, "", f"출력 모양 {shape} 이(가) 아닙니다. (배치 크기, 마지막 층의 뉴런 수)입니다.")
    return report(
        True,
        f"배치 크기를 {batch_size} 개로 바꿔도 파라미터는 {expected_params} 개 그대로이고, "
        f"출력의 모양만 {expected_shape} 이(가) 됩니다.",
        "",
    )


def _random_stack(seed: int, sizes: Sequence[int]) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    weights: list[np.ndarray] = []
    for d_in, d_out in zip(sizes[:-1], sizes[1:], strict=True):
        weights += [rng.normal(size=(d_in, d_out)), rng.normal(size=d_out)]
    return weights


def check_forward(fn: Callable[[np.ndarray, list[np.ndarray]], Any] | None) -> CheckResult:
    """``fn(X, weights)`` with ``weights = [W1, b1, W2, b2, W3, b3]``: ReLU, ReLU, softmax, like ``get_weights()``."""
    pending = not_answered(
        fn,
        "W1, b1, W2, b2, W3, b3 = weights로 풀고, relu(X @ W1 + b1) → relu(... @ W2 + b2) → softmax(... @ W3 + b3).",
    )
    if pending is not None:
        return pending
    if not callable(fn):
        return report(False, "", f"함수를 넘겨 주세요: forward(X, weights) (입력 타입: {type(fn).__name__}).")
    cases = [(0, (4, 8, 8, 3), 5), (1, (6, 3, 7, 2), 1), (2, (2, 16, 4, 5), 9)]
    for seed, sizes, batch in cases:
        weights = _random_stack(seed, sizes)
        X = np.random.default_rng(100 + seed).normal(size=(batch, sizes[0]))  # (B, d_0)
        layers = [
            (weights[0], weights[1], "relu"),
            (weights[2], weights[3], "relu"),
            (weights[4], weights[5], "softmax"),
        ]
        expected = mlp_forward(X, layers)[-1]  # (B, d_3)
        shown = f"입력 {X.shape}, 층 {' → '.join(map(str, sizes))}"
        try:
            result = np.asarray(fn(X.copy(), [w.copy() for w in weights]), dtype=np.float64)
        except Exception as exc:  # the learner's code: report, don't crash the notebook
            return report(False, "", f"{shown}에서 오류가 났습니다: {type(exc).__name__}: {exc}")
        if result.shape != expected.shape:
            return report(False, "", f"{shown}: 출력 모양이 {result.shape}입니다. {expected.shape} 이어야 합니다.")
        if not np.allclose(result, expected, atol=1e-9):
            if np.allclose(result.sum(axis=1), 1.0):
                return report(False, "", f"{shown}: 확률의 합은 1이지만 값이 다릅니다. 은닉층에 ReLU를 썼는지 보세요.")
            return report(False, "", f"{shown}: 출력이 다릅니다. 마지막 층에 softmax(행마다 합 1)를 썼는지 보세요.")
    return report(True, f"{len(cases)}가지 모양의 네트워크에서 기준 순전파와 같습니다.", "")


__all__ = ["check_batch_measurement", "check_forward", "check_param_count", "mlp_param_count"]
