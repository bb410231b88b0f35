"""Exercise checkers of notebook 02-09 (splitting data)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from course_utils.exercises import CheckResult, not_answered, report
from course_utils.split import train_test_sizes


def _int_tuple(answer: Any, length: int) -> tuple[int, ...] | None:
    if isinstance(answer, (str, bytes)) or not isinstance(answer, Sequence) or len(answer) != length:
        return None
    if not all(isinstance(a, int) and not isinstance(a, bool) for a in answer):
        return None
    return tuple(answer)


def _stratified_test_counts(y: Sequence[Any], test_size: float, random_state: int) -> Counter:
    from sklearn.model_selection import train_test_split

    _, y_test = train_test_split(list(y), test_size=test_size, random_state=random_state, stratify=list(y))
    return Counter(y_test)


def check_stratified_counts(
    answer: Mapping[Any, int] | None,
    y: Sequence[Any],
    *,
    test_size: float,
    random_state: int,
) -> CheckResult:
    """Class counts ``{label: count}`` of ``y_test`` from a stratified ``train_test_split``."""
    pending = not_answered(
        answer,
        "train_test_split(X, y, test_size=..., random_state=..., stratify=y)의 y_test를 Counter로 세어 보세요.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping):
        return report(False, "", "{레이블: 개수} 형태의 dict(또는 Counter)로 적어 주세요. 예: {1: 9, 0: 3}")
    expected = _stratified_test_counts(y, test_size, random_state)
    given = {k: v for k, v in dict(answer).items() if v}
    if given == dict(expected):
        total = Counter(y)
        ratios = ", ".join(f"{label}: {total[label] / len(y):.0%}" for label in sorted(total))
        return report(
            True,
            f"stratify=y 덕분에 테스트 세트의 클래스 비율이 전체 비율({ratios})과 거의 같습니다.",
            "",
        )
    if sum(given.values()) != sum(expected.values()):
        return report(False, "", f"개수의 합이 테스트 세트 크기 {sum(expected.values())}와 같아야 합니다.")
    return report(
        False,
        "",
        f"기대한 개수: {dict(sorted(expected.items()))}. stratify=y를 넣었는지, random_state가 같은지 확인하세요.",
    )


def check_three_way_sizes(
    answer: Sequence[int] | None, n_samples: int, test_size: float, val_size: float
) -> CheckResult:
    """``(n_train, n_val, n_test)``: test part of all, then val part of the rest."""
    pending = not_answered(
        answer,
        "먼저 전체에서 테스트를 떼고(ceil), 남은 훈련 데이터에서 다시 검증 데이터를 뗍니다(ceil).",
    )
    if pending is not None:
        return pending
    sizes = _int_tuple(answer, 3)
    if sizes is None:
        return report(False, "", "정수 세 개의 튜플 (n_train, n_val, n_test)로 적어 주세요.")
    n_rest, n_test = train_test_sizes(n_samples, test_size)
    n_train, n_val = train_test_sizes(n_rest, val_size)
    expected = (n_train, n_val, n_test)
    if sizes == expected:
        return report(
            True,
            f"테스트 {n_test}개는 마지막 평가에만, 검증 {n_val}개는 설정을 고를 때, 훈련 {n_train}개는 학습에 씁니다.",
            "",
        )
    if sum(sizes) != n_samples:
        return report(False, "", f"세 수의 합이 전체 샘플 수 {n_samples}와 같아야 합니다.")
    if sizes[2] != n_test:
        return report(
            False,
            "",
            f"테스트 개수는 전체 {n_samples}개에 대해 ceil({test_size} × {n_samples}) = {n_test}입니다.",
        )
    return report(
        False,
        "",
        f"검증 개수는 전체가 아니라 남은 {n_rest}개에 대해 ceil({val_size} × {n_rest}) = {n_val}입니다.",
    )


def leaked_test_sentences(
    sentences: Sequence[str], *, threshold: float, random_state: int, test_size: float = 0.2
) -> int:
    """Test sentences of ``train_test_split(sentences, test_size, random_state)`` with a near-copy in train.

    A near-copy: Jaccard similarity of the two character 5-gram sets (spaces removed) ``>= threshold``,
    as the notebook's ``twins_in_train`` counts it, via
    :func:`course_utils.near_duplicates.count_near_duplicates`. A sentence shorter than 5
    characters has no 5-gram and counts as nobody's near-copy here (the notebook's ``char_ngrams``
    gives it an empty set), so such sentences are left out on both sides.
    """
    from sklearn.model_selection import train_test_split

    from course_utils.near_duplicates import NGRAM, count_near_duplicates

    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise ValueError(f"threshold must be a number in (0, 1], got {threshold!r}")
    train, test = train_test_split(list(sentences), test_size=test_size, random_state=random_state)

    def long_enough(part: list[str]) -> list[str]:
        return [s for s in part if len(s.replace(" ", "")) >= NGRAM]

    return count_near_duplicates(long_enough(test), long_enough(train), threshold)


def check_leaked_count(
    answer: dict[str, Any] | None, sentences: Sequence[str], *, test_size: float = 0.2
) -> CheckResult:
    """A measured ``{"threshold": t, "random_state": s, "leaked": k}``; the checker redoes the split and the count."""
    pending = not_answered(
        answer,
        "train_test_split(sentences, test_size=0.2, random_state=s)로 나눈 뒤 "
        "twins_in_train(train, test, threshold=t)의 길이를 세세요.",
    )
    if pending is not None:
        return pending
    keys = ("threshold", "random_state", "leaked")
    if not isinstance(answer, dict) or any(k not in answer for k in keys):
        return report(False, "", f"사전(dict)에 {list(keys)} 세 값을 넣어 주세요 (입력: {answer!r}).")
    threshold, seed, leaked = answer["threshold"], answer["random_state"], answer["leaked"]
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        return report(False, "", f"threshold는 0보다 크고 1 이하인 숫자입니다 (입력: {threshold!r}).")
    for name, value in (("random_state", seed), ("leaked", leaked)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return report(False, "", f"{name}는 0 이상의 정수입니다 (입력: {value!r}).")
    expected = leaked_test_sentences(sentences, threshold=threshold, random_state=seed, test_size=test_size)
    n_test = train_test_sizes(len(sentences), test_size)[1]
    if leaked != expected:
        return report(
            False,
            "",
            f"random_state={seed}, threshold={threshold:g}로 다시 세면 테스트 {n_test}문장 중 {expected}문장입니다 "
            f"(입력: {leaked}).",
        )
    return report(
        True,
        f"random_state={seed}, threshold={threshold:g}: 테스트 {n_test}문장 중 "
        f"{expected}문장({expected / n_test:.0%})이 훈련에 쌍둥이를 두고 있습니다.",
        "",
    )
