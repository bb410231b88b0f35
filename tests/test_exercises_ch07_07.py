"""Checkers of notebook 07-07 (vanishing and exploding gradients)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_07 import activation_stds, check_last_std, check_moving_stats

SMALL = {"width": 16, "batch": 32}


def _stds_by_hand(depth: int, seed: int = 0) -> list[float]:
    """An independent copy of the experiment for tanh + He normal (truncated at 2 sigma, Keras' stddev)."""
    rng = np.random.default_rng(seed)
    h = rng.standard_normal((32, 16))
    out = []
    for _ in range(depth):
        z = rng.standard_normal((16, 16))
        while (np.abs(z) > 2).any():
            bad = np.abs(z) > 2
            z[bad] = rng.standard_normal(int(bad.sum()))
        W = z * np.sqrt(2 / 16) / 0.87962566103423978
        h = np.tanh(h @ W)
        out.append(float(h.std()))
    return out


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_last_std(None, "he_normal", "tanh", depth=3, **SMALL)
    assert not check_moving_stats(None, np.ones((2, 2)))
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def test_activation_stds_matches_an_independent_copy() -> None:
    np.testing.assert_allclose(activation_stds("he_normal", "tanh", depth=4, **SMALL), _stds_by_hand(4), rtol=1e-12)


def test_activation_stds_shows_the_known_trends() -> None:
    he = activation_stds("he_normal", "relu", depth=10)
    glorot = activation_stds("glorot_normal", "relu", depth=10)
    assert 0.5 < he[-1] / he[0] < 2  # He keeps the signal
    assert glorot[-1] < 0.1 * glorot[0]  # Glorot halves the variance at each ReLU layer
    with pytest.raises(ValueError, match="init"):
        activation_stds("xavier", "relu")
    with pytest.raises(ValueError, match="activation"):
        activation_stds("he_normal", "gelu")
    with pytest.raises(ValueError, match="depth"):
        activation_stds("he_normal", "relu", depth=0)


def test_check_last_std() -> None:
    stds = _stds_by_hand(5)
    assert check_last_std(stds[-1], "he_normal", "tanh", depth=5, **SMALL)
    assert check_last_std(np.float64(stds[-1]), "he_normal", "tanh", depth=5, **SMALL)
    assert "중간 층" in check_last_std(stds[2], "he_normal", "tanh", depth=5, **SMALL).message
    other = activation_stds("glorot_normal", "tanh", depth=5, **SMALL)[-1]
    result = check_last_std(other, "he_normal", "tanh", depth=5, **SMALL)
    assert not result and "다시 계산한 값" in result.message
    assert "숫자" in check_last_std("0.5", "he_normal", "tanh", depth=5, **SMALL).message


def test_check_moving_stats_against_keras() -> None:
    keras = pytest.importorskip("keras")
    x = np.array([[1.0, 10.0], [3.0, 14.0], [5.0, 12.0], [7.0, 16.0]])
    layer = keras.layers.BatchNormalization(dtype="float64")
    layer(x, training=True)
    right = (layer.moving_mean.numpy(), layer.moving_variance.numpy())
    assert check_moving_stats(right, x)
    assert check_moving_stats([right[0].tolist(), right[1].tolist()], x)
    unbiased = (right[0], 0.99 + 0.01 * x.var(axis=0, ddof=1))
    assert "N-1" in check_moving_stats(unbiased, x).message
    swapped = (0.99 * x.mean(axis=0), right[1])
    assert "momentum은 예전 값" in check_moving_stats(swapped, x).message
    no_start = (right[0], 0.01 * x.var(axis=0))
    assert "시작값은 1" in check_moving_stats(no_start, x).message
    assert "튜플" in check_moving_stats(3.0, x).message
    assert "모양" in check_moving_stats((np.zeros(3), np.zeros(3)), x).message
