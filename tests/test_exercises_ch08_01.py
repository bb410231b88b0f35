"""Checkers of notebook 08-01 (RNN)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch08_01 import (
    bidirectional_reference,
    check_bidirectional_rnn,
    check_exploding_rho,
    check_param_count,
    jacobian_norms,
    simple_rnn_params,
    with_spectral_radius,
)
from course_utils.nn.rnn import simple_rnn_forward


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_param_count(None, 10, 8, 4)
    assert not check_bidirectional_rnn(None)
    assert not check_exploding_rho(None, np.zeros((1, 2)), np.eye(2), np.zeros(2), np.zeros((3, 1)))
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_param_count_right_and_typical_mistakes() -> None:
    # Bidirectional(SimpleRNN(8)) on d=10: 2 * (80 + 64 + 8) = 304; SimpleRNN(4) on 16: 64 + 16 + 4 = 84; Dense: 5
    assert simple_rnn_params(10, 8) == 152
    assert check_param_count(393, 10, 8, 4)
    assert check_param_count(np.int64(393), 10, 8, 4)
    assert "2배" in check_param_count(152 + 84 + 5, 10, 8, 4).message
    assert "16차원" in check_param_count(304 + 52 + 5, 10, 8, 4).message
    assert "편향" in check_param_count(304 - 16 + 84 - 4 + 4, 10, 8, 4).message
    assert "Dense" in check_param_count(304 + 84, 10, 8, 4).message
    assert "층별로" in check_param_count(1000, 10, 8, 4).message
    assert "정수" in check_param_count(393.0, 10, 8, 4).message


def test_param_count_matches_keras() -> None:
    keras = pytest.importorskip("keras")
    model = keras.Sequential(
        [
            keras.Input(shape=(7, 5)),
            keras.layers.Bidirectional(keras.layers.SimpleRNN(6, return_sequences=True)),
            keras.layers.SimpleRNN(3),
            keras.layers.Dense(1),
        ]
    )
    assert check_param_count(model.count_params(), 5, 6, 3)


def _bi_right(x, fw, bw):
    h_fw = simple_rnn_forward(x, **fw, return_sequences=True)
    h_bw = simple_rnn_forward(x, **bw, return_sequences=True, go_backwards=True)[:, ::-1]
    return np.concatenate([h_fw, h_bw], axis=-1)


def test_bidirectional_right_and_wrong() -> None:
    assert check_bidirectional_rnn(_bi_right)

    def not_realigned(x, fw, bw):
        h_fw = simple_rnn_forward(x, **fw, return_sequences=True)
        return np.concatenate([h_fw, simple_rnn_forward(x, **bw, return_sequences=True, go_backwards=True)], -1)

    def swapped(x, fw, bw):
        out = _bi_right(x, fw, bw)
        u = out.shape[-1] // 2
        return np.concatenate([out[..., u:], out[..., :u]], axis=-1)

    def same_direction(x, fw, bw):
        return np.concatenate([simple_rnn_forward(x, **p, return_sequences=True) for p in (fw, bw)], axis=-1)

    assert "다시 뒤집어" in check_bidirectional_rnn(not_realigned).message
    assert "순서가 바뀌었습니다" in check_bidirectional_rnn(swapped).message
    assert "x_T부터" in check_bidirectional_rnn(same_direction).message
    assert "모양" in check_bidirectional_rnn(lambda x, fw, bw: _bi_right(x, fw, bw)[:, -1]).message
    assert "오류" in check_bidirectional_rnn(lambda x, fw, bw: 1 / 0).message
    assert "최대 차이" in check_bidirectional_rnn(lambda x, fw, bw: _bi_right(x, fw, bw) + 0.1).message
    assert "함수" in check_bidirectional_rnn(3).message


def test_bidirectional_reference_is_keras() -> None:
    keras = pytest.importorskip("keras")
    rng = np.random.default_rng(0)
    layer = keras.layers.Bidirectional(keras.layers.SimpleRNN(3, return_sequences=True))
    x = rng.normal(size=(2, 4, 5)).astype(np.float32)
    out = np.asarray(layer(x))
    fw, bw = (
        dict(zip(("W_x", "W_h", "b"), lay.get_weights(), strict=True))
        for lay in (layer.forward_layer, layer.backward_layer)
    )
    for p in (fw, bw):
        p["b"] = rng.normal(size=3).astype(np.float32)
    layer.forward_layer.set_weights(list(fw.values()))
    layer.backward_layer.set_weights(list(bw.values()))
    out = np.asarray(layer(x))
    np.testing.assert_allclose(bidirectional_reference(x.astype(np.float64), fw, bw), out, atol=1e-5)


def test_jacobian_norms_against_finite_differences() -> None:
    rng = np.random.default_rng(1)
    d, u, T = 2, 3, 6
    W_x, W_h, b = rng.normal(size=(d, u)), rng.normal(size=(u, u)), rng.normal(size=u)
    x = rng.normal(size=(T, d))
    norms = jacobian_norms(W_x, W_h, b, x)
    assert norms.shape == (T - 1,)
    # dh_T/dh_2 (distance 3) by central differences: restart from a perturbed h_2
    hs = []
    h = np.zeros(u)
    for x_t in x:
        h = np.tanh(x_t @ W_x + h @ W_h + b)
        hs.append(h)

    def run_from(h_start):
        h = h_start
        for x_t in x[3:]:
            h = np.tanh(x_t @ W_x + h @ W_h + b)
        return h

    eps = 1e-6
    J = np.stack([(run_from(hs[2] + eps * e) - run_from(hs[2] - eps * e)) / (2 * eps) for e in np.eye(u)], axis=1)
    assert norms[2] == pytest.approx(np.linalg.norm(J, 2), rel=1e-6)
    assert np.max(np.abs(np.linalg.eigvals(with_spectral_radius(W_h, 0.7)))) == pytest.approx(0.7)


@pytest.fixture(scope="module")
def setup_g():
    rng = np.random.default_rng(7)
    W_x = rng.normal(0, 0.5, size=(4, 16))
    W_h = rng.normal(size=(16, 16))
    return W_x, W_h, np.zeros(16), rng.normal(size=(50, 4))


def test_exploding_rho(setup_g) -> None:
    W_x, W_h, b, x = setup_g
    grid = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0)
    measured = {r: float(jacobian_norms(W_x, with_spectral_radius(W_h, r), b, x)[19]) for r in grid}
    first = next(r for r in grid if measured[r] > 1)
    assert check_exploding_rho({"rho": first, "norm": measured[first]}, W_x, W_h, b, x, grid=grid)
    wrong_norm = check_exploding_rho({"rho": first, "norm": measured[first] * 2}, W_x, W_h, b, x, grid=grid)
    assert not wrong_norm and "노름은" in wrong_norm.message
    later = [r for r in grid if r > first and measured[r] > 1]
    if later:
        assert "더 작은" in check_exploding_rho({"rho": later[0], "norm": measured[later[0]]}, W_x, W_h, b, x).message
    small = [r for r in grid if measured[r] <= 1][0]
    assert "넘지 않습니다" in check_exploding_rho({"rho": small, "norm": measured[small]}, W_x, W_h, b, x).message
    assert "중에서" in check_exploding_rho({"rho": 1.7, "norm": 1.0}, W_x, W_h, b, x).message
    assert "사전" in check_exploding_rho(2.0, W_x, W_h, b, x).message
    assert "숫자" in check_exploding_rho({"rho": "2", "norm": 1.0}, W_x, W_h, b, x).message
    tiny = float(jacobian_norms(W_x, with_spectral_radius(W_h, 0.1), b, x)[19])
    none = check_exploding_rho({"rho": 0.1, "norm": tiny}, W_x, W_h, b, x, grid=(0.1, 0.2))
    assert "없습니다" in none.message
