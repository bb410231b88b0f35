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
    pending = not_answered(
        answer, "[t for t in tokens if t not in stopwords] 처럼 토큰마다 불용어 집합에 있는지 확인하세요."
    )
    if pending is not None:
        return pending
    got = as_str_list(answer)
    if got is None:
        return report(False, "", "결과를 토큰(문자열)의 리스트로 적어 주세요.")
    stop = set(stopwords)
    expected = remove_stopwords(list(tokens), stop)
    if got == expected:
        return report(
            True,
            f"토큰 {len(tokens)}개 중 {len(tokens) - len(expected)}개를 불용어로 "
            f"지우고 {len(expected)}개가 남았습니다.",
            "",
        )
    lowered = remove_stopwords(list(tokens), stop, ignore_case=True)
    if got == lowered and lowered != expected:
        return report(
            False,
            "",
            "대소문자를 무시하고 지웠습니다. 이 문제는 정확히 같은 문자열만 "
            "지웁니다 (예: 'The' 와 'the' 는 다른 토큰).",
        )
    return report(False, "", _diagnose(got, expected, stop & set(tokens)))


def check_pos_filter(
    answer: Sequence[str] | None, tagged: Sequence[tuple[str, str]], drop_tags: Iterable[str]
) -> CheckResult:
    """The words of ``tagged`` (``(word, tag)`` pairs) whose tag is not in ``drop_tags``."""
    pending = not_answered(answer, "[word for word, tag in tagged if tag not in drop_tags] 처럼 품사 태그로 거르세요.")
    if pending is not None:
        return pending
    if not isinstance(answer, str) and isinstance(answer, Sequence) and any(isinstance(t, tuple) for t in answer):
        return report(False, "", "(단어, 품사) 쌍이 아니라 단어만 남긴 리스트로 적어 주세요.")
    got = as_str_list(answer)
    if got is None:
        return report(False, "", "결과를 단어(문자열)의 리스트로 적어 주세요.")
    drop = set(drop_tags)
    pairs = [(str(w), str(t)) for w, t in tagged]
    expected = [w for w, t in pairs if t not in drop]
    if got == expected:
        removed = len(pairs) - len(expected)
        return report(True, f"품사 {sorted(drop)} 인 형태소 {removed}개를 지우고 {len(expected)}개가 남았습니다.", "")
    dropped_words = {w for w, t in pairs if t in drop} - set(expected)
    left_tags = sorted({t for w, t in pairs if t in drop and w in got and w not in expected})
    message = _diagnose(got, expected, dropped_words)
    if left_tags:
        message += f" (남은 품사: {left_tags})"
    return report(False, "", message)


WORD = r"[a-z]+(?:'[a-z]+)?"


def content_words(text: str, stopwords: Iterable[str]) -> str:
    """Lower-cased words of ``text`` (``[a-z]+``, an apostrophe part kept) without ``stopwords``, joined by spaces."""
    import re

    stop = {w.lower() for w in stopwords}
    return " ".join(w for w in re.findall(WORD, text.lower()) if w not in stop)


def gloss_accuracy(
    stopwords: Iterable[str],
    train_texts: Sequence[str],
    y_train: Sequence[str],
    valid_texts: Sequence[str],
    y_valid: Sequence[str],
) -> float:
    """Validation accuracy of TF-IDF + logistic regression after removing ``stopwords`` (notebook 02-04's recipe)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    stop = set(stopwords)
    vectorizer = TfidfVectorizer(token_pattern=r"\S+")
    X_train = vectorizer.fit_transform([content_words(t, stop) for t in train_texts])
    model = LogisticRegression(max_iter=2000).fit(X_train, list(y_train))
    return float(model.score(vectorizer.transform([content_words(t, stop) for t in valid_texts]), list(y_valid)))


def check_stopword_experiment(
    stopwords: Iterable[str] | None,
    accuracy: float | None,
    train_texts: Sequence[str],
    y_train: Sequence[str],
    valid_texts: Sequence[str],
    y_valid: Sequence[str],
) -> CheckResult:
    """The validation accuracy the learner measured with their own stopword list (recomputed here)."""
    pending = not_answered(
        None if stopwords is None else accuracy,
        "my_stopwords 에 불용어 집합을 넣고, 2-5절처럼 불용어를 지운 뒤 TF-IDF + 로지스틱 회귀를 "
        "train 으로 학습해 valid 정확도를 재세요.",
    )
    if pending is not None:
        return pending
    words = as_str_list(sorted(stopwords)) if isinstance(stopwords, (set, frozenset)) else as_str_list(stopwords)
    if words is None:
        return report(False, "", "my_stopwords 는 문자열의 집합이나 리스트여야 합니다 (예: {'the', 'a', 'of'}).")
    if isinstance(accuracy, bool) or not isinstance(accuracy, (int, float)) or not 0 <= float(accuracy) <= 1:
        return report(False, "", f"정확도는 0과 1 사이의 숫자입니다 (입력: {accuracy!r}).")
    expected = gloss_accuracy(words, train_texts, y_train, valid_texts, y_valid)
    baseline = gloss_accuracy([], train_texts, y_train, valid_texts, y_valid)
    if abs(float(accuracy) - expected) < 5e-4 + 1e-12:
        diff = expected - baseline
        verdict = "올랐습니다" if diff > 0 else "내려갔습니다" if diff < 0 else "그대로입니다"
        return report(
            True,
            f"불용어 {len(set(words))}개를 지우면 검증 정확도 {expected:.3f}: 아무것도 지우지 않은 {baseline:.3f}보다 "
            f"{abs(diff):.3f} {verdict}.",
            "",
        )
    return report(
        False,
        "",
        f"이 목록으로 다시 재면 검증 정확도가 {expected:.3f} 인데 {float(accuracy):.3f} 를 입력했습니다. train 으로만 "
        "학습하고 valid 로 쟀는지, 불용어를 소문자로 비교했는지 확인하세요.",
    )
