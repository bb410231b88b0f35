"""Part-of-speech (POS) tagging of 02-01: English with NLTK, Korean with KoNLPy's four analyzers.

``pos_tag_english`` wraps ``nltk.pos_tag`` (Penn Treebank tags, see :data:`PENN_TAGS`); NLTK is
imported inside the function. Korean analyzers are built with KoNLPy's own classes in 02-01 (and
through :func:`course_utils.text.korean.get_analyzer` by the exercise checkers).
"""

from __future__ import annotations

from collections.abc import Sequence

#: The Penn Treebank tags that appear most in everyday English, with a Korean gloss.
PENN_TAGS: dict[str, str] = {
    "CC": "등위 접속사 (coordinating conjunction: and, or)",
    "CD": "기수 (cardinal number: 3, three)",
    "DT": "한정사 (determiner: the, a)",
    "IN": "전치사·종속 접속사 (preposition: in, of, because)",
    "JJ": "형용사 (adjective)",
    "MD": "조동사 (modal: can, may)",
    "NN": "명사 단수 (noun, singular)",
    "NNS": "명사 복수 (noun, plural)",
    "NNP": "고유 명사 단수 (proper noun, singular)",
    "NNPS": "고유 명사 복수 (proper noun, plural)",
    "PRP": "인칭 대명사 (personal pronoun: I, you)",
    "PRP$": "소유 대명사 (possessive pronoun: my, your)",
    "RB": "부사 (adverb)",
    "RP": "불변화사 (particle: up, off)",
    "TO": "to",
    "VB": "동사 원형 (verb, base form)",
    "VBD": "동사 과거형 (verb, past tense)",
    "VBG": "동명사·현재 분사 (verb, -ing)",
    "VBN": "과거 분사 (verb, past participle)",
    "VBP": "동사 현재형, 3인칭 단수 아님 (verb, present: want)",
    "VBZ": "동사 현재형, 3인칭 단수 (verb, present: wants)",
    "WDT": "wh-한정사 (which, that)",
    "WP": "wh-대명사 (who, what)",
    "WRB": "wh-부사 (how, when)",
}


def pos_tag_english(tokens: Sequence[str]) -> list[tuple[str, str]]:
    """Tag English tokens with NLTK's averaged perceptron tagger (Penn Treebank tag set).

    Pass tokens, not a string (e.g. the output of ``word_tokenize``); the tagger looks at each
    token and its neighbours. The tagger data is built offline by ``python scripts/build_nltk_data.py``.
    """
    if isinstance(tokens, str) or tokens is None:
        raise TypeError(
            f"tokens must be a list of str, got {type(tokens).__name__}; "
            "tokenize first, e.g. pos_tag_english(word_tokenize(text))"
        )
    tokens = list(tokens)
    bad = [(i, t) for i, t in enumerate(tokens) if not isinstance(t, str)]
    if bad:
        i, t = bad[0]
        raise TypeError(f"tokens[{i}] must be a str, got {type(t).__name__}: {t!r}")
    if not tokens:
        return []
    import nltk

    from course_utils.setup.nltk_data import use_course_nltk_data

    use_course_nltk_data()
    return [(word, tag) for word, tag in nltk.pos_tag(tokens, lang="eng")]
