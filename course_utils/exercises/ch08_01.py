"""Exercise checkers of notebook 08-01 (RNN)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.nn.rnn import simple_rnn_forward


def simple_rnn_params(input_dim: int, units: int) -> int:
    """Parameters of one ``SimpleRNN(units)`` on inputs of size ``input_dim``: ``W_x`` + ``W_h`` + ``b``."""
    return input_dim * units + units * units + units


def _bi_stack_counts(input_dim: int, units1: int, units2: int) -> tuple[int, int, int]:
    """Bidirectional(SimpleRNN(units1, return_sequences=True)) -> SimpleRNN(units2) -> Dense(1)."""
    bi = 2 * simple_rnn_params(input_dim, units1)  # two directions, each its own W_x, W_h, b
    top = simple_rnn_params(2 * units1, units2)  # its input is the concatenation: 2 * units1 features
    dense = units2 + 1
    return bi, top, dense


def check_param_count(answer: Any, input_dim: int, units1: int, units2: int) -> CheckResult:
    """Total parameters of ``Bidirectional(SimpleRNN(units1, return_sequences=True)) -> SimpleRNN(units2) -> Dense(1)``
    on inputs ``(timesteps, input_dim)``."""
    pending = not_answered(
        answer,
        "SimpleRNN 한 층은 d·u + u·u + u 개입니다. 양방향은 방향마다 따로, 둘째 층의 입력 크기는 2·units1 입니다.",
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"파라미터 수는 정수입니다 (입력: {answer!r}).")
    bi, top, dense = _bi_stack_counts(input_dim, units1, units2)
    total = bi + top + dense
    if answer == total:
        return report(True, f"양방향 층 {bi} + SimpleRNN {top} + Dense {dense} = {total}", "")
    hints = {
        bi // 2 + top + dense: "양방향 층은 정방향과 역방향이 가중치를 따로 가집니다: 한 방향의 2배입니다.",
        bi + simple_rnn_params(units1, units2) + dense: (
            f"둘째 SimpleRNN의 입력은 두 방향을 이어 붙인 {2 * units1}차원입니다 ({units1}이 아닙니다)."
        ),
        bi - 2 * units1 + top - units2 + dense - 1: "편향(bias) b를 빠뜨렸습니다: 층마다 units 개씩 있습니다.",
        bi + top: "마지막 Dense(1)의 파라미터(가중치 units2 개 + 편향 1개)도 세어야 합니다.",
    }
    hint = hints.get(int(answer), f"층별로 나누어 세어 보세요: 양방향 층의 기대값은 {bi}입니다.")
    return report(False, "", f"{answer}개가 아닙니다. {hint}")


Params = dict[str, np.ndarray]


def _random_case(rng: np.random.Generator, B: int, T: int, d: int, u: int) -> tuple[np.ndarray, Params, Params]:
    x = rng.normal(size=(B, T, d))
    fw, bw = (
        {"W_x": rng.normal(0, 0.5, (d, u)), "W_h": rng.normal(0, 0.5, (u, u)), "b": rng.normal(0, 0.1, u)}
        for _ in range(2)
    )
    return x, fw, bw


def bidirectional_reference(x: np.ndarray, fw: Params, bw: Params) -> np.ndarray:
    """What ``Bidirectional(SimpleRNN(u, return_sequences=True))`` returns: ``(B, T, 2u)``, forward half first."""
    h_fw = simple_rnn_forward(x, **fw, return_sequences=True)  # (B, T, u), step t read x_1..x_t
    h_bw = simple_rnn_forward(x, **bw, return_sequences=True, go_backwards=True)  # processing order: x_T first
    return np.concatenate([h_fw, h_bw[:, ::-1]], axis=-1)  # (B, T, 2u): backward re-aligned with time t


def check_bidirectional_rnn(fn: Callable[[np.ndarray, Params, Params], Any] | None) -> CheckResult:
    """``fn(x, fw, bw)`` returns the output of ``Bidirectional(SimpleRNN(u, return_sequences=True))``.

    ``x (B, T, d)``; ``fw`` and ``bw`` are dicts ``{"W_x", "W_h", "b"}`` of the two directions.
    """
    pending = not_answered(
        fn,
        "정방향은 t=1..T, 역방향은 t=T..1 순서로 돌린 뒤, 역방향의 결과를 다시 시간 순서로 뒤집어 이어 붙이세요.",
    )
    if pending is not None:
        return pending
    if not callable(fn):
        return report(False, "", f"함수를 넘겨 주세요: bi_rnn(x, fw, bw) (입력 타입: {type(fn).__name__}).")
    rng = np.random.default_rng(801)
    cases = [(2, 5, 3, 4), (1, 1, 2, 3), (3, 7, 1, 2)]
    for B, T, d, u in cases:
        x, fw, bw = _random_case(rng, B, T, d, u)
        expected = bidirectional_reference(x, fw, bw)
        try:
            result = np.asarray(fn(x.copy(), dict(fw), dict(bw)), dtype=np.float64)
        except Exception as exc:  # the learner's code: report, don't crash the notebook
            return report(False, "", f"x {x.shape}에서 오류가 났습니다: {type(exc).__name__}: {exc}")
        if result.shape != expected.shape:
            return report(
                False, "", f"x {x.shape}, units={u}: 결과 모양이 {result.shape}입니다. {expected.shape}이어야 합니다."
            )
        if np.allclose(result, expected, atol=1e-8):
            continue
        fw_seq, bw_seq = expected[..., :u], expected[..., u:]
        if np.allclose(result, np.concatenate([fw_seq, bw_seq[:, ::-1]], axis=-1), atol=1e-8):
            return report(
                False, "", "역방향 결과가 처리 순서(x_T부터) 그대로입니다. 시간 축으로 다시 뒤집어 t에 맞추세요."
            )
        if np.allclose(result, np.concatenate([bw_seq, fw_seq], axis=-1), atol=1e-8):
            return report(False, "", "두 방향의 순서가 바뀌었습니다. Keras는 정방향을 앞 절반에 둡니다.")
        same_direction = simple_rnn_forward(x, **bw, return_sequences=True)
        if np.allclose(result[..., u:], same_direction, atol=1e-8):
            return report(False, "", "역방향 RNN도 x_1부터 읽었습니다. 역방향은 x_T부터 거꾸로 읽어야 합니다.")
        diff = float(np.max(np.abs(result - expected)))
        return report(False, "", f"x {x.shape}, units={u}에서 최대 차이 {diff:.2e}: 식과 가중치 사용을 확인하세요.")
    return report(True, f"{len(cases)}가지 입력 모두 Bidirectional(SimpleRNN)의 계산과 같습니다.", "")


def jacobian_norms(W_x: np.ndarray, W_h: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``||dh_T/dh_t||_2`` for ``T - t = 1 .. T-1`` of one sequence ``x (T, d)`` (largest singular value)."""
    h_t = np.zeros(W_h.shape[0])
    hs = []
    for x_t in x:  # (d,)
        h_t = np.tanh(x_t @ W_x + h_t @ W_h + b)  # (u,)
        hs.append(h_t)
    J = np.eye(W_h.shape[0])  # dh_T/dh_T
    norms = []
    for k in range(len(hs) - 1, 0, -1):
        J = J @ ((1 - hs[k] ** 2)[:, None] * W_h.T)  # dh_T/dh_{k-1} = dh_T/dh_k · diag(1-h_k²) W_hᵀ
        norms.append(np.linalg.norm(J, 2))
    return np.array(norms)


def with_spectral_radius(W_h: np.ndarray, rho: float) -> np.ndarray:
    """``W_h`` rescaled so that its spectral radius (largest |eigenvalue|) is ``rho``."""
    return W_h * (rho / np.max(np.abs(np.linalg.eigvals(W_h))))


def check_exploding_rho(
    answer: Any,
    W_x: np.ndarray,
    W_h: np.ndarray,
    b: np.ndarray,
    x: np.ndarray,
    *,
    distance: int = 20,
    grid: Sequence[float] = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0),
) -> CheckResult:
    """``{"rho": r, "norm": n}``: the smallest ``r`` in ``grid`` whose ``||dh_T/dh_{T-distance}||`` exceeds 1,
    with the measured norm ``n``; both recomputed here from ``W_h`` rescaled to spectral radius ``r``."""
    pending = not_answered(
        answer,
        "grid의 rho마다 W_h를 with_spectral_radius처럼 바꿔 노름을 다시 재고, 처음으로 1을 넘는 rho를 고르세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, dict) or "rho" not in answer or "norm" not in answer:
        return report(False, "", f'{{"rho": ..., "norm": ...}} 꼴의 사전으로 적어 주세요 (입력: {answer!r}).')
    rho, norm = as_number(answer["rho"]), as_number(answer["norm"])
    if rho is None or norm is None:
        return report(False, "", "rho와 norm은 숫자여야 합니다.")
    measured = {r: float(jacobian_norms(W_x, with_spectral_radius(W_h, r), b, x)[distance - 1]) for r in grid}
    table = ", ".join(f"ρ={r:g}: {v:.3g}" for r, v in measured.items())
    if not any(math.isclose(rho, r) for r in grid):
        return report(False, "", f"rho는 {list(grid)} 중에서 고르세요 (입력: {rho:g}).")
    r = next(r for r in grid if math.isclose(rho, r))
    if not math.isclose(norm, measured[r], rel_tol=1e-3):
        return report(False, "", f"ρ={r:g}에서 T−t={distance}의 노름은 {measured[r]:.4g}입니다 (입력: {norm:.4g}).")
    exploding = [g for g in grid if measured[g] > 1]
    if not exploding:
        return report(False, "", f"이 격자에서는 노름이 1을 넘는 ρ가 없습니다: {table}")
    if r != exploding[0]:
        why = "1을 넘지 않습니다" if measured[r] <= 1 else f"더 작은 ρ={exploding[0]:g}에서도 1을 넘습니다"
        return report(False, "", f"ρ={r:g}의 노름 {measured[r]:.3g}은 {why}. ({table})")
    return report(True, f"ρ={r:g}에서 처음으로 1을 넘습니다 ({table}).", "")


__all__ = [
    "bidirectional_reference",
    "check_bidirectional_rnn",
    "check_exploding_rho",
    "check_param_count",
    "jacobian_norms",
    "simple_rnn_params",
    "with_spectral_radius",
]
