"""Sentence splitting: English with NLTK's punkt model, Korean with kss (backend ``pecab``, quiet)."""

from __future__ import annotations

import warnings
from typing import Any

KSS_BACKEND = "pecab"


def split_korean_sentences(text: Any, *, backend: str = KSS_BACKEND) -> list[str]:
    """Split Korean ``text`` into sentences with kss.

    The backend is fixed to ``pecab`` (pure Python, ships its dictionary) so results do not
    depend on whether MeCab happens to be installed; ``"punct"`` is the fast rule-based choice.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if backend not in ("pecab", "punct"):
        raise ValueError(f"backend must be 'pecab' or 'punct', got {backend!r}")
    if not text.strip():
        return []
    import kss
    import numpy as np

    # pecab adds int16 costs that can overflow harmlessly; silence that warning at the call.
    with warnings.catch_warnings(), np.errstate(over="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        return list(kss.split_sentences(text, backend=backend))


def split_english_sentences(text: Any) -> list[str]:
    """Split English ``text`` into sentences with NLTK's ``sent_tokenize`` (punkt_tab model).

    Punkt learned which periods end a sentence, so abbreviations (``Ph.D.``, ``Mr.``), decimal
    numbers and IP addresses (``192.168.56.31``) do not cut a sentence. The punkt_tab data is
    built offline by ``python scripts/build_nltk_data.py``; nothing is downloaded.

    >>> split_english_sentences("I am a Ph.D. student. Nice to meet you!")
    ['I am a Ph.D. student.', 'Nice to meet you!']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not text.strip():
        return []
    from nltk.tokenize import sent_tokenize

    from course_utils.setup.nltk_data import use_course_nltk_data

    use_course_nltk_data()
    return list(sent_tokenize(text, language="english"))
