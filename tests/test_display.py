"""Display width: Hangul takes two terminal columns."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from course_utils.text.display import display_width, pad_to_width


def test_display_width_counts_hangul_twice() -> None:
    assert display_width("") == 0
    assert display_width("abc") == 3
    assert display_width("한글a") == 5
    assert display_width("ｆｕｌｌ") == 8  # full-width Latin letters


@given(st.text(max_size=20))
def test_display_width_agrees_with_east_asian_width(text: str) -> None:
    wide = sum(unicodedata.east_asian_width(ch) in ("W", "F") for ch in text)
    assert display_width(text) == len(text) + wide


def test_pad_to_width() -> None:
    assert pad_to_width("한글", 6) == "한글  "
    assert pad_to_width("한글", 3) == "한글"
    with pytest.raises(TypeError, match="text must be a str"):
        display_width(3)  # type: ignore[arg-type]
