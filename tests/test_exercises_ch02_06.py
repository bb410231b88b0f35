"""Checkers of notebook 02-06 (integer encoding)."""

from __future__ import annotations

import pytest

from course_utils.exercises.ch02_06 import (
    check_encoded,
    check_num_words,
    check_oov_rate,
    check_word_to_index,
    kept_word_count,
    oov_rate,
    top_k_word_to_index,
)

SENTENCES = [["farmer", "tired"], ["farmer", "sleepy", "tired"], ["river", "farmer", "river"], ["hill"]]


@pytest.mark.parametrize(
    "checker",
    [
        lambda: check_word_to_index(None, SENTENCES, 2),
        lambda: check_encoded(None, SENTENCES, {"farmer": 1}, 2),
        lambda: check_num_words(None, SENTENCES, 3, None),
    ],
)
def test_not_answered_prints_hint(checker, capsys: pytest.CaptureFixture[str]) -> None:
    result = checker()
    assert not result and "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_top_k_word_to_index_ties_keep_first_seen_order() -> None:
    assert top_k_word_to_index(SENTENCES, 3) == {"farmer": 1, "tired": 2, "river": 3}
    with pytest.raises(ValueError):
        top_k_word_to_index(SENTENCES, 0)
    with pytest.raises(TypeError):
        top_k_word_to_index("farmer tired", 2)


def test_word_to_index() -> None:
    assert check_word_to_index({"farmer": 1, "tired": 2, "river": 3}, SENTENCES, 3)
    assert "0부터" in check_word_to_index({"farmer": 0, "tired": 1, "river": 2}, SENTENCES, 3).message
    assert "상위 3개만" in check_word_to_index({"farmer": 1, "tired": 2, "river": 3, "hill": 4}, SENTENCES, 3).message
    assert "빠졌습니다" in check_word_to_index({"farmer": 1, "tired": 2, "hill": 3}, SENTENCES, 3).message
    assert "'tired' 의 번호" in check_word_to_index({"farmer": 1, "tired": 3, "river": 2}, SENTENCES, 3).message
    assert "dict" in check_word_to_index([("farmer", 1)], SENTENCES, 3).message


def test_encoded() -> None:
    w2i = {"farmer": 1, "tired": 2}
    assert check_encoded([[1, 2], [1, 3, 2], [3, 1, 3], [3]], SENTENCES, w2i, 3)
    assert "지웠습니다" in check_encoded([[1, 2], [1, 2], [1], []], SENTENCES, w2i, 3).message
    assert "2번째 문장" in check_encoded([[1, 2], [1, 0, 2], [3, 1, 3], [3]], SENTENCES, w2i, 3).message
    assert "4개" in check_encoded([[1, 2]], SENTENCES, w2i, 3).message
    assert "리스트의 리스트" in check_encoded("1 2", SENTENCES, w2i, 3).message


def test_num_words() -> None:
    # vocabulary: farmer 1, tired 2, river 3, sleepy 4, hill 5
    assert kept_word_count(SENTENCES, 3, None) == 2
    assert kept_word_count(SENTENCES, 3, "OOV") == 1
    assert kept_word_count(SENTENCES, 100, None) == 5
    assert check_num_words(2, SENTENCES, 3, None)
    assert check_num_words(1, SENTENCES, 3, "OOV")
    assert "num_words 개가 아닙니다" in check_num_words(3, SENTENCES, 3, None).message
    assert "OOV 토큰도 센" in check_num_words(2, SENTENCES, 3, "OOV").message
    assert "정수" in check_num_words("2", SENTENCES, 3, None).message
    assert not check_num_words(4, SENTENCES, 3, None)


TRAIN = [["국민", "은", "권리", "를"], ["국민", "의", "의무"], ["국민", "은", "의무", "를"]]
TEST = [["국민", "은", "납세", "의", "의무", "를"], ["근로", "의", "권리"]]


def test_oov_rate_against_keras_counting() -> None:
    # by hand: word_index = <OOV>:1, 국민:2, 은:3, 를:4, 의무:5, 권리:6, 의:7 (ties keep first appearance)
    assert oov_rate(TRAIN, TEST, None) == pytest.approx(2 / 9)  # 납세, 근로
    assert oov_rate(TRAIN, TEST, 4) == pytest.approx(7 / 9)  # only 국민(2), 은(3) survive
    with pytest.raises(ValueError):
        oov_rate(TRAIN, TEST, 1)
    with pytest.raises(ValueError):
        oov_rate(TRAIN, [[]], None)


def test_check_oov_rate(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_oov_rate(4, None, TRAIN, TEST) and "아직" in capsys.readouterr().out
    right = check_oov_rate(4, 7 / 9, TRAIN, TEST)
    assert right and "77.8%" in right.message and "22.2%" in right.message
    assert check_oov_rate(None, round(2 / 9, 3), TRAIN, TEST)
    on_train = check_oov_rate(4, oov_rate(TRAIN, TRAIN, 4), TRAIN, TEST)
    assert not on_train and "law_test" in on_train.message
    assert "0과 1" in check_oov_rate(4, 66.7, TRAIN, TEST).message
    assert "2 이상" in check_oov_rate(1, 0.5, TRAIN, TEST).message
    assert "다시 재면" in check_oov_rate(4, 0.1, TRAIN, TEST).message
