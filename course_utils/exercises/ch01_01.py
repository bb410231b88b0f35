"""Exercise checkers of notebook 01-01 (NLP and the machine-learning workflow)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from course_utils.exercises import CheckResult, check_value, not_answered, report
from course_utils.workflow import WORKFLOW_STEPS


def check_workflow_order(answer: Sequence[str] | None) -> CheckResult:
    """The six workflow steps in order, by their Korean names."""
    expected = [korean for korean, _ in WORKFLOW_STEPS]
    pending = not_answered(answer, "수집에서 시작해 배포로 끝나는 6단계를 순서대로 적어 보세요.")
    if pending is not None:
        return pending
    answer = list(answer)
    if sorted(answer) != sorted(expected):
        missing = [s for s in expected if s not in answer]
        extra = [s for s in answer if s not in expected]
        return report(False, "", f"단계 이름이 맞지 않습니다. 빠진 단계: {missing}, 모르는 단계: {extra}")
    if answer == expected:
        return report(True, "데이터를 모으고(수집) 살펴본 뒤(탐색) 다듬고(전처리) 학습하고 평가한 다음 배포합니다.", "")
    first_wrong = next(i for i, (a, e) in enumerate(zip(answer, expected, strict=True)) if a != e)
    return report(
        False,
        "",
        f"{first_wrong + 1}번째 단계가 다릅니다: '{answer[first_wrong]}' 자리에 "
        f"'{expected[first_wrong]}' 이(가) 와야 합니다.",
    )


def check_majority_baseline(answer: float | None, y_test: Sequence[Any]) -> CheckResult:
    """Accuracy of always predicting the most frequent class of ``y_test``."""
    if len(y_test) == 0:
        raise ValueError("y_test is empty; pass the test labels of the notebook")
    label, count = Counter(y_test).most_common(1)[0]
    expected = count / len(y_test)
    return check_value(
        answer,
        expected,
        hint="가장 많은 클래스 하나만 계속 예측하면 정확도는 (그 클래스 개수) / (전체 개수) 입니다.",
        explain=f"항상 '{label}'(으)로 답하면 정확도 {expected:.3f}: 모델은 적어도 이보다 좋아야 의미가 있습니다.",
        equal=lambda a, e: isinstance(a, (int, float)) and abs(float(a) - e) < 1e-9,
    )


def check_split_for_reporting(answer: str | None) -> CheckResult:
    """Which split gives the number we report as the model's quality."""
    return check_value(
        answer if answer is None else str(answer).strip().lower(),
        "test",
        hint="'train', 'valid', 'test' 중 하나. 하이퍼파라미터를 고를 때 쓰지 않은 데이터여야 합니다.",
        explain="검증(valid) 데이터로 설정을 고르고, 한 번도 보지 않은 테스트(test) 데이터로 최종 성능을 보고합니다.",
    )
