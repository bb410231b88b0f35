"""Exercise checkers of notebook 02-04 (stopwords)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from course_utils.exercises import CheckResult, as_str_list, not_answered, report
from course_utils.text.stopwords import remove_stopwords


def _diagnose(tokens: list[str], expected: list[str], dropped: set[str]) -> str:
    left = sorted({t for t in tokens if t in dropped})
    if left:
        return f"아직 남아 있는 불용어: {left}"
    lost = [t for t in expected if t not in tokens]
    if lost:
        return f"지우면 안 되는 토큰까지 지웠습니다: {sorted(set(lost))}"
    extra = [t for t in tokens if t not in expected]
    if extra:
        return f"원래 문장에 없던 토큰이 있습니다: {sorted(set(extra))}"
    if sorted(tokens) == sorted(expected):
        return "토큰은 맞지만 순서나 개수가 다릅니다. 원래 순서를 지키고 중복도 그대로 두세요."
    return f"기대한 결과: {expected}"


def check_stopword_removal(
    answer: Sequence[str] | None, tokens: Sequence[str], stopwords: Iterable[str]
) -> CheckResult:
    """``tokens`` without the words of ``stopwords`` (exact match, order and repeats kept)."""
    pending = not_answered(answer, "[t for t in tokens if t not in stopwords] 처럼 토큰마다 "
                                   "불용어 집합에 있는지 확인하세요.")
    if pending is not None:
        return pending
    got = as_str_list(answer)
    if got is None:
        return report(False, "", "결과를 토큰(문자열)의 리스트로 적어 주세요.")
    stop = set(stopwords)
    expected = remove_stopwords(list(tokens), stop)
    if got == expected:
        return report(True, f"토큰 {len(tokens)}개 중 {len(tokens) - len(expected)}개를 불용어로 "
                            f"지우고 {len(expected)}개가 남았습니다.", "")
    lowered = remove_stopwords(list(tokens), stop, ignore_case=True)
    if got == lowered and lowered != expected:
        return report(False, "", "대소문자를 무시하고 지웠습니다. 이 문제는 정확히 같은 문자열만 "
                                 "지웁니다 (예: 'The' 와 'the' 는 다른 토큰).")
    return report(False, "", _diagnose(got, expected, stop & set(tokens)))


def check_pos_filter(
    answer: Sequence[str] | None, tagged: Sequence[tuple[str, str]], drop_tags: Iterable[str]
) -> CheckResult:
    """The words of ``tagged`` (``(word, tag)`` pairs) whose tag is not in ``drop_tags``."""
    pending = not_answered(answer, "[word for word, tag in tagged if tag not in drop_tags] 처럼 "
                                   "품사 태그로 거르세요.")
    if pending is not None:
        return pending
    if (not isinstance(answer, str) and isinstance(answer, Sequence)
            and any(isinstance(t, tuple) for t in answer)):
        return report(False, "", "(단어, 품사) 쌍이 아니라 단어만 남긴 리스트로 적어 주세요.")
    got = as_str_list(answer)
    if got is None:
        return report(False, "", "결과를 단어(문자열)의 리스트로 적어 주세요.")
    drop = set(drop_tags)
    pairs = [(str(w), str(t)) for w, t in tagged]
    expected = [w for w, t in pairs if t not in drop]
    if got == expected:
        removed = len(pairs) - len(expected)
        return report(True, f"품사 {sorted(drop)} 인 형태소 {removed}개를 지우고 "
                            f"{len(expected)}개가 남았습니다.", "")
    dropped_words = {w for w, t in pairs if t in drop} - set(expected)
    left_tags = sorted({t for w, t in pairs if t in drop and w in got and w not in expected})
    message = _diagnose(got, expected, dropped_words)
    if left_tags:
        message += f" (남은 품사: {left_tags})"
    return report(False, "", message)
