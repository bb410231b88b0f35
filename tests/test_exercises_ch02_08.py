"""Checkers of notebook 02-08 (one-hot encoding)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.encoding import to_categorical
from course_utils.exercises.ch02_08 import (
    check_decoded,
    check_one_hot,
    check_unit_memory,
    one_hot_bytes,
    one_hot_size,
    one_hot_vector,
)

W2I = {"나": 1, "는": 2, "강의": 3, "를": 4}
I2W = {i: w for w, i in W2I.items()}


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_one_hot(None, "나", W2I)
    assert not check_unit_memory(None, ["가 나"])
    assert not check_decoded(None, np.eye(3), {0: "a", 1: "b", 2: "c"})
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_one_hot_vector() -> None:
    assert one_hot_vector("강의", W2I) == [0, 0, 0, 1, 0]
    assert one_hot_vector("나", {"나": 0, "는": 1}) == [1, 0]
    with pytest.raises(KeyError):
        one_hot_vector("없음", W2I)


def test_one_hot() -> None:
    assert check_one_hot([0, 0, 0, 1, 0], "강의", W2I)
    assert check_one_hot(np.array([0.0, 0, 0, 1, 0], dtype=np.float32), "강의", W2I)
    assert "길이가 4" in check_one_hot([0, 0, 1, 0], "강의", W2I).message
    assert "2번 자리" in check_one_hot([0, 0, 1, 0, 0], "강의", W2I).message
    assert "정확히 하나" in check_one_hot([0, 1, 0, 1, 0], "강의", W2I).message
    assert "1차원" in check_one_hot([[0, 0, 0, 1, 0]], "강의", W2I).message
    assert "숫자" in check_one_hot(["a"], "강의", W2I).message


SENTS = ["국회는 법률을 만든다.", "법원은 법률로 재판한다."]


def test_one_hot_size() -> None:
    assert one_hot_bytes(10, 5) == 200 and one_hot_bytes(10, 5, 8) == 400
    with pytest.raises(ValueError):
        one_hot_bytes(-1, 5)
    # words (Keras filters drop the '.'): 국회는 법률을 만든다 / 법원은 법률로 재판한다 -> N=6, V=6
    assert one_hot_size(SENTS, char_level=False) == (6, 6)
    # characters keep spaces and the full stop: 12 + 13 = 25 characters
    n, v = one_hot_size(SENTS, char_level=True)
    assert n == len(SENTS[0]) + len(SENTS[1]) == 25
    assert v == len(set("".join(SENTS)))
    with pytest.raises(ValueError):
        one_hot_size("국회", char_level=True)


def test_unit_memory() -> None:
    n, v = one_hot_size(SENTS, char_level=True)
    good = {"char_level": True, "N": n, "V": v, "bytes": n * v * 4}
    result = check_unit_memory(good, SENTS)
    assert result and "어절 단위는 N = 6, V = 6" in result.message
    assert check_unit_memory({"char_level": False, "N": 6, "V": 6, "bytes": 144.0}, SENTS)
    assert "N은 25" in check_unit_memory({**good, "N": 6}, SENTS).message
    assert "+1 하지" in check_unit_memory({**good, "V": v + 1}, SENTS).message
    assert "float64" in check_unit_memory({**good, "bytes": n * v * 8}, SENTS).message
    assert "바이트입니다" in check_unit_memory({**good, "bytes": 1}, SENTS).message
    assert "dict" in check_unit_memory({"N": 1}, SENTS).message
    assert "True 또는 False" in check_unit_memory({**good, "char_level": 1}, SENTS).message
    assert "숫자" in check_unit_memory({**good, "V": "7"}, SENTS).message


def test_decoded() -> None:
    rows = to_categorical([1, 3, 2], num_classes=5)
    assert check_decoded(["나", "강의", "는"], rows, I2W)
    assert "번호까지" in check_decoded([1, 3, 2], rows, I2W).message
    assert "2번째 행" in check_decoded(["나", "는", "는"], rows, I2W).message
    assert "3개" in check_decoded(["나"], rows, I2W).message
    assert "리스트" in check_decoded("나 강의 는", rows, I2W).message
