"""Checkers of notebook 01-01."""

from __future__ import annotations

import pandas as pd
import pytest

from course_utils.exercises import CheckResult, check_value
from course_utils.exercises.ch01_01 import (
    check_majority_baseline,
    check_split_for_reporting,
    check_tokenizer_experiment,
    valid_accuracy_with,
)

TRAIN = [
    "국민 의 권리 와 의무",
    "대통령 은 국가 의 원수",
    "이 법 은 공포 한 날 부터 시행 한다",
    "개정 법률 안 의 제안 이유",
] * 3
Y_TRAIN = ["헌법", "헌법", "법률안", "법률안"] * 3
VALID = ["국민 의 의무", "이 법 은 시행 한다", "국가 의 원수", "법률 안 제안"]
Y_VALID = ["헌법", "법률안", "헌법", "헌법"]


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    result = check_tokenizer_experiment(None, None, TRAIN, Y_TRAIN, VALID, Y_VALID, C=10.0, baseline=0.5)
    assert not result and "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_valid_accuracy_with_matches_sklearn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(token_pattern=r"\S+", lowercase=False)
    model = LogisticRegression(C=10.0, max_iter=2000).fit(vectorizer.fit_transform(TRAIN), Y_TRAIN)
    expected = model.score(vectorizer.transform(VALID), Y_VALID)
    accuracy, vocab = valid_accuracy_with(str.split, TRAIN, Y_TRAIN, VALID, Y_VALID, C=10.0)
    assert accuracy == pytest.approx(expected) and vocab == len(vectorizer.vocabulary_)


def test_tokenizer_experiment() -> None:
    def chars(text: str) -> list[str]:
        return list(text.replace(" ", ""))

    right, _ = valid_accuracy_with(chars, TRAIN, Y_TRAIN, VALID, Y_VALID, C=10.0)
    result = check_tokenizer_experiment(chars, right, TRAIN, Y_TRAIN, VALID, Y_VALID, C=10.0, baseline=0.5)
    assert result and f"{right:.3f}" in result.message
    assert check_tokenizer_experiment(chars, round(right, 3), TRAIN, Y_TRAIN, VALID, Y_VALID, C=10.0, baseline=0.5)
    series = pd.Series(VALID, index=range(10, 10 + len(VALID)))  # a DataFrame column keeps its row labels
    assert check_tokenizer_experiment(chars, right, pd.Series(TRAIN), Y_TRAIN, series, Y_VALID, C=10.0, baseline=0.5)
    train_acc, _ = valid_accuracy_with(chars, TRAIN, Y_TRAIN, TRAIN, Y_TRAIN, C=10.0)
    assert train_acc != right
    wrong = check_tokenizer_experiment(chars, train_acc, TRAIN, Y_TRAIN, VALID, Y_VALID, C=10.0, baseline=0.5)
    assert not wrong and "훈련 데이터" in wrong.message
    off = check_tokenizer_experiment(chars, right - 0.2, TRAIN, Y_TRAIN, VALID, Y_VALID, C=10.0, baseline=0.5)
    assert not off and f"{right:.3f}" in off.message
    assert (
        "함수" in check_tokenizer_experiment("split", 0.5, TRAIN, Y_TRAIN, VALID, Y_VALID, C=1.0, baseline=0.5).message
    )
    bad = check_tokenizer_experiment(lambda t: t, 0.5, TRAIN, Y_TRAIN, VALID, Y_VALID, C=1.0, baseline=0.5)
    assert "리스트" in bad.message
    crash = check_tokenizer_experiment(lambda t: 1 / 0, 0.5, TRAIN, Y_TRAIN, VALID, Y_VALID, C=1.0, baseline=0.5)
    assert "오류" in crash.message
    assert (
        "숫자"
        in check_tokenizer_experiment(str.split, "0.5", TRAIN, Y_TRAIN, VALID, Y_VALID, C=1.0, baseline=0.5).message
    )


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
