"""Exercise checkers of notebook 03-01 (language model and perplexity)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from course_utils.exercises import CheckResult, as_number, not_answered, report
from course_utils.lm import BOS, EOS, Vocabulary


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _bigram_counts(sentences: Sequence[Sequence[str]]) -> tuple[dict, dict, int, set]:
    pair_counts: dict[tuple[str, str], int] = {}
    history_counts: dict[str, int] = {}
    tokens = 0
    vocab: set[str] = set()
    if isinstance(sentences, str) or not sentences:
        raise ValueError("sentences must be a non-empty list of token lists")
    for sent in sentences:
        if isinstance(sent, str):
            raise TypeError("every sentence must be a list of tokens, got a str")
        padded = [BOS, *sent, EOS]
        tokens += len(sent)
        vocab.update(sent)
        for h, w in zip(padded, padded[1:], strict=False):
            pair_counts[(h, w)] = pair_counts.get((h, w), 0) + 1
            history_counts[h] = history_counts.get(h, 0) + 1
    return pair_counts, history_counts, tokens, vocab


def check_bigram_mle(answer: float | None, sentences: Sequence[Sequence[str]], word: str, history: str) -> CheckResult:
    """MLE bigram probability ``P(word | history) = count(history, word) / count(history, *)``."""
    pending = not_answered(answer, f"'{history}' 다음에 온 모든 토큰 수를 세고, 그중 '{word}'가 몇 번인지 나누세요.")
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"확률을 숫자(float)로 적어 주세요 (입력: {answer!r}).")
    pairs, histories, tokens, _ = _bigram_counts(sentences)
    c_hw, c_h = pairs.get((history, word), 0), histories.get(history, 0)
    if c_h == 0:
        raise ValueError(f"history {history!r} never occurs in sentences; pick a word of the corpus")
    expected = c_hw / c_h
    if _close(value, expected):
        return report(
            True,
            f"count({history}, {word}) / count({history}, ·) = {c_hw} / {c_h} = {expected:.4f}",
            "",
        )
    if c_hw and _close(value, c_hw / tokens):
        return report(
            False,
            "",
            "분모에 전체 토큰 수를 썼습니다. 조건부 확률의 분모는 이전 단어가 나온 횟수입니다.",
        )
    if _close(value, c_hw):
        return report(False, "", "횟수 자체를 적었습니다. 이전 단어가 나온 횟수로 나누어 확률로 만드세요.")
    return report(False, "", f"'{history}' 다음 토큰을 다시 세어 보세요 (문장 끝의 </s> 도 다음 토큰입니다).")


def check_addk(
    answer: float | None, sentences: Sequence[Sequence[str]], word: str, history: str, k: float
) -> CheckResult:
    """Add-k bigram probability ``(c(h, w) + k) / (c(h) + k V)``.

    ``V = len(Vocabulary(sentences))``.

    ``V`` counts the distinct training tokens plus ``</s>`` and ``<unk>`` (the course's convention).
    """
    pending = not_answered(
        answer,
        "분자에 k를, 분모에 k × V를 더하세요. V는 예측할 수 있는 토큰 종류 수(</s>, <unk> 포함)입니다.",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"확률을 숫자(float)로 적어 주세요 (입력: {answer!r}).")
    pairs, histories, _, vocab = _bigram_counts(sentences)
    V = len(Vocabulary(sentences))
    c_hw, c_h = pairs.get((history, word), 0), histories.get(history, 0)
    expected = (c_hw + k) / (c_h + k * V)
    if _close(value, expected):
        return report(
            True,
            f"({c_hw} + {k:g}) / ({c_h} + {k:g} × {V}) = {expected:.4f}: 본 적 없는 조합도 0이 아닙니다.",
            "",
        )
    if _close(value, (c_hw + k) / (c_h + k * len(vocab))):
        return report(False, "", "V에 </s> 와 <unk> 를 빠뜨렸습니다: 모델은 두 기호도 예측합니다.")
    if _close(value, (c_hw + k) / (c_h + k * (V - 1))):
        return report(False, "", "V에서 </s> 나 <unk> 중 하나를 빠뜨렸습니다: 둘 다 예측 대상입니다.")
    if _close(value, (c_hw + k) / (c_h + k * (V + 1))):
        return report(
            False,
            "",
            "V에 <s> 를 넣었습니다: <s> 는 예측하지 않으므로 V에 넣지 않습니다 (nltk는 넣습니다).",
        )
    if c_h and _close(value, (c_hw + k) / c_h):
        return report(False, "", "분모에 k × V를 더해야 모든 단어의 확률 합이 1이 됩니다.")
    return report(
        False,
        "",
        f"c(h, w) = {c_hw}, c(h) = {c_h}를 확인하고 공식 (c + k) / (c(h) + kV)에 넣어 보세요.",
    )


def check_perplexity(answer: float | None, probs: Sequence[float]) -> CheckResult:
    """Perplexity ``(prod p_i) ** (-1 / N)`` of a sequence with conditional probs ``probs``."""
    pending = not_answered(
        answer,
        "확률을 모두 곱한 값 P에 대해 P ** (-1 / N)을 구하세요 (로그로 계산하면 안전합니다).",
    )
    if pending is not None:
        return pending
    value = as_number(answer)
    if value is None:
        return report(False, "", f"펄플렉서티를 숫자(float)로 적어 주세요 (입력: {answer!r}).")
    values = [float(p) for p in probs]
    if not values or any(not 0 < p <= 1 for p in values):
        raise ValueError("probs must be a non-empty list of probabilities in (0, 1]")
    n = len(values)
    log_sum = math.fsum(math.log(p) for p in values)
    expected = math.exp(-log_sum / n)
    if _close(value, expected):
        return report(
            True,
            f"PPL = {expected:.4f}: 매 시점 평균 {expected:.1f}개 후보 중에서 고르는 만큼 헷갈립니다.",
            "",
        )
    if _close(value, math.exp(log_sum)):
        return report(False, "", "확률의 곱 P(W)를 적었습니다. PPL은 P(W)의 -1/N 제곱입니다.")
    if _close(value, math.exp(log_sum / n)):
        return report(False, "", "지수의 부호가 반대입니다: P(W) ** (-1 / N)입니다.")
    if _close(value, math.exp(-log_sum)):
        return report(False, "", "N으로 나누지 않았습니다: 단어 수 N에 대한 기하 평균을 구해야 합니다.")
    if _close(value, -log_sum / n):
        return report(
            False,
            "",
            "교차 엔트로피(평균 음의 로그 확률)까지 구했습니다. exp(...)를 취하면 PPL입니다.",
        )
    return report(False, "", f"N = {n} 개 확률의 로그 합을 구하고 exp(-합 / N)을 계산해 보세요.")


def kn_valid_perplexity(
    train: Sequence[Sequence[str]], valid: Sequence[Sequence[str]], n: int, discount: float, min_count: int
) -> float:
    """Validation perplexity of ``KneserNey(n, discount, min_count=min_count)`` fitted on ``train``."""
    from course_utils.lm import KneserNey

    return float(KneserNey(n, discount, min_count=min_count).fit(train).perplexity(valid))


def check_discount(
    answer: dict | None,
    train: Sequence[Sequence[str]],
    valid: Sequence[Sequence[str]],
    *,
    min_count: int = 2,
    reference_discount: float = 0.75,
) -> CheckResult:
    """A measured ``{"n": n, "discount": d, "valid_ppl": p}``: the checker refits the model and recomputes ``p``.

    It then compares ``p`` with the same model at ``reference_discount`` (the notebook's d = 0.75).
    """
    pending = not_answered(
        answer,
        "lm.KneserNey(n, d, min_count=mc).fit(train_m).perplexity(valid_m)처럼 검증 데이터로 재세요.",
    )
    if pending is not None:
        return pending
    keys = ("n", "discount", "valid_ppl")
    if not isinstance(answer, dict) or any(k not in answer for k in keys):
        return report(False, "", f"사전(dict)에 {list(keys)} 세 값을 넣어 주세요 (입력: {answer!r}).")
    n, d, got = answer["n"], as_number(answer["discount"]), as_number(answer["valid_ppl"])
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 6:
        return report(False, "", f"n은 1~6 사이 정수로 주세요 (입력: {n!r}).")
    if d is None or not 0 < d < 1:
        return report(False, "", f"할인 d는 0과 1 사이 숫자입니다 (입력: {answer['discount']!r}).")
    if got is None:
        return report(False, "", f"valid_ppl은 숫자입니다 (입력: {answer['valid_ppl']!r}).")
    if math.isclose(d, reference_discount):
        return report(False, "", f"d={d:g}는 노트북에서 이미 쓴 값입니다. 다른 d(예: 0.5, 0.9)로 바꿔 재 보세요.")
    expected = kn_valid_perplexity(train, valid, n, d, min_count)
    if not math.isclose(got, expected, rel_tol=1e-6):
        return report(
            False,
            "",
            f"KneserNey(n={n}, d={d:g}, min_count={min_count})의 검증 PPL은 {expected:.4f}입니다 (입력: {got:.4f}). "
            "시험 데이터가 아니라 검증 데이터로 재었는지, min_count를 맞췄는지 확인하세요.",
        )
    reference = kn_valid_perplexity(train, valid, n, reference_discount, min_count)
    better = "낮습니다(더 좋습니다)" if expected < reference else "높습니다(더 나쁩니다)"
    return report(
        True,
        f"n={n}, d={d:g}: 검증 PPL {expected:.2f}. d={reference_discount:g}일 때({reference:.2f})보다 {better}.",
        "",
    )
