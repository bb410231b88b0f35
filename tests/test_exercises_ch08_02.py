"""Checkers of notebook 08-02 (LSTM)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch08_02 import (
    check_forget_bias,
    check_lstm_params,
    check_lstm_step,
    lstm_cell_jacobian_norms,
)
from course_utils.nn.activations import sigmoid
from course_utils.nn.lstm import lstm_forward


def _gates(x_t, h, p):
    return {g: x_t @ p[f"W_x{g}"] + h @ p[f"W_h{g}"] + p[f"b_{g}"] for g in "ifco"}


def step_right(x_t, h, c, p):
    a = _gates(x_t, h, p)
    c_t = sigmoid(a["f"]) * c + sigmoid(a["i"]) * np.tanh(a["c"])
    return sigmoid(a["o"]) * np.tanh(c_t), c_t


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_lstm_step(None)
    assert not check_lstm_params(None, 3, 2)
    assert not check_forget_bias(None, {}, np.zeros((2, 1)))
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_lstm_step_right_and_typical_mistakes() -> None:
    assert check_lstm_step(step_right)

    def swapped_if(x_t, h, c, p):
        a = _gates(x_t, h, p)
        c_t = sigmoid(a["i"]) * c + sigmoid(a["f"]) * np.tanh(a["c"])
        return sigmoid(a["o"]) * np.tanh(c_t), c_t

    def no_tanh_on_c(x_t, h, c, p):
        a = _gates(x_t, h, p)
        c_t = sigmoid(a["f"]) * c + sigmoid(a["i"]) * np.tanh(a["c"])
        return sigmoid(a["o"]) * c_t, c_t

    def no_input_gate(x_t, h, c, p):
        a = _gates(x_t, h, p)
        c_t = sigmoid(a["f"]) * c + np.tanh(a["c"])
        return sigmoid(a["o"]) * np.tanh(c_t), c_t

    def no_forget_gate(x_t, h, c, p):
        a = _gates(x_t, h, p)
        c_t = c + sigmoid(a["i"]) * np.tanh(a["c"])
        return sigmoid(a["o"]) * np.tanh(c_t), c_t

    assert "'i'와 'f'" in check_lstm_step(swapped_if).message
    assert "tanh를 씌우세요" in check_lstm_step(no_tanh_on_c).message
    assert "입력 게이트" in check_lstm_step(no_input_gate).message
    assert "망각 게이트" in check_lstm_step(no_forget_gate).message
    assert "순서가 바뀌었습니다" in check_lstm_step(lambda x, h, c, p: step_right(x, h, c, p)[::-1]).message
    assert "(batch, units)" in check_lstm_step(lambda x, h, c, p: step_right(x, h, c, p)[0]).message
    assert "오류" in check_lstm_step(lambda x, h, c, p: 1.0).message
    assert "(batch, units)" in check_lstm_step(lambda x, h, c, p: tuple(v[:1] for v in step_right(x, h, c, p))).message
    assert "최대 차이" in check_lstm_step(lambda x, h, c, p: tuple(v + 0.1 for v in step_right(x, h, c, p))).message
    assert "함수" in check_lstm_step("step").message


def test_lstm_step_checker_agrees_with_keras() -> None:
    """The checker's reference (nn.lstm.lstm_step) is what keras.layers.LSTM computes for one step."""
    keras = pytest.importorskip("keras")
    from course_utils.nn.keras_weights import lstm_weights

    rng = np.random.default_rng(0)
    layer = keras.layers.LSTM(3, return_state=True)
    layer.build((None, 1, 2))
    layer.set_weights([rng.normal(size=w.shape).astype(np.float32) for w in layer.get_weights()])
    x = rng.normal(size=(2, 1, 2)).astype(np.float32)
    h0, c0 = (rng.normal(size=(2, 3)).astype(np.float32) for _ in range(2))
    _, h_k, c_k = layer(x, initial_state=[h0, c0])
    h, c = step_right(x[:, 0].astype(np.float64), h0, c0, lstm_weights(layer))
    np.testing.assert_allclose(h, np.asarray(h_k), atol=1e-5)
    np.testing.assert_allclose(c, np.asarray(c_k), atol=1e-5)


def test_lstm_params() -> None:
    # LSTM(64) on d=100: 4 * (6400 + 4096 + 64) = 42240
    assert check_lstm_params(42240, 100, 64)
    assert check_lstm_params(np.int64(42240), 100, 64)
    assert "SimpleRNN 하나" in check_lstm_params(10560, 100, 64).message
    assert "GRU" in check_lstm_params(3 * 10560, 100, 64).message
    assert "편향" in check_lstm_params(4 * (6400 + 4096), 100, 64).message
    assert "W_h" in check_lstm_params(4 * (6400 + 64), 100, 64).message
    assert "4를 곱하세요" in check_lstm_params(7, 100, 64).message
    assert "정수" in check_lstm_params(42240.0, 100, 64).message


def test_lstm_params_matches_keras() -> None:
    keras = pytest.importorskip("keras")
    model = keras.Sequential([keras.Input(shape=(None, 7)), keras.layers.LSTM(5)])
    assert check_lstm_params(model.count_params(), 7, 5)


def _params(rng, d, u, scale=0.5):
    return {
        **{f"W_x{g}": rng.normal(0, scale, (d, u)) for g in "ifco"},
        **{f"W_h{g}": rng.normal(0, scale, (u, u)) for g in "ifco"},
        **{f"b_{g}": rng.normal(0, 0.1, u) for g in "ifco"},
    }


def test_cell_jacobian_against_finite_differences() -> None:
    """dc_T/dc_t with (h_t, c_t) as the state: perturb c_t, rerun the rest with lstm_forward."""
    rng = np.random.default_rng(4)
    d, u, T = 2, 3, 7
    p = _params(rng, d, u)
    x = rng.normal(size=(T, d))
    norms = lstm_cell_jacobian_norms(p, x)
    assert norms.shape == (T - 1,)
    t = 2  # distance T-1-t = 4
    seq, _, _, gates = lstm_forward(x[None], p, return_sequences=True, return_state=True, return_gates=True)
    h_t, c_t = seq[:, t], gates["c"][:, t]

    def c_end(c_start):
        return lstm_forward(x[None, t + 1 :], p, h0=h_t, c0=c_start, return_state=True)[2][0]

    eps = 1e-6
    J = np.stack([(c_end(c_t + eps * e) - c_end(c_t - eps * e)) / (2 * eps) for e in np.eye(u)], axis=1)
    assert norms[T - 1 - t - 1] == pytest.approx(np.linalg.norm(J, 2), rel=1e-6)


@pytest.fixture(scope="module")
def setup_l():
    rng = np.random.default_rng(8)
    p = _params(rng, 4, 16, scale=0.4)
    return p, rng.normal(size=(50, 4))


def test_forget_bias(setup_l) -> None:
    p, x = setup_l
    grid = (0.0, 1.0, 2.0, 3.0, 4.0)
    measured = {v: float(lstm_cell_jacobian_norms(dict(p, b_f=np.full(16, v)), x)[19]) for v in grid}
    assert measured[4.0] > measured[0.0]  # a larger forget bias keeps more gradient
    first = next(v for v in grid if measured[v] >= 0.1)
    assert check_forget_bias({"b_f": first, "norm": measured[first]}, p, x, grid=grid)
    wrong = check_forget_bias({"b_f": first, "norm": measured[first] / 2}, p, x, grid=grid)
    assert not wrong and "노름은" in wrong.message
    later = [v for v in grid if v > first]
    if later:
        assert "더 작은" in check_forget_bias({"b_f": later[-1], "norm": measured[later[-1]]}, p, x).message
    below = [v for v in grid if measured[v] < 0.1]
    if below:
        assert "작습니다" in check_forget_bias({"b_f": below[0], "norm": measured[below[0]]}, p, x).message
    assert "중에서" in check_forget_bias({"b_f": 0.5, "norm": 1.0}, p, x).message
    assert "사전" in check_forget_bias(2.0, p, x).message
    assert "숫자" in check_forget_bias({"b_f": "2", "norm": 1.0}, p, x).message
    none = check_forget_bias({"b_f": 0.0, "norm": measured[0.0]}, p, x, threshold=1e9, grid=(0.0,))
    assert "없습니다" in none.message
