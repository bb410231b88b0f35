"""Shared input checks."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.validation import as_list, check_int, check_str, describe


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


def test_check_int_accepts_python_and_numpy_ints() -> None:
    assert check_int(3, "n") == 3
    value = check_int(np.int64(7), "n", minimum=1, maximum=7)
    assert value == 7 and type(value) is int
    assert check_int(0, "seed", minimum=0) == 0


@pytest.mark.parametrize(
    ("value", "kwargs", "error", "message"),
    [
        (True, {}, TypeError, "n must be an int, got bool True"),
        (2.0, {"minimum": 1}, TypeError, r"n must be an int >= 1, got float 2.0"),
        ("3", {"minimum": 1, "maximum": 4}, TypeError, r"n must be an int from 1 to 4, got str '3'"),
        (None, {"minimum": 0}, TypeError, "n must be a non-negative int, got NoneType None"),
        (-1, {"minimum": 0}, ValueError, "n must be a non-negative int, got -1"),
        (0, {"minimum": 1}, ValueError, "n must be >= 1, got 0"),
        (5, {"minimum": 1, "maximum": 4}, ValueError, "n must be from 1 to 4, got 5"),
        (9, {"maximum": 8}, ValueError, "n must be <= 8, got 9"),
    ],
)
def test_check_int_rejects_with_a_clear_message(value, kwargs, error, message) -> None:
    with pytest.raises(error, match=f"^{message}$"):
        check_int(value, "n", **kwargs)


def test_check_int_type_error_can_be_a_value_error_for_old_contracts() -> None:
    with pytest.raises(ValueError, match="window must be an int from 1 to 4, got float 2.0"):
        check_int(2.0, "window", minimum=1, maximum=4, type_error=ValueError)


def test_describe_cuts_long_values() -> None:
    assert describe(3) == "int 3"
    text = describe("x" * 100)
    assert text.startswith("str 'xxx") and text.endswith("...") and len(text) == len("str ") + 40
