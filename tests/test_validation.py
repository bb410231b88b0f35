"""Shared input checks."""

from __future__ import annotations

import pytest

from course_utils.validation import as_list, check_str


def test_check_str() -> None:
    assert check_str("문장") == "문장"
    with pytest.raises(TypeError, match="text must be a str, got int; pass the text as a string"):
        check_str(3)
    with pytest.raises(TypeError, match="doc must be a str, got NoneType; give one document"):
        check_str(None, "doc", "give one document")


def test_as_list() -> None:
    assert as_list(("a", "b"), "tokens", what="a list of tokens") == ["a", "b"]
    assert as_list(iter([1]), "xs", what="numbers") == [1]
    with pytest.raises(TypeError, match=r"tokens must be a list of tokens, got a str \(a single string\); split it"):
        as_list("a b", "tokens", what="a list of tokens", hint="split it")
    with pytest.raises(TypeError, match="got bytes|got a str"):
        as_list(b"ab", "tokens", what="a list of tokens")
    with pytest.raises(TypeError, match="xs must be numbers, got int"):
        as_list(5, "xs", what="numbers")
