"""Exercise checkers of notebook 05-01 (document similarity)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.similarity import cosine_similarity, euclidean_distance, jaccard_similarity


def check_cosine(answer: float | None, a: Sequence[float], b: Sequence[float]) -> CheckResult:
    """Cosine similarity of ``a`` and ``b``."""
    pending = not_answered(answer, "내적 a·b를 두 벡터의 길이 ||a||, ||b|| 의 곱으로 나누세요.")
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"숫자(float)로 적어 주세요 (입력: {answer!r}).")
    expected = cosine_similarity(a, b)
    u, v = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if math.isclose(value, expected, rel_tol=1e-6, abs_tol=1e-9):
        return report(True, f"cos = {expected:.4f}", "")
    if math.isclose(value, float(u @ v), rel_tol=1e-6):
        return report(False, "", "내적만 구했습니다. 두 벡터의 길이(노름)의 곱으로 나누어야 합니다.")
    if math.isclose(value, euclidean_distance(a, b), rel_tol=1e-6):
        return report(False, "", "유클리드 거리를 구했습니다. 코사인은 방향(각도)을 봅니다.")
    if math.isclose(value, float(u @ v) / float(u @ u + v @ v), rel_tol=1e-6):
        return report(
            False,
            "",
            "분모는 제곱합의 합이 아니라 각 벡터 길이 sqrt(Σa²)와 sqrt(Σb²)의 곱입니다.",
        )
    return report(
        False,
        "",
        f"a·b = {float(u @ v):g}, ||a|| = {np.linalg.norm(u):.4f}, ||b|| = {np.linalg.norm(v):.4f}를 확인해 보세요.",
    )


def check_jaccard(answer: float | None, tokens_a: Sequence[str], tokens_b: Sequence[str]) -> CheckResult:
    """Jaccard similarity of the token sets of two documents."""
    pending = not_answered(answer, "set(...)으로 두 문서의 단어 집합을 만들고 |교집합| / |합집합| 을 구하세요.")
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"숫자(float)로 적어 주세요 (입력: {answer!r}).")
    expected = jaccard_similarity(tokens_a, tokens_b)
    A, B = set(tokens_a), set(tokens_b)
    if math.isclose(value, expected, rel_tol=1e-9):
        return report(True, f"|A∩B| / |A∪B| = {len(A & B)} / {len(A | B)} = {expected:.4f}", "")
    inter_list = sum(1 for t in tokens_a if t in B)
    if math.isclose(value, inter_list / (len(tokens_a) + len(tokens_b) - inter_list), rel_tol=1e-9) or (
        math.isclose(value, len(A & B) / (len(tokens_a) + len(tokens_b)), rel_tol=1e-9)
    ):
        return report(False, "", "중복 토큰까지 센 것 같습니다. 자카드 유사도는 집합(set)으로 계산합니다.")
    if math.isclose(value, len(A & B) / (len(A) + len(B)), rel_tol=1e-9):
        return report(False, "", "분모에 두 집합 크기의 합을 썼습니다. 합집합은 교집합을 한 번만 셉니다.")
    if math.isclose(value, float(len(A & B)), rel_tol=1e-9):
        return report(False, "", "교집합의 크기만 적었습니다. 합집합의 크기로 나누세요.")
    return report(False, "", f"교집합 {sorted(A & B)}과 합집합의 크기 {len(A | B)}를 확인해 보세요.")


def check_nearest(answer: int | None, similarities: np.ndarray, query: int) -> CheckResult:
    """Index of the row most similar to ``query`` (itself excluded) in a similarity matrix."""
    pending = not_answered(answer, "similarities[query]에서 자기 자신을 뺀 뒤 가장 큰 값의 위치를 찾으세요.")
    if pending is not None:
        return pending
    S = np.asarray(similarities, dtype=np.float64)
    if S.ndim != 2 or S.shape[0] != S.shape[1]:
        raise ValueError("similarities must be a square matrix")
    row = S[query].copy()
    row[query] = -np.inf
    expected = int(np.argmax(row))
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"행 번호(int)로 적어 주세요 (입력: {answer!r}).")
    if not 0 <= int(answer) < S.shape[0]:
        return report(False, "", f"행 번호는 0 ~ {S.shape[0] - 1} 사이여야 합니다 (입력: {int(answer)}).")
    if int(answer) == expected:
        return report(True, f"{expected}번 문서 (코사인 {S[query, expected]:.3f})", "")
    if int(answer) == query:
        return report(False, "", "자기 자신은 항상 코사인 1입니다. 자기 자신을 빼고 찾으세요.")
    lowest = S[query].copy()
    lowest[query] = np.inf
    if int(answer) == int(np.argmin(lowest)) and S.shape[0] > 2:
        return report(False, "", "가장 덜 비슷한 문서를 골랐습니다. 유사도는 클수록 비슷합니다.")
    return report(
        False,
        "",
        f"{int(answer)}번의 코사인은 {S[query, int(answer)]:.3f}로, 최대값 {S[query, expected]:.3f}보다 작습니다.",
    )


def nearest_same_group_rate(features: Any, groups: Sequence[Any]) -> tuple[float, float]:
    """Share of rows whose cosine-nearest other row is in the same group, as ``(lowest, highest)`` over ties.

    Rows are compared by cosine similarity (an all-zero row has similarity 0 to every row). When several rows tie
    for nearest, ``lowest`` counts a hit only if all of them share the group and ``highest`` if any does; without
    ties the two are equal.
    """
    X = np.asarray(features, dtype=np.float64)  # (N, d)
    if X.ndim != 2 or X.shape[0] != len(groups) or X.shape[0] < 2:
        raise ValueError(f"features must be (N, d) with N = len(groups) >= 2 rows, got shape {X.shape}")
    norms = np.linalg.norm(X, axis=1)  # (N,)
    safe = np.where(norms == 0, 1.0, norms)
    S = (X / safe[:, None]) @ (X / safe[:, None]).T  # (N, N) cosine
    np.fill_diagonal(S, -np.inf)
    labels = np.asarray([str(g) for g in groups])
    low = high = 0
    for i in range(S.shape[0]):
        best = np.flatnonzero(np.isclose(S[i], S[i].max(), rtol=0, atol=1e-12))
        same = labels[best] == labels[i]
        low += bool(same.all())
        high += bool(same.any())
    n = S.shape[0]
    return low / n, high / n


def check_same_chapter_rate(
    answer: float | None, features: Any, chapters: Sequence[Any], *, baseline: float | None = None
) -> CheckResult:
    """The measured share of articles whose nearest article (cosine on ``features``) is in the same chapter."""
    pending = not_answered(
        answer,
        "features로 코사인 유사도 행렬을 만들고 대각선을 빼고(자기 자신 제외) 행마다 가장 큰 열을 찾아, "
        "그 조문이 같은 장인 비율을 구하세요.",
    )
    if pending is not None:
        return pending
    got = as_number(answer)
    if got is None:
        return report(False, "", f"비율을 숫자로 주세요 (입력: {answer!r}).")
    if got > 1:
        return report(False, "", f"{got}는 1보다 큽니다. 백분율(%)이 아니라 0~1 사이 비율로 적어 주세요.")
    try:
        low, high = nearest_same_group_rate(features, chapters)
    except ValueError as exc:
        return report(False, "", f"features의 모양을 확인하세요: 조문마다 한 행이어야 합니다 ({exc}).")
    if not low - 5e-4 <= got <= high + 5e-4:
        shown = f"{low:.4f}" if math.isclose(low, high) else f"{low:.4f}~{high:.4f} (동점 처리에 따라)"
        return report(False, "", f"이 features로 다시 재면 {shown}입니다 (입력: {got:.4f}).")
    note = ""
    if baseline is not None:
        change = got - baseline
        if abs(change) <= 5e-4:
            note = f" 5.1절의 TF-IDF({baseline:.1%})와 같습니다. 표현을 바꿨는지 확인해 보세요."
        else:
            word = "높습니다" if change > 0 else "낮습니다"
            note = f" 5.1절의 TF-IDF({baseline:.1%})보다 {abs(change) * 100:.1f}%p {word}."
    return report(True, f"가장 가까운 조문이 같은 장인 비율 {got:.1%}.{note}", "")


__all__ = [
    "check_cosine",
    "check_jaccard",
    "check_nearest",
    "check_same_chapter_rate",
    "nearest_same_group_rate",
]
