"""Checks a learner sees: a hand-written result next to a reference implementation.

Each function prints one line in a fixed format and raises ``AssertionError`` when the two
disagree, so a notebook that drifts from its reference fails under nbval.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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


def grad_check(
    f: Callable[[], float],
    params: Mapping[str, np.ndarray],
    grads: Mapping[str, Any],
    *,
    eps: float = 1e-6,
    tol: float = 1e-6,
    floor: float = 1e-8,
    label: str = "",
) -> float:
    """Compare analytic gradients with central differences ``(f(w + eps) - f(w - eps)) / (2 eps)``.

    ``f()`` takes no arguments and returns the scalar loss computed from the arrays in ``params``
    (a dict ``{name: float64 array}``); each entry is nudged in place and restored. ``grads`` holds the
    analytic gradients under the same names. The relative error of one entry is
    ``|a - n| / max(|a| + |n|, floor)``; ``floor`` keeps entries whose gradient is ~0 from dividing by 0.
    Prints ``grad_check: max relative error = 3.2e-09 -> 일치``, returns the maximum, and raises
    ``AssertionError`` naming the worst parameter, its index and both values when it exceeds ``tol``.
    """
    if not callable(f):
        raise TypeError(f"f must be a function f() -> loss, got {type(f).__name__}")
    if not isinstance(params, Mapping) or not isinstance(grads, Mapping):
        raise TypeError("params and grads must be dicts {name: array}, e.g. {'W1': W1, 'b1': b1}")
    if set(params) != set(grads):
        raise ValueError(f"params and grads must have the same names, got {sorted(params)} and {sorted(grads)}")
    if not params:
        raise ValueError("params is empty: pass at least one array to check")
    worst = (-1.0, "", (), 0.0, 0.0)  # (error, name, index, analytic, numerical)
    for name, w in params.items():
        if not isinstance(w, np.ndarray) or w.dtype != np.float64:
            raise TypeError(
                f"params[{name!r}] must be a float64 np.ndarray (nudged in place); "
                f"got {getattr(w, 'dtype', type(w).__name__)}: pass {name}.astype(np.float64)"
            )
        analytic = _as_array(grads[name], f"grads[{name!r}]")
        if analytic.shape != w.shape:
            raise ValueError(f"grads[{name!r}] must have the shape of params[{name!r}] {w.shape}, got {analytic.shape}")
        for index in np.ndindex(w.shape):
            original = w[index]
            try:
                w[index] = original + eps
                f_plus = float(f())
                w[index] = original - eps
                f_minus = float(f())
            finally:
                w[index] = original
            numerical = (f_plus - f_minus) / (2.0 * eps)
            a = float(analytic[index])
            error = abs(a - numerical) / max(abs(a) + abs(numerical), floor)
            if not np.isfinite(error):
                error = float("inf")
            if error > worst[0]:
                worst = (error, name, index, a, numerical)
    error, name, index, a, numerical = worst
    ok = error <= tol
    prefix = f"grad_check({label})" if label else "grad_check"
    print(f"{prefix}: max relative error = {error:.1e} -> {'일치' if ok else '불일치'}")
    if not ok:
        where = f"{name}[{', '.join(str(int(i)) for i in index)}]" if index else name
        raise AssertionError(
            f"{prefix}: relative error {error:.3e} > tol={tol} at {where}: "
            f"analytic {a:.10g} vs numerical {numerical:.10g}"
        )
    return error
