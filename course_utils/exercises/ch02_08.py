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
            False, "", f"길이가 {got.size}입니다. 이 단어 집합에서는 {expected.size} 이어야 합니다 (번호 0 자리 포함)."
        )
    if np.array_equal(got, expected):
        return report(
            True, f"'{word}'의 번호 {word_to_index[word]} 자리만 1이고 나머지 {expected.size - 1}개는 0입니다.", ""
        )
    ones = np.flatnonzero(got)
    if len(ones) != 1 or got[ones[0]] != 1:
        return report(False, "", "원-핫 벡터에는 1이 정확히 하나 있고 나머지는 모두 0이어야 합니다.")
    return report(False, "", f"1이 {int(ones[0])}번 자리에 있습니다. '{word}'의 번호는 {word_to_index[word]}입니다.")


def one_hot_bytes(n_tokens: int, vocab_size: int, itemsize: int = 4) -> int:
    """Bytes of a dense one-hot matrix of ``n_tokens`` rows and ``vocab_size`` columns: ``N * V * itemsize``."""
    for name, value in (("n_tokens", n_tokens), ("vocab_size", vocab_size), ("itemsize", itemsize)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
            raise ValueError(f"{name} must be a non-negative int, got {value!r}")
    return int(n_tokens) * int(vocab_size) * int(itemsize)


def one_hot_size(sentences: Sequence[str], *, char_level: bool) -> tuple[int, int]:
    """(N, V) of ``sentences`` under the course ``Tokenizer(char_level=...)``: tokens in all, vocabulary size."""
    from course_utils import Tokenizer

    if isinstance(sentences, str) or not isinstance(sentences, Sequence) or not sentences:
        raise ValueError("sentences must be a non-empty list of str, e.g. corpus_sentences()")
    tokenizer = Tokenizer(char_level=char_level)
    tokenizer.fit_on_texts(sentences)
    n_tokens = sum(len(seq) for seq in tokenizer.texts_to_sequences(sentences))
    return n_tokens, len(tokenizer.word_index)


def check_unit_memory(answer: dict[str, Any] | None, sentences: Sequence[str]) -> CheckResult:
    """A measured ``{"char_level": bool, "N": int, "V": int, "bytes": int}`` for ``Tokenizer(char_level=...)``.

    The checker refits the tokenizer on ``sentences`` and recomputes N (tokens), V (vocabulary size) and the
    bytes of the float32 one-hot matrix ``N * V * 4``; it then compares them with the other unit.
    """
    pending = not_answered(
        answer,
        "Tokenizer(char_level=True)로 fit_on_texts 한 뒤, texts_to_sequences의 길이 합(N)과 "
        "len(word_index)(V)를 세고 N × V × 4를 계산하세요.",
    )
    if pending is not None:
        return pending
    keys = ("char_level", "N", "V", "bytes")
    if not isinstance(answer, dict) or any(k not in answer for k in keys):
        return report(False, "", f"사전(dict)에 {list(keys)} 네 값을 넣어 주세요 (입력: {answer!r}).")
    if not isinstance(answer["char_level"], bool):
        return report(False, "", f"char_level은 True 또는 False입니다 (입력: {answer['char_level']!r}).")
    for key in keys[1:]:
        value = answer[key]
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            return report(False, "", f"{key}는 숫자여야 합니다 (입력: {value!r}).")
    char_level = answer["char_level"]
    n_tokens, vocab_size = one_hot_size(sentences, char_level=char_level)
    expected_bytes = one_hot_bytes(n_tokens, vocab_size, 4)
    unit = "글자" if char_level else "어절"
    if int(answer["N"]) != n_tokens:
        return report(False, "", f"{unit} 단위 토큰 수 N은 {n_tokens:,}입니다 (입력: {answer['N']}).")
    if int(answer["V"]) != vocab_size:
        hint = " word_index에는 0번(패딩)이 없으니 +1 하지 마세요." if int(answer["V"]) == vocab_size + 1 else ""
        return report(False, "", f"{unit} 단위 단어 집합 크기 V는 {vocab_size:,}입니다 (입력: {answer['V']}).{hint}")
    if abs(float(answer["bytes"]) - expected_bytes) > 0.5:
        if abs(float(answer["bytes"]) - n_tokens * vocab_size * 8) <= 0.5:
            return report(False, "", "float64(8바이트)로 계산했습니다. 이번 문제는 float32(4바이트)입니다.")
        return report(False, "", f"N × V × 4 = {expected_bytes:,} 바이트입니다 (입력: {answer['bytes']}).")
    other_n, other_v = one_hot_size(sentences, char_level=not char_level)
    other_bytes = one_hot_bytes(other_n, other_v, 4)
    other = "어절" if char_level else "글자"
    return report(
        True,
        f"{unit} 단위: N = {n_tokens:,}, V = {vocab_size:,}, 원-핫 {expected_bytes / 2**20:,.1f} MiB. "
        f"{other} 단위는 N = {other_n:,}, V = {other_v:,}, {other_bytes / 2**20:,.1f} MiB입니다.",
        "",
    )


def check_decoded(answer: Sequence[str] | None, one_hot_rows: Any, index_to_word: Mapping[int, str]) -> CheckResult:
    """Words of the one-hot rows: ``index_to_word[argmax(row)]`` for each row."""
    pending = not_answered(answer, "각 행에서 1이 있는 위치(np.argmax(row))를 찾아 index_to_word로 단어를 찾으세요.")
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
        return report(False, "", "번호까지 구했습니다. index_to_word로 단어로 바꿔 주세요.")
    if len(answer) != len(expected):
        return report(
            False, "", f"행이 {len(expected)}개이므로 단어도 {len(expected)}개여야 합니다 (입력: {len(answer)}개)."
        )
    i = next(k for k, (a, e) in enumerate(zip(answer, expected, strict=True)) if a != e)
    return report(
        False, "", f"{i + 1}번째 행은 '{expected[i]}'입니다 (입력: '{answer[i]}'). argmax의 위치를 다시 보세요."
    )


__all__ = ["check_decoded", "check_one_hot", "check_unit_memory", "one_hot_bytes", "one_hot_size", "one_hot_vector"]
