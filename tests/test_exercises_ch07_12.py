"""Checkers of notebook 07-12 (the feed-forward neural network language model)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from course_utils.exercises.ch07_12 import (
    check_interpolated_perplexity,
    check_nnlm_parameters,
    interpolated_perplexity,
    nnlm_parameters,
)

SIZES = {"vocab_size": 10_000, "context": 4, "embed_dim": 100, "hidden": 200, "input_dim": 10_001}


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_nnlm_parameters(None, **SIZES)
    assert not check_interpolated_perplexity(None, np.array([0.5]), np.array([0.5]), 0.5)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def test_nnlm_parameters_equals_keras() -> None:
    from course_utils.models import nnlm

    model = nnlm(50, 3, 8, 16, input_dim=51)
    assert nnlm_parameters(50, 3, 8, 16, 51) == model.count_params()
    assert nnlm_parameters(**SIZES) == 10_001 * 100 + 401 * 200 + 201 * 10_000


def test_check_nnlm_parameters_right_and_wrong_answers() -> None:
    right = nnlm_parameters(**SIZES)
    assert check_nnlm_parameters(right, **SIZES)
    assert check_nnlm_parameters(np.int64(right), **SIZES)
    assert "편향" in check_nnlm_parameters(right - 200 - 10_000, **SIZES).message
    assert "input_dim" in check_nnlm_parameters(right - 100, **SIZES).message
    assert "n·m" in check_nnlm_parameters(right - 3 * 100 * 200, **SIZES).message
    assert "정수" in check_nnlm_parameters(float(right), **SIZES).message
    assert not check_nnlm_parameters(right + 1, **SIZES)


def test_interpolated_perplexity_by_hand() -> None:
    a, b = np.array([0.5, 0.1, 0.2]), np.array([0.1, 0.3, 0.2])
    mixed = 0.25 * a + 0.75 * b
    assert interpolated_perplexity(a, b, 0.25) == pytest.approx(math.exp(-np.mean(np.log(mixed))))
    assert interpolated_perplexity(a, b, 1.0) == pytest.approx(math.exp(-np.mean(np.log(a))))
    with pytest.raises(ValueError, match="same length"):
        interpolated_perplexity(a, b[:2], 0.5)
    with pytest.raises(ValueError, match="lam"):
        interpolated_perplexity(a, b, 1.5)


def test_check_interpolated_perplexity_right_and_wrong_answers() -> None:
    rng = np.random.default_rng(0)
    p_nn, p_kn = rng.uniform(0.001, 0.5, 200), rng.uniform(0.001, 0.5, 200)
    right = interpolated_perplexity(p_nn, p_kn, 0.2)
    result = check_interpolated_perplexity(right, p_nn, p_kn, 0.2)
    assert result and f"{right:.3f}" not in result.message  # depends on training: never printed
    swapped = interpolated_perplexity(p_nn, p_kn, 0.8)
    assert "반대쪽" in check_interpolated_perplexity(swapped, p_nn, p_kn, 0.2).message
    log_mix = math.exp(-np.mean(0.2 * np.log(p_nn) + 0.8 * np.log(p_kn)))
    assert "로그 확률" in check_interpolated_perplexity(log_mix, p_nn, p_kn, 0.2).message
    assert "숫자" in check_interpolated_perplexity("3", p_nn, p_kn, 0.2).message
    assert not check_interpolated_perplexity(right * 1.01, p_nn, p_kn, 0.2)
