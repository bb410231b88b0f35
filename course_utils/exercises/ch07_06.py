"""Exercise checkers of notebook 07-06 (overfitting and its remedies)."""

from __future__ import annotations

import numpy as np

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.validation import check_int


def unseen_words(X: np.ndarray, n_examples: int) -> int:
    """Vocabulary columns (1 .. V-1 of a Keras ``texts_to_matrix``) that are 0 in all of the first ``n_examples`` rows.

    Column 0 is Keras' reserved index (never a word), so it is not counted. The first layer's weights of
    such a word get no gradient from the data, only from a weight penalty.
    """
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[1] < 2:
        raise ValueError(f"X must be a (N, V) bag-of-words matrix with V >= 2, got shape {X.shape}")
    n = check_int(n_examples, "n_examples", minimum=1, maximum=X.shape[0])
    counts = (X[:n, 1:] != 0).sum(axis=0)  # (V - 1,): paragraphs that contain each word
    return int(np.sum(counts == 0))


def check_unseen_words(answer: int | None, X: np.ndarray, n_examples: int) -> CheckResult:
    """How many of the vocabulary's words never occur in the first ``n_examples`` training paragraphs."""
    pending = not_answered(
        answer,
        "X_pool[:n] 에서 열마다 합을 구해(axis=0) 0인 열을 세세요. "
        "0번 열은 단어가 아닌 예약 자리이니 빼고(X[:, 1:]) 셉니다.",
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, np.integer)):
        return report(False, "", f"단어 수는 정수입니다 (입력: {answer!r}).")
    expected = unseen_words(X, n_examples)
    vocabulary = np.asarray(X).shape[1] - 1
    if int(answer) == expected:
        return report(
            True,
            f"처음 {n_examples}개 문단에는 어휘 {vocabulary}개 중 {expected}개({expected / vocabulary:.1%})가 한 번도 "
            "나오지 않습니다. 이 단어들의 첫 층 가중치는 데이터에서 기울기를 받지 못합니다.",
            "",
        )
    with_reserved = int(np.sum((np.asarray(X)[:n_examples] != 0).sum(axis=0) == 0))
    if int(answer) == with_reserved:
        return report(False, "", "0번 열(단어가 없는 예약 자리)까지 셌습니다. X[:, 1:] 에서 세어 보세요.")
    if int(answer) == vocabulary - expected:
        return report(False, "", "그것은 한 번 이상 나온 단어의 수입니다. 합이 0인 열을 세세요.")
    return report(
        False,
        "",
        f"다시 세어 보니 {expected}개가 아닙니다 (입력: {answer}). 처음 {n_examples}개 문단(X_pool[:{n_examples}])만 "
        "쓰는지 확인하세요.",
    )


def weight_penalty(W: np.ndarray, kind: str, strength: float) -> float:
    """The term Keras adds to the loss: ``L1: strength * sum|W|``, ``L2: strength * sum W**2`` (no 1/2)."""
    W = np.asarray(W, dtype=np.float64)
    if kind == "l1":
        return float(strength * np.sum(np.abs(W)))
    if kind == "l2":
        return float(strength * np.sum(W**2))
    raise ValueError(f"kind must be 'l1' or 'l2', got {kind!r}")


def check_penalty(answer: float | None, W: np.ndarray, kind: str, strength: float) -> CheckResult:
    """The L1 or L2 penalty Keras' ``keras.regularizers.L1/L2(strength)`` adds for the kernel ``W``."""
    pending = not_answered(
        answer,
        "L1 은 strength * (가중치 절댓값의 합), L2 는 strength * (가중치 제곱의 합) 입니다. np.abs, np.sum 을 쓰세요.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"규제 항은 숫자 하나입니다 (입력: {answer!r}).")
    expected = weight_penalty(W, kind, strength)
    other = weight_penalty(W, "l2" if kind == "l1" else "l1", strength)

    def close(a: float, b: float) -> bool:
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))

    if close(value, expected):
        return report(
            True, f"{kind.upper()}({strength}) 규제 항 = {expected:.6g} 입니다. 손실에 이 값이 더해집니다.", ""
        )
    if kind == "l2" and close(value, expected / 2):
        return report(False, "", "Keras의 L2 규제에는 1/2이 없습니다: strength * sum(W**2) 입니다.")
    if close(value, other):
        return report(False, "", f"그것은 {'L2' if kind == 'l1' else 'L1'} 규제 항입니다. 절댓값과 제곱을 바꿔 보세요.")
    if close(value, expected / strength):
        return report(False, "", f"합에 규제 세기 {strength} 를 곱하세요.")
    return report(False, "", f"기대한 값은 {expected:.6g} 입니다 (입력: {value:.6g}).")


def check_dropout_scale(answer: float | None, rate: float) -> CheckResult:
    """The factor Keras' ``Dropout(rate)`` multiplies the kept units by in training mode: ``1 / (1 - rate)``."""
    if not 0 <= rate < 1:
        raise ValueError(f"rate must be in [0, 1), got {rate!r}")
    pending = not_answered(
        answer, "학습 모드에서 남은 값의 합(기댓값)이 드롭아웃 전과 같아지려면 얼마를 곱해야 할지 생각해 보세요."
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"배율은 숫자 하나입니다 (입력: {answer!r}).")
    expected = 1.0 / (1.0 - rate)
    if abs(value - expected) <= 1e-6:
        return report(
            True,
            f"rate={rate} 이면 {1 - rate:.0%}만 남으므로 남은 값에 1/(1-{rate}) = {expected:.4g} 를 곱해 "
            "기댓값을 맞춥니다. "
            "추론 모드(training=False)에서는 아무것도 곱하지 않습니다.",
            "",
        )
    if abs(value - (1 - rate)) <= 1e-6:
        return report(False, "", "그것은 남는 비율입니다. 기댓값을 되돌리려면 그 역수를 곱합니다.")
    return report(False, "", f"입력한 값 {value:.4g} 이(가) 아닙니다. 남는 비율은 1 - {rate} 입니다.")


__all__ = ["check_dropout_scale", "check_penalty", "check_unseen_words", "unseen_words", "weight_penalty"]
