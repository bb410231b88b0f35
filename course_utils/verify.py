"""Checks a learner sees: a hand-written result next to a reference implementation.

Each function prints one line in a fixed format and raises ``AssertionError`` when the two
disagree, so a notebook that drifts from its reference fails under nbval.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def _as_array(value: Any, name: str) -> np.ndarray:
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be numeric array-like, got {type(value).__name__}") from exc
    return array


def compare_arrays(
    mine: Any,
    reference: Any,
    *,
    label: str = "",
    atol: float = 1e-6,
    rtol: float = 1e-5,
) -> float:
    """Print ``max |mine - reference|`` and assert it is within ``atol + rtol * |reference|``.

    Returns the maximum absolute difference as a Python float.
    """
    a = _as_array(mine, "mine")
    b = _as_array(reference, "reference")
    if a.shape != b.shape:
        raise AssertionError(f"{label}: shapes differ, mine {a.shape} vs reference {b.shape}")
    diff = float(np.max(np.abs(a - b))) if a.size else 0.0
    ok = bool(np.allclose(a, b, atol=atol, rtol=rtol))
    prefix = f"{label}: " if label else ""
    print(f"{prefix}max |mine - reference| = {diff:.1e} -> {'일치' if ok else '불일치'}")
    if not ok:
        raise AssertionError(f"{prefix}max difference {diff:.3e} exceeds atol={atol}, rtol={rtol}")
    return diff


def compare_equal(mine: Any, reference: Any, *, label: str = "") -> None:
    """Print whether two results are exactly equal (lists, dicts, strings, arrays) and assert it."""
    if isinstance(mine, np.ndarray) or isinstance(reference, np.ndarray):
        same = np.array_equal(np.asarray(mine), np.asarray(reference))
    else:
        same = mine == reference
    same = bool(same)
    prefix = f"{label}: " if label else ""
    print(f"{prefix}{'같음' if same else '다름'}")
    if not same:
        raise AssertionError(f"{prefix}results differ\n mine:      {mine!r}\n reference: {reference!r}")
