"""Exercise checkers of notebook 02-10 (Korean preprocessing tools: spacing and SOYNLP)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from course_utils.exercises import CheckResult, not_answered, report
from course_utils.spacing import evaluate_spacing, to_tagging


def check_space_labels(answer: Sequence[int] | None, sentence: str) -> CheckResult:
    """Per-character labels of ``sentence`` (1 = a space follows this character)."""
    pending = not_answered(answer, "공백을 뺀 글자마다, 바로 뒤에 공백이 있으면 1 없으면 0입니다.")
    if pending is not None:
        return pending
    chars, expected = to_tagging(sentence)
    if isinstance(answer, (str, bytes)) or not isinstance(answer, Sequence):
        return report(False, "", "0과 1의 리스트로 적어 주세요. 예: [0, 1, 0, 0]")
    labels = list(answer)
    if labels == expected:
        return report(
            True,
            f"글자 {len(chars)}개에 레이블 {len(expected)}개, 그중 1이 {sum(expected)}개(= 공백 수)입니다.",
            "",
        )
    if len(labels) == len(sentence) and len(sentence) != len(chars):
        return report(False, "", f"공백 자체는 글자에서 빼야 합니다: 글자는 {chars!r} ({len(chars)}개)입니다.")
    if len(labels) != len(chars):
        return report(
            False,
            "",
            f"레이블은 공백을 뺀 글자 수({len(chars)}개)만큼 있어야 합니다. 지금은 {len(labels)}개입니다.",
        )
    wrong = [i for i, (a, e) in enumerate(zip(labels, expected, strict=True)) if a != e]
    i = wrong[0]
    shifted = labels[1:] + [0] == expected
    hint = " 레이블은 공백 '앞' 글자에 붙습니다(공백 뒤 글자가 아니라)." if shifted else ""
    return report(False, "", f"{i + 1}번째 글자 {chars[i]!r}의 레이블은 {expected[i]}입니다.{hint}")


def check_spacing_scores(answer: Sequence[float] | None, reference: str, predicted: str) -> CheckResult:
    """``(precision, recall, f1)`` of the spaces in ``predicted`` against ``reference``."""
    pending = not_answered(
        answer,
        "precision = 맞힌 공백 / 예측한 공백, recall = 맞힌 공백 / 정답 공백, F1 = 2PR/(P+R).",
    )
    if pending is not None:
        return pending
    if isinstance(answer, (str, bytes)) or not isinstance(answer, Sequence) or len(answer) != 3:
        return report(False, "", "숫자 세 개의 튜플 (precision, recall, f1)로 적어 주세요.")
    try:
        p, r, f = (float(x) for x in answer)
    except (TypeError, ValueError):
        return report(False, "", "세 값 모두 숫자여야 합니다.")
    scores = evaluate_spacing(lambda _: predicted, [reference])
    expected = (scores.precision, scores.recall, scores.f1)
    close = [math.isclose(a, e, abs_tol=1e-3) for a, e in zip((p, r, f), expected, strict=True)]
    if all(close):
        return report(
            True,
            f"예측 공백 {scores.n_predicted_spaces}개, 정답 공백 {scores.n_true_spaces}개에서 "
            f"맞힌 공백을 세면 P={expected[0]:.3f}, R={expected[1]:.3f}, "
            f"F1={expected[2]:.3f}입니다.",
            "",
        )
    if math.isclose(p, expected[1], abs_tol=1e-3) and math.isclose(r, expected[0], abs_tol=1e-3):
        return report(
            False,
            "",
            "precision과 recall이 바뀌었습니다. precision의 분모는 '예측한' 공백 수입니다.",
        )
    names = ["precision", "recall", "F1"]
    first = names[close.index(False)]
    return report(
        False,
        "",
        f"{first} 값이 다릅니다. 정답 공백 {scores.n_true_spaces}개, "
        f"예측 공백 {scores.n_predicted_spaces}개에서 둘 다 공백인 자리를 세어 보세요.",
    )


def check_cohesion(answer: float | None, word: str, left_counts: Mapping[str, int]) -> CheckResult:
    """Forward cohesion of ``word``: ``(count(word) / count(word[0])) ** (1 / (len(word) - 1))``.

    ``left_counts`` maps each left substring (어절의 앞부분) to its frequency.
    """
    pending = not_answered(
        answer,
        "cohesion(c1..cn) = (빈도(c1..cn) / 빈도(c1)) ** (1 / (n - 1))입니다.",
    )
    if pending is not None:
        return pending
    if len(word) < 2:
        raise ValueError("word must have at least 2 characters")
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        return report(False, "", "숫자 하나로 적어 주세요. 예: 0.42")
    ratio = left_counts[word] / left_counts[word[0]]
    expected = ratio ** (1 / (len(word) - 1))
    if math.isclose(float(answer), expected, abs_tol=1e-3):
        return report(
            True,
            f"빈도 비율 {ratio:.3f}의 {len(word) - 1}제곱근 = {expected:.3f}: "
            "글자가 늘어날 때마다 다음 글자가 이어질 확률의 기하 평균입니다.",
            "",
        )
    if math.isclose(float(answer), ratio, abs_tol=1e-3):
        return report(False, "", f"빈도 비율 {ratio:.3f}에 1/(n-1) = 1/{len(word) - 1} 제곱을 해야 합니다.")
    return report(
        False,
        "",
        f"빈도({word!r}) = {left_counts[word]}, 빈도({word[0]!r}) = {left_counts[word[0]]}로 다시 계산해 보세요.",
    )


def _direction(value: float, reference: float, *, last: bool) -> str:
    if math.isclose(value, reference, abs_tol=5e-4):
        return "거의 그대로입니다" if last else "거의 그대로이고"
    if value > reference:
        return "올랐습니다" if last else "올랐고"
    return "내렸습니다" if last else "내렸고"


def check_threshold_scores(
    answer: dict | None,
    fit_sentences: Sequence[str],
    val_sentences: Sequence[str],
    *,
    window: int,
    max_n: int,
    reference_threshold: float = 0.5,
) -> CheckResult:
    """Measured validation ``{"threshold": t, "precision": p, "recall": r, "f1": f}`` of a ``KoreanSpacer``.

    The checker refits ``KoreanSpacer(window, max_n, threshold=t)`` on ``fit_sentences``, re-scores it on
    ``val_sentences`` and compares with the same model at ``reference_threshold``.
    """
    from course_utils.spacing import KoreanSpacer

    pending = not_answered(
        answer,
        "KoreanSpacer(window=..., max_n=..., threshold=t).fit(fit_sents).evaluate(val_sents)의 "
        "precision, recall, f1을 적으세요.",
    )
    if pending is not None:
        return pending
    keys = ("threshold", "precision", "recall", "f1")
    if not isinstance(answer, dict) or any(k not in answer for k in keys):
        return report(False, "", f"사전(dict)에 {list(keys)} 네 값을 넣어 주세요 (입력: {answer!r}).")
    values = {}
    for key in keys:
        value = answer[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return report(False, "", f"{key}는 숫자여야 합니다 (입력: {value!r}).")
        values[key] = float(value)
    t = values["threshold"]
    if not 0 < t < 1:
        return report(False, "", f"threshold는 0과 1 사이여야 합니다 (입력: {t:g}).")
    if math.isclose(t, reference_threshold):
        return report(False, "", f"threshold={t:g}는 노트북에서 쓴 값입니다. 다른 값(예: 0.3, 0.7)으로 바꿔 재 보세요.")
    scores = KoreanSpacer(window=window, max_n=max_n, threshold=t).fit(fit_sentences).evaluate(val_sentences)
    wrong = [
        f"{key} = {getattr(scores, key):.4f}"
        for key in ("precision", "recall", "f1")
        if not math.isclose(values[key], getattr(scores, key), abs_tol=5e-4)
    ]
    if wrong:
        return report(
            False,
            "",
            f"threshold={t:g}로 다시 재면 "
            + ", ".join(wrong)
            + "입니다. 테스트가 아니라 검증 문장으로 재었는지 확인하세요.",
        )
    ref = KoreanSpacer(window=window, max_n=max_n, threshold=reference_threshold).fit(fit_sentences)
    ref_scores = ref.evaluate(val_sentences)
    return report(
        True,
        f"threshold={t:g}: P={scores.precision:.3f} R={scores.recall:.3f} F1={scores.f1:.3f} "
        f"(threshold={reference_threshold:g}: P={ref_scores.precision:.3f} R={ref_scores.recall:.3f} "
        f"F1={ref_scores.f1:.3f}). 문턱을 {'올리니' if t > reference_threshold else '내리니'} 정밀도가 "
        f"{_direction(scores.precision, ref_scores.precision, last=False)} "
        f"재현율이 {_direction(scores.recall, ref_scores.recall, last=True)}.",
        "",
    )
