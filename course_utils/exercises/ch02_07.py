"""Exercise checkers of notebook 02-07 (padding)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from course_utils.encoding import pad_sequences
from course_utils.exercises import CheckResult, not_answered, report
from course_utils.validation import check_int

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
        fn, "np.zeros((len(sequences), maxlen), dtype=int)를 만들고, 각 행의 앞쪽에 seq[:maxlen]을 넣으세요."
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
                False, "", f"pad_post({sequences}, {maxlen})에서 오류가 났습니다: {type(exc).__name__}: {exc}"
            )
        if _same(result, expected):
            continue
        shown = f"pad_post({sequences}, {maxlen})"
        if np.shape(result) != expected.shape:
            return report(
                False, "", f"{shown}의 모양이 {np.shape(result)}입니다. ({len(sequences)}, {maxlen}) 이어야 합니다."
            )
        if _same(result, pad_sequences(sequences, maxlen=maxlen, padding="pre", truncating="post")):
            return report(False, "", f"{shown}: 0을 앞에 채웠습니다. 이번에는 뒤(post)에 채워야 합니다.")
        if _same(result, pad_sequences(sequences, maxlen=maxlen, padding="post", truncating="pre")):
            return report(
                False, "", f"{shown}: 긴 문장의 앞부분을 잘랐습니다. 앞의 maxlen 개를 남기고 뒤를 잘라야 합니다."
            )
        return report(
            False, "", f"{shown}의 결과가 {np.asarray(result).tolist()}입니다. 기대한 값: {expected.tolist()}"
        )
    return report(
        True,
        f"{len(cases or PAD_CASES)}가지 경우 모두 pad_sequences(padding='post', truncating='post')와 같습니다.",
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
        "L을 1부터 늘려 가며 (lengths <= L)의 비율이 처음으로 ratio 이상이 되는 L을 찾으세요 (np.mean이 편합니다).",
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"maxlen은 정수입니다 (입력: {answer!r}).")
    lengths = np.asarray(lengths)
    expected = coverage_maxlen(lengths, ratio)
    covered = float(np.mean(lengths <= int(answer)))
    if answer == expected:
        return report(
            True,
            f"maxlen={expected}이면 문장의 {covered:.1%}가 잘리지 않습니다 (가장 긴 문장은 {int(lengths.max())}).",
            "",
        )
    if covered < ratio:
        return report(
            False, "", f"maxlen={answer}이면 {covered:.1%}만 잘리지 않습니다. {ratio:.0%} 이상이 되어야 합니다."
        )
    return report(
        False,
        "",
        f"maxlen={answer}도 {covered:.1%}를 덮지만 더 작은 값으로도 {ratio:.0%}를 넘습니다. 가장 작은 값을 찾으세요.",
    )


def padding_tradeoff(sequences: Sequence[Sequence[int]], maxlen: int) -> tuple[float, float]:
    """What a ``maxlen`` costs: (share of the padded matrix that is padding, share of all tokens cut off).

    The matrix is ``len(sequences) x maxlen``; a sequence longer than ``maxlen`` loses ``len - maxlen`` tokens
    (whichever end ``truncating`` cuts), a shorter one gets ``maxlen - len`` padding cells.
    """
    maxlen = check_int(maxlen, "maxlen", minimum=1, type_error=ValueError)
    lengths = np.array([len(seq) for seq in sequences], dtype=np.int64)  # (n,)
    if lengths.size == 0 or lengths.sum() == 0:
        raise ValueError("sequences is empty or has no tokens; pass the integer sequences of a corpus")
    kept = np.minimum(lengths, maxlen)  # (n,) tokens that stay
    padding_ratio = float(1 - kept.sum() / (lengths.size * maxlen))
    truncated_ratio = float((lengths - kept).sum() / lengths.sum())
    return padding_ratio, truncated_ratio


def check_padding_tradeoff(answer: dict[str, Any] | None, sequences: Sequence[Sequence[int]]) -> CheckResult:
    """A measured ``{"maxlen": L, "padding_ratio": p, "truncated_ratio": t}``, recomputed from ``sequences``.

    ``padding_ratio``: share of the ``(n, L)`` matrix filled with padding; ``truncated_ratio``: share of all
    tokens of ``sequences`` cut off by ``maxlen=L``. Both are fractions in [0, 1], accepted within 0.0005.
    """
    pending = not_answered(
        answer,
        "pad_sequences(sequences, maxlen=L, padding='post')의 (행렬 == 0) 비율과, "
        "max(len(seq) - L, 0)의 합 / 전체 토큰 수를 재세요.",
    )
    if pending is not None:
        return pending
    keys = ("maxlen", "padding_ratio", "truncated_ratio")
    if not isinstance(answer, dict) or any(k not in answer for k in keys):
        return report(False, "", f"사전(dict)에 {list(keys)} 세 값을 넣어 주세요 (입력: {answer!r}).")
    maxlen = answer["maxlen"]
    if isinstance(maxlen, bool) or not isinstance(maxlen, (int, np.integer)) or maxlen < 1:
        return report(False, "", f"maxlen은 1 이상의 정수입니다 (입력: {maxlen!r}).")
    numbers = {}
    for key in keys[1:]:
        value = answer[key]
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            return report(False, "", f"{key}는 숫자(0~1 사이 비율)여야 합니다 (입력: {value!r}).")
        numbers[key] = float(value)
        if numbers[key] > 1:
            return report(False, "", f"{key} = {value}는 1보다 큽니다. 백분율(%)이 아니라 0~1 사이 비율로 적어 주세요.")
    padding_ratio, truncated_ratio = padding_tradeoff(sequences, int(maxlen))
    lengths = np.array([len(seq) for seq in sequences])
    tol = 5e-4
    problems = []
    if abs(numbers["padding_ratio"] - padding_ratio) > tol:
        problems.append(f"패딩 비율은 {padding_ratio:.4f}입니다 (입력: {numbers['padding_ratio']:.4f}).")
    if abs(numbers["truncated_ratio"] - truncated_ratio) > tol:
        sentence_share = float(np.mean(lengths > int(maxlen)))
        if abs(numbers["truncated_ratio"] - sentence_share) <= tol:
            problems.append(
                "잘린 '문장'의 비율을 적었습니다. 이번에는 버려진 '토큰'의 비율(버려진 토큰 수 / 전체 토큰 수)입니다."
            )
        else:
            problems.append(f"잘린 토큰 비율은 {truncated_ratio:.4f}입니다 (입력: {numbers['truncated_ratio']:.4f}).")
    if problems:
        return report(False, "", " ".join(problems))
    longest_padding, _ = padding_tradeoff(sequences, int(lengths.max()))
    return report(
        True,
        f"maxlen={int(maxlen)}: 행렬의 {padding_ratio:.1%}가 패딩이고 토큰의 {truncated_ratio:.1%}가 잘립니다 "
        f"(가장 긴 문장 {int(lengths.max())}에 맞추면 패딩 {longest_padding:.1%}, 잘림 0%).",
        "",
    )


__all__ = [
    "PAD_CASES",
    "check_maxlen_coverage",
    "check_pad_post",
    "check_padding_tradeoff",
    "coverage_maxlen",
    "padding_tradeoff",
]
