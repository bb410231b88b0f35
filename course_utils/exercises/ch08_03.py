"""Exercise checkers of notebook 08-03 (GRU)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report


def rnn_param_counts(input_dim: int, units: int) -> dict[str, int]:
    """Parameter counts of one Keras recurrent layer with ``input_dim`` inputs and ``units`` units.

    A gate (or the plain RNN's single transform) has ``W_x (d, u)``, ``W_h (u, u)`` and a bias ``(u,)``;
    Keras' default GRU (``reset_after=True``) has a second bias per gate.
    """
    for name, value in (("input_dim", input_dim), ("units", units)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{name} must be a positive int, got {value!r}")
    d, u = int(input_dim), int(units)
    one = u * (d + u + 1)  # W_x + W_h + b of one gate
    return {
        "SimpleRNN": one,
        "LSTM": 4 * one,
        "GRU(reset_after=False)": 3 * one,
        "GRU(reset_after=True)": 3 * one + 3 * u,
    }


def check_gru_param_count(answer: Any, input_dim: int, units: int) -> CheckResult:
    """The number of parameters of ``keras.layers.GRU(units)`` (default ``reset_after=True``) on ``input_dim``."""
    pending = not_answered(
        answer,
        "게이트 하나는 W_x (d, u), W_h (u, u), 편향 (u,) 을 가집니다. GRU 는 게이트(z, r, 후보 h~)가 3개이고, "
        "reset_after=True 이면 편향이 (2, 3u) 입니다.",
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"파라미터 수는 정수입니다 (입력: {answer!r}).")
    counts = rnn_param_counts(input_dim, units)
    d, u = input_dim, units
    expected = counts["GRU(reset_after=True)"]
    if answer == expected:
        return report(
            True,
            f"3 x {u} x ({d} + {u} + 2) = {expected:,} 개입니다. 같은 크기의 LSTM({counts['LSTM']:,})보다 적고 "
            f"SimpleRNN({counts['SimpleRNN']:,})의 약 3배입니다.",
            "",
        )
    if answer == counts["GRU(reset_after=False)"]:
        return report(
            False, "", "reset_after=False 의 개수입니다. Keras 기본값(reset_after=True)은 편향이 (2, 3u) 입니다."
        )
    if answer == counts["LSTM"]:
        return report(False, "", "LSTM 의 개수입니다(게이트 4개). GRU 는 게이트가 3개입니다.")
    if answer == counts["SimpleRNN"]:
        return report(False, "", "SimpleRNN 의 개수입니다. GRU 는 z, r, h~ 세 묶음을 가집니다.")
    if answer == 3 * u * (d + u):
        return report(False, "", "편향을 빠뜨렸습니다. 편향은 (2, 3u) 모양입니다.")
    return report(
        False, "", f"{answer:,} 개가 아닙니다. 가중치 kernel, recurrent_kernel, bias 의 모양을 곱해 더해 보세요."
    )


def _as_pair(answer: Any) -> tuple[float, float] | None:
    if isinstance(answer, (str, bytes, Mapping)):
        return None
    try:
        items = list(answer)
    except TypeError:
        return None
    if len(items) != 2:
        return None
    numbers = [as_number(v) for v in items]
    if any(v is None for v in numbers):
        return None
    return numbers[0], numbers[1]  # type: ignore[return-value]


def update_gate_drift(params: Mapping[str, Any], x: Any, h0: Any, shift: float) -> float:
    """``mean |h_T - h_0|`` of the Keras-default GRU after adding ``shift`` to the update gate's input bias ``b_xz``."""
    from course_utils.nn.gru import gru_forward

    shifted = dict(params)
    shifted["b_xz"] = np.asarray(params["b_xz"], dtype=np.float64) + shift
    h_T = gru_forward(x, shifted, h0=h0)  # (B, u)
    return float(np.mean(np.abs(h_T - np.asarray(h0, dtype=np.float64))))


def check_update_gate_drift(
    answer: Any, params: Mapping[str, Any], x: Any, h0: Any, shift: float = 4.0, *, tol: float = 1e-4
) -> CheckResult:
    """``(drift with the layer's own b_xz, drift with b_xz + shift)``, drift = ``mean |h_T - h_0|``.

    The checker recomputes both numbers with ``course_utils.nn.gru.gru_forward`` on the same ``params``,
    ``x`` and ``h0`` (Keras' default GRU, ``reset_after=True``).
    """
    pending = not_answered(
        answer,
        "params 를 복사해 'b_xz' 에 shift 를 더한 뒤 h0 에서 출발해 마지막 h 를 구하고, np.mean(np.abs(h_T - h0)) 를 "
        "shift 를 주기 전과 후에 한 번씩 재어 (전, 후) 로 넣으세요.",
    )
    if pending is not None:
        return pending
    pair = _as_pair(answer)
    if pair is None:
        return report(False, "", f"숫자 두 개 (바꾸기 전, 바꾼 뒤) 를 넣으세요 (입력: {answer!r}).")
    base = update_gate_drift(params, x, h0, 0.0)
    moved = update_gate_drift(params, x, h0, shift)

    def close(a: float, b: float) -> bool:
        return abs(a - b) <= tol * max(1.0, abs(b))

    if close(pair[0], base) and close(pair[1], moved):
        return report(
            True,
            f"b_xz 를 {shift:+g} 하면 z_t 가 1 에 가까워져 h 가 거의 그대로 남습니다: "
            f"변화량 {base:.3f} -> {moved:.3f}.",
            "",
        )
    if close(pair[0], moved) and close(pair[1], base):
        return report(False, "", "두 값의 순서가 바뀌었습니다: (바꾸기 전, 바꾼 뒤) 순서로 넣으세요.")
    zero = np.zeros_like(np.asarray(h0, dtype=np.float64))
    if close(pair[0], update_gate_drift(params, x, zero, 0.0)):
        return report(
            False, "", "h0 를 0 으로 두고 잰 것 같습니다. 주어진 h0 에서 출발하세요 (gru_forward(..., h0=h0))."
        )
    return report(
        False,
        "",
        f"({pair[0]:.4f}, {pair[1]:.4f}) 는 다시 잰 값과 다릅니다. 'b_xz' 에만 shift 를 더했는지, reset_after=True "
        "(Keras 기본값)로 계산했는지, 마지막 시점의 h 로 쟀는지 확인하세요.",
    )


__all__ = ["check_gru_param_count", "check_update_gate_drift", "rnn_param_counts", "update_gate_drift"]
