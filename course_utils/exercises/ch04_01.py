"""Exercise checkers of notebook 04-01 (Bag of Words, DTM, TF-IDF)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from course_utils.bow import bag_of_words, document_term_matrix, idf
from course_utils.exercises import CheckResult, not_answered, report
from course_utils.validation import check_int


def check_bow(answer: Sequence[int] | None, tokens: Sequence[str], vocab: Mapping[str, int]) -> CheckResult:
    """The BoW count vector of ``tokens`` under ``vocab`` (``{word: index}``)."""
    pending = not_answered(
        answer,
        "vocab의 길이만큼 0으로 채운 리스트를 만들고, 토큰마다 vocab[토큰] 자리에 1을 더하세요.",
    )
    if pending is not None:
        return pending
    expected = bag_of_words(tokens, vocab).tolist()
    if isinstance(answer, str):
        return report(False, "", f"문자열이 아니라 정수의 리스트로 적어 주세요 (입력: {answer!r}).")
    try:
        got = [int(x) for x in answer]
    except (TypeError, ValueError):
        return report(False, "", f"정수의 리스트로 적어 주세요 (입력: {answer!r}).")
    if got == expected:
        return report(True, f"BoW = {expected}: 순서는 잊고 횟수만 남았습니다.", "")
    if len(got) != len(expected):
        return report(
            False,
            "",
            f"벡터의 길이는 단어 집합의 크기 {len(expected)} 이어야 합니다 (입력 길이 {len(got)}).",
        )
    if got == [1 if c else 0 for c in expected]:
        return report(False, "", "있음/없음(0, 1)만 적었습니다. BoW는 등장 횟수를 셉니다.")
    if sorted(got) == sorted(expected):
        return report(False, "", "횟수는 맞지만 자리가 다릅니다. vocab이 준 인덱스 위치에 적으세요.")
    wrong = [w for w, i in sorted(vocab.items(), key=lambda kv: kv[1]) if got[i] != expected[i]]
    return report(False, "", f"다음 단어의 횟수가 다릅니다: {wrong}")


def check_idf(
    answer: float | None, docs: Sequence[Sequence[str]], word: str, *, smooth_idf: bool = True
) -> CheckResult:
    """scikit-learn's idf of ``word``: ``ln((1 + n) / (1 + df)) + 1`` (or ``ln(n / df) + 1``)."""
    pending = not_answered(answer, "n(문서 수)과 df(word가 들어 있는 문서 수)를 세어 공식에 넣으세요.")
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        return report(False, "", f"숫자(float)로 적어 주세요 (입력: {answer!r}).")
    dtm, words = document_term_matrix(docs)
    if word not in words:
        raise ValueError(f"{word!r} occurs in no document; pick a word of docs")
    j = words.index(word)
    n, df = dtm.shape[0], int((dtm[:, j] > 0).sum())
    expected = float(idf(dtm, smooth_idf=smooth_idf)[j])
    value = float(answer)
    if math.isclose(value, expected, rel_tol=1e-6):
        return report(True, f"n = {n}, df = {df} → idf = {expected:.4f}", "")
    variants = {
        "ln(n / df) (교과서 공식: scikit-learn은 +1을 더합니다)": math.log(n / df),
        "ln(n / (1 + df)) (책의 직접 구현 공식: scikit-learn과 다릅니다)": math.log(n / (1 + df)),
        "ln((1 + n) / (1 + df)) (+1을 빠뜨렸습니다)": math.log((1 + n) / (1 + df)),
        "ln(n / df) + 1 (smooth_idf=False의 공식입니다)": math.log(n / df) + 1,
        "ln((1 + n) / (1 + df)) + 1 (smooth_idf=True의 공식입니다)": math.log((1 + n) / (1 + df)) + 1,
        "log10을 썼습니다 (자연로그 ln을 쓰세요)": math.log10((1 + n) / (1 + df)) + 1,
    }
    for name, v in variants.items():
        if math.isclose(value, v, rel_tol=1e-6):
            return report(False, "", f"다른 idf 변형을 계산했습니다: {name}.")
    if math.isclose(value, float(df)):
        return report(False, "", "df 자체를 적었습니다. idf는 df가 클수록 작아지는 로그 값입니다.")
    return report(False, "", f"n = {n}, df = {df}가 맞는지 확인하세요 (df는 횟수가 아니라 문서 수입니다).")


def check_top_tfidf_word(answer: str | None, weights: np.ndarray, words: Sequence[str], row: int) -> CheckResult:
    """The word with the largest TF-IDF weight in ``weights[row]``."""
    pending = not_answered(answer, "weights[row]에서 가장 큰 값의 위치(argmax)를 찾아 그 단어를 적으세요.")
    if pending is not None:
        return pending
    matrix = np.asarray(weights, dtype=np.float64)
    if matrix.ndim != 2 or matrix.shape[1] != len(words):
        raise ValueError("weights must be a documents x words matrix with one column per word")
    best = int(np.argmax(matrix[row]))
    expected = words[best]
    if answer == expected:
        return report(
            True,
            f"'{expected}' (가중치 {matrix[row, best]:.3f}): 이 문서에 자주 나오고 다른 문서에는 드문 단어입니다.",
            "",
        )
    if answer in words:
        j = list(words).index(answer)
        return report(
            False,
            "",
            f"'{answer}'의 가중치는 {matrix[row, j]:.3f}로 최대({matrix[row, best]:.3f})가 아닙니다.",
        )
    return report(False, "", f"'{answer}'는 단어 목록에 없습니다. words 중에서 고르세요.")


def min_df_effect(documents: Iterable[str], tokenizer: Callable[[str], list[str]], min_df: int) -> tuple[int, float]:
    """(vocabulary size, share of zero cells) of the DTM that keeps words found in at least ``min_df`` documents.

    The same rule as ``CountVectorizer(tokenizer=tokenizer, token_pattern=None, lowercase=False, min_df=min_df)``
    for an integer ``min_df``.
    """
    token_lists = [tokenizer(doc) for doc in documents]
    return _min_df_counts(token_lists, min_df)


def _min_df_counts(token_lists: list[list[str]], min_df: int) -> tuple[int, float]:
    min_df = check_int(min_df, "min_df (a number of documents)", minimum=1, type_error=ValueError)
    dtm, _ = document_term_matrix(token_lists)  # (n_docs, V)
    keep = (dtm > 0).sum(axis=0) >= min_df  # (V,)
    kept = dtm[:, keep]
    if kept.shape[1] == 0:
        return 0, 1.0
    return int(kept.shape[1]), float(np.mean(kept == 0))


def check_min_df(
    answer: dict[str, Any] | None, documents: Iterable[str], tokenizer: Callable[[str], list[str]]
) -> CheckResult:
    """A measured ``{"min_df": k, "vocab_size": V, "zero_ratio": z}``, recomputed with :func:`min_df_effect`."""
    pending = not_answered(
        answer,
        "CountVectorizer(..., min_df=k)로 fit_transform 한 DTM에서 len(vocabulary_)와 1 - nnz / (행 × 열)을 재세요.",
    )
    if pending is not None:
        return pending
    keys = ("min_df", "vocab_size", "zero_ratio")
    if not isinstance(answer, dict) or any(k not in answer for k in keys):
        return report(False, "", f"사전(dict)에 {list(keys)} 세 값을 넣어 주세요 (입력: {answer!r}).")
    min_df = answer["min_df"]
    if isinstance(min_df, bool) or not isinstance(min_df, (int, np.integer)) or min_df < 1:
        return report(False, "", f"min_df는 문서 수를 뜻하는 1 이상의 정수로 주세요 (입력: {min_df!r}).")
    token_lists = [tokenizer(doc) for doc in documents]  # tokenize once, count twice
    vocab_size, zero_ratio = _min_df_counts(token_lists, int(min_df))
    base_size, base_zero = _min_df_counts(token_lists, 1)
    if answer["vocab_size"] != vocab_size:
        return report(
            False, "", f"min_df={min_df}이면 단어 집합은 {vocab_size:,}개입니다 (입력: {answer['vocab_size']!r})."
        )
    got = answer["zero_ratio"]
    if isinstance(got, bool) or not isinstance(got, (int, float, np.integer, np.floating)):
        return report(False, "", f"zero_ratio는 0~1 사이 숫자입니다 (입력: {got!r}).")
    if abs(float(got) - zero_ratio) > 5e-4:
        if abs(float(got) - (1 - zero_ratio)) <= 5e-4:
            return report(False, "", "0이 아닌 칸의 비율을 적었습니다. 0인 칸의 비율(1 - nnz / 전체 칸)입니다.")
        return report(False, "", f"0의 비율은 {zero_ratio:.4f}입니다 (입력: {float(got):.4f}).")
    return report(
        True,
        f"min_df={min_df}: 단어 {vocab_size:,}개, 0의 비율 {zero_ratio:.1%} "
        f"(min_df=1이면 {base_size:,}개, {base_zero:.1%}). 드문 단어를 빼면 행렬이 작아지고 덜 희소해집니다.",
        "",
    )
