"""Exercise checkers of notebook 02-10 (Korean preprocessing tools: spacing and SOYNLP)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from course_utils.exercises import CheckResult, not_answered, report
from course_utils.spacing import evaluate_spacing, to_tagging


def check_space_labels(answer: Sequence[int] | None, sentence: str) -> CheckResult:
    """Per-character labels of ``sentence`` (1 = a space follows this character)."""
    pending = not_answered(answer, "공백을 뺀 글자마다, 바로 뒤에 공백이 있으면 1 없으면 0 입니다.")
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
    return report(False, "", f"{i + 1}번째 글자 {chars[i]!r} 의 레이블은 {expected[i]} 입니다.{hint}")


def check_spacing_scores(answer: Sequence[float] | None, reference: str, predicted: str) -> CheckResult:
    """``(precision, recall, f1)`` of the spaces in ``predicted`` against ``reference``."""
    pending = not_answered(
        answer,
        "precision = 맞힌 공백 / 예측한 공백, recall = 맞힌 공백 / 정답 공백, F1 = 2PR/(P+R).",
    )
    if pending is not None:
        return pending
    if isinstance(answer, (str, bytes)) or not isinstance(answer, Sequence) or len(answer) != 3:
        return report(False, "", "숫자 세 개의 튜플 (precision, recall, f1) 로 적어 주세요.")
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
            f"F1={expected[2]:.3f} 입니다.",
            "",
        )
    if math.isclose(p, expected[1], abs_tol=1e-3) and math.isclose(r, expected[0], abs_tol=1e-3):
        return report(
            False,
            "",
            "precision 과 recall 이 바뀌었습니다. precision 의 분모는 '예측한' 공백 수입니다.",
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
        "cohesion(c1..cn) = (빈도(c1..cn) / 빈도(c1)) ** (1 / (n - 1)) 입니다.",
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
            f"빈도 비율 {ratio:.3f} 의 {len(word) - 1}제곱근 = {expected:.3f}: "
            "글자가 늘어날 때마다 다음 글자가 이어질 확률의 기하 평균입니다.",
            "",
        )
    if math.isclose(float(answer), ratio, abs_tol=1e-3):
        return report(False, "", f"빈도 비율 {ratio:.3f} 에 1/(n-1) = 1/{len(word) - 1} 제곱을 해야 합니다.")
    return report(
        False,
        "",
        f"빈도({word!r}) = {left_counts[word]}, 빈도({word[0]!r}) = {left_counts[word[0]]} 로 다시 계산해 보세요.",
    )
