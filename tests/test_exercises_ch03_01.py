"""Checkers of notebook 03-01."""

from __future__ import annotations

import math

import pytest

from course_utils import lm
from course_utils.exercises.ch03_01 import (
    check_addk,
    check_bigram_mle,
    check_discount,
    check_perplexity,
    kn_valid_perplexity,
)

SENTS = [s.split() for s in ["나는 학교에 간다", "나는 집에 간다", "너는 집에 있다"]]
PROBS = [0.5, 0.2, 0.4, 0.1]


@pytest.mark.parametrize(
    "checker",
    [
        lambda: check_bigram_mle(None, SENTS, "간다", "집에"),
        lambda: check_addk(None, SENTS, "간다", "집에", 0.5),
        lambda: check_perplexity(None, PROBS),
    ],
)
def test_not_answered_prints_hint(checker, capsys: pytest.CaptureFixture[str]) -> None:
    assert not checker()
    assert "아직 답을 입력하지 않았습니다" in capsys.readouterr().out


def test_bigram_mle() -> None:
    expected = lm.MLE(2).fit(SENTS).prob("간다", ["집에"])
    assert expected == pytest.approx(0.5)
    assert check_bigram_mle(0.5, SENTS, "간다", "집에")
    assert "전체 토큰 수" in check_bigram_mle(1 / 9, SENTS, "간다", "집에").message
    assert "횟수 자체" in check_bigram_mle(1, SENTS, "간다", "집에").message
    assert "숫자" in check_bigram_mle("0.5", SENTS, "간다", "집에").message
    assert not check_bigram_mle(0.3, SENTS, "간다", "집에")
    with pytest.raises(ValueError):
        check_bigram_mle(0.5, SENTS, "간다", "도서관에")


def test_addk_agrees_with_the_library() -> None:
    expected = lm.AddK(2, 0.5).fit(SENTS).prob("간다", ["집에"])
    assert check_addk(expected, SENTS, "간다", "집에", 0.5)
    V = len(lm.Vocabulary(SENTS))
    assert "</s> 와 <unk>" in check_addk((1 + 0.5) / (2 + 0.5 * (V - 2)), SENTS, "간다", "집에", 0.5).message
    assert "<s>" in check_addk((1 + 0.5) / (2 + 0.5 * (V + 1)), SENTS, "간다", "집에", 0.5).message
    assert "k × V" in check_addk((1 + 0.5) / 2, SENTS, "간다", "집에", 0.5).message


def test_perplexity() -> None:
    product = math.prod(PROBS)
    assert check_perplexity(product ** (-1 / 4), PROBS)
    assert check_perplexity(lm.perplexity_from_probs(PROBS), PROBS)
    assert "곱 P(W)" in check_perplexity(product, PROBS).message
    assert "부호" in check_perplexity(product ** (1 / 4), PROBS).message
    assert "N으로 나누지" in check_perplexity(1 / product, PROBS).message
    assert "교차 엔트로피" in check_perplexity(-math.log(product) / 4, PROBS).message
    with pytest.raises(ValueError):
        check_perplexity(1.0, [])


TRAIN = [
    s.split()
    for s in ["나는 학교에 간다", "동생은 학교에 간다", "나는 집에 간다", "동생은 밥을 먹는다", "나는 밥을 먹는다"]
]
VALID = [s.split() for s in ["동생은 집에 간다", "나는 학교에 간다"]]


def test_kn_valid_perplexity_matches_the_model() -> None:
    direct = lm.KneserNey(2, 0.5, min_count=1).fit(TRAIN).perplexity(VALID)
    assert kn_valid_perplexity(TRAIN, VALID, 2, 0.5, 1) == pytest.approx(direct)
    assert kn_valid_perplexity(TRAIN, VALID, 2, 0.5, 1) != pytest.approx(kn_valid_perplexity(TRAIN, VALID, 2, 0.9, 1))


def test_check_discount() -> None:
    ppl = kn_valid_perplexity(TRAIN, VALID, 2, 0.5, 1)
    ref = kn_valid_perplexity(TRAIN, VALID, 2, 0.75, 1)
    result = check_discount({"n": 2, "discount": 0.5, "valid_ppl": ppl}, TRAIN, VALID, min_count=1)
    assert result and f"{ref:.2f}" in result.message
    wrong = check_discount({"n": 2, "discount": 0.5, "valid_ppl": ppl * 1.01}, TRAIN, VALID, min_count=1)
    assert not wrong and f"{ppl:.4f}" in wrong.message
    assert "이미 쓴 값" in check_discount({"n": 2, "discount": 0.75, "valid_ppl": ref}, TRAIN, VALID).message
    assert "0과 1 사이" in check_discount({"n": 2, "discount": 1.5, "valid_ppl": 3.0}, TRAIN, VALID).message
    assert "정수" in check_discount({"n": 2.0, "discount": 0.5, "valid_ppl": 3.0}, TRAIN, VALID).message
    assert "숫자" in check_discount({"n": 2, "discount": 0.5, "valid_ppl": "3"}, TRAIN, VALID).message
    assert "dict" in check_discount({"n": 2}, TRAIN, VALID).message
    assert not check_discount(None, TRAIN, VALID)
