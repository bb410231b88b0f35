"""Exercise checkers of notebook 08-05 (RNN language model)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report

CELLS = ("SimpleRNN", "GRU", "LSTM")


def rnnlm_param_count(vocab_size: int, embed_dim: int, units: int, cell: str = "SimpleRNN") -> dict[str, int]:
    """Parameters of ``Embedding(V, m) -> cell(H) -> Dense(V)`` by matrix: ``E``, ``U``, ``W``, biases, ``V``.

    ``E (V, m)``; the cell's input-hidden ``U (m, gH)`` and hidden-hidden ``W (H, gH)`` with ``g`` = 1
    (SimpleRNN), 3 (GRU), 4 (LSTM) and its bias (``gH``; Keras' default GRU has two rows, ``2 * 3H``);
    the output ``V (H, V)`` with its bias ``c (V,)``.
    """
    for name, value in (("vocab_size", vocab_size), ("embed_dim", embed_dim), ("units", units)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{name} must be a positive int, got {value!r}")
    if cell not in CELLS:
        raise ValueError(f"cell must be one of {list(CELLS)}, got {cell!r}")
    g = {"SimpleRNN": 1, "GRU": 3, "LSTM": 4}[cell]
    V, m, H = int(vocab_size), int(embed_dim), int(units)
    return {
        "E": V * m,
        "U": m * g * H,
        "W": H * g * H,
        "b": (2 if cell == "GRU" else 1) * g * H,
        "V": H * V,
        "c": V,
    }


def check_rnnlm_param_count(
    answer: Any, vocab_size: int, embed_dim: int, units: int, cell: str = "SimpleRNN"
) -> CheckResult:
    """Total parameters of the RNN language model ``Embedding(V, m) -> cell(H) -> Dense(V, softmax)``."""
    pending = not_answered(
        answer,
        "임베딩 E (V, m), 입력-은닉 U (m, H), 은닉-은닉 W (H, H), 은닉 편향 (H,), "
        "은닉-출력 V (H, V), 출력 편향 (V,) 를 모두 더하세요.",
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"파라미터 수는 정수입니다 (입력: {answer!r}).")
    parts = rnnlm_param_count(vocab_size, embed_dim, units, cell)
    total = sum(parts.values())
    if answer == total:
        share = (parts["V"] + parts["c"]) / total
        return report(
            True,
            f"E {parts['E']:,} + U {parts['U']:,} + W {parts['W']:,} + b {parts['b']:,} + V {parts['V']:,} + "
            f"c {parts['c']:,} = {total:,} 개. 출력층(V, c)이 {share:.0%} 를 차지합니다: "
            "어휘가 크면 출력층이 가장 큽니다.",
            "",
        )
    for left_out, hint in (
        ("E", "임베딩 행렬 E (V x m) 를 빠뜨렸습니다."),
        ("c", "출력층의 편향 (V,) 를 빠뜨렸습니다."),
        ("b", "은닉층의 편향 (H,) 를 빠뜨렸습니다."),
        ("W", "은닉-은닉 가중치 W (H x H) 를 빠뜨렸습니다."),
    ):
        if answer == total - parts[left_out]:
            return report(False, "", hint)
    if answer == total - parts["b"] - parts["c"]:
        return report(False, "", "편향 두 개(은닉 (H,), 출력 (V,))를 빠뜨렸습니다.")
    return report(False, "", f"{answer:,} 개가 아닙니다. 네 행렬 E, U, W, V 와 편향 두 개의 모양을 곱해 더해 보세요.")


def vocabulary_effect(
    train_tokens: Sequence[Sequence[str]],
    test_tokens: Sequence[Sequence[str]],
    test_sentences: Sequence[str],
    min_count: int,
) -> tuple[float, float]:
    """``(<unk> rate of the test tokens, their spelling cost in bits per character)`` for a min-count vocabulary.

    The vocabulary is every training token seen at least ``min_count`` times; the spelling cost is
    :func:`course_utils.lm_data.unk_spelling_nll` (``corpus="help"``) in bits per test character
    (:func:`course_utils.lm_data.count_chars`).
    """
    from course_utils import lm_data

    counts = Counter(t for s in train_tokens for t in s)
    vocab = {t for t, c in counts.items() if c >= min_count}
    n_test = sum(len(s) for s in test_tokens)
    unk = sum(t not in vocab for s in test_tokens for t in s) / n_test
    nll = lm_data.unk_spelling_nll(test_tokens, vocab, "morpheme", corpus="help")
    return unk, lm_data.bits_per_char(nll, lm_data.count_chars(test_sentences))


def check_min_count_effect(
    answer: Any,
    train_tokens: Sequence[Sequence[str]],
    test_tokens: Sequence[Sequence[str]],
    test_sentences: Sequence[str],
    min_counts: tuple[int, ...] = (2, 5),
    *,
    tol: float = 1e-4,
) -> CheckResult:
    """``{min_count: (unk_rate, spelling_bits_per_char)}`` for each of ``min_counts``, recomputed here."""
    pending = not_answered(
        answer,
        "min_count 마다 어휘를 다시 만들고 (시험 <unk> 비율, unk_spelling_nll(...) / ln 2 / 문자 수) 를 "
        "{min_count: (비율, 비트)} 사전으로 넣으세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, dict) or set(answer) != set(min_counts):
        return report(False, "", f"키가 {list(min_counts)} 인 사전 {{min_count: (비율, 비트)}} 로 넣으세요.")
    expected = {k: vocabulary_effect(train_tokens, test_tokens, test_sentences, k) for k in min_counts}
    for k in min_counts:
        value = answer[k]
        if isinstance(value, (str, bytes)) or not hasattr(value, "__len__") or len(value) != 2:
            return report(False, "", f"min_count={k} 의 값은 (비율, 비트) 두 숫자입니다.")
        rate, bits = (as_number(v) for v in value)
        if rate is None or bits is None:
            return report(False, "", f"min_count={k} 의 값은 (비율, 비트) 두 숫자입니다.")
        exp_rate, exp_bits = expected[k]
        if abs(rate - exp_rate * 100) <= 0.01:
            return report(False, "", "<unk> 비율을 퍼센트(%)로 넣은 것 같습니다. 0~1 사이의 비율로 넣으세요.")
        if abs(rate - exp_rate) > tol:
            return report(
                False,
                "",
                f"min_count={k} 의 <unk> 비율이 다시 잰 값과 다릅니다: 시험 토큰 중 어휘 밖 토큰의 비율입니다.",
            )
        if abs(bits - exp_bits * math.log(2)) <= tol * max(1.0, exp_bits):
            return report(
                False, "", "철자 비용을 nat 로 넣은 것 같습니다. ln 2 로 나눠 비트로 바꾸세요(bits_per_char)."
            )
        if abs(bits - exp_bits) > tol * max(1.0, exp_bits):
            return report(
                False,
                "",
                f"min_count={k} 의 철자 비용이 다릅니다. "
                "unk_spelling_nll(test_tokens, vocab, 'morpheme', corpus='help') 를 "
                "count_chars(시험 문단) 로 나눈 비트/문자입니다.",
            )
    low, high = min(min_counts), max(min_counts)
    return report(
        True,
        f"min_count 를 {low} -> {high} 로 올리면 <unk> 비율이 {expected[low][0]:.1%} -> {expected[high][0]:.1%}, "
        f"철자 비용이 {expected[low][1]:.3f} -> {expected[high][1]:.3f} 비트/문자로 늘어납니다. 어휘가 작아지면 "
        "출력층은 가벼워지지만 그만큼 철자 비용을 더 냅니다.",
        "",
    )


__all__ = ["check_min_count_effect", "check_rnnlm_param_count", "rnnlm_param_count", "vocabulary_effect"]
