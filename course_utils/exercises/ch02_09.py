"""Exercise checkers of notebook 02-09 (splitting data)."""

from __future__ import annotations

import math
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


def check_split_sizes(answer: Sequence[int] | None, n_samples: int, test_size: float) -> CheckResult:
    """``(n_train, n_test)`` that ``train_test_split`` gives for ``n_samples`` and ``test_size``."""
    pending = not_answered(answer, "n_test = ceil(test_size × n_samples) 이고 n_train 은 나머지입니다.")
    if pending is not None:
        return pending
    sizes = _int_tuple(answer, 2)
    if sizes is None:
        return report(False, "", "정수 두 개의 튜플 (n_train, n_test) 로 적어 주세요. 예: (8, 2)")
    n_train, n_test = train_test_sizes(n_samples, test_size)
    if sizes == (n_train, n_test):
        return report(
            True,
            f"{test_size} × {n_samples} = {test_size * n_samples:g} 을 올림(ceil)해 "
            f"테스트 {n_test}개, "
            f"훈련 {n_train}개입니다.",
            "",
        )
    if sizes == (n_test, n_train):
        return report(
            False,
            "",
            "순서가 바뀌었습니다. scikit-learn 처럼 (훈련 개수, 테스트 개수) 순서로 적어 주세요.",
        )
    floor_test = math.floor(test_size * n_samples)
    if sizes == (n_samples - floor_test, floor_test) and floor_test != n_test:
        return report(
            False,
            "",
            f"{test_size} × {n_samples} = {test_size * n_samples:g} 을 내림했습니다. "
            "scikit-learn 은 테스트 개수를 올림(ceil)합니다.",
        )
    if sum(sizes) != n_samples:
        return report(False, "", f"두 수의 합이 전체 샘플 수 {n_samples} 와 같아야 합니다.")
    return report(False, "", f"테스트 개수는 ceil({test_size} × {n_samples}) 입니다. 다시 계산해 보세요.")


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
        "train_test_split(X, y, test_size=..., random_state=..., stratify=y) 의 y_test 를 Counter 로 세어 보세요.",
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
        return report(False, "", f"개수의 합이 테스트 세트 크기 {sum(expected.values())} 와 같아야 합니다.")
    return report(
        False,
        "",
        f"기대한 개수: {dict(sorted(expected.items()))}. stratify=y 를 넣었는지, random_state 가 같은지 확인하세요.",
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
        return report(False, "", "정수 세 개의 튜플 (n_train, n_val, n_test) 로 적어 주세요.")
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
        return report(False, "", f"세 수의 합이 전체 샘플 수 {n_samples} 와 같아야 합니다.")
    if sizes[2] != n_test:
        return report(
            False,
            "",
            f"테스트 개수는 전체 {n_samples}개에 대해 ceil({test_size} × {n_samples}) = {n_test} 입니다.",
        )
    return report(
        False,
        "",
        f"검증 개수는 전체가 아니라 남은 {n_rest}개에 대해 ceil({val_size} × {n_rest}) = {n_val} 입니다.",
    )
