"""Checkers of notebook 02-07 (padding)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils import pad_sequences
from course_utils.exercises.ch02_07 import (
    check_maxlen_coverage,
    check_pad_post,
    check_padding_tradeoff,
    coverage_maxlen,
    padding_tradeoff,
)


def pad_post(sequences, maxlen):
    out = np.zeros((len(sequences), maxlen), dtype=int)
    for i, seq in enumerate(sequences):
        kept = seq[:maxlen]
        out[i, : len(kept)] = kept
    return out


def pad_pre(sequences, maxlen):
    out = np.zeros((len(sequences), maxlen), dtype=int)
    for i, seq in enumerate(sequences):
        kept = seq[:maxlen]
        if kept:
            out[i, -len(kept) :] = kept
    return out


def pad_post_truncate_front(sequences, maxlen):
    out = np.zeros((len(sequences), maxlen), dtype=int)
    for i, seq in enumerate(sequences):
        kept = seq[-maxlen:]
        out[i, : len(kept)] = kept
    return out


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_pad_post(None)
    assert not check_maxlen_coverage(None, [1, 2], 0.5)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def test_pad_post() -> None:
    assert check_pad_post(pad_post)
    assert check_pad_post(lambda s, m: pad_post(s, m).tolist())
    assert "앞에 채웠습니다" in check_pad_post(pad_pre).message
    assert "앞부분을 잘랐습니다" in check_pad_post(pad_post_truncate_front).message
    assert "모양" in check_pad_post(lambda s, m: pad_post(s, m + 1)).message
    assert "오류" in check_pad_post(lambda s, m: 1 / 0).message
    assert "함수" in check_pad_post([[1, 2]]).message
    assert "기대한 값" in check_pad_post(lambda s, m: pad_post(s, m) + 1).message


def test_coverage_maxlen() -> None:
    lengths = [1, 2, 2, 3, 10]
    assert coverage_maxlen(lengths, 0.8) == 3
    assert coverage_maxlen(lengths, 1.0) == 10
    assert coverage_maxlen(lengths, 0.1) == 1
    with pytest.raises(ValueError):
        coverage_maxlen(lengths, 0)
    with pytest.raises(ValueError):
        coverage_maxlen([], 0.5)


def test_maxlen_coverage() -> None:
    lengths = [1, 2, 2, 3, 10]
    assert check_maxlen_coverage(3, lengths, 0.8)
    assert check_maxlen_coverage(np.int64(3), lengths, 0.8)
    assert "60.0%" in check_maxlen_coverage(2, lengths, 0.8).message
    assert "더 작은 값" in check_maxlen_coverage(10, lengths, 0.8).message
    assert "정수" in check_maxlen_coverage(3.0, lengths, 0.8).message


SEQS = [[1, 2, 3, 4, 5], [6, 7], [8], [9, 10, 11, 12, 13, 14, 15, 16]]  # 16 tokens, lengths 5, 2, 1, 8


def test_padding_tradeoff_matches_pad_sequences() -> None:
    for maxlen in (1, 3, 5, 8, 10):
        padded = pad_sequences(SEQS, maxlen=maxlen, padding="post")
        kept = sum(min(len(s), maxlen) for s in SEQS)
        padding_ratio, truncated_ratio = padding_tradeoff(SEQS, maxlen)
        assert padding_ratio == pytest.approx(float(np.mean(padded == 0)))
        assert truncated_ratio == pytest.approx(1 - kept / 16)
    assert padding_tradeoff(SEQS, 8)[1] == 0.0
    with pytest.raises(ValueError):
        padding_tradeoff(SEQS, 0)
    with pytest.raises(ValueError):
        padding_tradeoff([], 3)


def test_check_padding_tradeoff() -> None:
    # maxlen=4: kept 4+2+1+4 = 11 of 16 cells -> padding 5/16; cut 1 + 4 = 5 of 16 tokens
    assert check_padding_tradeoff({"maxlen": 4, "padding_ratio": 5 / 16, "truncated_ratio": 5 / 16}, SEQS)
    assert check_padding_tradeoff({"maxlen": np.int64(4), "padding_ratio": 0.3125, "truncated_ratio": 0.3125}, SEQS)
    wrong_pad = check_padding_tradeoff({"maxlen": 4, "padding_ratio": 0.5, "truncated_ratio": 5 / 16}, SEQS)
    assert not wrong_pad and "패딩 비율은 0.3125" in wrong_pad.message
    sentences = check_padding_tradeoff({"maxlen": 4, "padding_ratio": 5 / 16, "truncated_ratio": 0.5}, SEQS)
    assert not sentences and "'문장'의 비율" in sentences.message
    assert (
        "백분율" in check_padding_tradeoff({"maxlen": 4, "padding_ratio": 31.25, "truncated_ratio": 0.3}, SEQS).message
    )
    assert "dict" in check_padding_tradeoff({"maxlen": 4}, SEQS).message
    assert "정수" in check_padding_tradeoff({"maxlen": 4.0, "padding_ratio": 0, "truncated_ratio": 0}, SEQS).message
    assert "숫자" in check_padding_tradeoff({"maxlen": 4, "padding_ratio": "a", "truncated_ratio": 0}, SEQS).message
    assert not check_padding_tradeoff(None, SEQS)
