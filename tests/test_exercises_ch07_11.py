"""Checkers of notebook 07-11 (text classification with an MLP)."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import f1_score

from course_utils import Tokenizer
from course_utils.exercises.ch07_11 import check_kept_share, check_macro_f1, kept_share, macro_f1, per_class_f1

TEXTS = ["셀을 선택하고 셀을 복사합니다", "슬라이드를 복사합니다", "셀 서식을 바꿉니다 셀 서식", "셀을 복사합니다"]


def _tokenizer() -> Tokenizer:
    tok = Tokenizer()
    tok.fit_on_texts(TEXTS)
    return tok


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    tok = _tokenizer()
    assert not check_kept_share(None, tok.word_counts, tok.word_index, 3)
    assert not check_macro_f1(None, [0, 1], [0, 1], 2)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def test_kept_share_counts_occurrences_of_the_first_num_words_minus_one_words() -> None:
    tok = _tokenizer()
    total = sum(tok.word_counts.values())
    assert total == sum(len(t.split()) for t in TEXTS) == 13
    first_two = sorted(tok.word_counts.values(), reverse=True)[:2]
    assert kept_share(tok.word_counts, tok.word_index, 3) == pytest.approx(sum(first_two) / total)
    assert kept_share(tok.word_counts, tok.word_index, 100) == 1.0
    with pytest.raises(ValueError, match="empty"):
        kept_share({}, {}, 3)


def test_check_kept_share_right_and_wrong_answers() -> None:
    tok = _tokenizer()
    right = kept_share(tok.word_counts, tok.word_index, 3)
    assert check_kept_share(right, tok.word_counts, tok.word_index, 3)
    assert check_kept_share(np.float64(right), tok.word_counts, tok.word_index, 3)
    one_more = kept_share(tok.word_counts, tok.word_index, 4)
    assert "num_words - 1" in check_kept_share(one_more, tok.word_counts, tok.word_index, 3).message
    assert "버려지는" in check_kept_share(1 - right, tok.word_counts, tok.word_index, 3).message
    assert "백분율" in check_kept_share(right * 100, tok.word_counts, tok.word_index, 3).message
    assert "숫자" in check_kept_share("0.5", tok.word_counts, tok.word_index, 3).message
    assert not check_kept_share(0.01, tok.word_counts, tok.word_index, 3)


def test_macro_f1_equals_scikit_learn() -> None:
    rng = np.random.default_rng(0)
    y_true = rng.integers(0, 6, 300)
    y_pred = np.where(rng.random(300) < 0.6, y_true, rng.integers(0, 6, 300))
    assert macro_f1(y_true, y_pred, 6) == pytest.approx(f1_score(y_true, y_pred, average="macro"))
    np.testing.assert_allclose(per_class_f1(y_true, y_pred, 6), f1_score(y_true, y_pred, average=None))
    assert per_class_f1([0, 0], [0, 0], 3) == [1.0, 0.0, 0.0]  # classes that never occur count 0
    with pytest.raises(ValueError, match="same length"):
        macro_f1([0, 1], [0], 2)


def test_check_macro_f1_right_and_wrong_answers() -> None:
    rng = np.random.default_rng(1)
    y_true = np.repeat(np.arange(3), [50, 30, 20])
    y_pred = np.where(rng.random(100) < 0.5, y_true, rng.integers(0, 3, 100))
    right = f1_score(y_true, y_pred, average="macro")
    result = check_macro_f1(right, y_true, y_pred, 3)
    assert result and f"{right:.4f}" not in result.message  # the value depends on training: never printed
    accuracy = float(np.mean(y_true == y_pred))
    assert "정확도" in check_macro_f1(accuracy, y_true, y_pred, 3).message
    weighted = f1_score(y_true, y_pred, average="weighted")
    assert "가중 평균" in check_macro_f1(weighted, y_true, y_pred, 3).message
    assert "숫자" in check_macro_f1([right], y_true, y_pred, 3).message
    assert not check_macro_f1(right + 0.01, y_true, y_pred, 3)
