"""Checkers of notebook 02-09 (splitting data)."""

from __future__ import annotations

from collections import Counter

import pytest
from sklearn.model_selection import train_test_split

from course_utils.exercises.ch02_09 import (
    check_split_sizes,
    check_stratified_counts,
    check_three_way_sizes,
)

Y = [1] * 36 + [0] * 12


@pytest.mark.parametrize(
    "checker",
    [
        lambda: check_split_sizes(None, 10, 0.25),
        lambda: check_stratified_counts(None, Y, test_size=0.25, random_state=0),
        lambda: check_three_way_sizes(None, 48, 0.2, 0.25),
    ],
)
def test_not_answered_prints_hint(checker, capsys: pytest.CaptureFixture[str]) -> None:
    result = checker()
    assert not result and "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_split_sizes() -> None:
    assert check_split_sizes((7, 3), 10, 0.25)
    assert "내림" in check_split_sizes((8, 2), 10, 0.25).message
    assert "순서" in check_split_sizes((3, 7), 10, 0.25).message
    assert "합" in check_split_sizes((7, 4), 10, 0.25).message
    assert "튜플" in check_split_sizes("7, 3", 10, 0.25).message
    assert "튜플" in check_split_sizes((7.0, 3.0), 10, 0.25).message
    assert not check_split_sizes((6, 4), 10, 0.25)


def test_stratified_counts() -> None:
    _, y_test = train_test_split(Y, test_size=0.25, random_state=0, stratify=Y)
    expected = Counter(y_test)
    assert check_stratified_counts(expected, Y, test_size=0.25, random_state=0)
    assert check_stratified_counts(dict(expected), Y, test_size=0.25, random_state=0)
    assert "합" in check_stratified_counts({1: 9}, Y, test_size=0.25, random_state=0).message
    wrong = {1: expected[1] + 1, 0: expected[0] - 1}
    result = check_stratified_counts(wrong, Y, test_size=0.25, random_state=0)
    assert not result and "stratify" in result.message
    assert "dict" in check_stratified_counts([9, 3], Y, test_size=0.25, random_state=0).message


def test_three_way_sizes() -> None:
    # 48 -> test ceil(9.6) = 10, rest 38 -> val ceil(9.5) = 10, train 28
    assert check_three_way_sizes((28, 10, 10), 48, 0.2, 0.25)
    assert "남은" in check_three_way_sizes((26, 12, 10), 48, 0.2, 0.25).message
    assert "테스트 개수" in check_three_way_sizes((29, 10, 9), 48, 0.2, 0.25).message
    assert "합" in check_three_way_sizes((28, 10, 11), 48, 0.2, 0.25).message
    assert "튜플" in check_three_way_sizes((28, 10), 48, 0.2, 0.25).message
