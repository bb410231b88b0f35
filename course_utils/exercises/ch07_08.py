"""Exercise checkers of notebook 07-08 (Keras overview: preprocessing, Embedding, Sequential, compile)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.validation import check_int

#: The loss the notebook's table pairs with each task (seed 07-08, "compile & fit").
TASK_LOSSES = {
    "regression": "mean_squared_error",
    "binary": "binary_crossentropy",
    "multiclass_onehot": "categorical_crossentropy",
    "multiclass_integer": "sparse_categorical_crossentropy",
}
_ALIASES = {"mse": "mean_squared_error", "bce": "binary_crossentropy"}
_WHY = {
    "regression": "연속값이므로 출력층에 활성화 함수 없이(선형) 평균 제곱 오차(mse)를 씁니다.",
    "binary": "출력 하나에 sigmoid를 두고 binary_crossentropy를 씁니다.",
    "multiclass_onehot": "원-핫 정답과 softmax 출력에는 categorical_crossentropy를 씁니다.",
    "multiclass_integer": "정수 레이블 그대로에는 sparse_categorical_crossentropy를 씁니다.",
}


def embedding_classifier_params(vocab_size: int, embed_dim: int, n_classes: int) -> int:
    """Parameters of ``Embedding(vocab_size, embed_dim) -> GlobalAveragePooling1D -> Dense(n_classes)``.

    ``vocab_size * embed_dim`` (one row per token id) + 0 (an average has no weights)
    + ``embed_dim * n_classes + n_classes`` (the Dense kernel and bias).
    """
    V = check_int(vocab_size, "vocab_size", minimum=1, type_error=ValueError)
    d = check_int(embed_dim, "embed_dim", minimum=1, type_error=ValueError)
    C = check_int(n_classes, "n_classes", minimum=1, type_error=ValueError)
    return V * d + d * C + C


def check_param_count(answer: int | None, *, vocab_size: int, embed_dim: int, n_classes: int) -> CheckResult:
    """The total parameter count of the notebook's classifier with other sizes."""
    pending = not_answered(
        answer, "Embedding 은 (단어 집합 크기 × 임베딩 차원), 평균 층은 0, Dense 는 (입력 × 출력 + 편향) 입니다."
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"파라미터 수는 정수입니다 (입력: {answer!r}).")
    expected = embedding_classifier_params(vocab_size, embed_dim, n_classes)
    embed = vocab_size * embed_dim
    dense = embed_dim * n_classes + n_classes
    if int(answer) == expected:
        return report(True, f"Embedding {embed:,} + 평균 0 + Dense {dense:,} = {expected:,}개입니다.", "")
    if int(answer) == embed + embed_dim * n_classes:
        return report(False, "", "Dense 층의 편향(출력마다 하나)을 빠뜨렸습니다.")
    if int(answer) == embed:
        return report(False, "", "Embedding 만 셌습니다. 출력층 Dense 의 가중치와 편향도 더하세요.")
    if int(answer) == (vocab_size - 1) * embed_dim + dense:
        return report(False, "", "Embedding 은 0번(패딩)을 포함해 input_dim 개의 행을 모두 가집니다.")
    return report(False, "", f"입력한 값 {answer} 이(가) 아닙니다. 층마다 따로 세어 더해 보세요.")


def _loss_name(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    name = value.strip().lower()
    return _ALIASES.get(name, name)


def check_losses(answer: Mapping[str, str] | None) -> CheckResult:
    """A dict ``{task: loss name}`` for the four tasks of :data:`TASK_LOSSES`."""
    pending = not_answered(
        answer, f"키가 {list(TASK_LOSSES)} 인 딕셔너리에 Keras 손실 이름(문자열)을 넣으세요. 6절의 표를 보세요."
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping):
        return report(False, "", f"딕셔너리로 답하세요 (입력: {type(answer).__name__}).")
    missing = [task for task in TASK_LOSSES if task not in answer]
    if missing:
        return report(False, "", f"빠진 과제가 있습니다: {missing}.")
    wrong = [task for task, loss in TASK_LOSSES.items() if _loss_name(answer[task]) != loss]
    if not wrong:
        return report(True, " ".join(_WHY[task] for task in TASK_LOSSES), "")
    task = wrong[0]
    given = _loss_name(answer[task])
    if task == "multiclass_integer" and given == "categorical_crossentropy":
        hint = "정수 레이블(0, 1, 2, ...)에 categorical_crossentropy 를 쓰면 원-핫 모양이 맞지 않습니다."
    elif task == "multiclass_onehot" and given == "sparse_categorical_crossentropy":
        hint = "sparse_ 버전은 정수 레이블용입니다. 원-핫 정답에는 sparse_ 가 없는 쪽을 씁니다."
    else:
        hint = _WHY[task]
    return report(False, "", f"'{task}' 의 손실이 {answer[task]!r} 이면 안 됩니다. {hint}")


def truncated_share(sequences: Sequence[Sequence[int]], maxlen: int) -> float:
    """Share of all tokens that ``pad_sequences(sequences, maxlen=maxlen)`` cuts off.

    ``sum max(0, len - maxlen) / sum len`` over the sequences.
    """
    m = check_int(maxlen, "maxlen", minimum=1, type_error=ValueError)
    if isinstance(sequences, (str, bytes)) or not isinstance(sequences, Sequence):
        raise TypeError(f"sequences must be a list of integer lists, got {type(sequences).__name__}")
    lengths = np.array([len(s) for s in sequences], dtype=np.int64)  # (N,)
    total = int(lengths.sum())
    if total == 0:
        raise ValueError("sequences hold no tokens; pass the texts_to_sequences output of non-empty texts")
    return float(np.maximum(lengths - m, 0).sum() / total)


def check_truncated_share(answer: float | None, sequences: Sequence[Sequence[int]], maxlen: int) -> CheckResult:
    """The measured share of training tokens lost when ``MAXLEN`` is changed to ``maxlen``."""
    pending = not_answered(
        answer,
        "문단마다 max(0, 길이 - maxlen) 개가 잘립니다. 그 합을 전체 토큰 수로 나누세요 (0과 1 사이의 비율).",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"비율은 숫자 하나입니다 (입력: {answer!r}).")
    expected = truncated_share(sequences, maxlen)
    if abs(value - expected) <= 1e-6:
        longer = sum(len(s) > maxlen for s in sequences)
        return report(
            True,
            f"maxlen={maxlen}: 문단 {longer:,}개가 잘리고 토큰의 {expected:.1%}를 잃습니다 (다시 계산한 값과 같음).",
            "",
        )
    if abs(value - 100 * expected) <= 1e-4:
        return report(False, "", "백분율이 아니라 0과 1 사이의 비율로 답하세요.")
    share_of_paragraphs = sum(len(s) > maxlen for s in sequences) / len(sequences)
    if abs(value - share_of_paragraphs) <= 1e-6:
        return report(False, "", "그것은 잘리는 문단의 비율입니다. 잘려 나가는 토큰의 비율을 구하세요.")
    return report(
        False,
        "",
        f"maxlen={maxlen} 으로 다시 계산한 비율은 {expected:.4f} 입니다 (입력: {value:.4f}). "
        "훈련 세트의 시퀀스(seqs['train'])를 썼는지 확인하세요.",
    )


__all__ = [
    "TASK_LOSSES",
    "check_losses",
    "check_param_count",
    "check_truncated_share",
    "embedding_classifier_params",
    "truncated_share",
]
