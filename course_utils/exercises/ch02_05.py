"""Exercise checkers of notebook 02-05 (regular expressions)."""

from __future__ import annotations

import re

from course_utils.exercises import CheckResult, not_answered, report

#: Reference pattern of the phone-number exercise: area/mobile code of 2-3 digits, then 3-4, then 4.
PHONE_PATTERN = r"\b\d{2,3}-\d{3,4}-\d{4}\b"
#: Characters the cleaning exercise removes: anything but Hangul jamo/syllables, digits and spaces.
NOT_KEPT_PATTERN = r"[^ㄱ-ㅎㅏ-ㅣ가-힣0-9 ]"


def _compile(pattern: object) -> tuple[re.Pattern[str] | None, str]:
    if isinstance(pattern, re.Pattern):
        return pattern, ""
    if not isinstance(pattern, str):
        return None, f"패턴은 문자열(r'...')로 적어 주세요 (입력: {type(pattern).__name__})."
    try:
        return re.compile(pattern), ""
    except re.error as exc:
        return None, f"정규 표현식 문법 오류: {exc}. 괄호와 대괄호, 중괄호가 짝이 맞는지 보세요."


def check_phone_pattern(pattern: str | re.Pattern[str] | None, text: str) -> CheckResult:
    """A pattern whose ``re.findall`` on ``text`` gives the same phone numbers as PHONE_PATTERN."""
    pending = not_answered(pattern, r"\d{n,m} 으로 자릿수를 정하고 '-' 로 세 덩어리를 이으세요.")
    if pending is not None:
        return pending
    compiled, error = _compile(pattern)
    if compiled is None:
        return report(False, "", error)
    if compiled.groups:
        return report(
            False, "", "패턴에 그룹 ( ) 이 있으면 findall 은 그룹만 돌려줍니다. 그룹을 빼거나 (?: ) 를 쓰세요."
        )
    expected = re.findall(PHONE_PATTERN, text)
    found = compiled.findall(text)
    if found == expected:
        return report(True, f"전화번호 {len(expected)}개를 모두 찾았습니다: {expected}", "")
    missing = [m for m in expected if m not in found]
    extra = [m for m in found if m not in expected]
    parts = []
    if missing:
        parts.append(f"못 찾은 번호: {missing}")
    if extra:
        parts.append(f"전화번호가 아닌데 찾은 것: {extra} (자릿수 범위나 \\b 경계를 확인하세요)")
    return report(False, "", "; ".join(parts) or f"순서가 다릅니다. 기대: {expected}")


def check_korean_cleaning(answer: str | None, text: str) -> CheckResult:
    """``text`` keeping only Hangul, digits and spaces, runs of spaces squeezed to one, stripped.

    Expected: ``re.sub(r"\\s+", " ", re.sub(NOT_KEPT_PATTERN, "", text)).strip()``.
    """
    pending = not_answered(
        answer,
        "re.sub 두 번: 먼저 [^...] 로 남길 글자(한글 자모, 완성형, 숫자, 공백)가 아닌 것을 "
        "지우고, 다음에 \\s+ 를 공백 한 칸으로 바꾸세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, str):
        return report(False, "", f"결과를 문자열로 적어 주세요 (입력: {type(answer).__name__}).")
    expected = re.sub(r"\s+", " ", re.sub(NOT_KEPT_PATTERN, "", text)).strip()
    if answer == expected:
        return report(True, f"{len(text)}글자가 {len(expected)}글자로 줄었습니다: {expected!r}", "")
    left = sorted({ch for ch in answer if re.match(NOT_KEPT_PATTERN, ch)})
    if left:
        return report(False, "", f"아직 남은 글자(한글·숫자·공백이 아님): {left}")
    if answer.split() == expected.split():
        return report(
            False,
            "",
            "글자는 맞지만 공백이 다릅니다. 여러 칸 공백은 한 칸으로 줄이고 앞뒤 공백은 strip() 으로 지우세요.",
        )
    lost = sorted(set(expected.replace(" ", "")) - set(answer))
    if lost:
        return report(
            False,
            "",
            f"지우면 안 되는 글자까지 지웠습니다: {lost}. 한글 자모"
            "(ㄱ-ㅎ, ㅏ-ㅣ), 완성형(가-힣), 숫자(0-9)를 모두 남기세요.",
        )
    return report(False, "", f"기대한 결과: {expected!r}")


def regexp_tokens(pattern: str | re.Pattern[str], text: str) -> list[str]:
    """Tokens of ``text`` from NLTK's ``RegexpTokenizer(pattern)`` (``gaps=False``).

    NLTK compiles the pattern with the third-party ``regex`` engine, whose ``\\w`` differs from ``re`` on a few
    characters (``①`` is ``\\w`` for ``re`` but not for ``regex``), so this calls NLTK rather than ``re.findall``.
    """
    compiled, problem = _compile(pattern)
    if compiled is None:
        raise ValueError(problem)
    from nltk.tokenize import RegexpTokenizer

    return list(RegexpTokenizer(compiled.pattern).tokenize(text))


def check_tokenizer_pattern(
    pattern: str | re.Pattern[str] | None, n_tokens: int | None, vocab_size: int | None, text: str
) -> CheckResult:
    """Token count and vocabulary size of ``text`` under ``RegexpTokenizer(pattern)`` (recomputed here)."""
    pending = not_answered(
        None if pattern is None or n_tokens is None else vocab_size,
        "RegexpTokenizer(my_pattern).tokenize(law_text) 로 토큰을 얻은 뒤 len(tokens) 와 len(set(tokens)) 를 재세요.",
    )
    if pending is not None:
        return pending
    compiled, problem = _compile(pattern)
    if compiled is None:
        return report(False, "", problem)
    if compiled.groups:
        return report(
            False, "", "패턴에 그룹 ( ) 이 있으면 findall 이 그룹만 돌려줍니다. 묶기만 하려면 (?:...) 를 쓰세요."
        )
    for name, value in (("토큰 수", n_tokens), ("단어 집합의 크기", vocab_size)):
        if isinstance(value, bool) or not isinstance(value, int):
            return report(False, "", f"{name}는 정수입니다 (입력: {value!r}).")
    tokens = regexp_tokens(compiled, text)
    if not tokens:
        return report(False, "", "이 패턴은 글에서 아무 토큰도 찾지 못합니다. 다른 패턴을 골라 보세요.")
    expected_n, expected_vocab = len(tokens), len(set(tokens))
    if (n_tokens, vocab_size) == (expected_n, expected_vocab):
        spaced = regexp_tokens(r"\S+", text)
        return report(
            True,
            f"패턴 {compiled.pattern!r}: 토큰 {expected_n:,}개, 단어 집합 {expected_vocab:,}개 "
            f"(공백 기준 \\S+ 는 토큰 {len(spaced):,}개, 단어 집합 {len(set(spaced)):,}개). 예: {tokens[:6]}",
            "",
        )
    if (n_tokens, vocab_size) == (expected_vocab, expected_n):
        return report(False, "", "토큰 수와 단어 집합의 크기를 바꿔 적었습니다.")
    return report(
        False,
        "",
        f"이 패턴으로 다시 재면 토큰 {expected_n}개, 단어 집합 {expected_vocab}개인데 "
        f"토큰 {n_tokens}개, 단어 집합 {vocab_size}개를 입력했습니다.",
    )
