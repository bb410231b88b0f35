"""Checkers of notebook 02-03 and the conjugation classifier behind one of them."""

from __future__ import annotations

import pytest

from course_utils.exercises.ch02_03 import (
    IRREGULAR,
    REGULAR,
    check_conjugation_types,
    check_lemmas_with_pos,
    check_normalized_vocab,
    check_stemmer_disagreement,
    classify_conjugation,
    normalized_vocabulary,
)
from course_utils.setup.nltk_data import missing_resources


@pytest.mark.parametrize(
    ("base", "form", "kind", "reason"),
    [
        ("잡다", "잡았다", REGULAR, "유지"),
        ("씻다", "씻어", REGULAR, "유지"),
        ("웃다", "웃어", REGULAR, "유지"),
        ("묻다", "묻어", REGULAR, "유지"),  # 묻다 'bury' is regular ...
        ("묻다", "물어", IRREGULAR, "'묻' -> '물'"),  # ... 묻다 'ask' is ㄷ irregular
        ("듣다", "들어", IRREGULAR, "'듣' -> '들'"),
        ("돕다", "도와", IRREGULAR, "'돕' -> '도'"),
        ("춥다", "추워", IRREGULAR, "바뀜"),
        ("짓다", "지어", IRREGULAR, "바뀜"),
        ("하얗다", "하얀", IRREGULAR, "'얗' -> '얀'"),
        ("푸다", "퍼", IRREGULAR, "바뀜"),
        ("하다", "해", IRREGULAR, "바뀜"),
        ("푸르다", "푸르러", IRREGULAR, "러 불규칙"),
        ("이르다", "이르러", IRREGULAR, "러 불규칙"),
        ("하다", "하여", IRREGULAR, "여 불규칙"),
        ("흐르다", "흘러", IRREGULAR, "르 불규칙"),
        ("모르다", "몰라", IRREGULAR, "르 불규칙"),
        ("따르다", "따라", REGULAR, "ㅡ 탈락"),
        ("쓰다", "써", REGULAR, "ㅡ 탈락"),
        ("살다", "사는", REGULAR, "ㄹ 탈락"),
        ("살다", "삽니다", REGULAR, "ㄹ 탈락"),
        ("보다", "봐", REGULAR, "모음 축약"),
        ("되다", "돼", REGULAR, "모음 축약"),
        ("마시다", "마셔", REGULAR, "모음 축약"),
    ],
)
def test_classify_conjugation(base: str, form: str, kind: str, reason: str) -> None:
    got_kind, got_reason = classify_conjugation(base, form)
    assert got_kind == kind
    assert reason in got_reason


@pytest.mark.parametrize(
    ("base", "form", "message"),
    [
        ("잡", "잡아", "ending in 다"),
        ("다", "다", "ending in 다"),
        ("잡다", "jab", "Hangul"),
        ("잡다", "", "Hangul"),
        ("잡다", "먹어", "different first consonant"),
        ("하얗다", "검은", "does not look like a form"),
        ("아름답다", "아", "does not look like a form"),
    ],
)
def test_classify_conjugation_bad_input(base: str, form: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        classify_conjugation(base, form)


def test_classify_conjugation_types() -> None:
    with pytest.raises(TypeError):
        classify_conjugation("잡다", None)  # type: ignore[arg-type]


PAIRS = [("잡다", "잡아"), ("듣다", "들어"), ("씻다", "씻어"), ("짓다", "지어"), ("살다", "사는")]
ANSWER = {"잡다": "규칙", "듣다": "불규칙", "씻다": "규칙", "짓다": "불규칙", "살다": "규칙"}


def test_conjugation_checker() -> None:
    assert "아직" in check_conjugation_types(None, PAIRS).message
    assert check_conjugation_types(ANSWER, PAIRS)
    wrong = dict(ANSWER, 살다="불규칙")
    result = check_conjugation_types(wrong, PAIRS)
    assert not result and "살다 -> 사는" in result.message and "ㄹ 탈락" in result.message
    assert "답이 없는" in check_conjugation_types({"잡다": "규칙"}, PAIRS).message
    bad_value = check_conjugation_types(dict(ANSWER, 잡다="regular"), PAIRS)
    assert "'규칙' 또는 '불규칙'" in bad_value.message
    assert "딕셔너리" in check_conjugation_types(["규칙"], PAIRS).message  # type: ignore[arg-type]


WORDS = ["policy", "doing", "organization", "have", "going", "love", "lives", "fly", "dies"]


def test_stemmer_disagreement() -> None:
    from nltk.stem import LancasterStemmer, PorterStemmer

    p, lc = PorterStemmer(), LancasterStemmer()
    expected = [w for w in WORDS if p.stem(w) != lc.stem(w)]
    assert expected and len(expected) < len(WORDS)
    assert check_stemmer_disagreement(expected, WORDS)
    assert "순서" in check_stemmer_disagreement(expected[::-1], WORDS).message
    result = check_stemmer_disagreement(expected[1:], WORDS)
    assert not result and "빠진 단어" in result.message and expected[0] in result.message
    same = next(w for w in WORDS if w not in expected)
    assert "결과가 같은 단어" in check_stemmer_disagreement(expected + [same], WORDS).message
    assert "리스트" in check_stemmer_disagreement("policy", WORDS).message
    assert not check_stemmer_disagreement(None, WORDS)


@pytest.mark.skipif("corpora/wordnet" in missing_resources(), reason="course NLTK data not built")
def test_lemmas_with_pos() -> None:
    words = ["dies", "watched", "has", "lives"]
    assert check_lemmas_with_pos(["die", "watch", "have", "live"], words, "v")
    no_pos = check_lemmas_with_pos(["dy", "watched", "ha", "life"], words, "v")
    assert not no_pos and "품사 없이" in no_pos.message
    one_wrong = check_lemmas_with_pos(["die", "watch", "has", "live"], words, "v")
    assert not one_wrong and "has: 'has' 대신 'have'" in one_wrong.message
    assert "4개에 표제어 3개" in check_lemmas_with_pos(["die", "watch", "have"], words, "v").message
    assert "리스트" in check_lemmas_with_pos("die", words, "v").message
    assert not check_lemmas_with_pos(None, words, "v")


NORM_WORDS = ["cats", "cat", "running", "runs", "ran", "universe", "university", "universal", "was", "is"]


def test_normalized_vocabulary_against_nltk() -> None:
    from nltk.stem import PorterStemmer, WordNetLemmatizer

    assert normalized_vocabulary(NORM_WORDS, "porter") == {PorterStemmer().stem(w) for w in NORM_WORDS}
    assert normalized_vocabulary(NORM_WORDS, "lemma_v") == {WordNetLemmatizer().lemmatize(w, "v") for w in NORM_WORDS}
    assert "univers" in normalized_vocabulary(NORM_WORDS, "porter")  # over-stemming merges the three
    with pytest.raises(ValueError):
        normalized_vocabulary(NORM_WORDS, "snowball")


def test_check_normalized_vocab(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_normalized_vocab(None, None, NORM_WORDS) and "아직" in capsys.readouterr().out
    expected = len(normalized_vocabulary(NORM_WORDS, "porter"))
    right = check_normalized_vocab("porter", expected, NORM_WORDS)
    assert right and f"10개에서 {expected}개로" in right.message
    assert "정규화하기 전" in check_normalized_vocab("porter", 10, NORM_WORDS + ["cat"]).message
    assert "토큰 수" in check_normalized_vocab("porter", 11, NORM_WORDS + ["cat"]).message
    assert "다시 재면" in check_normalized_vocab("lancaster", 1, NORM_WORDS).message
    assert "중 하나" in check_normalized_vocab("snowball", 3, NORM_WORDS).message
    assert "정수" in check_normalized_vocab("porter", "3", NORM_WORDS).message
