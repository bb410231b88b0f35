"""Checkers of notebook 02-02."""

from __future__ import annotations

import unicodedata

import pytest

from course_utils.exercises.ch02_02 import (
    check_nfc_fix,
    check_noise_pattern,
    check_rare_word_measurement,
    check_vocab_size,
)

# counts: 법 3, 국가 2, 국민 2, 대한민국 1, 수 2 -> k=2, n=1 keeps {국가, 국민}
TOKENS = ["법", "국가", "법", "국민", "국가", "법", "대한민국", "수", "국민", "수"]


@pytest.mark.parametrize(
    "checker",
    [
        lambda: check_vocab_size(None, TOKENS, 2, 1),
        lambda: check_nfc_fix(None, "한글"),
        lambda: check_noise_pattern(None),
    ],
)
def test_not_answered_prints_hint(checker, capsys: pytest.CaptureFixture[str]) -> None:
    result = checker()
    assert not result and "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_vocab_size() -> None:
    assert check_vocab_size(2, TOKENS, 2, 1)
    assert "len(set)" in check_vocab_size(4, TOKENS, 2, 1).message  # kept tokens, not types
    assert "정제하기 전" in check_vocab_size(5, TOKENS, 2, 1).message
    assert "빈도가 정확히 k" in check_vocab_size(0, TOKENS, 2, 1).message  # used count > k
    assert check_vocab_size(0, TOKENS, 2, 2)  # 국가, 국민 have length 2 = n: removed
    assert "길이가 정확히 n" in check_vocab_size(2, TOKENS, 2, 2).message  # used len < n
    assert "모두 적용" in check_vocab_size(1, TOKENS, 2, 1).message
    assert "정수" in check_vocab_size("2", TOKENS, 2, 1).message


def test_nfc_fix() -> None:
    nfd = unicodedata.normalize("NFD", "한글 파일.txt")
    assert check_nfc_fix(unicodedata.normalize("NFC", nfd), nfd)
    assert "자모가 분리된" in check_nfc_fix(nfd, nfd).message
    assert "글자 자체가" in check_nfc_fix("영어", nfd).message
    assert "문자열" in check_nfc_fix(3, nfd).message


def test_noise_pattern() -> None:
    assert check_noise_pattern(r"[ㄱ-ㅎㅏ-ㅣ]+")
    assert check_noise_pattern(r"[ㄱ-ㅣ]+")
    assert not check_noise_pattern(r"ㅋ+")
    assert "음절" not in check_noise_pattern(r"[가-힣]+").message
    assert not check_noise_pattern(r"[가-힣]+")
    assert "문법 오류" in check_noise_pattern(r"[ㄱ-ㅎ").message
    assert "빈 패턴" in check_noise_pattern("").message
    assert "문자열" in check_noise_pattern(3).message


def test_check_rare_word_measurement(capsys: pytest.CaptureFixture[str]) -> None:
    tokens = ["법", "법", "법", "국가", "국가", "죄", "형", "국민"]
    assert not check_rare_word_measurement(2, None, None, tokens) and "아직" in capsys.readouterr().out
    # k=2 keeps 법 (3) and 국가 (2): 2 words, 5 of 8 tokens
    right = check_rare_word_measurement(2, 2, 5 / 8, tokens)
    assert right and "2개(원래의 40%)" in right.message and "62%" in right.message
    assert check_rare_word_measurement(2, 2, 0.625, tokens)
    assert "len(set" in check_rare_word_measurement(2, 5, 5 / 8, tokens).message
    assert "단어 집합이 2개" in check_rare_word_measurement(2, 3, 5 / 8, tokens).message
    assert "0.625" in check_rare_word_measurement(2, 2, 0.5, tokens).message
    assert "1 이상" in check_rare_word_measurement(0, 2, 0.5, tokens).message
    assert "0과 1" in check_rare_word_measurement(2, 2, 62.5, tokens).message
    with pytest.raises(ValueError):
        check_rare_word_measurement(2, 2, 0.5, [])
