"""Tests of course_utils.text.tokenize, sentences.split_english_sentences and text.pos."""

from __future__ import annotations

import pandas as pd
import pytest
from nltk.tokenize import TreebankWordTokenizer, WordPunctTokenizer
from nltk.tokenize import word_tokenize as nltk_word_tokenize

from course_utils.text.pos import PENN_TAGS, pos_tag_english
from course_utils.text.sentences import split_english_sentences
from course_utils.text.tokenize import (
    ENGLISH_TOKENIZERS,
    compare_tokenizers,
    eojeol_tokenize,
    treebank_tokenize,
    whitespace_tokenize,
    word_tokenize,
    wordpunct_tokenize,
)

JONE = "Don't be fooled by the dark sounding name, Mr. Jone's Orphanage is as cheery as cheery goes for a pastry shop."
HOME = "Starting a home-based restaurant may be an ideal. it doesn't have a food chain or restaurant of their own."
SENTENCES = [
    JONE,
    HOME,
    "He paid $45.55 on 01/02/06 for 123,456,789 m.p.h. of rock 'n' roll in New York.",
    "Mail me at alice@example.com or ping 192.168.56.31, then we'll talk.",
    "",
]


# --- seed examples ------------------------------------------------------------------------


def test_word_tokenize_splits_contractions_like_the_seed() -> None:
    tokens = word_tokenize(JONE)
    assert tokens[:2] == ["Do", "n't"]
    i = tokens.index("Jone")
    assert tokens[i : i + 2] == ["Jone", "'s"]
    assert "Mr." in tokens


def test_wordpunct_splits_at_every_apostrophe_like_the_seed() -> None:
    tokens = wordpunct_tokenize(JONE)
    assert tokens[:3] == ["Don", "'", "t"]
    i = tokens.index("Jone")
    assert tokens[i : i + 3] == ["Jone", "'", "s"]


def test_treebank_on_home_based_gives_the_seed_list() -> None:
    assert treebank_tokenize(HOME) == [
        "Starting", "a", "home-based", "restaurant", "may", "be", "an", "ideal.", "it", "does",
        "n't", "have", "a", "food", "chain", "or", "restaurant", "of", "their", "own", ".",
    ]  # fmt: skip


def test_whitespace_tokenize_with_punctuation_stripped_gives_the_seed_example() -> None:
    text = "Time is an illusion. Lunchtime double so!"
    assert whitespace_tokenize(text) == ["Time", "is", "an", "illusion.", "Lunchtime", "double", "so!"]
    assert whitespace_tokenize(text, strip_punctuation=True) == [
        "Time", "is", "an", "illusion", "Lunchtime", "double", "so",
    ]  # fmt: skip


def test_strip_punctuation_keeps_inner_punctuation_and_drops_empty_tokens() -> None:
    assert whitespace_tokenize("'home-based' -- Don't !", strip_punctuation=True) == ["home-based", "Don't"]


# --- agreement with NLTK's own classes -----------------------------------------------------


@pytest.mark.parametrize("sentence", SENTENCES, ids=["jone", "home", "special", "mail_ip", "empty"])
def test_wrappers_agree_with_nltk_classes(sentence: str) -> None:
    assert treebank_tokenize(sentence) == TreebankWordTokenizer().tokenize(sentence)
    assert wordpunct_tokenize(sentence) == WordPunctTokenizer().tokenize(sentence)
    assert word_tokenize(sentence) == nltk_word_tokenize(sentence)
    assert word_tokenize(sentence, preserve_line=True) == nltk_word_tokenize(sentence, preserve_line=True)


# --- Korean eojeol ------------------------------------------------------------------------


def test_eojeol_tokenize_splits_on_spaces_and_normalizes_to_nfc() -> None:
    import unicodedata

    text = "그가 그에게 그를 만났다."
    assert eojeol_tokenize(text) == ["그가", "그에게", "그를", "만났다."]
    assert eojeol_tokenize(text, strip_punctuation=True)[-1] == "만났다"
    nfd = unicodedata.normalize("NFD", text)
    assert eojeol_tokenize(nfd) == eojeol_tokenize(text)
    assert eojeol_tokenize("  \n ") == []


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "function",
    [whitespace_tokenize, eojeol_tokenize, word_tokenize, treebank_tokenize, wordpunct_tokenize],
)
@pytest.mark.parametrize("bad", [None, 3, ["a", "b"], b"bytes"])
def test_tokenizers_reject_non_str(function, bad) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        function(bad)


def test_empty_text_gives_no_tokens() -> None:
    for function in ENGLISH_TOKENIZERS.values():
        assert function("") == []


# --- compare_tokenizers --------------------------------------------------------------------


def test_compare_tokenizers_frame_and_dict() -> None:
    frame = compare_tokenizers(JONE)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.index) == list(ENGLISH_TOKENIZERS)
    assert frame.index.name == "tokenizer"
    assert list(frame.columns) == ["n_tokens", "tokens"]
    assert frame.loc["wordpunct", "tokens"] == wordpunct_tokenize(JONE)
    assert frame.loc["wordpunct", "n_tokens"] == len(wordpunct_tokenize(JONE))
    plain = compare_tokenizers(JONE, ["treebank", "wordpunct"], as_frame=False)
    assert plain == {"treebank": treebank_tokenize(JONE), "wordpunct": wordpunct_tokenize(JONE)}


def test_compare_tokenizers_accepts_own_functions() -> None:
    result = compare_tokenizers("a-b c", {"mine": lambda s: s.split("-")}, as_frame=False)
    assert result == {"mine": ["a", "b c"]}


@pytest.mark.parametrize(
    ("tokenizers", "error", "match"),
    [
        ("treebank", TypeError, "list of names"),
        (["treebank", "spacy"], ValueError, "unknown tokenizer"),
        ([], ValueError, "empty"),
        ({"x": 3}, TypeError, "function"),
        (42, TypeError, "got int"),
        ({"bad": lambda s: s}, TypeError, "must return a list of str"),
    ],
)
def test_compare_tokenizers_rejects_bad_tokenizers(tokenizers, error, match) -> None:
    with pytest.raises(error, match=match):
        compare_tokenizers("a b", tokenizers)


def test_compare_tokenizers_rejects_non_str_sentence() -> None:
    with pytest.raises(TypeError, match="sentence must be a str"):
        compare_tokenizers(None)


# --- English sentences ----------------------------------------------------------------------


def test_split_english_sentences_keeps_abbreviations_and_ips() -> None:
    from nltk.tokenize import sent_tokenize

    text = (
        "IP 192.168.56.31 serves the site. Mail a.lee@example.com for access. "
        "Mr. Kim has a Ph.D. in physics. Is that clear?"
    )
    sentences = split_english_sentences(text)
    assert sentences == sent_tokenize(text)
    assert len(sentences) == 4
    assert sentences[0] == "IP 192.168.56.31 serves the site."
    assert split_english_sentences("  ") == []
    with pytest.raises(TypeError):
        split_english_sentences(None)


# --- POS ------------------------------------------------------------------------------------


def test_pos_tag_english_agrees_with_nltk() -> None:
    import nltk

    tokens = word_tokenize("I am actively looking for Ph.D. students. and you are a Ph.D. student.")
    tagged = pos_tag_english(tokens)
    assert tagged == nltk.pos_tag(tokens)
    assert ("students", "NNS") in tagged
    assert pos_tag_english([]) == []
    assert {"NN", "VB", "JJ", "PRP"} <= set(PENN_TAGS)


@pytest.mark.parametrize("bad", [None, "a sentence", ["ok", 3]])
def test_pos_tag_english_rejects_bad_tokens(bad) -> None:
    with pytest.raises(TypeError):
        pos_tag_english(bad)
