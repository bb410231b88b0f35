"""Exercise checkers of notebook 07-11 (text classification with an MLP)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.validation import check_int


def kept_share(word_counts: Mapping[str, int], word_index: Mapping[str, int], num_words: int) -> float:
    """Share of the training token occurrences that ``texts_to_matrix`` keeps with ``num_words``.

    Keras keeps the words whose index is ``1 .. num_words - 1`` (index 0 is reserved), so
    ``sum(count(w) for index(w) < num_words) / sum(all counts)``.
    """
    num_words = check_int(num_words, "num_words", minimum=1)
    if not word_counts:
        raise ValueError("word_counts is empty: fit the Tokenizer on the training texts first")
    total = sum(word_counts.values())
    kept = sum(c for w, c in word_counts.items() if word_index[w] < num_words)
    return kept / total


def check_kept_share(
    answer: float | None, word_counts: Mapping[str, int], word_index: Mapping[str, int], num_words: int
) -> CheckResult:
    """The share of training eojeol occurrences that survive into a ``num_words``-column matrix."""
    pending = not_answered(
        answer,
        "tokenizer.word_counts 에서 tokenizer.word_index 의 번호가 num_words 보다 작은 단어의 횟수를 더하고 "
        "전체 횟수로 나누세요. 0번은 예약 자리라 단어는 num_words - 1 개까지만 남습니다.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"비율은 0과 1 사이의 숫자 하나입니다 (입력: {answer!r}).")
    expected = kept_share(word_counts, word_index, num_words)
    if abs(value - expected) < 5e-4:
        return report(
            True,
            f"num_words={num_words:,}: 훈련 세트 어절 등장의 {expected:.1%} 가 행렬에 남고 "
            f"{1 - expected:.1%} 는 버려집니다 "
            f"(단어 {min(num_words - 1, len(word_index)):,}개 / {len(word_index):,}개).",
            "",
        )
    if abs(value - kept_share(word_counts, word_index, num_words + 1)) < 5e-4:
        return report(False, "", "단어를 num_words 개 셌습니다. 0번이 예약 자리라 남는 단어는 num_words - 1 개입니다.")
    if abs(value - expected * 100) < 0.05:
        return report(False, "", "백분율이 아니라 0과 1 사이의 비율로 답하세요.")
    if abs(value - (1 - expected)) < 5e-4:
        return report(False, "", "그것은 버려지는 비율입니다. 남는 비율을 구하세요.")
    return report(
        False,
        "",
        f"다시 계산한 값과 다릅니다 (입력: {value:.4f}). 단어의 **종류** 수가 아니라 **등장 횟수**(word_counts)의 "
        "비율인지, 같은 Tokenizer(훈련 문단으로 fit)를 썼는지 확인하세요.",
    )


def per_class_f1(y_true: Sequence[int], y_pred: Sequence[int], n_classes: int) -> list[float]:
    """``F1_k = 2 TP_k / (2 TP_k + FP_k + FN_k)`` for each class ``k`` (0 when the class never occurs)."""
    n_classes = check_int(n_classes, "n_classes", minimum=2)
    t = np.asarray(y_true)
    p = np.asarray(y_pred)
    if t.shape != p.shape or t.ndim != 1 or not len(t):
        raise ValueError(f"y_true and y_pred must be 1-D label arrays of the same length, got {t.shape}, {p.shape}")
    scores = []
    for k in range(n_classes):
        tp = int(np.sum((p == k) & (t == k)))
        fp = int(np.sum((p == k) & (t != k)))
        fn = int(np.sum((p != k) & (t == k)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return scores


def macro_f1(y_true: Sequence[int], y_pred: Sequence[int], n_classes: int) -> float:
    """Macro-F1: the plain mean of :func:`per_class_f1` (every class weighs the same)."""
    return float(np.mean(per_class_f1(y_true, y_pred, n_classes)))


def check_macro_f1(answer: float | None, y_true: Sequence[int], y_pred: Sequence[int], n_classes: int) -> CheckResult:
    """Macro-F1 of ``y_pred`` computed by hand from its confusion counts."""
    pending = not_answered(
        answer,
        "클래스 k마다 TP(맞게 k), FP(k라고 했지만 아님), FN(k인데 놓침)을 세어 F1 = 2TP / (2TP + FP + FN) 을 "
        "구하고, 여섯 클래스의 F1을 **단순 평균**하세요.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"macro-F1은 숫자 하나입니다 (입력: {answer!r}).")
    scores = per_class_f1(y_true, y_pred, n_classes)
    expected = float(np.mean(scores))
    if abs(value - expected) < 1e-6:  # the value itself is not printed: it depends on the trained model
        return report(
            True, "다시 계산한 macro-F1과 같습니다. 작은 클래스(Math, Chart)도 큰 클래스와 같은 무게로 셉니다.", ""
        )
    t = np.asarray(y_true)
    counts = np.bincount(t, minlength=n_classes)[:n_classes]
    if abs(value - float(np.mean(t == np.asarray(y_pred)))) < 1e-6:
        return report(False, "", "그것은 정확도(= micro-F1)입니다. 클래스마다 F1을 구해 단순 평균하세요.")
    if abs(value - float(np.dot(scores, counts) / counts.sum())) < 1e-6:
        return report(False, "", "클래스 크기로 가중 평균했습니다(weighted-F1). macro는 단순 평균입니다.")
    return report(False, "", f"다시 계산한 macro-F1과 다릅니다 (입력: {value:.4f}). TP, FP, FN을 다시 세어 보세요.")


__all__ = ["check_kept_share", "check_macro_f1", "kept_share", "macro_f1", "per_class_f1"]
