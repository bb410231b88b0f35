"""Checkers of notebook 02-10 (Korean preprocessing tools)."""

from __future__ import annotations

import pytest

from course_utils.exercises.ch02_10 import check_cohesion, check_space_labels, check_spacing_scores

SENTENCE = "나는 학교에 간다"
REFERENCE = "아버지가 방에 들어가신다"
PREDICTED = "아버지 가방에 들어가신다"
COUNTS = {"대": 120, "대한": 60, "대한민": 30, "대한민국": 27}


@pytest.mark.parametrize(
    "checker",
    [
        lambda: check_space_labels(None, SENTENCE),
        lambda: check_spacing_scores(None, REFERENCE, PREDICTED),
        lambda: check_cohesion(None, "대한민국", COUNTS),
    ],
)
def test_not_answered_prints_hint(checker, capsys: pytest.CaptureFixture[str]) -> None:
    result = checker()
    assert not result and "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_space_labels() -> None:
    assert check_space_labels([0, 1, 0, 0, 1, 0, 0], SENTENCE)
    shifted = check_space_labels([0, 0, 1, 0, 0, 1, 0], SENTENCE)
    assert not shifted and "앞" in shifted.message
    with_spaces = check_space_labels([0, 0, 1, 0, 0, 0, 1, 0, 0], SENTENCE)
    assert "공백 자체" in with_spaces.message
    assert "글자 수" in check_space_labels([0, 1, 0], SENTENCE).message
    assert "리스트" in check_space_labels("0100100", SENTENCE).message


def test_spacing_scores() -> None:
    # reference spaces after 가, 에; predicted after 지, 에 -> TP 1, FP 1, FN 1
    assert check_spacing_scores((0.5, 0.5, 0.5), REFERENCE, PREDICTED)
    assert not check_spacing_scores((1.0, 0.5, 0.667), REFERENCE, PREDICTED)
    # reference: 3 spaces; predicted: 1 space, correct -> P = 1, R = 1/3, F1 = 0.5
    assert check_spacing_scores((1.0, 1 / 3, 0.5), "가 나 다 라", "가 나다라")
    swapped = check_spacing_scores((1 / 3, 1.0, 0.5), "가 나 다 라", "가 나다라")
    assert "바뀌었" in swapped.message
    assert "튜플" in check_spacing_scores(0.5, REFERENCE, PREDICTED).message
    assert "숫자" in check_spacing_scores(("a", 0.5, 0.5), REFERENCE, PREDICTED).message


def test_cohesion() -> None:
    expected = (27 / 120) ** (1 / 3)
    assert check_cohesion(expected, "대한민국", COUNTS)
    assert check_cohesion(round(expected, 3), "대한민국", COUNTS)
    assert "제곱" in check_cohesion(27 / 120, "대한민국", COUNTS).message
    assert "다시 계산" in check_cohesion(0.9, "대한민국", COUNTS).message
    assert "숫자" in check_cohesion("0.6", "대한민국", COUNTS).message
    with pytest.raises(ValueError):
        check_cohesion(0.5, "대", COUNTS)
