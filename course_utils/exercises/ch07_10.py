"""Exercise checkers of notebook 07-10 (Keras subclassing API)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, not_answered, report
from course_utils.validation import check_int

APIS = ("sequential", "functional", "subclassing")
#: Scenario -> the simplest API that can express it (the notebook's table), with the reason.
SCENARIOS = {
    "one_line": ("sequential", "층이 한 줄로 이어지고 입력·출력이 하나씩이면 Sequential 이 가장 간단합니다."),
    "two_inputs": ("functional", "입력이 둘이고 Concatenate 로 합치는 그래프는 함수형 API 로 충분합니다."),
    "shared_encoder": ("functional", "같은 층 객체를 두 번 호출하는 층 공유는 함수형 API 로 충분합니다."),
    "steps_at_call": (
        "subclassing",
        "반복 횟수를 호출할 때 인자로 바꾸는 것은 call 안의 파이썬 반복이라 서브클래싱만 표현합니다.",
    ),
}


def check_api_choice(answer: Mapping[str, str] | None) -> CheckResult:
    """A dict ``{scenario: api}``: the simplest API (``sequential``, ``functional``, ``subclassing``) per scenario."""
    pending = not_answered(
        answer, f"키가 {list(SCENARIOS)} 인 딕셔너리에 {list(APIS)} 중 하나를 넣으세요. 5절의 표를 보세요."
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping) or any(key not in answer for key in SCENARIOS):
        return report(False, "", f"키가 {list(SCENARIOS)} 인 딕셔너리로 답하세요.")
    for key, (expected, why) in SCENARIOS.items():
        given = answer[key].strip().lower() if isinstance(answer[key], str) else answer[key]
        if given not in APIS:
            return report(False, "", f"'{key}': {list(APIS)} 중 하나로 답하세요 (입력: {answer[key]!r}).")
        if given != expected:
            if APIS.index(given) > APIS.index(expected):
                extra = f"{given} 로도 만들 수는 있지만, 가장 간단한 방식을 고르세요. "
            else:
                extra = f"{given} 로는 만들 수 없습니다. "
            return report(False, "", f"'{key}': {extra}{why}")
    return report(True, " ".join(why for _, why in SCENARIOS.values()), "")


def check_refined_vectors(answer: Any, model: Any, x: np.ndarray, steps: int) -> CheckResult:
    """The paragraph vectors ``model(x, steps=steps, return_vector=True)`` computed by hand in NumPy."""
    pending = not_answered(
        answer,
        "h = E[x].mean(axis=1) 에서 시작해 steps 번 h = h + tanh(h @ W + b) 를 반복하세요 "
        "(E, W, b 는 model.embedding, model.refine 의 가중치).",
    )
    if pending is not None:
        return pending
    n_steps = check_int(steps, "steps", minimum=0, type_error=ValueError)
    try:
        mine = np.asarray(answer, dtype=np.float64)
    except (TypeError, ValueError):
        return report(False, "", f"NumPy 배열로 답하세요 (입력: {type(answer).__name__}).")
    expected = np.asarray(model(x, steps=n_steps, return_vector=True), dtype=np.float64)  # (B, d)
    if mine.shape != expected.shape:
        return report(
            False, "", f"모양이 {expected.shape} 이어야 합니다 (입력: {mine.shape}). 문단마다 벡터 하나입니다."
        )
    gap = float(np.max(np.abs(mine - expected)))
    if gap <= 1e-5:
        start = np.asarray(model(x, steps=0, return_vector=True))
        growth = float(np.linalg.norm(expected, axis=1).mean() / np.linalg.norm(start, axis=1).mean())
        return report(
            True,
            f"steps={n_steps}: 모델의 출력과 최대 차이 {gap:.0e}. "
            f"다듬기 전보다 벡터의 평균 길이가 {growth:.2f}배입니다.",
            "",
        )
    for other in (0, 1, n_steps - 1, n_steps + 1):
        if other >= 0 and other != n_steps:
            near = np.asarray(model(x, steps=other, return_vector=True), dtype=np.float64)
            if float(np.max(np.abs(mine - near))) <= 1e-5:
                return report(False, "", f"steps={other} 의 결과입니다. 반복을 {n_steps}번 했는지 보세요.")
    return report(
        False,
        "",
        f"모델의 출력과 최대 {gap:.2e} 다릅니다. "
        "잔차(h + ...)를 더했는지, 평균을 시퀀스 축(axis=1)으로 구했는지 보세요.",
    )


__all__ = ["APIS", "SCENARIOS", "check_api_choice", "check_refined_vectors"]
