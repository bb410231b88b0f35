"""Tests of course_utils.corpora.legal and course_utils.lm_data (the shared LM split and units)."""

from __future__ import annotations

import hashlib
import math

import pytest

from course_utils import lm, lm_data
from course_utils.corpora import legal, legal_documents


@pytest.fixture(scope="module")
def corpus() -> lm_data.LMCorpus:
    return lm_data.load_lm_corpus()


# --- corpora.legal -------------------------------------------------------------------------


def test_corpus_sentences_are_clean_and_unique() -> None:
    sentences = legal.corpus_sentences()
    assert len(sentences) == 591
    assert len(set(sentences)) == len(sentences)
    assert sentences[0].startswith("유구한 역사와 전통에 빛나는")
    for s in sentences:
        assert s == " ".join(s.split()), "whitespace must be normalised"
        assert len(s.split(" ")) >= legal.MIN_EOJEOL
        assert "----" not in s, "the old-vs-new comparison tables must be cut"


def test_unwrap_bill_joins_broken_words() -> None:
    raw = (
        "제안이유\n\n  현행법은 정책 결정 과정에 국민 참여의 절차를 "
        "규정하고 있기는 하나 실제 국민 참\n\n"
        "여의 절차는 없음. \n\n- 1 -\n\n주요내용\n\n  가. 법을 고침.\n\n"
        "\x0c신·구조문대비표\n\n현 행"
    )
    text = legal.unwrap_bill(raw)
    assert "국민 참여의 절차는 없음." in text
    assert "구조문대비표" not in text and "- 1 -" not in text
    assert legal.split_sentences(text) == [
        "현행법은 정책 결정 과정에 국민 참여의 절차를 규정하고 있기는 하나 실제 국민 참여의 절차는 없음.",
        "가. 법을 고침.",
    ]


def test_split_sentences_rules() -> None:
    text = "가. 부대의 경비는 정부가 부담으로 함. 참고사항 없음 그리고 끝남.\n2010. 11. 12. 제출된 법안 날짜임"
    assert legal.split_sentences(text) == [
        "가. 부대의 경비는 정부가 부담으로 함.",
        "참고사항 없음 그리고 끝남.",
        "2010. 11. 12. 제출된 법안 날짜임",
    ]
    with pytest.raises(TypeError):
        legal.split_sentences(None)  # type: ignore[arg-type]


def test_constitution_articles() -> None:
    articles = legal_documents.constitution_articles()
    assert [a.number for a in articles] == list(range(1, 131))
    assert articles[0].chapter == "제1장 총강" and articles[0].text.startswith("① 대한민국은 민주공화국이다.")
    assert articles[-1].chapter == "제10장 헌법개정"
    assert len({a.chapter for a in articles}) == 10
    assert len(legal_documents.constitution_articles(include_supplementary=True)) == 136


def test_bill_documents() -> None:
    docs = legal_documents.bill_documents()
    assert len(docs) == 10
    assert all(text.startswith("제안이유") for text in docs.values())
    assert any("육아휴직" in text for text in docs.values())


# --- split --------------------------------------------------------------------------------


def test_split_is_fixed(corpus: lm_data.LMCorpus) -> None:
    assert (len(corpus.train), len(corpus.valid), len(corpus.test)) == (473, 59, 59)
    digest = hashlib.sha256("\n".join(corpus.test).encode("utf-8")).hexdigest()
    assert digest == hashlib.sha256("\n".join(lm_data.load_lm_corpus().test).encode("utf-8")).hexdigest()
    assert not set(corpus.test) & set(corpus.train)
    assert not set(corpus.valid) & set(corpus.train)
    all_sentences = legal.corpus_sentences()
    assert corpus.test == all_sentences[9::10] and corpus.valid == all_sentences[8::10]


def test_split_index() -> None:
    assert [lm_data.split_index(i) for i in (0, 7, 8, 9, 10, 18, 19)] == [
        "train",
        "train",
        "valid",
        "test",
        "train",
        "valid",
        "test",
    ]
    with pytest.raises(ValueError):
        lm_data.split_index(-1)


# --- units --------------------------------------------------------------------------------


def test_tokenize_eojeol_and_char() -> None:
    assert lm_data.tokenize("대한민국은  민주공화국이다.", "eojeol") == [
        "대한민국은",
        "민주공화국이다.",
    ]
    assert lm_data.tokenize("나는 간다", "char") == ["나", "는", " ", "간", "다"]
    assert lm_data.tokenize("", "char") == []


def test_tokenize_morpheme_marks_eojeol_starts() -> None:
    tokens = lm_data.tokenize("대한민국은 민주공화국이다.", "morpheme")
    assert tokens[0].startswith(lm_data.SPACE_MARK)
    assert sum(t.startswith(lm_data.SPACE_MARK) for t in tokens) == 2
    assert lm_data.detokenize(tokens, "morpheme") == "대한민국은 민주공화국이다."


@pytest.mark.parametrize("unit", lm_data.UNITS)
def test_detokenize_restores_every_test_sentence(unit: str, corpus: lm_data.LMCorpus) -> None:
    tokenized = lm_data.tokenize_corpus(corpus.test, unit)
    assert [lm_data.detokenize(t, unit) for t in tokenized] == corpus.test


def test_batched_okt_equals_one_call_per_sentence(corpus: lm_data.LMCorpus) -> None:
    from course_utils.text.korean import get_analyzer

    okt = get_analyzer("okt")
    batched = lm_data.tokenize_corpus(corpus.test[:15], "morpheme")
    for sentence, tokens in zip(corpus.test[:15], batched, strict=True):
        plain = [t.removeprefix(lm_data.SPACE_MARK) for t in tokens]
        assert plain == okt.morphs(sentence)


def test_tokenize_bad_input() -> None:
    with pytest.raises(ValueError, match="unknown unit"):
        lm_data.tokenize("가나", "word")
    with pytest.raises(TypeError):
        lm_data.tokenize(["가나"], "char")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="single str"):
        lm_data.tokenize_corpus("가나다", "char")
    with pytest.raises(ValueError, match="reserved"):
        lm_data.tokenize("▁가나", "morpheme")
    with pytest.raises(TypeError):
        lm_data.detokenize("가나", "char")


# --- per-character convention --------------------------------------------------------------


def test_count_chars_and_bits_per_char(corpus: lm_data.LMCorpus) -> None:
    assert lm_data.count_chars(["가 나", "다"]) == 4 + 2
    n_chars = lm_data.count_chars(corpus.test)
    char_tokens = lm_data.tokenize_corpus(corpus.test, "char")
    assert n_chars == sum(len(t) + 1 for t in char_tokens)  # char model predicts one token per char
    assert lm_data.bits_per_char(math.log(2) * 10, 5) == pytest.approx(2.0)
    assert lm_data.char_perplexity(math.log(2) * 10, 5) == pytest.approx(4.0)
    with pytest.raises(ValueError):
        lm_data.bits_per_char(1.0, 0)
    with pytest.raises(ValueError):
        lm_data.bits_per_char(-1.0, 3)


def test_char_model_bits_per_char_equals_token_entropy(corpus: lm_data.LMCorpus) -> None:
    train = lm_data.tokenize_corpus(corpus.train, "char")
    test = lm_data.tokenize_corpus(corpus.test, "char")
    model = lm.KneserNey(3).fit(train)
    nll, count = model.evaluate(test)
    assert count == lm_data.count_chars(corpus.test)
    assert lm_data.char_perplexity(nll, count) == pytest.approx(model.perplexity(test))


def test_char_speller() -> None:
    speller = lm_data.CharSpeller().fit([["가나", "가"]])
    # seen: 가 x2, 나 x1, end x2 -> denominator 5 + 2 (chars) + 1 (end) + 1 (unseen char) = 9
    assert speller.nll("가") == pytest.approx(-math.log(3 / 9) - math.log(3 / 9))
    assert speller.nll("다") == pytest.approx(-math.log(1 / 9) - math.log(3 / 9))
    with pytest.raises(ValueError):
        lm_data.CharSpeller().fit([[]])
    with pytest.raises(RuntimeError):
        lm_data.CharSpeller().nll("가")


def test_unk_spelling_nll_only_counts_unknown_tokens(corpus: lm_data.LMCorpus) -> None:
    test = lm_data.tokenize_corpus(corpus.test[:5], "eojeol")
    everything = {t for s in test for t in s}
    assert lm_data.unk_spelling_nll(test, everything, "eojeol") == 0.0
    unknown = lm_data.unk_spelling_nll(test, set(), "eojeol")
    spell = lm_data.speller("eojeol")
    assert unknown == pytest.approx(sum(spell.nll(t) for s in test for t in s))
    with pytest.raises(TypeError):
        lm_data.unk_spelling_nll(["가나"], set(), "eojeol")


# --- the corpus parameter (legal = default, help = the LibreOffice help) --------------------


def test_load_lm_corpus_help_is_the_shipped_split() -> None:
    from course_utils.corpora.help import help_texts

    help_split = lm_data.load_lm_corpus("help")
    assert (len(help_split.train), len(help_split.valid), len(help_split.test)) == (10067, 1251, 1249)
    assert help_split.test == help_texts("test")
    assert lm_data.load_lm_corpus() == lm_data.load_lm_corpus("legal")
    with pytest.raises(ValueError, match="unknown corpus"):
        lm_data.load_lm_corpus("news")
    with pytest.raises(ValueError, match="unknown corpus"):
        lm_data.tokenize_corpus(["가나"], "char", corpus="news")


def test_help_morphemes_come_from_the_shipped_file_and_match_okt() -> None:
    from course_utils.corpora.help import help_morphemes
    from course_utils.text.korean import get_analyzer

    test = lm_data.load_lm_corpus("help").test[:20]
    tokens = lm_data.tokenize_corpus(test, "morpheme", corpus="help")
    shipped = help_morphemes()
    okt = get_analyzer("okt")
    for sentence, toks in zip(test, tokens, strict=True):
        assert tuple(toks) == shipped[sentence]
        assert [t.removeprefix(lm_data.SPACE_MARK) for t in toks] == okt.morphs(sentence)
        assert lm_data.detokenize(toks, "morpheme") == sentence
    # a sentence outside every corpus is still analysed (corpus only decides what gets cached)
    assert lm_data.tokenize("셀 서식을 바꿉니다", "morpheme", corpus="help")[0] == lm_data.SPACE_MARK + "셀"


@pytest.mark.parametrize("unit", ["eojeol", "char"])
def test_speller_is_fitted_on_the_corpus_it_serves(unit: str) -> None:
    legal_speller, help_speller = lm_data.speller(unit), lm_data.speller(unit, "help")
    assert lm_data.speller(unit, "legal") is legal_speller
    train = lm_data.tokenize_corpus(lm_data.load_lm_corpus("help").train, unit, corpus="help")
    reference = lm_data.CharSpeller().fit(train)
    assert help_speller.counts == reference.counts and help_speller.n_tokens == reference.n_tokens
    assert help_speller.counts != legal_speller.counts
    tokens = [["셀", "서식을", "Calc"]] if unit == "eojeol" else [list("셀 서식을 Calc")]
    spelled = lm_data.unk_spelling_nll(tokens, set(), unit, corpus="help")
    assert spelled == pytest.approx(sum(reference.nll(t) for t in tokens[0]))
    assert spelled != pytest.approx(lm_data.unk_spelling_nll(tokens, set(), unit))  # legal speller differs
