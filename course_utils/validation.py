"""Input checks shared by course_utils' modules, so every bad input gets the same kind of message:
what was wrong, and what to pass instead."""

from __future__ import annotations

from typing import Any


def check_str(value: Any, name: str = "text", hint: str = "pass the text as a string") -> str:
    """Return ``value`` if it is a ``str``; else raise ``TypeError`` naming ``name`` and the fix."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}; {hint}")
    return value


def as_list(value: Any, name: str, *, what: str, hint: str = "") -> list[Any]:
    """Return ``list(value)`` for an iterable of items.

    A ``str``/``bytes`` (a single text where a collection of items is expected, a common slip) and
    a non-iterable both raise ``TypeError``: ``"{name} must be {what}, got ..."`` plus ``hint``.
    """
    suffix = f"; {hint}" if hint else ""
    if isinstance(value, (str, bytes)):
        raise TypeError(f"{name} must be {what}, got a str (a single string){suffix}")
    try:
        return list(value)
    except TypeError as exc:
        raise TypeError(f"{name} must be {what}, got {type(value).__name__}{suffix}") from exc
