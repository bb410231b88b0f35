"""Exercise checkers of notebook 02-08 (one-hot encoding)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, not_answered, report


def one_hot_vector(word: str, word_to_index: Mapping[str, int], size: int | None = None) -> list[int]:
    """One-hot vector of ``word``: length ``size`` (default ``max(index) + 1``), 1 at its index."""
    if word not in word_to_index:
        raise KeyError(f"{word!r} is not in word_to_index; pick a word of the vocabulary")
    size = max(word_to_index.values()) + 1 if size is None else size
    vector = [0] * size
    vector[word_to_index[word]] = 1
    return vector


def check_one_hot(
    answer: Sequence[int] | np.ndarray | None,
    word: str,
    word_to_index: Mapping[str, int],
    size: int | None = None,
) -> CheckResult:
    """The one-hot vector of ``word`` (see :func:`one_hot_vector`)."""
    pending = not_answered(answer, "길이가 단어 집합 크기인 0 벡터를 만들고 단어의 번호 위치만 1로 바꾸세요.")
    if pending is not None:
        return pending
    expected = np.asarray(one_hot_vector(word, word_to_index, size))
    try:
        got = np.asarray(answer, dtype=np.float64)
    except (TypeError, ValueError):
        return report(False, "", f"숫자 리스트나 NumPy 배열을 주세요 (입력 타입: {type(answer).__name__}).")
    if got.ndim != 1:
        return report(False, "", f"1차원 벡터 하나여야 합니다 (입력 모양: {got.shape}).")
    if got.shape != expected.shape:
        return report(
            False, "", f"길이가 {got.size} 입니다. 이 단어 집합에서는 {expected.size} 이어야 합니다 (번호 0 자리 포함)."
        )
    if np.array_equal(got, expected):
        return report(
            True, f"'{word}' 의 번호 {word_to_index[word]} 자리만 1이고 나머지 {expected.size - 1}개는 0입니다.", ""
        )
    ones = np.flatnonzero(got)
    if len(ones) != 1 or got[ones[0]] != 1:
        return report(False, "", "원-핫 벡터에는 1이 정확히 하나 있고 나머지는 모두 0이어야 합니다.")
    return report(False, "", f"1이 {int(ones[0])}번 자리에 있습니다. '{word}' 의 번호는 {word_to_index[word]} 입니다.")


def one_hot_bytes(n_tokens: int, vocab_size: int, itemsize: int = 4) -> int:
    """Bytes of a dense one-hot matrix of ``n_tokens`` rows and ``vocab_size`` columns: ``N * V * itemsize``."""
    for name, value in (("n_tokens", n_tokens), ("vocab_size", vocab_size), ("itemsize", itemsize)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
            raise ValueError(f"{name} must be a non-negative int, got {value!r}")
    return int(n_tokens) * int(vocab_size) * int(itemsize)


def check_one_hot_bytes(answer: int | float | None, n_tokens: int, vocab_size: int, itemsize: int = 4) -> CheckResult:
    """Memory, in bytes, of the float32 (``itemsize=4``) one-hot matrix of ``n_tokens`` tokens."""
    pending = not_answered(answer, "행(토큰 수) × 열(단어 집합 크기) × 원소 하나의 바이트 수(float32 는 4)를 곱하세요.")
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, float, np.integer, np.floating)):
        return report(False, "", f"바이트 수를 숫자로 적어 주세요 (입력: {answer!r}).")
    expected = one_hot_bytes(n_tokens, vocab_size, itemsize)
    if abs(float(answer) - expected) <= 0.5:
        return report(
            True,
            f"{expected:,} 바이트 = {expected / 2**20:,.1f} MiB. 정수 인코딩(int32)이면 {n_tokens * 4:,} 바이트입니다.",
            "",
        )
    if abs(float(answer) - n_tokens * vocab_size) <= 0.5:
        return report(False, "", f"원소 개수만 셌습니다. 원소 하나가 {itemsize} 바이트를 차지합니다.")
    if abs(float(answer) - n_tokens * vocab_size * 8) <= 0.5:
        return report(False, "", "float64(8바이트)로 계산했습니다. 이번 문제는 float32(4바이트)입니다.")
    if abs(float(answer) - expected / 2**20) < 1 or abs(float(answer) - expected / 1e6) < 1:
        return report(False, "", "MiB/MB 단위로 적었습니다. 바이트 단위 그대로 적어 주세요.")
    return report(False, "", f"기대한 값과 다릅니다 (입력: {answer}). N × V × {itemsize} 를 계산해 보세요.")


def check_decoded(answer: Sequence[str] | None, one_hot_rows: Any, index_to_word: Mapping[int, str]) -> CheckResult:
    """Words of the one-hot rows: ``index_to_word[argmax(row)]`` for each row."""
    pending = not_answered(answer, "각 행에서 1이 있는 위치(np.argmax(row))를 찾아 index_to_word 로 단어를 찾으세요.")
    if pending is not None:
        return pending
    rows = np.asarray(one_hot_rows)
    expected = [index_to_word[int(i)] for i in rows.argmax(axis=-1)]
    if isinstance(answer, str) or not isinstance(answer, (list, tuple)):
        return report(False, "", "단어의 리스트를 주세요 (예: ['나', '는']).")
    answer = list(answer)
    if answer == expected:
        return report(True, f"원-핫 행 {len(expected)}개를 단어로 되돌렸습니다: {' '.join(expected)}", "")
    if all(isinstance(a, (int, np.integer)) for a in answer):
        return report(False, "", "번호까지 구했습니다. index_to_word 로 단어로 바꿔 주세요.")
    if len(answer) != len(expected):
        return report(
            False, "", f"행이 {len(expected)}개이므로 단어도 {len(expected)}개여야 합니다 (입력: {len(answer)}개)."
        )
    i = next(k for k, (a, e) in enumerate(zip(answer, expected, strict=True)) if a != e)
    return report(
        False, "", f"{i + 1}번째 행은 '{expected[i]}' 입니다 (입력: '{answer[i]}'). argmax 의 위치를 다시 보세요."
    )


__all__ = ["check_decoded", "check_one_hot", "check_one_hot_bytes", "one_hot_bytes", "one_hot_vector"]
