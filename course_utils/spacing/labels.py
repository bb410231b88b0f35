"""Spacing as tagging: a spaced sentence <-> its characters and one 0/1 label per character.

::

    to_tagging("모든 국민은 평등하다") == ("모든국민은평등하다", [0, 1, 0, 0, 1, 0, 0, 0, 0])

``labels[i] = 1`` means a space follows ``chars[i]``. Every spacer of the course (02-10, chapter 08)
predicts these labels, and :mod:`course_utils.spacing.metrics` scores them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from course_utils.validation import as_list, check_str

WHITESPACE = re.compile(r"\s+")


def to_tagging(sentence: str) -> tuple[str, list[int]]:
    """Turn a spaced sentence into ``(chars, labels)``.

    ``chars`` is the sentence without whitespace; ``labels[i] = 1`` if whitespace follows
    ``chars[i]`` in the sentence, else 0. The last label is always 0 (leading/trailing
    whitespace is ignored and a run of whitespace counts as one space).
    """
    check_str(sentence, "sentence")
    chars: list[str] = []
    labels: list[int] = []
    for piece in WHITESPACE.split(sentence.strip()):
        if not piece:
            continue
        if labels:
            labels[-1] = 1
        chars.extend(piece)
        labels.extend([0] * len(piece))
    return "".join(chars), labels


def from_tagging(chars: str, labels: Sequence[int]) -> str:
    """Inverse of :func:`to_tagging`: put a space after ``chars[i]`` where ``labels[i] == 1``."""
    check_str(chars, "chars")
    if any(ch.isspace() for ch in chars):
        raise ValueError("chars must not contain whitespace; pass the text with its spaces removed")
    labels = list(labels)
    if len(labels) != len(chars):
        raise ValueError(f"got {len(labels)} labels for {len(chars)} characters; need one label per character")
    parts = []
    for ch, label in zip(chars, labels, strict=True):
        if label not in (0, 1):
            raise ValueError(f"labels must be 0 or 1, got {label!r}")
        parts.append(ch + (" " if label == 1 else ""))
    return "".join(parts).rstrip(" ")


def check_sentences(sentences: Any, name: str = "sentences") -> list[str]:
    """``sentences`` as a non-empty list of ``str``; else ``TypeError``/``ValueError`` saying what to pass."""
    items = as_list(sentences, name, what="a list of sentences", hint="wrap a single sentence: [sentence]")
    if not items:
        raise ValueError(f"{name} is empty; pass at least one sentence")
    for i, s in enumerate(items):
        if not isinstance(s, str):
            raise TypeError(f"{name}[{i}] must be a str, got {type(s).__name__}")
    return items
