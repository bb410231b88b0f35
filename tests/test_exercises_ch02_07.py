"""Checkers of notebook 02-07 (padding)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch02_07 import check_maxlen_coverage, check_pad_post, coverage_maxlen


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
