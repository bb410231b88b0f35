"""Input checks shared by course_utils' modules, so every bad input gets the same kind of message:
what was wrong, and what to pass instead."""

from __future__ import annotations

from numbers import Integral
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


def describe(value: Any) -> str:
    """``"<type> <repr>"`` of a value for an error message, the repr cut to 40 characters."""
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:37] + '...'}"


def check_int(
    value: Any,
    name: str,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    type_error: type[Exception] = TypeError,
) -> int:
    """Return ``value`` as an ``int`` if it is a whole number in ``[minimum, maximum]``; else raise.

    Python and NumPy integers pass; ``bool`` does not (``True`` is an ``int`` to Python, but
    ``window=True`` is a slip, not a window of 1), nor do floats such as ``2.0``. A value of the
    wrong type raises ``type_error`` (``TypeError`` unless a caller's documented contract says
    ``ValueError``): ``"maxlen must be an int >= 1, got float 2.0"``; one out of range raises
    ``ValueError``: ``"maxlen must be >= 1, got 0"``.
    """
    if minimum == 0 and maximum is None:
        bounds = "non-negative"
    elif minimum is not None and maximum is not None:
        bounds = f"from {minimum} to {maximum}"
    elif minimum is not None:
        bounds = f">= {minimum}"
    elif maximum is not None:
        bounds = f"<= {maximum}"
    else:
        bounds = ""
    if isinstance(value, bool) or not isinstance(value, Integral):
        wanted = "a non-negative int" if bounds == "non-negative" else f"an int {bounds}" if bounds else "an int"
        raise type_error(f"{name} must be {wanted}, got {describe(value)}")
    number = int(value)
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        wanted = "a non-negative int" if bounds == "non-negative" else bounds
        raise ValueError(f"{name} must be {wanted}, got {number}")
    return number
