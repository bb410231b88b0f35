"""Checkers of notebook 02-04 (stopwords)."""

from __future__ import annotations

import pytest

from course_utils.exercises.ch02_04 import (
    check_pos_filter,
    check_stopword_experiment,
    check_stopword_removal,
    content_words,
    gloss_accuracy,
)

TOKENS = ["The", "cat", "is", "on", "the", "mat", "and", "the", "dog", "is", "not"]
STOP = {"the", "is", "on", "and", "not"}


def test_stopword_removal() -> None:
    assert not check_stopword_removal(None, TOKENS, STOP)
    assert check_stopword_removal(["The", "cat", "mat", "dog"], TOKENS, STOP)
    left = check_stopword_removal(["The", "cat", "is", "mat", "dog"], TOKENS, STOP)
    assert not left and "남아 있는 불용어: ['is']" in left.message
    lost = check_stopword_removal(["cat", "mat", "dog"], TOKENS, STOP)
    assert not lost and "대소문자" in lost.message
    over = check_stopword_removal(["The", "cat", "dog"], TOKENS, STOP)
    assert not over and "'mat'" in over.message
    order = check_stopword_removal(["cat", "The", "mat", "dog"], TOKENS, STOP)
    assert not order and "순서" in order.message
    assert "리스트" in check_stopword_removal("The cat", TOKENS, STOP).message


TAGGED = [
    ("나", "Noun"),
    ("는", "Josa"),
    ("밥", "Noun"),
    ("을", "Josa"),
    ("먹었다", "Verb"),
    ("그리고", "Conjunction"),
    ("잤다", "Verb"),
    (".", "Punctuation"),
]
DROP = {"Josa", "Conjunction", "Punctuation"}


def test_pos_filter() -> None:
    assert not check_pos_filter(None, TAGGED, DROP)
    ok = check_pos_filter(["나", "밥", "먹었다", "잤다"], TAGGED, DROP)
    assert ok and "4개를 지우고 4개가 남았습니다" in ok.message
    left = check_pos_filter(["나", "밥", "먹었다", "그리고", "잤다"], TAGGED, DROP)
    assert not left and "그리고" in left.message and "Conjunction" in left.message
    pairs = check_pos_filter([("나", "Noun")], TAGGED, DROP)  # type: ignore[list-item]
    assert not pairs and "단어만" in pairs.message
    lost = check_pos_filter(["나", "먹었다", "잤다"], TAGGED, DROP)
    assert not lost and "'밥'" in lost.message


TRAIN = ["a large dog that barks", "the act of running fast", "to move quickly on foot", "to speak in a loud voice"] * 3
Y_TRAIN = ["n", "n", "v", "v"] * 3
VALID = ["a small dog", "to run on foot", "the act of speaking", "to bark at a dog"]
Y_VALID = ["n", "v", "n", "v"]


def test_content_words() -> None:
    assert content_words("The dog's TOY, and a ball!", {"the", "A"}) == "dog's toy and ball"


def test_gloss_accuracy_matches_sklearn_stop_words() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    stop = ["the", "a", "to", "of", "on", "at", "in"]
    vectorizer = TfidfVectorizer(stop_words=stop)  # same words, scikit-learn's own removal
    model = LogisticRegression(max_iter=2000).fit(vectorizer.fit_transform(TRAIN), Y_TRAIN)
    expected = model.score(vectorizer.transform(VALID), Y_VALID)
    assert gloss_accuracy(stop, TRAIN, Y_TRAIN, VALID, Y_VALID) == pytest.approx(expected)


def test_check_stopword_experiment(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_stopword_experiment(None, None, TRAIN, Y_TRAIN, VALID, Y_VALID)
    assert "아직" in capsys.readouterr().out
    stop = {"to", "the", "a"}
    right = gloss_accuracy(stop, TRAIN, Y_TRAIN, VALID, Y_VALID)
    none = gloss_accuracy(set(), TRAIN, Y_TRAIN, VALID, Y_VALID)
    result = check_stopword_experiment(stop, right, TRAIN, Y_TRAIN, VALID, Y_VALID)
    assert result and f"{right:.3f}" in result.message and f"{none:.3f}" in result.message
    assert check_stopword_experiment(sorted(stop), round(right, 3), TRAIN, Y_TRAIN, VALID, Y_VALID)
    assert "다시 재면" in check_stopword_experiment(stop, abs(right - 0.5), TRAIN, Y_TRAIN, VALID, Y_VALID).message
    assert "0과 1" in check_stopword_experiment(stop, 75, TRAIN, Y_TRAIN, VALID, Y_VALID).message
    assert "문자열" in check_stopword_experiment([1, 2], 0.5, TRAIN, Y_TRAIN, VALID, Y_VALID).message
