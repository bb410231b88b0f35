"""Checkers of notebook 02-05 (regular expressions)."""

from __future__ import annotations

import re

import pytest

from course_utils.exercises.ch02_05 import (
    check_korean_cleaning,
    check_phone_pattern,
    check_tokenizer_pattern,
    regexp_tokens,
)

TEXT = "문의 010-1234-5678, 02-123-4567. 주문일 2024-01-15, 카드 1234-5678-9012-3456"


def test_phone_pattern() -> None:
    assert not check_phone_pattern(None, TEXT)
    ok = check_phone_pattern(r"\b\d{2,3}-\d{3,4}-\d{4}\b", TEXT)
    assert ok and "2개" in ok.message
    assert check_phone_pattern(re.compile(r"\b\d{2,3}-\d{3,4}-\d{4}\b"), TEXT)
    no_boundary = check_phone_pattern(r"\d{2,3}-\d{3,4}-\d{4}", TEXT)
    assert not no_boundary and "234-5678-9012" in no_boundary.message
    loose = check_phone_pattern(r"\d+-\d+-\d+", TEXT)
    assert not loose and "2024-01-15" in loose.message
    missing = check_phone_pattern(r"\b010-\d{4}-\d{4}\b", TEXT)
    assert not missing and "못 찾은 번호: ['02-123-4567']" in missing.message
    group = check_phone_pattern(r"(\d{2,3})-\d{3,4}-\d{4}", TEXT)
    assert not group and "(?: )" in group.message
    assert "문법 오류" in check_phone_pattern("[0-9", TEXT).message
    assert "문자열" in check_phone_pattern(3, TEXT).message  # type: ignore[arg-type]


RAW = "  오늘 ㅋㅋ 날씨 최고!!  2024년 :) NLP  "


def test_korean_cleaning() -> None:
    assert not check_korean_cleaning(None, RAW)
    ok = check_korean_cleaning("오늘 ㅋㅋ 날씨 최고 2024년", RAW)
    assert ok and "'오늘 ㅋㅋ 날씨 최고 2024년'" in ok.message
    spaces = check_korean_cleaning(re.sub(r"[^ㄱ-ㅎㅏ-ㅣ가-힣0-9 ]", "", RAW), RAW)
    assert not spaces and "공백" in spaces.message
    left = check_korean_cleaning("오늘 ㅋㅋ 날씨 최고!! 2024년", RAW)
    assert not left and "'!'" in left.message
    lost = check_korean_cleaning("오늘 날씨 최고 년", RAW)
    assert not lost and "'ㅋ'" in lost.message and "'2'" in lost.message
    assert "문자열" in check_korean_cleaning(["오늘"], RAW).message  # type: ignore[arg-type]


LAW = "제1조 ① 대한민국은 민주공화국이다. ② 대한민국의 주권은 국민에게 있다."


def test_regexp_tokens_match_re_except_unicode_word_class() -> None:
    for pattern in (r"[가-힣]+", r"\S+", r"\d+|[가-힣]+"):
        assert regexp_tokens(pattern, LAW) == re.findall(pattern, LAW)
    # NLTK compiles with the `regex` engine: ① is \w for `re` but not for `regex`
    assert "①" in re.findall(r"\w+", LAW) and "①" not in regexp_tokens(r"\w+", LAW)
    with pytest.raises(ValueError):
        regexp_tokens("[가-힣", LAW)


TWICE = LAW + " " + LAW


def test_check_tokenizer_pattern(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_tokenizer_pattern(None, None, None, TWICE) and "아직" in capsys.readouterr().out
    tokens = regexp_tokens(r"[가-힣]+", TWICE)
    right = check_tokenizer_pattern(r"[가-힣]+", len(tokens), len(set(tokens)), TWICE)
    assert right and f"토큰 {len(tokens)}개" in right.message
    assert check_tokenizer_pattern(re.compile(r"[가-힣]+"), len(tokens), len(set(tokens)), TWICE)
    assert "바꿔" in check_tokenizer_pattern(r"[가-힣]+", len(set(tokens)), len(tokens), TWICE).message
    assert "다시 재면" in check_tokenizer_pattern(r"[가-힣]+", 1, 1, TWICE).message
    assert "(?:" in check_tokenizer_pattern(r"([가-힣]+)", 1, 1, TWICE).message
    assert "문법 오류" in check_tokenizer_pattern("[가-힣", 1, 1, TWICE).message
    assert "정수" in check_tokenizer_pattern(r"\w+", 1.0, 1, TWICE).message
    assert "아무 토큰" in check_tokenizer_pattern(r"xyz", 0, 0, TWICE).message
