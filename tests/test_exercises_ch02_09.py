"""Checkers of notebook 02-09 (splitting data)."""

from __future__ import annotations

from collections import Counter

import pytest
from sklearn.model_selection import train_test_split

from course_utils.exercises.ch02_09 import (
    check_leaked_count,
    check_stratified_counts,
    check_three_way_sizes,
    leaked_test_sentences,
)

Y = [1] * 36 + [0] * 12
# ten sentences: two near-copies of a base sentence, the rest distinct
SENTS = [
    "국가공무원법 일부개정법률안 등 비용추계서 미첨부사유서",
    "지방공무원법 일부개정법률안 등 비용추계서 미첨부사유서",
    "교육공무원법 일부개정법률안 등 비용추계서 미첨부사유서",
    "대한민국의 영토는 한반도와 그 부속도서로 한다.",
    "국가는 전통문화의 계승과 발전에 노력하여야 한다.",
    "모든 국민은 법 앞에 평등하다.",
    "국회의원의 임기는 4년으로 한다.",
    "대법원장의 임기는 6년으로 하며 중임할 수 없다.",
    "헌법재판소는 법관의 자격을 가진 재판관으로 구성한다.",
    "지방자치단체는 주민의 복리에 관한 사무를 처리한다.",
]


@pytest.mark.parametrize(
    "checker",
    [
        lambda: check_leaked_count(None, SENTS),
        lambda: check_stratified_counts(None, Y, test_size=0.25, random_state=0),
        lambda: check_three_way_sizes(None, 48, 0.2, 0.25),
    ],
)
def test_not_answered_prints_hint(checker, capsys: pytest.CaptureFixture[str]) -> None:
    result = checker()
    assert not result and "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


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


def _leaked_by_brute_force(sentences, threshold, random_state, test_size=0.2):
    train, test = train_test_split(sentences, test_size=test_size, random_state=random_state)

    def grams(s):
        c = s.replace(" ", "")
        return {c[i : i + 5] for i in range(len(c) - 4)}

    return sum(any(len(grams(t) & grams(r)) / len(grams(t) | grams(r)) >= threshold for r in train) for t in test)


@pytest.mark.parametrize("seed", range(6))
def test_leaked_test_sentences_matches_brute_force(seed: int) -> None:
    for threshold in (0.3, 0.5, 0.9):
        expected = _leaked_by_brute_force(SENTS, threshold, seed)
        assert leaked_test_sentences(SENTS, threshold=threshold, random_state=seed) == expected
    with pytest.raises(ValueError):
        leaked_test_sentences(SENTS, threshold=0, random_state=0)


def test_check_leaked_count() -> None:
    seed = next(s for s in range(50) if _leaked_by_brute_force(SENTS, 0.5, s) > 0)
    k = _leaked_by_brute_force(SENTS, 0.5, seed)
    result = check_leaked_count({"threshold": 0.5, "random_state": seed, "leaked": k}, SENTS)
    assert result and "테스트 2문장 중" in result.message
    wrong = check_leaked_count({"threshold": 0.5, "random_state": seed, "leaked": k + 1}, SENTS)
    assert not wrong and f"{k}문장입니다" in wrong.message
    assert "dict" in check_leaked_count({"threshold": 0.5}, SENTS).message
    assert "threshold" in check_leaked_count({"threshold": 2, "random_state": 0, "leaked": 0}, SENTS).message
    assert "정수" in check_leaked_count({"threshold": 0.5, "random_state": 0, "leaked": 1.0}, SENTS).message
