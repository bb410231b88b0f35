"""Checkers of notebook 08-04 (Keras SimpleRNN and LSTM)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch08_04 import (
    bilstm_output_shapes,
    check_bilstm_shapes,
    check_constant_bilstm,
    constant_lstm_last_state,
)

BOOK_X = np.array(
    [[[0.1, 4.2, 1.5, 1.1, 2.8], [1.0, 3.1, 2.5, 0.7, 1.1], [0.3, 2.1, 1.5, 2.1, 0.1], [2.2, 1.4, 0.5, 0.9, 1.1]]],
    dtype=np.float32,
)


def _keras_bilstm(
    x: np.ndarray, units: int, return_sequences: bool, kernel=0.1, recurrent=0.1, bias=0.0, unit_forget_bias=True
):
    keras = pytest.importorskip("keras")
    const = keras.initializers.Constant
    layer = keras.layers.Bidirectional(
        keras.layers.LSTM(
            units,
            return_sequences=return_sequences,
            return_state=True,
            kernel_initializer=const(kernel),
            recurrent_initializer=const(recurrent),
            bias_initializer=const(bias),
            unit_forget_bias=unit_forget_bias,
        )
    )
    return [np.asarray(t) for t in layer(x)]


@pytest.mark.parametrize("return_sequences", [True, False])
def test_shapes_match_keras(return_sequences: bool) -> None:
    x = np.zeros((2, 7, 4), dtype=np.float32)
    outs = _keras_bilstm(x, 5, return_sequences)
    assert [o.shape for o in outs] == bilstm_output_shapes(2, 7, 4, 5, return_sequences)


@pytest.mark.parametrize(
    "kernel, recurrent, bias, forget_one",
    [(0.1, 0.1, 0.0, True), (0.05, 0.1, 0.0, True), (-0.2, 0.3, 0.5, True), (0.1, 0.1, 0.0, False)],
)
def test_constant_lstm_matches_keras(kernel: float, recurrent: float, bias: float, forget_one: bool) -> None:
    _, fh, fc, bh, bc = _keras_bilstm(BOOK_X, 3, False, kernel, recurrent, bias, forget_one)
    h, c = constant_lstm_last_state(BOOK_X, 3, kernel, recurrent, bias, unit_forget_bias=forget_one)
    np.testing.assert_allclose(h, fh, atol=1e-6)
    np.testing.assert_allclose(c, fc, atol=1e-6)
    h, c = constant_lstm_last_state(BOOK_X, 3, kernel, recurrent, bias, backwards=True, unit_forget_bias=forget_one)
    np.testing.assert_allclose(h, bh, atol=1e-6)
    np.testing.assert_allclose(c, bc, atol=1e-6)


def test_book_values() -> None:
    """The book's example (constants 0.1 / 0.1 / 0): forward 0.6303, backward 0.7039."""
    fh, _ = constant_lstm_last_state(BOOK_X, 3, 0.1, 0.1, 0.0)
    bh, _ = constant_lstm_last_state(BOOK_X, 3, 0.1, 0.1, 0.0, backwards=True)
    assert abs(fh[0, 0] - 0.63031393) < 1e-6 and abs(bh[0, 0] - 0.7038734) < 1e-6
    with pytest.raises(ValueError, match="batch, timesteps, input_dim"):
        constant_lstm_last_state(BOOK_X[0], 3, 0.1, 0.1, 0.0)


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_bilstm_shapes(None, batch=1, timesteps=2, input_dim=3, units=4, return_sequences=True)
    assert not check_constant_bilstm(None, BOOK_X, kernel=0.05)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def test_check_bilstm_shapes() -> None:
    kw = dict(batch=8, timesteps=10, input_dim=16, units=32)
    right = [(8, 10, 64), (8, 32), (8, 32), (8, 32), (8, 32)]
    assert check_bilstm_shapes(right, return_sequences=True, **kw)
    assert check_bilstm_shapes([list(s) for s in right], return_sequences=True, **kw)
    assert check_bilstm_shapes([(8, 64)] + right[1:], return_sequences=False, **kw)
    assert "2 x units" in check_bilstm_shapes([(8, 10, 32)] + right[1:], return_sequences=True, **kw).message
    assert "모든 시점" in check_bilstm_shapes([(8, 64)] + right[1:], return_sequences=True, **kw).message
    assert "시점 하나뿐" in check_bilstm_shapes(right, return_sequences=False, **kw).message
    states_with_time = [right[0], (8, 10, 32)] + right[2:]
    assert "timesteps 축이 없" in check_bilstm_shapes(states_with_time, return_sequences=True, **kw).message
    assert "방향마다" in check_bilstm_shapes([right[0], (8, 64)] + right[2:], return_sequences=True, **kw).message
    assert "5개" in check_bilstm_shapes(right[:3], return_sequences=True, **kw).message
    assert "리스트" in check_bilstm_shapes("(8, 10, 64)", return_sequences=True, **kw).message
    assert "리스트" in check_bilstm_shapes([(8.0, 10)] * 5, return_sequences=True, **kw).message


def test_check_constant_bilstm() -> None:
    fh, fc = constant_lstm_last_state(BOOK_X, 3, 0.05, 0.1, 0.0)
    bh, bc = constant_lstm_last_state(BOOK_X, 3, 0.05, 0.1, 0.0, backwards=True)
    answer = (float(fh[0, 0]), float(bh[0, 0]))
    assert check_constant_bilstm(answer, BOOK_X, kernel=0.05)
    assert check_constant_bilstm((np.float32(answer[0]), np.float32(answer[1])), BOOK_X, kernel=0.05)
    assert "바뀌었습니다" in check_constant_bilstm(answer[::-1], BOOK_X, kernel=0.05).message
    assert "셀 상태 c" in check_constant_bilstm((float(fc[0, 0]), float(bc[0, 0])), BOOK_X, kernel=0.05).message
    assert "책의 초기값" in check_constant_bilstm((0.63031393, 0.7038734), BOOK_X, kernel=0.05).message
    assert "다릅니다" in check_constant_bilstm((0.1, 0.2), BOOK_X, kernel=0.05).message
    assert "숫자 두 개" in check_constant_bilstm(0.5, BOOK_X, kernel=0.05).message
