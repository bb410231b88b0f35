"""Checkers of notebook 02-01."""

from __future__ import annotations

import pytest

from course_utils.exercises.ch02_01 import (
    check_josa,
    check_sentence_count,
    check_vocabulary_size,
    check_wordpunct_tokens,
    vocabulary_size,
)

SENTENCE = "Mr. O'Neil's 3.5-day trip"
JOSA_SENTENCE = "그가 그에게 책을 주었다."
TEXT = "Dr. Lee works at 10.0.0.1 today. She has a Ph.D. in AI! Does she like it?"


@pytest.mark.parametrize(
    "checker",
    [
        lambda: check_wordpunct_tokens(None, SENTENCE),
        lambda: check_josa(None, JOSA_SENTENCE),
        lambda: check_sentence_count(None, TEXT),
    ],
)
def test_not_answered_prints_hint(checker, capsys: pytest.CaptureFixture[str]) -> None:
    result = checker()
    assert not result and "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_wordpunct_tokens() -> None:
    right = ["Mr", ".", "O", "'", "Neil", "'", "s", "3", ".", "5", "-", "day", "trip"]
    assert check_wordpunct_tokens(right, SENTENCE)
    result = check_wordpunct_tokens(["Mr", ".", "O'Neil", "'", "s"], SENTENCE)
    assert not result and "3번째" in result.message
    assert "모자랍니다" in check_wordpunct_tokens(right[:-1], SENTENCE).message
    assert "많습니다" in check_wordpunct_tokens(right + ["!"], SENTENCE).message
    assert "리스트" in check_wordpunct_tokens("Mr . O", SENTENCE).message


def test_josa() -> None:
    assert check_josa(["가", "에게", "을"], JOSA_SENTENCE)
    assert "어절 전체" in check_josa(["그가", "그에게"], JOSA_SENTENCE).message
    assert "순서" in check_josa(["에게", "가", "을"], JOSA_SENTENCE).message
    assert not check_josa(["가", "에게"], JOSA_SENTENCE)
    assert "리스트" in check_josa("가", JOSA_SENTENCE).message


def test_sentence_count() -> None:
    assert check_sentence_count(3, TEXT)
    naive = TEXT.count(".") + TEXT.count("?") + TEXT.count("!")
    assert "개수" in check_sentence_count(naive, TEXT).message
    assert "적습니다" in check_sentence_count(2, TEXT).message
    assert "정수" in check_sentence_count("3", TEXT).message
    assert not check_sentence_count(True, TEXT)


KOREAN = "그가 웃었다. 나는 그에게 책을 주었고 그를 믿는다."


def test_vocabulary_size_against_the_analyzer() -> None:
    from konlpy.tag import Okt

    assert vocabulary_size(KOREAN, "eojeol") == len(set(KOREAN.split())) == 8
    assert vocabulary_size(KOREAN, "okt") == len(set(Okt().morphs(KOREAN)))
    with pytest.raises(ValueError):
        vocabulary_size(KOREAN, "mecab")
    with pytest.raises(ValueError):
        vocabulary_size("  ", "okt")


def test_check_vocabulary_size(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_vocabulary_size(None, None, KOREAN) and "아직" in capsys.readouterr().out
    expected = vocabulary_size(KOREAN, "okt")
    right = check_vocabulary_size("okt", expected, KOREAN)
    assert right and "어절 단위 8개" in right.message and "늘었습니다" in right.message
    assert check_vocabulary_size("eojeol", 8, KOREAN)
    assert "어절 단위(8개)" in check_vocabulary_size("okt", 8, KOREAN).message
    assert "다시 재면" in check_vocabulary_size("okt", expected + 5, KOREAN).message
    assert "정수" in check_vocabulary_size("okt", "7", KOREAN).message
    assert "중 하나" in check_vocabulary_size("mecab", 7, KOREAN).message
