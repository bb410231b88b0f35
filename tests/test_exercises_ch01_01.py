"""Checkers of notebook 01-01."""

from __future__ import annotations

import pytest

from course_utils.exercises import CheckResult, check_value
from course_utils.exercises.ch01_01 import check_majority_baseline, check_split_for_reporting, check_workflow_order

ORDER = ["수집", "점검 및 탐색", "전처리 및 정제", "모델링 및 훈련", "평가", "배포"]


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    result = check_workflow_order(None)
    assert not result and "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_workflow_order() -> None:
    assert check_workflow_order(ORDER)
    swapped = ORDER[:]
    swapped[3], swapped[4] = swapped[4], swapped[3]
    result = check_workflow_order(swapped)
    assert not result and "4번째" in result.message
    assert "빠진 단계" in check_workflow_order(ORDER[:5]).message


def test_majority_baseline() -> None:
    y = ["a", "a", "b", "a"]
    assert check_majority_baseline(0.75, y)
    assert not check_majority_baseline(0.25, y)
    assert not check_majority_baseline("0.75", y)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="empty"):
        check_majority_baseline(1.0, [])


def test_split_for_reporting() -> None:
    assert check_split_for_reporting(" Test ")
    assert not check_split_for_reporting("valid")


def test_check_result_displays_nothing_in_ipython() -> None:
    result = check_value(1, 1, hint="")
    assert isinstance(result, CheckResult) and result._ipython_display_() is None


def test_answer_coercion_helpers() -> None:
    import numpy as np

    from course_utils.exercises import as_number, as_str_list

    assert as_str_list(("a", "b")) == ["a", "b"]
    assert as_str_list("ab") is None and as_str_list(["a", 1]) is None and as_str_list(None) is None
    assert as_number(np.float32(0.5)) == 0.5 and as_number(3) == 3.0
    assert as_number(True) is None and as_number("0.5") is None
