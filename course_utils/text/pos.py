"""Part-of-speech (POS) tagging of 02-01: English with NLTK, Korean with KoNLPy's four analyzers.

``pos_tag_english`` wraps ``nltk.pos_tag`` (Penn Treebank tags, see :data:`PENN_TAGS`);
``compare_korean_pos`` runs Okt, Kkma, Komoran and Hannanum on one sentence and returns their
analyses and timings in one table. NLTK, KoNLPy and pandas are imported inside the functions.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from course_utils.text.korean import ANALYZERS, get_analyzer

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
    token and its neighbours. The tagger data is built offline by ``python -m course_utils.nltk_setup``.
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

    from course_utils.nltk_setup import use_course_nltk_data

    use_course_nltk_data()
    return [(word, tag) for word, tag in nltk.pos_tag(tokens, lang="eng")]


def compare_korean_pos(
    sentence: str,
    analyzers: Sequence[str] = tuple(ANALYZERS),
    *,
    repeat: int = 3,
    digits: int = 1,
) -> Any:
    """Run several KoNLPy analyzers on one sentence; return analyses and speed in a DataFrame.

    Each analyzer is called once untimed (the first call loads its dictionaries and, for the
    first analyzer of the process, starts the JVM), then ``repeat`` times under a timer;
    ``ms`` is the mean time of one call in milliseconds, rounded to ``digits`` decimals. Times
    depend on the machine, so show them in a cell whose output is not compared and check the
    analyses (``pos``) separately.

    Returns:
        ``pandas.DataFrame`` indexed by analyzer name with columns ``n_morphs``, ``pos`` (list of
        ``(morpheme, tag)``) and ``ms``.
    """
    if not isinstance(sentence, str):
        raise TypeError(f"sentence must be a str, got {type(sentence).__name__}")
    if not sentence.strip():
        raise ValueError("sentence is empty; pass a Korean sentence to analyze")
    if isinstance(analyzers, str):
        raise TypeError(f"analyzers must be a list of names, got the str {analyzers!r}; write [{analyzers!r}]")
    names = [str(name).lower() for name in analyzers]
    unknown = [name for name in names if name not in ANALYZERS]
    if unknown or not names:
        raise ValueError(f"unknown or no analyzer(s) {unknown}; choose from {list(ANALYZERS)}")
    if isinstance(repeat, bool) or not isinstance(repeat, int) or repeat < 1:
        raise ValueError(f"repeat must be a positive int, got {repeat!r}")
    if isinstance(digits, bool) or not isinstance(digits, int) or digits < 0:
        raise ValueError(f"digits must be a non-negative int, got {digits!r}")

    rows = []
    for name in names:
        analyzer = get_analyzer(name)
        tagged = analyzer.pos(sentence)  # warm-up: loads the dictionaries
        start = time.perf_counter()
        for _ in range(repeat):
            analyzer.pos(sentence)
        ms = (time.perf_counter() - start) / repeat * 1000
        rows.append({"analyzer": name, "n_morphs": len(tagged), "pos": tagged, "ms": round(ms, digits)})
    import pandas as pd

    return pd.DataFrame(rows).set_index("analyzer")
