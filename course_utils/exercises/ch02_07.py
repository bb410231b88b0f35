"""Exercise checkers of notebook 02-07 (padding)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from course_utils.encoding import pad_sequences
from course_utils.exercises import CheckResult, not_answered, report

#: Cases every padding function is tried on: (sequences, maxlen).
PAD_CASES: list[tuple[list[list[int]], int]] = [
    ([[1, 2, 3], [4, 5], [6]], 3),
    ([[7, 7, 3, 2, 10, 1, 11], [1, 5]], 4),
    ([[], [9]], 2),
    ([[1, 2, 3, 4, 5, 6]], 6),
]


def _same(result: Any, expected: np.ndarray) -> bool:
    try:
        array = np.asarray(result)
    except (TypeError, ValueError):
        return False
    return array.shape == expected.shape and bool(np.array_equal(array, expected))


def check_pad_post(fn: Callable[[list[list[int]], int], Any] | None, cases: Sequence | None = None) -> CheckResult:
    """A function ``fn(sequences, maxlen)`` that pads with 0 at the end and keeps the first ``maxlen``.

    It must give what ``pad_sequences(sequences, maxlen, padding='post', truncating='post')`` gives
    on every case of :data:`PAD_CASES` (or ``cases``).
    """
    pending = not_answered(
        fn, "np.zeros((len(sequences), maxlen), dtype=int) 를 만들고, 각 행의 앞쪽에 seq[:maxlen] 을 넣으세요."
    )
    if pending is not None:
        return pending
    if not callable(fn):
        return report(False, "", f"함수를 넘겨 주세요: pad_post(sequences, maxlen) (입력 타입: {type(fn).__name__}).")
    for sequences, maxlen in cases or PAD_CASES:
        expected = pad_sequences(sequences, maxlen=maxlen, padding="post", truncating="post")
        try:
            result = fn([list(s) for s in sequences], maxlen)
        except Exception as exc:  # the learner's code: report, don't crash the notebook
            return report(
                False, "", f"pad_post({sequences}, {maxlen}) 에서 오류가 났습니다: {type(exc).__name__}: {exc}"
            )
        if _same(result, expected):
            continue
        shown = f"pad_post({sequences}, {maxlen})"
        if np.shape(result) != expected.shape:
            return report(
                False, "", f"{shown} 의 모양이 {np.shape(result)} 입니다. ({len(sequences)}, {maxlen}) 이어야 합니다."
            )
        if _same(result, pad_sequences(sequences, maxlen=maxlen, padding="pre", truncating="post")):
            return report(False, "", f"{shown}: 0을 앞에 채웠습니다. 이번에는 뒤(post)에 채워야 합니다.")
        if _same(result, pad_sequences(sequences, maxlen=maxlen, padding="post", truncating="pre")):
            return report(
                False, "", f"{shown}: 긴 문장의 앞부분을 잘랐습니다. 앞의 maxlen 개를 남기고 뒤를 잘라야 합니다."
            )
        return report(
            False, "", f"{shown} 의 결과가 {np.asarray(result).tolist()} 입니다. 기대한 값: {expected.tolist()}"
        )
    return report(
        True,
        f"{len(cases or PAD_CASES)}가지 경우 모두 pad_sequences(padding='post', truncating='post') 와 같습니다.",
        "",
    )


def coverage_maxlen(lengths: Sequence[int], ratio: float) -> int:
    """Smallest ``maxlen`` such that at least ``ratio`` of the sequences have ``len <= maxlen``."""
    if not 0 < ratio <= 1:
        raise ValueError(f"ratio must be in (0, 1], got {ratio!r}")
    values = np.sort(np.asarray(lengths, dtype=np.int64))
    if values.size == 0:
        raise ValueError("lengths is empty")
    needed = int(np.ceil(ratio * values.size - 1e-9))
    return int(values[max(needed, 1) - 1])


def check_maxlen_coverage(answer: int | None, lengths: Sequence[int], ratio: float) -> CheckResult:
    """The smallest ``maxlen`` that leaves at least ``ratio`` of the sequences untruncated."""
    pending = not_answered(
        answer,
        "L 을 1부터 늘려 가며 (lengths <= L) 의 비율이 처음으로 ratio 이상이 되는 L 을 찾으세요 (np.mean 이 편합니다).",
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"maxlen 은 정수입니다 (입력: {answer!r}).")
    lengths = np.asarray(lengths)
    expected = coverage_maxlen(lengths, ratio)
    covered = float(np.mean(lengths <= int(answer)))
    if answer == expected:
        return report(
            True,
            f"maxlen={expected} 이면 문장의 {covered:.1%} 가 잘리지 않습니다 (가장 긴 문장은 {int(lengths.max())}).",
            "",
        )
    if covered < ratio:
        return report(
            False, "", f"maxlen={answer} 이면 {covered:.1%} 만 잘리지 않습니다. {ratio:.0%} 이상이 되어야 합니다."
        )
    return report(
        False,
        "",
        f"maxlen={answer} 도 {covered:.1%} 를 덮지만 더 작은 값으로도 {ratio:.0%} 를 넘습니다. "
        "가장 작은 값을 찾으세요.",
    )


__all__ = ["PAD_CASES", "check_maxlen_coverage", "check_pad_post", "coverage_maxlen"]
