"""Exercise checkers of notebook 08-02 (LSTM)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.nn.activations import sigmoid
from course_utils.nn.lstm import GATES, lstm_step

Params = Mapping[str, np.ndarray]


def _random_params(rng: np.random.Generator, d: int, u: int) -> dict[str, np.ndarray]:
    params = {}
    for g in GATES:
        params[f"W_x{g}"] = rng.normal(0, 0.6, (d, u))
        params[f"W_h{g}"] = rng.normal(0, 0.6, (u, u))
        params[f"b_{g}"] = rng.normal(0, 0.3, u)
    return params


def _swap(params: Params, a: str, b: str) -> dict[str, np.ndarray]:
    """The same parameters with gates ``a`` and ``b`` exchanged (a learner who mixed up the Keras order)."""
    out = dict(params)
    for w in ("W_x", "W_h", "b_"):
        out[f"{w}{a}"], out[f"{w}{b}"] = params[f"{w}{b}"], params[f"{w}{a}"]
    return out


def check_lstm_step(fn: Callable[..., Any] | None) -> CheckResult:
    """``fn(x_t, h_prev, c_prev, params)`` returns ``(h_t, c_t)`` of one LSTM step.

    ``x_t (B, d)``, ``h_prev, c_prev (B, u)``; ``params`` holds ``W_xi, W_hi, b_i, ..., W_xo, W_ho, b_o``.
    """
    pending = not_answered(
        fn,
        "게이트 네 개를 x_t @ W_x? + h_prev @ W_h? + b_? 로 계산하고(i, f, o는 sigmoid, 후보는 tanh), "
        "c_t = f * c_prev + i * 후보, h_t = o * tanh(c_t) 를 돌려주세요.",
    )
    if pending is not None:
        return pending
    if not callable(fn):
        return report(
            False, "", f"함수를 넘겨 주세요: step(x_t, h_prev, c_prev, params) (입력 타입: {type(fn).__name__})."
        )
    rng = np.random.default_rng(802)
    cases = [(2, 3, 4), (1, 1, 2), (3, 5, 1)]
    for B, d, u in cases:
        params = _random_params(rng, d, u)
        x_t, h_prev, c_prev = rng.normal(size=(B, d)), rng.normal(size=(B, u)), rng.normal(size=(B, u))
        h_ref, c_ref = lstm_step(x_t, h_prev, c_prev, params)
        try:
            result = fn(x_t.copy(), h_prev.copy(), c_prev.copy(), dict(params))
            h_t, c_t = (np.asarray(r, dtype=np.float64) for r in result)
        except Exception as exc:  # the learner's code: report, don't crash the notebook
            return report(False, "", f"오류가 났습니다 (h_t, c_t 두 개를 돌려주나요?): {type(exc).__name__}: {exc}")
        if h_t.shape != (B, u) or c_t.shape != (B, u):
            return report(False, "", f"h_t {h_t.shape}, c_t {c_t.shape}: 둘 다 (batch, units) = {(B, u)}이어야 합니다.")
        if np.allclose(h_t, h_ref, atol=1e-8) and np.allclose(c_t, c_ref, atol=1e-8):
            continue
        if np.allclose(h_t, c_ref, atol=1e-8) and np.allclose(c_t, h_ref, atol=1e-8):
            return report(False, "", "h_t와 c_t의 순서가 바뀌었습니다: (h_t, c_t) 순서로 돌려주세요.")
        for a, b in (("i", "f"), ("f", "c"), ("c", "o"), ("i", "o"), ("f", "o")):
            h_s, c_s = lstm_step(x_t, h_prev, c_prev, _swap(params, a, b))
            if np.allclose(h_t, h_s, atol=1e-8) and np.allclose(c_t, c_s, atol=1e-8):
                return report(
                    False, "", f"게이트 '{a}'와 '{b}'의 가중치를 바꿔 썼습니다. W_x{a}는 {a} 게이트의 것입니다."
                )
        i = sigmoid(x_t @ params["W_xi"] + h_prev @ params["W_hi"] + params["b_i"])
        f = sigmoid(x_t @ params["W_xf"] + h_prev @ params["W_hf"] + params["b_f"])
        if np.allclose(c_t, c_ref, atol=1e-8):
            if np.allclose(h_t, c_ref * sigmoid(x_t @ params["W_xo"] + h_prev @ params["W_ho"] + params["b_o"])):
                return report(False, "", "c_t는 맞습니다. h_t = o_t * tanh(c_t): c_t에 tanh를 씌우세요.")
            return report(False, "", "c_t는 맞습니다. h_t = o_t * tanh(c_t)를 확인하세요.")
        c_tilde = np.tanh(x_t @ params["W_xc"] + h_prev @ params["W_hc"] + params["b_c"])
        if np.allclose(c_t, f * c_prev + c_tilde, atol=1e-8):
            return report(False, "", "c_t에서 후보 c̃_t에 입력 게이트 i_t를 곱하지 않았습니다.")
        if np.allclose(c_t, c_prev + i * c_tilde, atol=1e-8):
            return report(False, "", "c_t에서 이전 셀 상태 c_prev에 망각 게이트 f_t를 곱하지 않았습니다.")
        diff = float(max(np.max(np.abs(h_t - h_ref)), np.max(np.abs(c_t - c_ref))))
        return report(False, "", f"x_t {x_t.shape}, units={u}에서 최대 차이 {diff:.2e}: 식을 확인하세요.")
    return report(True, f"{len(cases)}가지 입력에서 h_t, c_t 모두 lstm_step과 같습니다.", "")


def check_lstm_params(answer: Any, input_dim: int, units: int) -> CheckResult:
    """Parameters of ``keras.layers.LSTM(units)`` on inputs of size ``input_dim``: ``4 (d u + u u + u)``."""
    pending = not_answered(answer, "게이트(i, f, c̃, o)마다 W_x (d, u), W_h (u, u), b (u,)가 하나씩 있습니다.")
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"파라미터 수는 정수입니다 (입력: {answer!r}).")
    d, u = input_dim, units
    one = d * u + u * u + u
    if answer == 4 * one:
        return report(True, f"4 × ({d}·{u} + {u}·{u} + {u}) = 4 × {one} = {4 * one}: 같은 크기 SimpleRNN의 4배", "")
    hints = {
        one: "SimpleRNN 하나의 수입니다. LSTM은 게이트 넷(i, f, c̃, o)이 각자 가중치를 가집니다.",
        3 * one: "게이트를 셋만 셌습니다. 후보 c̃_t도 자기 가중치를 가집니다(세 개는 GRU).",
        4 * (d * u + u * u): "편향 b를 빠뜨렸습니다: 게이트마다 units 개씩입니다.",
        4 * (d * u + u): "W_h(u × u)를 빠뜨렸습니다: 이전 은닉 상태도 게이트마다 들어갑니다.",
    }
    return report(
        False, "", f"{answer}개가 아닙니다. {hints.get(int(answer), '게이트 하나의 수를 먼저 세어 4를 곱하세요.')}"
    )


def lstm_cell_jacobian_norms(params: Params, x: np.ndarray) -> np.ndarray:
    """``||dc_T/dc_t||_2`` for ``T - t = 1 .. T-1`` of one sequence ``x (T, d)``, ``(h_t, c_t)`` as the state."""
    u = params["W_hi"].shape[0]
    h, c = np.zeros(u), np.zeros(u)
    steps = []
    for x_t in x:
        a = {g: x_t @ params[f"W_x{g}"] + h @ params[f"W_h{g}"] + params[f"b_{g}"] for g in GATES}
        i, f, o, g_ = sigmoid(a["i"]), sigmoid(a["f"]), sigmoid(a["o"]), np.tanh(a["c"])
        c_new = f * c + i * g_
        tc = np.tanh(c_new)
        dc_dc = np.diag(f)
        dc_dh = (
            (c * f * (1 - f))[:, None] * params["W_hf"].T
            + (g_ * i * (1 - i))[:, None] * params["W_hi"].T
            + (i * (1 - g_**2))[:, None] * params["W_hc"].T
        )
        dh_dh = (tc * o * (1 - o))[:, None] * params["W_ho"].T + (o * (1 - tc**2))[:, None] * dc_dh
        dh_dc = (o * (1 - tc**2))[:, None] * dc_dc
        steps.append(np.block([[dh_dh, dh_dc], [dc_dh, dc_dc]]))  # d(h_k, c_k) / d(h_{k-1}, c_{k-1})
        h, c = o * tc, c_new
    J = np.eye(2 * u)
    norms = []
    for k in range(len(steps) - 1, 0, -1):
        J = J @ steps[k]
        norms.append(np.linalg.norm(J[u:, u:], 2))  # the dc_T/dc_{k-1} block
    return np.array(norms)


def check_forget_bias(
    answer: Any,
    params: Params,
    x: np.ndarray,
    *,
    distance: int = 20,
    threshold: float = 0.1,
    grid: Sequence[float] = (0.0, 1.0, 2.0, 3.0, 4.0),
) -> CheckResult:
    """``{"b_f": v, "norm": n}``: the smallest forget-gate bias ``v`` in ``grid`` (all ``b_f`` entries set to ``v``)
    whose ``||dc_T/dc_{T-distance}||`` reaches ``threshold``, and that norm; recomputed here."""
    pending = not_answered(
        answer,
        "grid의 값마다 params의 b_f를 np.full(units, 값)으로 바꿔 노름을 다시 재고, "
        "처음으로 기준을 넘는 값을 고르세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, dict) or "b_f" not in answer or "norm" not in answer:
        return report(False, "", f'{{"b_f": ..., "norm": ...}} 꼴의 사전으로 적어 주세요 (입력: {answer!r}).')
    b_f, norm = as_number(answer["b_f"]), as_number(answer["norm"])
    if b_f is None or norm is None:
        return report(False, "", "b_f와 norm은 숫자여야 합니다.")
    u = params["W_hi"].shape[0]
    measured = {}
    for v in grid:
        changed = dict(params, b_f=np.full(u, float(v)))
        measured[v] = float(lstm_cell_jacobian_norms(changed, x)[distance - 1])
    table = ", ".join(f"b_f={v:g}: {n:.3g}" for v, n in measured.items())
    match = [v for v in grid if math.isclose(b_f, v)]
    if not match:
        return report(False, "", f"b_f는 {list(grid)} 중에서 고르세요 (입력: {b_f:g}).")
    v = match[0]
    if not math.isclose(norm, measured[v], rel_tol=1e-3):
        return report(False, "", f"b_f={v:g}에서 T−t={distance}의 노름은 {measured[v]:.4g}입니다 (입력: {norm:.4g}).")
    passing = [g for g in grid if measured[g] >= threshold]
    if not passing:
        return report(False, "", f"이 격자에서는 {threshold:g}에 닿는 값이 없습니다: {table}")
    if v != passing[0]:
        why = f"{threshold:g}보다 작습니다" if measured[v] < threshold else f"더 작은 b_f={passing[0]:g}로도 넘습니다"
        return report(False, "", f"b_f={v:g}의 노름 {measured[v]:.3g}은 {why}. ({table})")
    return report(True, f"b_f={v:g}에서 처음으로 {threshold:g}에 닿습니다 ({table}).", "")


__all__ = ["check_forget_bias", "check_lstm_params", "check_lstm_step", "lstm_cell_jacobian_norms"]
