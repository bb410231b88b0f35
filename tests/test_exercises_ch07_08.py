"""Checkers of notebook 07-08 (Keras overview)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_08 import (
    TASK_LOSSES,
    check_losses,
    check_param_count,
    check_truncated_share,
    embedding_classifier_params,
    truncated_share,
)


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_param_count(None, vocab_size=10, embed_dim=2, n_classes=3)
    assert not check_losses(None)
    assert not check_truncated_share(None, [[1, 2]], 1)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_param_count_matches_keras() -> None:
    keras = pytest.importorskip("keras")
    model = keras.Sequential(
        [
            keras.Input(shape=(7,)),
            keras.layers.Embedding(50, 4),
            keras.layers.GlobalAveragePooling1D(),
            keras.layers.Dense(3, activation="softmax"),
        ]
    )
    assert embedding_classifier_params(50, 4, 3) == model.count_params() == 50 * 4 + 4 * 3 + 3


def test_check_param_count() -> None:
    kwargs = {"vocab_size": 5000, "embed_dim": 32, "n_classes": 6}
    assert check_param_count(160_198, **kwargs)
    assert check_param_count(np.int64(160_198), **kwargs)
    assert "편향" in check_param_count(160_192, **kwargs).message
    assert "Embedding 만" in check_param_count(160_000, **kwargs).message
    assert "0번" in check_param_count(4999 * 32 + 198, **kwargs).message
    assert "정수" in check_param_count(160198.0, **kwargs).message
    assert not check_param_count(1, **kwargs)
    with pytest.raises(ValueError, match="vocab_size"):
        embedding_classifier_params(0, 2, 2)


def test_check_losses() -> None:
    assert check_losses(dict(TASK_LOSSES))
    assert check_losses({**TASK_LOSSES, "regression": "mse"})
    swapped = {**TASK_LOSSES, "multiclass_integer": "categorical_crossentropy"}
    assert "정수 레이블" in check_losses(swapped).message
    swapped = {**TASK_LOSSES, "multiclass_onehot": "sparse_categorical_crossentropy"}
    assert "sparse_" in check_losses(swapped).message
    assert "sigmoid" in check_losses({**TASK_LOSSES, "binary": "mse"}).message
    assert "빠진" in check_losses({"regression": "mse"}).message
    assert "딕셔너리" in check_losses(["mse"]).message


def test_truncated_share_matches_pad_sequences() -> None:
    from course_utils import pad_sequences

    rng = np.random.default_rng(0)
    seqs = [list(rng.integers(1, 9, size=n)) for n in rng.integers(1, 20, size=40)]
    for maxlen in (1, 5, 12, 30):
        kept = int((pad_sequences(seqs, maxlen=maxlen) != 0).sum())
        assert truncated_share(seqs, maxlen) == pytest.approx(1 - kept / sum(map(len, seqs)))
    with pytest.raises(ValueError, match="maxlen"):
        truncated_share(seqs, 0)
    with pytest.raises(TypeError):
        truncated_share("abc", 2)


def test_check_truncated_share() -> None:
    seqs = [[1, 2, 3, 4], [1, 2], [5, 6, 7, 8, 9, 1]]  # 12 tokens; maxlen 3 cuts 1 + 0 + 3
    assert check_truncated_share(4 / 12, seqs, 3)
    assert check_truncated_share(np.float64(4 / 12), seqs, 3)
    assert "백분율" in check_truncated_share(100 * 4 / 12, seqs, 3).message
    assert "문단의 비율" in check_truncated_share(2 / 3, seqs, 3).message
    assert "숫자" in check_truncated_share("0.3", seqs, 3).message
    assert not check_truncated_share(0.5, seqs, 3)
