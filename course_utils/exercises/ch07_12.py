"""Exercise checkers of notebook 07-12 (the feed-forward neural network language model)."""

from __future__ import annotations

import math

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.validation import check_int


def nnlm_parameters(vocab_size: int, context: int, embed_dim: int, hidden: int, input_dim: int) -> int:
    """Weights of ``models.nnlm``: ``input_dim * m + (n m + 1) H + (H + 1) V`` (E, then U and c, then W and b)."""
    V = check_int(vocab_size, "vocab_size", minimum=1)
    n = check_int(context, "context", minimum=1)
    m = check_int(embed_dim, "embed_dim", minimum=1)
    H = check_int(hidden, "hidden", minimum=1)
    rows = check_int(input_dim, "input_dim", minimum=1)
    return rows * m + (n * m + 1) * H + (H + 1) * V


def check_nnlm_parameters(
    answer: int | None, vocab_size: int, context: int, embed_dim: int, hidden: int, input_dim: int
) -> CheckResult:
    """The number of weights of an NNLM of the given sizes, counted by hand."""
    pending = not_answered(
        answer,
        "층마다 세어 더하세요: 임베딩 표 E (행 input_dim × m), 은닉층 U와 c ((n·m) × H + H), 출력층 W와 b (H × V + V).",
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"매개변수 수는 정수입니다 (입력: {answer!r}).")
    value = int(answer)
    args = (vocab_size, context, embed_dim, hidden)
    expected = nnlm_parameters(*args, input_dim)
    m, H, V = embed_dim, hidden, vocab_size
    output = (H + 1) * V
    if value == expected:
        return report(
            True,
            f"{expected:,}개 중 출력층(W, b)이 {output:,}개({output / expected:.0%})입니다. "
            "어휘 V에 비례하는 층이 가장 큽니다.",
            "",
        )
    if value == expected - H - V:
        return report(False, "", "편향 c (H개)와 b (V개)를 빠뜨렸습니다.")
    if value == nnlm_parameters(*args, vocab_size) and input_dim != vocab_size:
        return report(False, "", f"임베딩 표의 행은 V개가 아니라 input_dim = {input_dim}개입니다(<s> 행 포함).")
    if value == expected - (context - 1) * m * H:
        return report(False, "", "은닉층의 입력은 임베딩 하나(m)가 아니라 이어 붙인 n개(n·m)입니다.")
    return report(False, "", f"다시 센 값과 다릅니다 (입력: {value:,}). 세 층을 하나씩 다시 세어 보세요.")


def interpolated_perplexity(p_a: np.ndarray, p_b: np.ndarray, lam: float) -> float:
    """``exp(-mean(ln(lam * p_a + (1 - lam) * p_b)))``: perplexity of the linear mixture of two models."""
    a = np.asarray(p_a, dtype=np.float64)
    b = np.asarray(p_b, dtype=np.float64)
    if a.shape != b.shape or a.ndim != 1 or not len(a):
        raise ValueError(f"p_a and p_b must be 1-D arrays of the same length, got {a.shape} and {b.shape}")
    if isinstance(lam, bool) or not isinstance(lam, (int, float)) or not 0 <= lam <= 1:
        raise ValueError(f"lam must be a number in [0, 1], got {lam!r}")
    return math.exp(-float(np.mean(np.log(lam * a + (1 - lam) * b))))


def check_interpolated_perplexity(
    answer: float | None, p_nnlm: np.ndarray, p_kn: np.ndarray, lam: float
) -> CheckResult:
    """Test perplexity of ``lam * P_NNLM + (1 - lam) * P_KN``, recomputed from the per-token probabilities."""
    pending = not_answered(
        answer,
        "토큰마다 p = lam * p_nnlm + (1 - lam) * p_kn 을 구하고 exp(-mean(log p)) 를 계산하세요.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"퍼플렉서티는 숫자 하나입니다 (입력: {answer!r}).")
    expected = interpolated_perplexity(p_nnlm, p_kn, lam)
    if abs(value - expected) <= 1e-6 * expected:  # the value itself is not printed: it depends on training
        return report(True, f"λ = {lam:g}로 섞은 모델의 테스트 퍼플렉서티를 다시 계산한 값과 같습니다.", "")
    if abs(value - interpolated_perplexity(p_nnlm, p_kn, 1 - lam)) <= 1e-6 * expected:
        return report(False, "", "λ를 반대쪽 모델에 곱했습니다. λ는 NNLM의 가중치입니다.")
    if abs(value - math.exp(-float(np.mean(lam * np.log(p_nnlm) + (1 - lam) * np.log(p_kn))))) <= 1e-6 * expected:
        return report(False, "", "로그 확률을 섞었습니다. 확률을 먼저 섞은 뒤 로그를 씌우세요.")
    return report(
        False, "", f"다시 계산한 값과 다릅니다 (입력: {value:.3f}). 테스트 세트의 확률 배열을 썼는지 확인하세요."
    )


__all__ = ["check_interpolated_perplexity", "check_nnlm_parameters", "interpolated_perplexity", "nnlm_parameters"]
