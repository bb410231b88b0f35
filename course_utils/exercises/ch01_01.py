"""Exercise checkers of notebook 01-01 (NLP and the machine-learning workflow)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from course_utils.exercises import CheckResult, check_value, not_answered, report


def check_majority_baseline(answer: float | None, y_test: Sequence[Any]) -> CheckResult:
    """Accuracy of always predicting the most frequent class of ``y_test``."""
    if len(y_test) == 0:
        raise ValueError("y_test is empty; pass the test labels of the notebook")
    label, count = Counter(y_test).most_common(1)[0]
    expected = count / len(y_test)
    return check_value(
        answer,
        expected,
        hint="가장 많은 클래스 하나만 계속 예측하면 정확도는 (그 클래스 개수) / (전체 개수) 입니다.",
        explain=f"항상 '{label}'(으)로 답하면 정확도 {expected:.3f}: 모델은 적어도 이보다 좋아야 의미가 있습니다.",
        equal=lambda a, e: isinstance(a, (int, float)) and abs(float(a) - e) < 1e-9,
    )


def check_split_for_reporting(answer: str | None) -> CheckResult:
    """Which split gives the number we report as the model's quality."""
    return check_value(
        answer if answer is None else str(answer).strip().lower(),
        "test",
        hint="'train', 'valid', 'test' 중 하나. 하이퍼파라미터를 고를 때 쓰지 않은 데이터여야 합니다.",
        explain="검증(valid) 데이터로 설정을 고르고, 한 번도 보지 않은 테스트(test) 데이터로 최종 성능을 보고합니다.",
    )


def valid_accuracy_with(
    tokenize: Callable[[str], list[str]],
    train_texts: Sequence[str],
    y_train: Sequence[Any],
    valid_texts: Sequence[str],
    y_valid: Sequence[Any],
    *,
    C: float,
) -> tuple[float, int]:
    """Validation accuracy of TF-IDF(``tokenize``) + logistic regression fitted on train, and the vocabulary size.

    The same recipe as notebook 01-01: ``TfidfVectorizer(tokenizer=tokenize, lowercase=False)`` fitted on the
    training texts only, ``LogisticRegression(C=C, max_iter=2000)``.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(tokenizer=tokenize, token_pattern=None, lowercase=False)
    X_train = vectorizer.fit_transform(list(train_texts))
    model = LogisticRegression(C=C, max_iter=2000).fit(X_train, list(y_train))
    accuracy = float(model.score(vectorizer.transform(list(valid_texts)), list(y_valid)))
    return accuracy, len(vectorizer.vocabulary_)


def check_tokenizer_experiment(
    tokenize: Callable[[str], list[str]] | None,
    valid_accuracy: float | None,
    train_texts: Sequence[str],
    y_train: Sequence[Any],
    valid_texts: Sequence[str],
    y_valid: Sequence[Any],
    *,
    C: float,
    baseline: float,
) -> CheckResult:
    """A changed tokenizer and the validation accuracy the learner measured with it (recomputed here).

    ``baseline`` is the validation accuracy of the notebook's morpheme (Okt) model with the same ``C``.
    """
    hint = (
        "my_tokenize 에 문장을 토큰 리스트로 바꾸는 함수(예: lambda text: text.split())를 넣고, "
        "TfidfVectorizer(tokenizer=my_tokenize, token_pattern=None, lowercase=False)를 훈련 데이터로 fit 한 뒤 "
        "LogisticRegression(C=best_C, max_iter=2000)의 검증 정확도를 재세요."
    )
    pending = not_answered(None if tokenize is None or valid_accuracy is None else tokenize, hint)
    if pending is not None:
        return pending
    if not callable(tokenize):
        return report(False, "", f"my_tokenize 는 함수여야 합니다 (입력 타입: {type(tokenize).__name__}).")
    if isinstance(valid_accuracy, bool) or not isinstance(valid_accuracy, (int, float)):
        return report(False, "", f"검증 정확도는 0과 1 사이의 숫자입니다 (입력: {valid_accuracy!r}).")
    train_texts, valid_texts = [str(t) for t in train_texts], [str(t) for t in valid_texts]
    try:
        tokens = tokenize(valid_texts[0])
    except Exception as exc:  # the learner's code: report, don't crash the notebook
        return report(False, "", f"my_tokenize 를 부르다 오류가 났습니다: {type(exc).__name__}: {exc}")
    if isinstance(tokens, str) or not all(isinstance(t, str) for t in tokens):
        return report(False, "", f"my_tokenize 는 문자열의 리스트를 돌려줘야 합니다 (돌려준 값: {tokens!r:.60}).")
    expected, vocab = valid_accuracy_with(tokenize, train_texts, y_train, valid_texts, y_valid, C=C)
    if abs(float(valid_accuracy) - expected) < 5e-4 + 1e-12:
        direction = "높습니다" if expected > baseline else "낮습니다" if expected < baseline else "같습니다"
        return report(
            True,
            f"다시 재어도 검증 정확도 {expected:.3f} (단어 집합 {vocab:,}개): 형태소(Okt) 모델의 {baseline:.3f}보다 "
            f"{direction}. 설정은 이렇게 검증 데이터로 비교해 고릅니다.",
            "",
        )
    train_accuracy, _ = valid_accuracy_with(tokenize, train_texts, y_train, train_texts, y_train, C=C)
    if abs(float(valid_accuracy) - train_accuracy) < 5e-4 + 1e-12:
        return report(False, "", "훈련 데이터에서 잰 정확도입니다. 훈련에 쓰지 않은 검증 데이터(valid)로 재세요.")
    return report(
        False,
        "",
        f"같은 토크나이저로 다시 재면 검증 정확도가 {expected:.3f} 인데 {float(valid_accuracy):.3f} 를 입력했습니다. "
        f"힌트: {hint}",
    )
