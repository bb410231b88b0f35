"""Exercise checkers of notebook 07-09 (Keras functional API: merging, multi-output losses)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report

Shape = tuple[int | None, ...]
#: Keras clips probabilities to [EPSILON, 1 - EPSILON] before taking logs (``keras.config.epsilon()``).
EPSILON = 1e-7
_MERGES = {"concat_ac": ("concatenate", "a", "c"), "add_ab": ("add", "a", "b"), "add_ac": ("add", "a", "c")}


def merge_shape(kind: str, first: Sequence[int | None], second: Sequence[int | None], axis: int = -1) -> Shape | None:
    """Output shape of ``Concatenate(axis)([first, second])`` or ``Add()([first, second])``; ``None`` if Keras refuses.

    Concatenate needs equal sizes on every axis but ``axis`` and adds the sizes there; Add needs equal shapes.
    Shapes include the batch axis (``None``).
    """
    a, b = tuple(first), tuple(second)
    if kind not in ("concatenate", "add"):
        raise ValueError(f"kind must be 'concatenate' or 'add', got {kind!r}")
    if len(a) != len(b):
        return None
    if kind == "add":
        return a if a == b else None
    k = axis % len(a)
    if any(x != y for i, (x, y) in enumerate(zip(a, b, strict=True)) if i != k):
        return None
    size = None if a[k] is None or b[k] is None else a[k] + b[k]
    return a[:k] + (size,) + a[k + 1 :]


def _as_shape(value: Any) -> Shape | None | str:
    if value is None:
        return None
    if isinstance(value, (tuple, list)) and all(v is None or isinstance(v, (int, np.integer)) for v in value):
        return tuple(None if v is None else int(v) for v in value)
    return "invalid"


def check_merge_shapes(
    answer: Mapping[str, Any] | None,
    a: Sequence[int | None],
    b: Sequence[int | None],
    c: Sequence[int | None],
) -> CheckResult:
    """``{"concat_ac": shape, "add_ab": shape, "add_ac": shape or None}`` for tensors of shapes ``a``, ``b``, ``c``."""
    pending = not_answered(
        answer,
        "Concatenate 는 마지막 축의 크기를 더하고(나머지 축은 같아야 함), Add 는 모양이 완전히 같아야 합니다. "
        "오류가 나는 경우는 None 으로 답하세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping) or any(key not in answer for key in _MERGES):
        return report(False, "", f"키가 {list(_MERGES)} 인 딕셔너리로 답하세요.")
    tensors = {"a": a, "b": b, "c": c}
    for key, (kind, x, y) in _MERGES.items():
        expected = merge_shape(kind, tensors[x], tensors[y])
        given = _as_shape(answer[key])
        if given == "invalid":
            return report(
                False, "", f"'{key}' 는 (None, 32, 24) 같은 튜플이나 None 이어야 합니다 (입력: {answer[key]!r})."
            )
        if given != expected:
            if expected is None:
                why = (
                    f"{tuple(tensors[x])} 와 {tuple(tensors[y])} 는 모양이 달라 Add 가 오류를 냅니다 "
                    "(None 으로 답하세요)."
                )
            elif kind == "add":
                why = "Add 는 원소끼리 더하므로 모양이 그대로입니다."
            else:
                why = "Concatenate(axis=-1) 는 마지막 축의 크기를 더하고 나머지 축은 그대로 둡니다."
            return report(False, "", f"'{key}' 가 {expected} 이어야 합니다 (입력: {answer[key]!r}). {why}")
    shapes = {key: merge_shape(kind, tensors[x], tensors[y]) for key, (kind, x, y) in _MERGES.items()}
    return report(
        True,
        f"Concatenate: {shapes['concat_ac']}, Add: {shapes['add_ab']}, 모양이 다른 두 텐서의 Add 는 오류입니다.",
        "",
    )


def _output_loss(name: str, y_true: np.ndarray, y_pred: np.ndarray) -> float:
    y_pred = np.asarray(y_pred, dtype=np.float64)
    y_true = np.asarray(y_true)
    if name == "sparse_categorical_crossentropy":
        p = y_pred / y_pred.sum(axis=-1, keepdims=True)  # Keras renormalises probability rows
        p = np.clip(p, EPSILON, 1 - EPSILON)
        labels = y_true.reshape(-1).astype(np.int64)  # (N,)
        return float(-np.mean(np.log(p[np.arange(len(labels)), labels])))
    if name == "binary_crossentropy":
        p = np.clip(y_pred.reshape(-1), EPSILON, 1 - EPSILON)  # (N,)
        y = y_true.reshape(-1).astype(np.float64)
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    raise ValueError(f"loss must be 'sparse_categorical_crossentropy' or 'binary_crossentropy', got {name!r}")


def weighted_total_loss(
    predictions: Mapping[str, np.ndarray],
    y: Mapping[str, np.ndarray],
    losses: Mapping[str, str],
    loss_weights: Mapping[str, float],
) -> tuple[float, dict[str, float]]:
    """``(sum_k w_k * L_k, {k: L_k})``: the total a multi-output model minimises, from its predictions.

    ``L_k`` is the mean loss of output ``k`` over all samples (NumPy, with Keras' clipping), ``w_k`` its weight.
    """
    if set(predictions) != set(losses) or set(losses) != set(loss_weights) or set(losses) - set(y):
        raise ValueError(
            f"predictions, y, losses and loss_weights need the same output names, got "
            f"{sorted(predictions)}, {sorted(y)}, {sorted(losses)}, {sorted(loss_weights)}"
        )
    per_output = {k: _output_loss(losses[k], y[k], predictions[k]) for k in losses}
    return float(sum(loss_weights[k] * per_output[k] for k in losses)), per_output


def check_weighted_loss(
    answer: float | None,
    model: Any,
    x: Any,
    y: Mapping[str, np.ndarray],
    losses: Mapping[str, str],
    loss_weights: Mapping[str, float],
) -> CheckResult:
    """The total loss ``model.evaluate`` reports after recompiling with other ``loss_weights``, recomputed in NumPy."""
    pending = not_answered(
        answer,
        "loss_weights 를 바꿔 compile 을 다시 하고, "
        "evaluate(..., batch_size=전체 개수, return_dict=True) 의 'loss' 를 넣으세요.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"손실은 숫자 하나입니다 (입력: {answer!r}).")
    predictions = model.predict(x, verbose=0)
    if not isinstance(predictions, Mapping):
        raise TypeError("model must have named (dict) outputs, as in the notebook")
    expected, per_output = weighted_total_loss(predictions, y, losses, loss_weights)
    terms = " + ".join(f"{loss_weights[k]:g} × {per_output[k]:.4f}" for k in losses)
    if abs(value - expected) <= 1e-3 * max(1.0, abs(expected)):
        return report(True, f"전체 손실 = {terms} = {expected:.4f} (예측에서 다시 계산한 값과 같음).", "")
    unweighted = sum(per_output.values())
    if abs(value - unweighted) <= 1e-3 * max(1.0, abs(unweighted)):
        return report(
            False, "", "loss_weights 를 모두 1로 둔 합입니다. 바꾼 loss_weights 로 compile 을 다시 했는지 보세요."
        )
    return report(
        False,
        "",
        f"예측에서 다시 계산한 전체 손실은 {terms} = {expected:.4f} 입니다 (입력: {value:.4f}). "
        "학습은 하지 말고 compile 만 다시 한 뒤 evaluate 의 'loss' 를 넣었는지 확인하세요.",
    )


__all__ = ["check_merge_shapes", "check_weighted_loss", "merge_shape", "weighted_total_loss"]
