"""Exercise checkers: each tells the learner, in Korean, what is right or what is still wrong.

A notebook's exercise cell leaves the answer as ``None`` (the checker then prints a hint);
the solution cell below it (source hidden in JupyterLab) fills it in and calls the same checker.
Chapter modules (``course_utils.exercises.ch02`` ...) define one checker per exercise; they compute
the expected answer themselves from the inputs rather than storing it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from numbers import Real
from typing import Any


@dataclass(frozen=True)
class CheckResult:
    """Outcome of one check: ``passed`` and the Korean message that was printed."""

    passed: bool
    message: str

    def __bool__(self) -> bool:
        return self.passed

    def _ipython_display_(self) -> None:
        """Show nothing as a cell result: the message was already printed.

        (A trailing ``;`` does not suppress results under nbval, which runs cells without history.)
        """


def report(passed: bool, ok_message: str, fail_message: str) -> CheckResult:
    """Print ``✅ ok_message`` or ``❌ fail_message`` and return the result."""
    message = f"✅ 정답입니다. {ok_message}" if passed else f"❌ 아직 아닙니다. {fail_message}"
    print(message)
    return CheckResult(passed, message)


def not_answered(answer: Any, hint: str) -> CheckResult | None:
    """Return a printed 'not answered yet' result when ``answer`` is ``None``, else ``None``."""
    if answer is None:
        message = f"✏️ 아직 답을 입력하지 않았습니다. 힌트: {hint}"
        print(message)
        return CheckResult(False, message)
    return None


def as_str_list(answer: object) -> list[str] | None:
    """The learner's answer as a list of str, or ``None`` when it is not a sequence of strings."""
    if isinstance(answer, str) or not isinstance(answer, Sequence):
        return None
    tokens = list(answer)
    return tokens if all(isinstance(t, str) for t in tokens) else None


def as_number(answer: object) -> float | None:
    """The learner's answer as a float (Python or NumPy number), or ``None`` for anything else."""
    if isinstance(answer, bool) or not isinstance(answer, Real):
        return None
    return float(answer)


def check_value(
    answer: Any,
    expected: Any,
    *,
    hint: str,
    explain: str = "",
    equal: Callable[[Any, Any], bool] | None = None,
) -> CheckResult:
    """Generic checker: compare ``answer`` with ``expected`` and explain the difference in Korean."""
    pending = not_answered(answer, hint)
    if pending is not None:
        return pending
    same = equal(answer, expected) if equal is not None else answer == expected
    return report(bool(same), explain, f"기대한 값: {expected!r}, 입력한 값: {answer!r}. 힌트: {hint}")
