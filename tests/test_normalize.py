"""Tests of course_utils.text.normalize."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from course_utils.text.normalize import (
    fold_case,
    is_nfc,
    remove_matching_tokens,
    remove_patterns,
    remove_rare_tokens,
    remove_short_tokens,
    to_nfc,
)

# --- NFC -------------------------------------------------------------------------------------


def test_nfd_hangul_trap_and_fix() -> None:
    nfc = "한글"
    nfd = unicodedata.normalize("NFD", nfc)
    assert (len(nfc), len(nfd)) == (2, 6)
    assert nfd != nfc
    assert is_nfc(nfc) and not is_nfc(nfd)
    assert to_nfc(nfd) == nfc
    assert [hex(ord(c)) for c in nfd[:3]] == ["0x1112", "0x1161", "0x11ab"]


@given(st.text())
def test_to_nfc_is_idempotent_and_is_nfc_agrees(text: str) -> None:
    once = to_nfc(text)
    assert to_nfc(once) == once
    assert is_nfc(once)
    assert is_nfc(text) == (once == text)


@pytest.mark.parametrize("function", [to_nfc, is_nfc])
@pytest.mark.parametrize("bad", [None, 1, ["한글"]])
def test_nfc_rejects_non_str(function, bad) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        function(bad)


# --- case folding ----------------------------------------------------------------------------


def test_fold_case_keeps_us_distinct_from_us() -> None:
    tokens = ["The", "US", "told", "us", "that", "NASA", "and", "Apple", "met", "I"]
    assert fold_case(tokens) == ["the", "US", "told", "us", "that", "NASA", "and", "apple", "met", "i"]
    assert fold_case(tokens, keep_acronyms=False) == [t.lower() for t in tokens]
    assert fold_case(tokens, keep={"Apple"}, keep_acronyms=False)[7] == "Apple"
    assert fold_case(["COVID-19"]) == ["COVID-19"]
    assert fold_case([]) == []


@given(st.lists(st.text(alphabet="abcXYZ", max_size=4), max_size=10))
def test_fold_case_without_exceptions_is_lower(tokens: list[str]) -> None:
    assert fold_case(tokens, keep_acronyms=False) == [t.lower() for t in tokens]


@pytest.mark.parametrize(
    ("tokens", "kwargs", "match"),
    [
        (None, {}, "list of str tokens"),
        ("The US", {}, "list of str tokens"),
        (["a", 1], {}, r"tokens\[1\] must be a str"),
        (["a"], {"keep": "US"}, "collection of str"),
        (["a"], {"keep": [1]}, r"keep\[0\]"),
        (5, {}, "got int"),
    ],
)
def test_fold_case_rejects_bad_input(tokens, kwargs, match) -> None:
    with pytest.raises(TypeError, match=match):
        fold_case(tokens, **kwargs)


# --- rare and short tokens --------------------------------------------------------------------


def test_remove_rare_tokens_by_own_and_corpus_counts() -> None:
    tokens = ["법", "국가", "법", "국민", "국가", "법"]
    assert remove_rare_tokens(tokens, 3) == ["법", "법", "법"]
    assert remove_rare_tokens(tokens, 2) == ["법", "국가", "법", "국가", "법"]
    assert remove_rare_tokens(tokens, 0) == tokens
    assert remove_rare_tokens(tokens, 1) == tokens
    corpus = Counter({"국민": 5, "법": 1})
    assert remove_rare_tokens(tokens, 2, counts=corpus) == ["국민"]


@given(st.lists(st.sampled_from("abcde"), max_size=30), st.integers(0, 8))
def test_remove_rare_tokens_keeps_exactly_frequent_tokens(tokens: list[str], k: int) -> None:
    counts = Counter(tokens)
    kept = remove_rare_tokens(tokens, k)
    assert kept == [t for t in tokens if counts[t] >= k]
    assert all(counts[t] >= k for t in kept)


def test_remove_short_tokens() -> None:
    tokens = ["I", "was", "wondering", "if", "anyone", "", "is", "it"]
    assert remove_short_tokens(tokens, 2) == ["was", "wondering", "anyone"]
    assert remove_short_tokens(tokens, 0) == ["I", "was", "wondering", "if", "anyone", "is", "it"]


@pytest.mark.parametrize("function", [remove_rare_tokens, remove_short_tokens])
@pytest.mark.parametrize(
    ("tokens", "threshold", "error"),
    [
        (None, 1, TypeError),
        ("text", 1, TypeError),
        ([1, 2], 1, TypeError),
        (["a"], -1, ValueError),
        (["a"], 1.5, TypeError),
        (["a"], True, TypeError),
        (["a"], None, TypeError),
    ],
)
def test_thresholds_and_tokens_are_checked(function, tokens, threshold, error) -> None:
    with pytest.raises(error):
        function(tokens, threshold)


def test_remove_rare_tokens_rejects_bad_counts() -> None:
    with pytest.raises(TypeError, match="counts must be a mapping"):
        remove_rare_tokens(["a"], 1, counts=["a"])


# --- regex ------------------------------------------------------------------------------------


def test_remove_patterns_cleans_and_tidies_spaces() -> None:
    text = "배송 빨라요ㅋㅋㅋ  <br/> 강추!!! http://shop.example.com/item?id=3"
    cleaned = remove_patterns(text, [r"https?://\S+", r"<[^>]+>", r"[ㄱ-ㅎㅏ-ㅣ]+", r"!+"])
    assert cleaned == "배송 빨라요 강추"
    assert remove_patterns("a1b22c", [re.compile(r"\d+")], repl="-") == "a-b-c"
    assert remove_patterns("  a  b ", []) == "a b"


def test_remove_matching_tokens() -> None:
    tokens = ["2024", "년", "3.5", "%", "성장", "ㅋㅋ"]
    assert remove_matching_tokens(tokens, [r"[\d.]+", r"\W+", r"[ㄱ-ㅎ]+"]) == ["년", "성장"]


@pytest.mark.parametrize(
    ("patterns", "error", "match"),
    [
        (None, TypeError, "list of regular expressions"),
        (r"\d+", TypeError, "wrap a single pattern"),
        ([r"(unclosed"], ValueError, "not a valid regular expression"),
        ([""], ValueError, "empty"),
        ([3], TypeError, r"patterns\[0\]"),
    ],
)
def test_remove_patterns_rejects_bad_patterns(patterns, error, match) -> None:
    with pytest.raises(error, match=match):
        remove_patterns("text", patterns)
    with pytest.raises(error, match=match):
        remove_matching_tokens(["text"], patterns)


def test_remove_patterns_rejects_non_str_text() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        remove_patterns(None, [r"\d"])
    with pytest.raises(TypeError, match="repl must be a str"):
        remove_patterns("a", [r"\d"], repl=None)
