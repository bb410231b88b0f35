"""Checkers of notebook 02-04 (stopwords)."""

from __future__ import annotations

from course_utils.exercises.ch02_04 import check_pos_filter, check_stopword_removal

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


TAGGED = [("나", "Noun"), ("는", "Josa"), ("밥", "Noun"), ("을", "Josa"), ("먹었다", "Verb"),
          ("그리고", "Conjunction"), ("잤다", "Verb"), (".", "Punctuation")]
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
