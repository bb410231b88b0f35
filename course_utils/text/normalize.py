"""Cleaning and normalization of 02-02: Unicode NFC, case folding with exceptions, noise removal.

Normalization merges different spellings of the same word into one token (``NFD 한글`` and
``NFC 한글``, ``Apple`` and ``apple``); cleaning removes tokens that are noise for the task
(rare words, very short words, text matching a pattern). Every function checks its input and
raises ``TypeError``/``ValueError`` saying what to pass.

Example::

    >>> fold_case(["The", "US", "said", "us"])
    ['the', 'US', 'said', 'us']
    >>> remove_rare_tokens(["a", "b", "a"], k=2)
    ['a', 'a']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from course_utils.validation import check_int, check_str

__all__ = [
    "fold_case",
    "is_nfc",
    "remove_matching_tokens",
    "remove_patterns",
    "remove_rare_tokens",
    "remove_short_tokens",
    "to_nfc",
]


# --- input checks ---------------------------------------------------------------------------


def _check_tokens(tokens: Any, name: str = "tokens") -> list[str]:
    if tokens is None or isinstance(tokens, (str, bytes)):
        raise TypeError(
            f"{name} must be a list of str tokens, got {type(tokens).__name__}; "
            "tokenize the text first, e.g. text.split()"
        )
    try:
        tokens = list(tokens)
    except TypeError:
        raise TypeError(f"{name} must be a list of str tokens, got {type(tokens).__name__}") from None
    for i, token in enumerate(tokens):
        if not isinstance(token, str):
            raise TypeError(f"{name}[{i}] must be a str, got {type(token).__name__}: {token!r}")
    return tokens


def _check_threshold(value: Any, name: str) -> int:
    return check_int(value, name, minimum=0)


def _compile_patterns(patterns: Any) -> list[re.Pattern[str]]:
    if patterns is None or isinstance(patterns, (str, re.Pattern)):
        raise TypeError(
            f"patterns must be a list of regular expressions, got {type(patterns).__name__}; "
            "wrap a single pattern in a list: [r'...']"
        )
    compiled = []
    for i, pattern in enumerate(patterns):
        if isinstance(pattern, re.Pattern):
            compiled.append(pattern)
        elif isinstance(pattern, str):
            if not pattern:
                raise ValueError(f"patterns[{i}] is empty; an empty pattern matches everywhere")
            try:
                compiled.append(re.compile(pattern))
            except re.error as exc:
                raise ValueError(f"patterns[{i}] = {pattern!r} is not a valid regular expression: {exc}") from None
        else:
            raise TypeError(f"patterns[{i}] must be a str or re.Pattern, got {type(pattern).__name__}")
    return compiled


# --- Unicode normalization ------------------------------------------------------------------


def to_nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC form (composed syllables).

    macOS file names and some copied text store Hangul in NFD: ``'한'`` becomes the three jamo
    ``'ᄒ' + 'ᅡ' + 'ᆫ'``. NFD and NFC strings look identical but have different lengths and compare
    unequal; NFC (``unicodedata.normalize('NFC', text)``) composes them back.
    """
    return unicodedata.normalize("NFC", check_str(text))


def is_nfc(text: str) -> bool:
    """Return ``True`` if ``text`` is already in NFC form (``to_nfc(text) == text``)."""
    return unicodedata.is_normalized("NFC", check_str(text))


# --- case folding ---------------------------------------------------------------------------


def _is_acronym(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


def fold_case(
    tokens: Iterable[str],
    *,
    keep: Collection[str] = (),
    keep_acronyms: bool = True,
) -> list[str]:
    """Lowercase tokens, except those whose case carries meaning.

    A token is kept as it is when it is in ``keep`` (exact match) or, with ``keep_acronyms``,
    when it has at least two characters and all its cased characters are upper case
    (``US``, ``NASA``, ``COVID-19``). Everything else becomes ``token.lower()``. So ``'US'`` (the
    country) and ``'us'`` (the pronoun) stay two different tokens while ``'The'`` and ``'the'``
    merge. A sentence written in capitals would be kept too: pass ``keep_acronyms=False`` and an
    explicit ``keep`` set in that case.
    """
    tokens = _check_tokens(tokens)
    if isinstance(keep, str) or not isinstance(keep, Collection):
        raise TypeError(f"keep must be a collection of str such as {{'US'}}, got {type(keep).__name__}")
    keep_set = set(_check_tokens(keep, "keep"))
    return [token if token in keep_set or (keep_acronyms and _is_acronym(token)) else token.lower() for token in tokens]


# --- noise removal --------------------------------------------------------------------------


def remove_rare_tokens(
    tokens: Iterable[str],
    k: int,
    *,
    counts: Mapping[str, int] | None = None,
) -> list[str]:
    """Remove every token ``w`` with ``count(w) < k``, keeping the order of the rest.

    ``counts`` defaults to the counts in ``tokens`` itself; pass the counts of a whole corpus
    (``collections.Counter``) to clean one document by corpus frequency. A token missing from
    ``counts`` has count 0. ``k=0`` or ``k=1`` removes nothing.
    """
    tokens = _check_tokens(tokens)
    k = _check_threshold(k, "k")
    if counts is None:
        counts = Counter(tokens)
    elif not isinstance(counts, Mapping):
        raise TypeError(f"counts must be a mapping token -> count (e.g. a Counter), got {type(counts).__name__}")
    return [token for token in tokens if counts.get(token, 0) >= k]


def remove_short_tokens(tokens: Iterable[str], n: int) -> list[str]:
    """Remove every token ``w`` with ``len(w) <= n`` (``n=0`` removes only empty strings).

    In English, tokens of one or two letters are mostly stopwords (``a``, ``is``, ``of``). In
    Korean one syllable often carries meaning (``법``, ``국``, ``길``), so use this with care there.
    """
    tokens = _check_tokens(tokens)
    n = _check_threshold(n, "n")
    return [token for token in tokens if len(token) > n]


def remove_patterns(text: str, patterns: Iterable[str | re.Pattern[str]], *, repl: str = " ") -> str:
    """Replace every match of each pattern (applied in order) by ``repl``, then tidy spaces.

    After the substitutions, runs of whitespace become one space and the ends are stripped,
    so removing noise never leaves double spaces behind.
    """
    text = check_str(text)
    repl = check_str(repl, "repl")
    for pattern in _compile_patterns(patterns):
        text = pattern.sub(repl, text)
    return " ".join(text.split())


def remove_matching_tokens(tokens: Iterable[str], patterns: Iterable[str | re.Pattern[str]]) -> list[str]:
    """Remove the tokens that match one of ``patterns`` completely (``re.fullmatch``)."""
    tokens = _check_tokens(tokens)
    compiled = _compile_patterns(patterns)
    return [token for token in tokens if not any(p.fullmatch(token) for p in compiled)]
