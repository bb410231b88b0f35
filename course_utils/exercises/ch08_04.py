"""Exercise checkers of notebook 08-04 (Keras SimpleRNN and LSTM: shapes, states, Bidirectional)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from course_utils.exercises import CheckResult, as_number, not_answered, report

BILSTM_NAMES = ("output", "forward_h", "forward_c", "backward_h", "backward_c")


def bilstm_output_shapes(
    batch: int, timesteps: int, input_dim: int, units: int, return_sequences: bool
) -> list[tuple[int, ...]]:
    """Shapes of the five tensors ``Bidirectional(LSTM(units, return_state=True, ...))`` returns.

    The output concatenates both directions (last axis ``2 * units``); each of the four states is one step
    of one direction, ``(batch, units)``. ``input_dim`` does not appear in any of them.
    """
    output = (batch, timesteps, 2 * units) if return_sequences else (batch, 2 * units)
    return [output] + [(batch, units)] * 4


def _as_shapes(answer: Any) -> list[tuple[int, ...]] | None:
    if isinstance(answer, (str, bytes, Mapping)):
        return None
    try:
        items = list(answer)
    except TypeError:
        return None
    shapes = []
    for item in items:
        if isinstance(item, (str, bytes)):
            return None
        try:
            dims = tuple(item)
        except TypeError:
            return None
        if not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in dims):
            return None
        shapes.append(tuple(int(v) for v in dims))
    return shapes


def check_bilstm_shapes(
    answer: Any, *, batch: int, timesteps: int, input_dim: int, units: int, return_sequences: bool
) -> CheckResult:
    """The five shapes ``[output, forward_h, forward_c, backward_h, backward_c]`` in that order."""
    pending = not_answered(
        answer,
        "반환 순서는 [출력, forward_h, forward_c, backward_h, backward_c] 입니다. 출력은 두 방향을 이어 붙이고, 상태는 "
        "방향마다 마지막 시점 하나입니다.",
    )
    if pending is not None:
        return pending
    shapes = _as_shapes(answer)
    if shapes is None:
        return report(False, "", f"모양 다섯 개의 리스트를 넣으세요, 예: [(2, 3), ...] (입력: {answer!r}).")
    if len(shapes) != 5:
        return report(
            False, "", f"{len(shapes)}개를 넣었습니다. return_state=True 인 양방향 LSTM 은 텐서 5개를 돌려줍니다."
        )
    expected = bilstm_output_shapes(batch, timesteps, input_dim, units, return_sequences)
    if shapes == expected:
        return report(True, f"{', '.join(f'{n} {s}' for n, s in zip(BILSTM_NAMES, expected, strict=True))}.", "")
    out, states = shapes[0], shapes[1:]
    B, T, u = batch, timesteps, units
    if out != expected[0]:
        if out in ((B, T, u), (B, u)):
            return report(False, "", f"출력 {out}: 두 방향의 은닉 상태를 이어 붙이므로 마지막 차원은 2 x units 입니다.")
        if return_sequences and out == (B, 2 * u):
            return report(False, "", "return_sequences=True 이면 출력에 모든 시점이 들어 있습니다 (timesteps 축).")
        if not return_sequences and out == (B, T, 2 * u):
            return report(False, "", "return_sequences=False 이면 출력은 시점 하나뿐입니다 (timesteps 축이 없습니다).")
        return report(False, "", f"출력의 모양 {out} 이 아닙니다. (batch, [timesteps,] 2 x units) 꼴입니다.")
    for name, shape in zip(BILSTM_NAMES[1:], states, strict=True):
        if shape == (B, T, u):
            return report(False, "", f"{name} {shape}: 상태는 마지막 시점 하나라 timesteps 축이 없습니다.")
        if shape == (B, 2 * u):
            return report(False, "", f"{name} {shape}: 상태는 방향마다 따로 돌려주므로 units 크기입니다.")
        if shape != (B, u):
            return report(False, "", f"{name} 의 모양 {shape} 이 아닙니다. 상태 하나는 (batch, units) 입니다.")
    return report(False, "", "모양은 맞지만 순서가 다릅니다.")


def _sigmoid(a: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-a))


def constant_lstm_last_state(
    x: ArrayLike,
    units: int,
    kernel: float,
    recurrent: float,
    bias: float,
    *,
    backwards: bool = False,
    unit_forget_bias: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """Final ``(h_T, c_T)`` of a Keras LSTM whose every kernel / recurrent / bias entry is one constant.

    ``x`` is ``(batch, timesteps, input_dim)``; ``backwards=True`` reads it from the last step, like the
    backward half of ``Bidirectional``. Gates follow Keras: ``i, f, o = sigmoid(.)``, ``c~ = tanh(.)``,
    ``c_t = f * c_{t-1} + i * c~``, ``h_t = o * tanh(c_t)``. With Keras' default ``unit_forget_bias=True``
    the forget gate's bias starts at 1 whatever ``bias_initializer`` says.
    """
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 3:
        raise ValueError(f"x must be (batch, timesteps, input_dim), got {x.shape}")
    B, T, d = x.shape
    W_x = np.full((d, 4 * units), float(kernel))  # (d, 4u), gates i, f, c, o
    W_h = np.full((units, 4 * units), float(recurrent))  # (u, 4u)
    b = np.full(4 * units, float(bias))  # (4u,)
    if unit_forget_bias:
        b[units : 2 * units] = 1.0  # Keras: the forget gate's bias initialized to ones
    h_t = np.zeros((B, units))  # (B, u)
    c_t = np.zeros((B, units))  # (B, u)
    for t in range(T - 1, -1, -1) if backwards else range(T):
        a = x[:, t, :] @ W_x + h_t @ W_h + b  # (B, 4u)
        i_t, f_t, g_t, o_t = np.split(a, 4, axis=1)  # each (B, u)
        c_t = _sigmoid(f_t) * c_t + _sigmoid(i_t) * np.tanh(g_t)
        h_t = _sigmoid(o_t) * np.tanh(c_t)
    return h_t, c_t


def _as_pair(answer: Any) -> tuple[float, float] | None:
    if isinstance(answer, (str, bytes, Mapping)):
        return None
    try:
        items = list(answer)
    except TypeError:
        return None
    numbers = [as_number(v) for v in items]
    if len(numbers) != 2 or any(v is None for v in numbers):
        return None
    return numbers[0], numbers[1]  # type: ignore[return-value]


def check_constant_bilstm(
    answer: Any,
    x: ArrayLike,
    *,
    kernel: float,
    recurrent: float = 0.1,
    bias: float = 0.0,
    units: int = 3,
    book_kernel: float = 0.1,
    tol: float = 1e-5,
) -> CheckResult:
    """``(forward_h[0, 0], backward_h[0, 0])`` of the book's constant BiLSTM with ``kernel_initializer=kernel``.

    The checker recomputes both numbers with a NumPy LSTM (:func:`constant_lstm_last_state`), so any
    constant works.
    """
    pending = not_answered(
        answer,
        "k_init = keras.initializers.Constant(바꾼 값) 으로 책의 Bidirectional(LSTM(3, return_state=True, ...)) 을 "
        "다시 만들고, forward_h[0, 0] 과 backward_h[0, 0] 을 float 로 넣으세요.",
    )
    if pending is not None:
        return pending
    pair = _as_pair(answer)
    if pair is None:
        return report(False, "", f"숫자 두 개 (forward_h 의 값, backward_h 의 값) 를 넣으세요 (입력: {answer!r}).")
    fh, fc = constant_lstm_last_state(x, units, kernel, recurrent, bias)
    bh, bc = constant_lstm_last_state(x, units, kernel, recurrent, bias, backwards=True)
    f_h, b_h = float(fh[0, 0]), float(bh[0, 0])

    def close(a: float, b: float) -> bool:
        return abs(a - b) <= tol * max(1.0, abs(b))

    if close(pair[0], f_h) and close(pair[1], b_h):
        book_f = float(constant_lstm_last_state(x, units, book_kernel, recurrent, bias)[0][0, 0])
        return report(
            True,
            f"kernel 초기값 {book_kernel:g} -> {kernel:g} 에서 forward_h 가 {book_f:.4f} -> {f_h:.4f} 로 바뀝니다.",
            "",
        )
    if close(pair[0], b_h) and close(pair[1], f_h):
        return report(False, "", "두 값이 바뀌었습니다: (forward_h, backward_h) 순서로 넣으세요.")
    if close(pair[0], float(fc[0, 0])) or close(pair[1], float(bc[0, 0])):
        return report(
            False,
            "",
            "셀 상태 c 를 넣은 것 같습니다. 반환 순서는 [출력, forward_h, forward_c, backward_h, ...] 입니다.",
        )
    book_h = constant_lstm_last_state(x, units, book_kernel, recurrent, bias)[0]
    if close(pair[0], float(book_h[0, 0])):
        return report(
            False, "", f"책의 초기값({book_kernel:g}) 그대로의 값입니다. kernel_initializer 를 {kernel:g} 로 바꾸세요."
        )
    return report(
        False,
        "",
        f"{pair} 는 다시 계산한 값과 다릅니다. kernel 만 {kernel:g}, recurrent 는 {recurrent:g}, bias 는 {bias:g} 인지 "
        "확인하세요.",
    )


__all__ = [
    "BILSTM_NAMES",
    "bilstm_output_shapes",
    "check_bilstm_shapes",
    "check_constant_bilstm",
    "constant_lstm_last_state",
]
