"""Checkers of notebook 08-03 (GRU)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch08_03 import (
    check_gru_param_count,
    check_update_gate_drift,
    rnn_param_counts,
    update_gate_drift,
)
from course_utils.nn.gru import gru_forward
from course_utils.nn.keras_weights import gru_weights


def test_param_counts_match_keras() -> None:
    keras = pytest.importorskip("keras")
    d, u = 7, 5
    layers = {
        "SimpleRNN": keras.layers.SimpleRNN(u),
        "LSTM": keras.layers.LSTM(u),
        "GRU(reset_after=True)": keras.layers.GRU(u),
        "GRU(reset_after=False)": keras.layers.GRU(u, reset_after=False),
    }
    counts = rnn_param_counts(d, u)
    for name, layer in layers.items():
        layer.build((None, None, d))
        assert counts[name] == layer.count_params(), name
    with pytest.raises(ValueError, match="positive int"):
        rnn_param_counts(0, 3)


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    p, x, h0 = _setup()
    assert not check_gru_param_count(None, 100, 128)
    assert not check_update_gate_drift(None, p, x, h0)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def test_gru_param_count() -> None:
    assert check_gru_param_count(3 * 128 * (100 + 128 + 2), 100, 128)
    assert check_gru_param_count(np.int64(88_320), 100, 128)
    assert "reset_after=False" in check_gru_param_count(3 * 128 * (100 + 128 + 1), 100, 128).message
    assert "LSTM" in check_gru_param_count(4 * 128 * (100 + 128 + 1), 100, 128).message
    assert "SimpleRNN" in check_gru_param_count(128 * (100 + 128 + 1), 100, 128).message
    assert "편향을 빠뜨렸" in check_gru_param_count(3 * 128 * (100 + 128), 100, 128).message
    assert "정수" in check_gru_param_count(88320.0, 100, 128).message
    assert "아닙니다" in check_gru_param_count(12, 100, 128).message


def _setup() -> tuple[dict, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    d, u = 4, 3
    params = {
        "W_xz": rng.normal(0, 0.5, (d, u)),
        "W_hz": rng.normal(0, 0.5, (u, u)),
        "W_xr": rng.normal(0, 0.5, (d, u)),
        "W_hr": rng.normal(0, 0.5, (u, u)),
        "W_xh": rng.normal(0, 0.5, (d, u)),
        "W_hh": rng.normal(0, 0.5, (u, u)),
    }
    params |= {f"b_{s}{g}": rng.normal(0, 0.5, u) for s in "xh" for g in "zrh"}
    x = rng.normal(size=(2, 6, d))
    h0 = rng.uniform(-0.9, 0.9, (2, u))
    return params, x, h0


def _learner_drift(params: dict, x: np.ndarray, h0: np.ndarray, shift: float, key: str = "b_xz") -> float:
    p = dict(params)
    p[key] = params[key] + shift
    h_T = gru_forward(x, p, h0=h0)
    return float(np.mean(np.abs(h_T - h0)))


def test_update_gate_drift() -> None:
    p, x, h0 = _setup()
    base, moved = _learner_drift(p, x, h0, 0.0), _learner_drift(p, x, h0, 4.0)
    assert moved < base  # z_t near 1 keeps the state near h0
    assert check_update_gate_drift((base, moved), p, x, h0, shift=4.0)
    assert check_update_gate_drift([np.float64(base), np.float32(moved)], p, x, h0, shift=4.0)
    # shifting the recurrent-side bias b_hz is the same change to z_t
    assert check_update_gate_drift((base, _learner_drift(p, x, h0, 4.0, "b_hz")), p, x, h0, shift=4.0)
    assert "순서" in check_update_gate_drift((moved, base), p, x, h0, shift=4.0).message
    assert (
        "h0 를 0"
        in check_update_gate_drift((_learner_drift(p, x, np.zeros_like(h0), 0.0), moved), p, x, h0, shift=4.0).message
    )
    wrong_gate = _learner_drift(p, x, h0, 4.0, "b_xr")  # the reset gate instead
    assert "b_xz" in check_update_gate_drift((base, wrong_gate), p, x, h0, shift=4.0).message
    assert "숫자 두 개" in check_update_gate_drift(base, p, x, h0).message
    assert "숫자 두 개" in check_update_gate_drift(("a", "b"), p, x, h0).message


def test_update_gate_drift_with_keras_layer_weights() -> None:
    keras = pytest.importorskip("keras")
    layer = keras.layers.GRU(3)
    layer.build((None, None, 4))
    params = gru_weights(layer)
    _, x, h0 = _setup()
    assert update_gate_drift(params, x, h0, 4.0) < update_gate_drift(params, x, h0, 0.0)
