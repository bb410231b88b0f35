"""Checkers of notebook 02-10 (Korean preprocessing tools)."""

from __future__ import annotations

import pytest

from course_utils.exercises.ch02_10 import (
    check_cohesion,
    check_space_labels,
    check_spacing_scores,
    check_threshold_scores,
)

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


FIT = [
    "모든 국민은 법 앞에 평등하다.",
    "국회는 법률을 제정한다.",
    "대통령은 국가의 원수이다.",
    "국민은 근로의 의무를 진다.",
    "법관은 헌법과 법률에 의하여 심판한다.",
    "국가는 평생교육을 진흥하여야 한다.",
    "모든 국민은 종교의 자유를 가진다.",
    "국회는 국민의 보통선거로 구성한다.",
]
VAL = ["모든 국민은 학문의 자유를 가진다.", "국회는 예산안을 심의한다.", "대통령은 법률안을 공포한다."]


def test_check_threshold_scores() -> None:
    from course_utils.spacing import KoreanSpacer

    s = KoreanSpacer(window=2, max_n=3, threshold=0.3).fit(FIT).evaluate(VAL)
    right = {"threshold": 0.3, "precision": s.precision, "recall": s.recall, "f1": s.f1}
    result = check_threshold_scores(right, FIT, VAL, window=2, max_n=3)
    assert result and "threshold=0.5:" in result.message
    wrong = check_threshold_scores({**right, "recall": s.recall + 0.1}, FIT, VAL, window=2, max_n=3)
    assert not wrong and f"recall = {s.recall:.4f}" in wrong.message and "precision =" not in wrong.message
    assert (
        "노트북에서 쓴 값" in check_threshold_scores({**right, "threshold": 0.5}, FIT, VAL, window=2, max_n=3).message
    )
    assert "0과 1 사이" in check_threshold_scores({**right, "threshold": 1.5}, FIT, VAL, window=2, max_n=3).message
    assert "숫자" in check_threshold_scores({**right, "f1": "0.9"}, FIT, VAL, window=2, max_n=3).message
    assert "dict" in check_threshold_scores({"threshold": 0.3}, FIT, VAL, window=2, max_n=3).message
    assert not check_threshold_scores(None, FIT, VAL, window=2, max_n=3)
