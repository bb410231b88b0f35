"""How wide text is on a terminal or in a fixed-width layout, where a Hangul syllable takes two
columns (Unicode East Asian Width ``W``/``F``) and a Latin letter one.

Used to recognise the full-width lines of the hard-wrapped kobill files
(:mod:`course_utils.corpora.legal`) and to align ``python -m course_utils doctor``'s report.
"""

from __future__ import annotations

import unicodedata

from course_utils.validation import check_str


def display_width(text: str) -> int:
    """Columns ``text`` takes: 2 for each wide or full-width character (Hangul, CJK), else 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in check_str(text))


def pad_to_width(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` columns (spaces added; never cut)."""
    return text + " " * max(width - display_width(text), 0)
