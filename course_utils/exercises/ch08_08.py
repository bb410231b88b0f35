"""Exercise checkers of notebook 08-08 (Korean automatic spacing with a character BiLSTM/BiGRU tagger)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.spacing.metrics import eojeol_accuracy, score_labels


def bidirectional_gru_params(input_dim: int, units: int) -> int:
    """Parameters of ``Bidirectional(GRU(units))`` on inputs of size ``input_dim`` (Keras 3, ``reset_after=True``).

    One direction: three weight sets (update z, reset r, candidate) of ``W_x (d, u)`` and ``W_h (u, u)``, and a bias
    of shape ``(2, 3u)`` (one for the input part, one for the recurrent part): ``3 (d u + u u) + 6 u``.
    Two directions double it.
    """
    d, u = input_dim, units
    return 2 * (3 * (d * u + u * u) + 2 * 3 * u)


def check_bigru_params(answer: Any, input_dim: int, units: int) -> CheckResult:
    """The learner's count of ``Bidirectional(GRU(units))`` parameters on ``input_dim`` inputs."""
    pending = not_answered(
        answer,
        "한 방향 GRU는 가중치 묶음 셋(z, r, 후보)마다 W_x (d, u)와 W_h (u, u)를 갖고, 편향은 (2, 3u)입니다. "
        "Bidirectional은 방향이 둘입니다.",
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"파라미터 수는 정수입니다 (입력: {answer!r}).")
    d, u = input_dim, units
    right = bidirectional_gru_params(d, u)
    if int(answer) == right:
        one = right // 2
        return report(True, f"2 × (3·({d}·{u} + {u}·{u}) + 2·3·{u}) = 2 × {one} = {right}", "")
    hints = {
        right // 2: "한 방향만 셌습니다. Bidirectional은 정방향과 역방향 GRU를 따로 두므로 2배입니다.",
        2 * 3 * (d * u + u * u + u): "편향을 한 벌만 셌습니다. Keras 3의 GRU(reset_after=True)는 편향이 (2, 3u)입니다.",
        2 * 4 * (d * u + u * u + u): "LSTM(게이트 넷)의 식입니다. GRU는 가중치 묶음이 셋입니다.",
        2 * 3 * (d * u + u * u): "편향을 빠뜨렸습니다. 방향마다 (2, 3u) = 6u개가 있습니다.",
        2 * (3 * (d * u) + 6 * u): "W_h(u × u)를 빠뜨렸습니다. 이전 은닉 상태도 세 묶음 모두에 들어갑니다.",
    }
    return report(
        False, "", f"{int(answer)}개가 아닙니다. {hints.get(int(answer), '한 방향의 수를 먼저 세어 2를 곱하세요.')}"
    )


def threshold_f1(gold: Sequence[Sequence[int]], probabilities: Sequence[Any], threshold: float) -> float:
    """Gap F1 (``score_labels``) of the labels ``probabilities > threshold`` against ``gold`` (one list per text)."""
    pred = [(np.asarray(p, dtype=np.float64) > threshold).astype(int).tolist() for p in probabilities]
    return score_labels([list(g) for g in gold], pred).f1


def check_threshold_choice(
    answer: Any,
    gold: Sequence[Sequence[int]],
    probabilities: Sequence[Any],
    grid: Sequence[float] = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8),
) -> CheckResult:
    """``{"threshold": t, "f1": f}``: the threshold in ``grid`` with the best valid F1 and that F1; recomputed here."""
    pending = not_answered(
        answer,
        "grid의 문턱값마다 (확률 > 문턱값)으로 라벨을 만들고 score_labels로 F1을 재서, 가장 높은 것을 고르세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, dict) or "threshold" not in answer or "f1" not in answer:
        return report(False, "", f'{{"threshold": ..., "f1": ...}} 꼴의 사전으로 적어 주세요 (입력: {answer!r}).')
    threshold, f1 = as_number(answer["threshold"]), as_number(answer["f1"])
    if threshold is None or f1 is None:
        return report(False, "", "threshold와 f1은 숫자여야 합니다.")
    if len(gold) != len(probabilities):
        return report(False, "", f"정답 라벨 {len(gold)}개와 확률 {len(probabilities)}개의 수가 다릅니다.")
    measured = {float(t): threshold_f1(gold, probabilities, float(t)) for t in grid}
    table = ", ".join(f"{t:g}: {f:.4f}" for t, f in measured.items())
    match = [t for t in measured if math.isclose(threshold, t)]
    if not match:
        return report(False, "", f"문턱값은 {list(grid)} 중에서 고르세요 (입력: {threshold:g}).")
    t = match[0]
    if not math.isclose(f1, measured[t], abs_tol=5e-4):
        return report(False, "", f"문턱값 {t:g}에서 검증 F1은 {measured[t]:.4f}입니다 (입력: {f1:.4f}).")
    best = max(measured, key=measured.__getitem__)
    if measured[t] < measured[best]:
        return report(False, "", f"문턱값 {best:g}의 F1이 더 높습니다 ({table}).")
    return report(True, f"검증 F1이 가장 높은 문턱값은 {t:g}입니다 ({table}).", "")


def check_eojeol_count(answer: Any, reference: str, spaced: str) -> CheckResult:
    """The learner's eojeol accuracy of ``spaced`` against ``reference`` (``eojeol_accuracy``), as a fraction."""
    pending = not_answered(
        answer,
        "정답 어절마다 양 끝이 모두 나뉘고(공백 또는 문장 끝) 안쪽에 공백이 없는지 보고, "
        "맞은 어절 수 / 정답 어절 수를 적으세요.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"0과 1 사이의 비율(예: 2 / 5)로 적어 주세요 (입력: {answer!r}).")
    right = eojeol_accuracy([reference], [spaced])
    n_words = len(reference.split())
    if math.isclose(value, right, abs_tol=1e-9):
        return report(True, f"정답 어절 {n_words}개 중 {round(right * n_words)}개가 그대로입니다: {right:.3f}", "")
    # a usual slip: dividing by the answer's word count instead of the reference's
    ref_words, out_words = set(reference.split()), spaced.split()
    words_in_common = sum(w in ref_words for w in out_words)
    if math.isclose(value, words_in_common / max(len(out_words), 1), abs_tol=1e-9) and not math.isclose(
        words_in_common / max(len(out_words), 1), right
    ):
        return report(False, "", "출력의 어절 수로 나눴습니다. 분모는 정답 문장의 어절 수입니다.")
    return report(
        False,
        "",
        f"{value:.3f}이 아닙니다. 정답 어절 {n_words}개 각각이 출력에서 앞뒤로 나뉘고 "
        "안쪽이 붙어 있는지 하나씩 세어 보세요.",
    )


__all__ = [
    "bidirectional_gru_params",
    "check_bigru_params",
    "check_eojeol_count",
    "check_threshold_choice",
    "threshold_f1",
]
