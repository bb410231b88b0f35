"""Word tokenizers of 02-01: whitespace, eojeol (어절) and NLTK's three English tokenizers.

Every function takes one ``str`` and returns a ``list[str]``; bad input raises ``TypeError``.
NLTK is imported inside the functions, and only :func:`word_tokenize` needs NLTK data
(the punkt_tab sentence model, built offline by ``python scripts/build_nltk_data.py``).

Example::

    >>> wordpunct_tokenize("Don't")
    ['Don', "'", 't']
    >>> treebank_tokenize("Don't")
    ['Do', "n't"]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from course_utils.text.sentences import split_english_sentences
from course_utils.validation import check_str

Tokenizer = Callable[[str], list[str]]

__all__ = [
    "ENGLISH_TOKENIZERS",
    "Tokenizer",
    "compare_tokenizers",
    "eojeol_tokenize",
    "split_english_sentences",
    "treebank_tokenize",
    "whitespace_tokenize",
    "word_tokenize",
    "wordpunct_tokenize",
]


_TEXT_HINT = "pass one sentence or document as a string (join a list of strings with ' '.join(...) first)"


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def _strip_punctuation(token: str) -> str:
    start, end = 0, len(token)
    while start < end and _is_punctuation(token[start]):
        start += 1
    while end > start and _is_punctuation(token[end - 1]):
        end -= 1
    return token[start:end]


def whitespace_tokenize(text: str, *, strip_punctuation: bool = False) -> list[str]:
    """Split ``text`` on runs of whitespace (``str.split()``).

    With ``strip_punctuation=True`` the Unicode punctuation (categories ``P*``) at both ends of
    each token is removed and tokens that become empty are dropped; punctuation inside a token
    (``home-based``, ``Don't``) stays.

    >>> whitespace_tokenize("Time is an illusion. Lunchtime double so!", strip_punctuation=True)
    ['Time', 'is', 'an', 'illusion', 'Lunchtime', 'double', 'so']
    """
    tokens = check_str(text, "text", _TEXT_HINT).split()
    if not strip_punctuation:
        return tokens
    stripped = (_strip_punctuation(token) for token in tokens)
    return [token for token in stripped if token]


def eojeol_tokenize(text: str, *, strip_punctuation: bool = False) -> list[str]:
    """Split Korean ``text`` into eojeols (어절): the units between spaces.

    An eojeol is a word plus whatever is glued to it (조사, 어미), e.g. ``'그에게'`` is one
    eojeol made of the noun ``'그'`` and the particle ``'에게'``; that is why eojeol tokens are a
    poor vocabulary for Korean and morpheme analyzers are used instead. The text is first put in
    Unicode NFC form so that Hangul typed on different systems gives the same eojeols.
    ``strip_punctuation`` works as in :func:`whitespace_tokenize`.

    >>> eojeol_tokenize("그가 그에게 말했다.")
    ['그가', '그에게', '말했다.']
    """
    text = unicodedata.normalize("NFC", check_str(text, "text", _TEXT_HINT))
    return whitespace_tokenize(text, strip_punctuation=strip_punctuation)


def word_tokenize(text: str, *, preserve_line: bool = False) -> list[str]:
    """NLTK's ``word_tokenize`` for English: punkt sentence split, then improved Treebank rules.

    Contractions and possessives are split before the apostrophe (``Don't`` -> ``Do``, ``n't``;
    ``Jone's`` -> ``Jone``, ``'s``). With ``preserve_line=True`` the text is not split into
    sentences first (no NLTK data is needed then).
    """
    check_str(text, "text", _TEXT_HINT)
    from nltk.tokenize import word_tokenize as nltk_word_tokenize

    if not preserve_line:
        from course_utils.setup.nltk_data import use_course_nltk_data

        use_course_nltk_data()
    return list(nltk_word_tokenize(text, language="english", preserve_line=preserve_line))


def treebank_tokenize(text: str) -> list[str]:
    """Penn Treebank tokenization (NLTK ``TreebankWordTokenizer``), rule based, no data needed.

    Rule 1: words joined by hyphens stay one token (``home-based``).
    Rule 2: clitics after an apostrophe are split off (``doesn't`` -> ``does``, ``n't``).
    Only the period at the very end of the input is split off: ``ideal.`` in the middle stays.
    """
    check_str(text, "text", _TEXT_HINT)
    from nltk.tokenize import TreebankWordTokenizer

    return list(TreebankWordTokenizer().tokenize(text))


def wordpunct_tokenize(text: str) -> list[str]:
    """NLTK ``WordPunctTokenizer``: regex ``\\w+|[^\\w\\s]+``, so every punctuation run is a token.

    ``Don't`` -> ``Don``, ``'``, ``t`` and ``Jone's`` -> ``Jone``, ``'``, ``s``.
    """
    check_str(text, "text", _TEXT_HINT)
    from nltk.tokenize import WordPunctTokenizer

    return list(WordPunctTokenizer().tokenize(text))


ENGLISH_TOKENIZERS: dict[str, Tokenizer] = {
    "whitespace": whitespace_tokenize,
    "word_tokenize": word_tokenize,
    "treebank": treebank_tokenize,
    "wordpunct": wordpunct_tokenize,
}


def _resolve_tokenizers(
    tokenizers: Sequence[str] | Mapping[str, Tokenizer] | None,
) -> dict[str, Tokenizer]:
    if tokenizers is None:
        return dict(ENGLISH_TOKENIZERS)
    if isinstance(tokenizers, str):
        raise TypeError(
            f"tokenizers must be a list of names or a dict name -> function, got the str "
            f"{tokenizers!r}; write [{tokenizers!r}]"
        )
    if isinstance(tokenizers, Mapping):
        resolved = dict(tokenizers)
    else:
        try:
            names = list(tokenizers)
        except TypeError:
            raise TypeError(
                f"tokenizers must be None, a list of names or a dict name -> function, got {type(tokenizers).__name__}"
            ) from None
        unknown = [n for n in names if n not in ENGLISH_TOKENIZERS]
        if unknown:
            raise ValueError(f"unknown tokenizer(s) {unknown}; choose from {sorted(ENGLISH_TOKENIZERS)}")
        resolved = {name: ENGLISH_TOKENIZERS[name] for name in names}
    if not resolved:
        raise ValueError("tokenizers is empty; pass at least one tokenizer")
    for name, function in resolved.items():
        if not isinstance(name, str) or not callable(function):
            raise TypeError(f"tokenizers must map a str name to a function, got {name!r}: {function!r}")
    return resolved


def compare_tokenizers(
    sentence: str,
    tokenizers: Sequence[str] | Mapping[str, Tokenizer] | None = None,
    *,
    as_frame: bool = True,
) -> Any:
    """Tokenize one sentence with several tokenizers and put the results side by side.

    Args:
        sentence: the text to tokenize.
        tokenizers: ``None`` for all of :data:`ENGLISH_TOKENIZERS`, a list of their names, or a
            dict ``name -> function(str) -> list[str]`` (your own tokenizers included).
        as_frame: return a pandas ``DataFrame`` (index ``tokenizer``, columns ``n_tokens`` and
            ``tokens``); ``False`` returns a plain ``dict`` ``name -> tokens``.
    """
    check_str(sentence, "sentence", _TEXT_HINT)
    results: dict[str, list[str]] = {}
    for name, function in _resolve_tokenizers(tokenizers).items():
        tokens = function(sentence)
        if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
            raise TypeError(f"tokenizer {name!r} must return a list of str, got {tokens!r:.80}")
        results[name] = tokens
    if not as_frame:
        return results
    import pandas as pd

    frame = pd.DataFrame(
        {"n_tokens": [len(t) for t in results.values()], "tokens": list(results.values())},
        index=pd.Index(list(results), name="tokenizer"),
    )
    return frame
