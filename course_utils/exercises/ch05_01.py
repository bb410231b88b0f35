"""Exercise checkers of notebook 05-01 (document similarity)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.similarity import cosine_similarity, euclidean_distance, jaccard_similarity


def check_cosine(answer: float | None, a: Sequence[float], b: Sequence[float]) -> CheckResult:
    """Cosine similarity of ``a`` and ``b``."""
    pending = not_answered(answer, "내적 a·b 를 두 벡터의 길이 ||a||, ||b|| 의 곱으로 나누세요.")
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
            "분모는 제곱합의 합이 아니라 각 벡터 길이 sqrt(Σa²) 와 sqrt(Σb²) 의 곱입니다.",
        )
    return report(
        False,
        "",
        f"a·b = {float(u @ v):g}, ||a|| = {np.linalg.norm(u):.4f}, ||b|| = {np.linalg.norm(v):.4f} 를 확인해 보세요.",
    )


def check_jaccard(answer: float | None, tokens_a: Sequence[str], tokens_b: Sequence[str]) -> CheckResult:
    """Jaccard similarity of the token sets of two documents."""
    pending = not_answered(answer, "set(...) 으로 두 문서의 단어 집합을 만들고 |교집합| / |합집합| 을 구하세요.")
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
    return report(False, "", f"교집합 {sorted(A & B)} 과 합집합의 크기 {len(A | B)} 를 확인해 보세요.")


def check_nearest(answer: int | None, similarities: np.ndarray, query: int) -> CheckResult:
    """Index of the row most similar to ``query`` (itself excluded) in a similarity matrix."""
    pending = not_answered(answer, "similarities[query] 에서 자기 자신을 뺀 뒤 가장 큰 값의 위치를 찾으세요.")
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
        return report(False, "", "자기 자신은 항상 코사인 1 입니다. 자기 자신을 빼고 찾으세요.")
    lowest = S[query].copy()
    lowest[query] = np.inf
    if int(answer) == int(np.argmin(lowest)) and S.shape[0] > 2:
        return report(False, "", "가장 덜 비슷한 문서를 골랐습니다. 유사도는 클수록 비슷합니다.")
    return report(
        False,
        "",
        f"{int(answer)}번의 코사인은 {S[query, int(answer)]:.3f} 로, 최대값 {S[query, expected]:.3f} 보다 작습니다.",
    )
