"""Exercise checkers of notebook 08-07 (char RNN).

- :func:`check_char_windows`: many-to-many samples of a character-id stream, targets shifted by one.
- :func:`check_vocab_min_count` (change and measure): the character vocabulary size and the valid
  ``<unk>`` rate for several minimum counts, recomputed from the texts.
- :func:`check_temperature_entropy` (change and measure): the entropy of ``softmax(ln p / T)`` for
  several temperatures, recomputed from the model's probabilities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report


def char_windows(ids: Sequence[int] | np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """Non-overlapping many-to-many windows: ``X[i] = ids[i*w : i*w+w]``, ``Y[i] = ids[i*w+1 : i*w+w+1]``.

    Every window whose target fits in ``ids`` is kept (``i*w + w + 1 <= len(ids)``); returns two
    ``(N, w)`` int arrays.
    """
    arr = np.asarray(ids)
    if arr.ndim != 1 or (arr.size and not np.issubdtype(arr.dtype, np.integer)):
        raise ValueError(f"ids must be a 1-D array of integer ids, got shape {arr.shape} dtype {arr.dtype}")
    if isinstance(window, bool) or not isinstance(window, (int, np.integer)) or window < 1:
        raise ValueError(f"window must be a positive int, got {window!r}")
    w = int(window)
    n = (len(arr) - 1) // w  # windows whose shifted target fits
    if n < 1:
        raise ValueError(f"ids has {len(arr)} ids; one window of {w} needs at least {w + 1}")
    starts = np.arange(n) * w  # (N,)
    offsets = np.arange(w)  # (w,)
    return arr[starts[:, None] + offsets], arr[starts[:, None] + offsets + 1]  # (N, w), (N, w)


def _as_int_array(value: Any) -> np.ndarray | None:
    try:
        arr = np.asarray(value)
    except (TypeError, ValueError):
        return None
    if arr.dtype == object or not (np.issubdtype(arr.dtype, np.integer) or np.issubdtype(arr.dtype, np.floating)):
        return None
    return arr


def check_char_windows(answer: Any, ids: Sequence[int] | np.ndarray, window: int) -> CheckResult:
    """``(X, Y)``: non-overlapping windows of ``window`` ids and their targets shifted by one (many-to-many)."""
    pending = not_answered(
        answer,
        "X[i] = ids[i*w : i*w+w], Y[i] = ids[i*w+1 : i*w+w+1] 입니다 (w = window). 타깃이 ids 안에 들어오는 창까지만 "
        "만들고 (X, Y) 두 배열로 넣으세요.",
    )
    if pending is not None:
        return pending
    if isinstance(answer, (str, bytes, Mapping)) or not isinstance(answer, (tuple, list)) or len(answer) != 2:
        return report(False, "", "배열 두 개를 (X, Y) 튜플로 넣으세요.")
    X, Y = (_as_int_array(a) for a in answer)
    if X is None or Y is None:
        return report(False, "", "X 와 Y 는 정수 id 배열이어야 합니다 (np.array 또는 중첩 리스트).")
    ref_X, ref_Y = char_windows(ids, window)
    if X.shape != ref_X.shape:
        return report(
            False,
            "",
            f"X 의 모양이 {X.shape} 입니다. (창 개수, window) = {ref_X.shape} 여야 합니다. "
            "창은 window 칸씩 겹치지 않게 옮기고, 타깃(한 칸 뒤)까지 ids 안에 들어오는 창만 씁니다.",
        )
    if not np.array_equal(X, ref_X):
        return report(False, "", "X 의 값이 다릅니다. i 번째 창은 ids[i*window : i*window + window] 입니다.")
    if Y.shape == (len(ref_Y),) and np.array_equal(Y, ref_Y[:, -1]):
        return report(
            False,
            "",
            "창마다 다음 글자 하나만 넣었습니다. 그것은 many-to-one 의 타깃입니다. "
            "many-to-many 는 모든 시점의 다음 글자, 즉 (창 개수, window) 모양의 Y 가 필요합니다.",
        )
    if Y.shape != ref_Y.shape:
        return report(False, "", f"Y 의 모양이 {Y.shape} 입니다. X 와 같은 {ref_Y.shape} 여야 합니다.")
    if np.array_equal(Y, X):
        return report(
            False, "", "Y 가 X 와 같습니다. 타깃을 한 칸 밀지 않았습니다(흔한 실수 2): Y 는 X 보다 한 칸 뒤입니다."
        )
    arr = np.asarray(ids)
    w = int(window)
    back = np.array([arr[max(i * w - 1, 0) : max(i * w - 1, 0) + w] for i in range(len(ref_X))])
    if back.shape == Y.shape and np.array_equal(Y, back):
        return report(False, "", "타깃을 반대 방향(한 칸 앞)으로 밀었습니다. Y[i, t] 는 X[i, t] 다음 글자여야 합니다.")
    if not np.array_equal(Y, ref_Y):
        return report(False, "", "Y 의 값이 다릅니다. Y[i] = ids[i*window + 1 : i*window + window + 1] 입니다.")
    return report(
        True,
        f"창 {len(ref_X)}개, 모양 {ref_X.shape}. 모든 시점 t 에서 Y[:, t] 가 X[:, t] 의 다음 글자이므로 "
        "Y[:, :-1] == X[:, 1:] 입니다.",
        "",
    )


def vocab_stats(train_texts: Sequence[str], valid_texts: Sequence[str], min_count: int) -> tuple[int, float]:
    """``(n, rate)``: ``n`` distinct training characters seen ``>= min_count`` times, and the share of
    valid characters (spaces included, no paragraph ends) that are not among them."""
    if isinstance(train_texts, str) or isinstance(valid_texts, str):
        raise TypeError("pass lists of paragraphs (str), not a single str")
    if isinstance(min_count, bool) or not isinstance(min_count, (int, np.integer)) or min_count < 1:
        raise ValueError(f"min_count must be a positive int, got {min_count!r}")
    counts = Counter("".join(train_texts))
    kept = {ch for ch, c in counts.items() if c >= min_count}
    valid = Counter("".join(valid_texts))
    total = sum(valid.values())
    if total == 0:
        raise ValueError("valid_texts holds no characters")
    unknown = sum(c for ch, c in valid.items() if ch not in kept)
    return len(kept), unknown / total


def check_vocab_min_count(
    answer: Any, train_texts: Sequence[str], valid_texts: Sequence[str], min_counts: Sequence[int] = (1, 2, 5)
) -> CheckResult:
    """``{min_count: (n_chars, unk_rate)}`` for every ``min_count`` in ``min_counts`` (recomputed from the texts)."""
    pending = not_answered(
        answer,
        "min_count 마다 Counter 로 훈련 글자를 세어 min_count 번 이상 나온 글자 수 n 과, 검증 글자 중 그 집합에 없는 "
        "글자의 비율 rate(0~1)를 {min_count: (n, rate)} 딕셔너리로 넣으세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping):
        return report(False, "", "{min_count: (글자 수, unk 비율)} 딕셔너리로 넣으세요.")
    missing = [m for m in min_counts if m not in answer]
    if missing:
        return report(False, "", f"min_count {missing} 의 값이 없습니다. {list(min_counts)} 모두 재어 넣으세요.")
    for m in min_counts:
        n_ref, rate_ref = vocab_stats(train_texts, valid_texts, m)
        item = answer[m]
        if isinstance(item, (str, bytes)) or not isinstance(item, (tuple, list)) or len(item) != 2:
            return report(False, "", f"min_count={m} 의 값은 (글자 수, unk 비율) 두 개여야 합니다.")
        n, rate = as_number(item[0]), as_number(item[1])
        if n is None or rate is None:
            return report(False, "", f"min_count={m} 의 값이 숫자가 아닙니다: {item!r}")
        if n in (n_ref + 1, n_ref + 2):
            return report(
                False, "", f"min_count={m}: 글자 수에 특수 기호(문단 끝, <unk>)까지 센 것 같습니다. 글자만 세세요."
            )
        if n != n_ref:
            return report(False, "", f"min_count={m}: 글자 수 {n:g} 이(가) 다시 센 값과 다릅니다. 훈련 문단만 세세요.")
        if rate_ref > 0 and abs(rate - 100 * rate_ref) <= 1e-6 * max(1.0, 100 * rate_ref):
            return report(False, "", f"min_count={m}: 비율을 퍼센트로 넣었습니다. 0~1 사이 값으로 넣으세요.")
        if abs(rate - rate_ref) > 1e-9 + 1e-6 * rate_ref:
            return report(
                False,
                "",
                f"min_count={m}: unk 비율 {rate:.6g} 이(가) 다시 잰 값과 다릅니다. 검증 문단의 모든 글자(공백 포함) 중 "
                "어휘에 없는 글자의 비율입니다.",
            )
    first, last = min(min_counts), max(min_counts)
    n_first, r_first = vocab_stats(train_texts, valid_texts, first)
    n_last, r_last = vocab_stats(train_texts, valid_texts, last)
    return report(
        True,
        f"min_count 를 {first} -> {last} 로 올리면 글자 수가 {n_first} -> {n_last} 로 줄고"
        "(원-핫 폭도 그만큼 줄어듭니다), "
        f"검증 글자 중 <unk> 비율은 {r_first:.4%} -> {r_last:.4%} 로 늘어납니다.",
        "",
    )


def tempered_entropy(probs: Any, temperature: float) -> float:
    """Entropy in bits of ``P_T(i) = p_i^(1/T) / sum_j p_j^(1/T)`` (= ``softmax(ln p / T)``)."""
    p = np.asarray(probs, dtype=np.float64)
    if p.ndim != 1 or p.size == 0 or (p < 0).any() or abs(float(p.sum()) - 1.0) > 1e-3:
        raise ValueError(f"probs must be a 1-D probability vector summing to 1, got shape {p.shape}")
    if isinstance(temperature, bool) or not isinstance(temperature, (int, float)) or not temperature > 0:
        raise ValueError(f"temperature must be a number > 0, got {temperature!r}")
    with np.errstate(divide="ignore"):
        z = np.log(p) / float(temperature)  # (V,)
    z = z - z.max()
    q = np.exp(z)
    q /= q.sum()  # (V,)
    nz = q > 0
    return float(-(q[nz] * np.log2(q[nz])).sum())


def check_temperature_entropy(
    answer: Any, probs: Any, temperatures: Sequence[float] = (0.5, 1.0, 1.5), *, tol: float = 1e-3
) -> CheckResult:
    """``{T: entropy in bits of softmax(ln p / T)}`` for every temperature (recomputed from ``probs``)."""
    pending = not_answered(
        answer,
        "T 마다 q = p ** (1 / T) 를 합이 1 이 되게 나누고, 엔트로피 -sum(q * log2(q)) 를 {T: 엔트로피} 로 넣으세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping):
        return report(False, "", "{온도: 엔트로피(비트)} 딕셔너리로 넣으세요.")
    missing = [t for t in temperatures if t not in answer]
    if missing:
        return report(False, "", f"온도 {missing} 의 값이 없습니다.")
    for t in temperatures:
        value = as_number(answer[t])
        if value is None:
            return report(False, "", f"T={t} 의 값이 숫자가 아닙니다: {answer[t]!r}")
        ref = tempered_entropy(probs, t)
        if abs(value - ref) <= tol * max(1.0, ref):
            continue
        if abs(value - ref * np.log(2)) <= tol * max(1.0, ref):
            return report(False, "", f"T={t}: 자연로그(nat)로 잰 것 같습니다. log2 를 써서 비트로 넣으세요.")
        if abs(value - tempered_entropy(probs, 1.0 / t)) <= tol * max(1.0, ref):
            return report(False, "", f"T={t}: p ** T 로 계산했습니다. 온도는 로짓을 나눕니다: p ** (1 / T) 입니다.")
        return report(False, "", f"T={t}: {value:.4f} 비트가 다시 잰 값과 다릅니다. q 의 합이 1 인지 확인하세요.")
    ordered = sorted(temperatures)
    return report(
        True,
        f"온도를 {ordered[0]:g} -> {ordered[-1]:g} 로 올릴수록 엔트로피가 커집니다. 분포가 평평해져 덜 그럴듯한 글자도 "
        "자주 뽑힙니다.",
        "",
    )


__all__ = [
    "char_windows",
    "check_char_windows",
    "vocab_stats",
    "check_vocab_min_count",
    "tempered_entropy",
    "check_temperature_entropy",
]
