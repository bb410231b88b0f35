"""Exercise checkers of notebook 08-06 (text generation with an RNN)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report


def toy_samples(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The book's samples of ``text`` (one sentence per line): ``(X, y)`` after pre-padding.

    Integer encoding with the course's Keras-2 ``Tokenizer`` fitted on ``[text]``, every prefix of
    length >= 2 of every line, pre-padding to the longest prefix, ``X = padded[:, :-1]``,
    ``y = padded[:, -1]`` (integer labels).
    """
    from course_utils import Tokenizer, pad_sequences
    from course_utils.generate import prefix_samples

    if not isinstance(text, str) or not text.strip():
        raise ValueError("text must be a non-empty str with one sentence per line")
    tokenizer = Tokenizer()
    tokenizer.fit_on_texts([text])
    samples = prefix_samples(tokenizer.texts_to_sequences(text.split("\n")))
    padded = pad_sequences(samples, maxlen=max(len(s) for s in samples), padding="pre")
    return padded[:, :-1], padded[:, -1]


def _as_int_array(value: Any) -> np.ndarray | None:
    try:
        arr = np.asarray(value)
    except (TypeError, ValueError):
        return None
    if arr.dtype == object or not (np.issubdtype(arr.dtype, np.integer) or np.issubdtype(arr.dtype, np.floating)):
        return None
    return arr


def check_toy_samples(answer: Any, text: str) -> CheckResult:
    """``(X, y)`` of :func:`toy_samples` for ``text``: pre-padded prefix samples and their last-word labels."""
    pending = not_answered(
        answer,
        "Tokenizer 로 정수 인코딩 -> 줄마다 길이 2 이상의 접두사(prefix) 샘플 -> pad_sequences(..., padding='pre') 로 "
        "가장 긴 샘플 길이에 맞추기 -> X = 마지막 열을 뺀 나머지, y = 마지막 열. (X, y) 로 넣으세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        return report(False, "", "(X, y) 두 개를 튜플로 넣으세요.")
    X, y = (_as_int_array(a) for a in answer)
    if X is None or y is None:
        return report(False, "", "X 와 y 는 정수 배열이어야 합니다.")
    X_ref, y_ref = toy_samples(text)
    if y.ndim == 2 and y.shape == (len(y_ref), int(max(X_ref.max(), y_ref.max())) + 1):
        return report(
            False, "", "y 가 원-핫 벡터입니다. 이 문제는 원-핫 전 정수 레이블 y (to_categorical 전) 를 묻습니다."
        )
    if X.shape != X_ref.shape or y.shape != y_ref.shape:
        full = X.shape == (X_ref.shape[0], X_ref.shape[1] + 1)
        hint = " X 에 레이블(마지막 단어) 열이 남아 있습니다: padded[:, :-1] 로 자르세요." if full else ""
        return report(
            False, "", f"모양이 다릅니다: X {X.shape}, y {y.shape} (기대: X {X_ref.shape}, y {y_ref.shape}).{hint}"
        )
    if np.array_equal(X, X_ref) and np.array_equal(y, y_ref):
        return report(
            True,
            f"샘플 {len(y_ref)}개, 입력 길이 {X_ref.shape[1]}. 앞을 0 으로 채웠으므로(pre-padding) 마지막 열 바로 앞에 "
            "항상 실제 단어가 있고, RNN 의 마지막 시점이 그 단어를 읽은 뒤 다음 단어를 예측합니다.",
            "",
        )
    if (y == 0).any():
        return report(
            False,
            "",
            "레이블 y 에 0(패딩)이 있습니다. 뒤를 채우면(padding='post') 짧은 샘플의 마지막 열이 0 이 됩니다. "
            "앞을 채우세요: padding='pre'.",
        )
    if np.array_equal(y, y_ref) and all(
        np.count_nonzero(a) == np.count_nonzero(b) for a, b in zip(X, X_ref, strict=True)
    ):
        return report(False, "", "0 의 위치가 다릅니다. 뒤가 아니라 앞을 채우세요: padding='pre' (기본값).")
    return report(
        False,
        "",
        "값이 다릅니다. Tokenizer 를 text 전체([text])에 fit 했는지, "
        "줄(text.split('\\n'))마다 샘플을 만들었는지 확인하세요.",
    )


def entropy_bits(probs: Any, temperature: float) -> float:
    """Entropy in bits of ``softmax(ln p / T)``: the next-token distribution at temperature ``T``."""
    from course_utils.generate import temperature_probs

    q = temperature_probs(probs, temperature, probs=True)  # (V,)
    q = q[q > 0]
    return float(-(q * np.log2(q)).sum())


def check_temperature_entropy(
    answer: Any, probs: Any, temperatures: tuple[float, ...], *, tol: float = 1e-3
) -> CheckResult:
    """Entropies (bits) of the next-token distribution ``probs`` at each of ``temperatures``, in order."""
    pending = not_answered(
        answer,
        "temperature_probs(probs, T, probs=True) 로 온도 T 의 분포 q 를 구하고, 엔트로피 -sum(q * log2(q)) 를 "
        "온도마다 재어 같은 순서의 리스트로 넣으세요.",
    )
    if pending is not None:
        return pending
    if isinstance(answer, (str, bytes)) or not hasattr(answer, "__len__"):
        return report(False, "", f"온도 {len(temperatures)}개에 하나씩, 숫자의 리스트로 넣으세요.")
    values = [as_number(v) for v in answer]
    if len(values) != len(temperatures) or any(v is None for v in values):
        return report(False, "", f"온도 {len(temperatures)}개에 하나씩, 숫자의 리스트로 넣으세요.")
    expected = [entropy_bits(probs, t) for t in temperatures]
    if all(abs(v - e) <= tol * max(1.0, e) for v, e in zip(values, expected, strict=True)):  # type: ignore[operator]
        pairs = ", ".join(f"T={t:g}: {e:.2f}" for t, e in zip(temperatures, expected, strict=True))
        return report(
            True,
            f"엔트로피(비트) {pairs}. 온도가 높을수록 분포가 평평해져 엔트로피가 커지고(다양하지만 엉뚱한 단어), "
            "낮을수록 확률이 가장 큰 단어에 몰립니다(greedy 에 가까워짐).",
            "",
        )
    nats = [e * math.log(2) for e in expected]
    if all(abs(v - e) <= tol * max(1.0, e) for v, e in zip(values, nats, strict=True)):  # type: ignore[operator]
        return report(False, "", "자연로그(nat)로 잰 것 같습니다. 비트 단위이므로 np.log2 를 쓰세요.")
    base = entropy_bits(probs, 1.0)
    if all(abs(v - base) <= tol * max(1.0, base) for v in values):  # type: ignore[operator]
        return report(
            False,
            "",
            "모든 값이 T=1 의 엔트로피입니다. 확률 p 를 T 로 나누면 정규화 뒤 그대로이므로, "
            "로짓 log(p) 를 T 로 나누세요.",
        )
    return report(
        False,
        "",
        "다시 잰 값과 다릅니다. 온도는 확률이 아니라 로짓에 나눕니다: softmax(log(p) / T). 0 인 확률은 빼고 더하세요.",
    )


__all__ = ["check_temperature_entropy", "check_toy_samples", "entropy_bits", "toy_samples"]
