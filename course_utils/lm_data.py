"""The course's language-model corpora: fixed train/valid/test splits and three token units.

Every language model of the course (n-gram in 03-01, NNLM in 07, RNNLM and char-RNN in 08) is
trained on ``train``, tuned on ``valid`` and reported on ``test`` of :func:`load_lm_corpus`, so
their numbers can sit in one table. Two corpora (:data:`LM_CORPORA`): ``"legal"`` (the default,
small: 591 sentences) and ``"help"`` (the LibreOffice Korean help, about 12,600 paragraphs).

The split of ``"help"``
    Its paragraphs are the sentences, split as the shipped corpus says
    (:func:`course_utils.corpora.help.help_texts`: grouped by page and near-duplicates, 80/10/10).

The split of ``"legal"``
    The sentences are :func:`course_utils.corpora.legal.corpus_sentences` (KoNLPy's constitution
    and ten bills, cleaned and de-duplicated; 591 sentences). Sentence ``i`` (0-based, corpus order)
    goes to ``valid`` when ``i % 10 == 8``, to ``test`` when ``i % 10 == 9`` and to ``train``
    otherwise: about 80/10/10, deterministic, no random generator involved, and both the
    constitution and the bills appear in every part. No test sentence occurs verbatim in train.

Units (:func:`tokenize`)
    ``"eojeol"``: split on spaces (어절). ``"morpheme"``: Okt morphemes, where a morpheme that
    starts an eojeol carries the prefix ``"▁"`` (``"▁대한민국", "은"``), so the spaces survive and
    :func:`detokenize` restores the sentence exactly. ``"char"``: characters, the space included.

Per-character convention (:func:`count_chars`)
    A test set has ``sum(len(s) + 1 for s in sentences)`` characters: every character of every
    sentence (single spaces between eojeol included) plus one for the end of each sentence, which
    every model predicts as ``</s>`` (a char model's ``</s>`` is the newline). Bits per character is
    ``NLL / ln 2 / chars`` and per-character perplexity ``exp(NLL / chars)``, where ``NLL`` is the
    model's total negative natural-log likelihood of the test sentences, ``</s>`` included. For the
    char unit the number of predicted tokens equals the number of characters.

Unknown tokens and per-character numbers (:func:`unk_spelling_nll`)
    A model that reads rare and unseen tokens as ``<unk>`` only pays ``-log P(<unk> | h)`` for them,
    which is cheap when ``<unk>`` is frequent: with a third of test eojeol unseen, an eojeol model
    would look better per character than it is. For the per-character column the course therefore
    adds, for every test token outside the model's vocabulary, the cost of spelling it out:
    ``-log P_spell(token)`` under a character unigram model with add-one smoothing, fitted on the
    training tokens of the same unit and the same corpus (``corpus=``; ``P_spell(c_1 .. c_m) =
    P(c_1) ... P(c_m) P(end)``; one extra symbol stands for any character never seen in training).
    The token perplexity is reported as it is, with ``<unk>`` as a token.

Morphemes and ``corpus=``
    Okt is slow to start and fast per batch, so the first morpheme request for a corpus fills a
    per-process cache for all of it: ``"legal"`` analyses every legal sentence in one Okt call,
    ``"help"`` reads the shipped Okt output (``data/help_ko_morphemes.tsv.gz``, no Java needed).
    ``corpus=None`` analyses only the sentences asked for. Any sentence missing from the cache is
    analysed by Okt, so ``corpus`` changes speed, never the tokens.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from typing import NamedTuple

from course_utils.corpora.legal import corpus_sentences

#: The corpora :func:`load_lm_corpus` knows.
LM_CORPORA = ("legal", "help")
#: The token units :func:`tokenize` knows.
UNITS = ("eojeol", "morpheme", "char")
#: Marks a morpheme that starts an eojeol (U+2581, as in SentencePiece).
SPACE_MARK = "▁"
#: Vocabulary rule for every LM of the course: a training token seen fewer times becomes ``<unk>``.
VOCAB_MIN_COUNT = 2

_MORPHEME_CACHE: dict[str, tuple[str, ...]] = {}
_WARMED: set[str] = set()  # corpora whose morphemes are all in _MORPHEME_CACHE
_SPELLERS: dict[tuple[str, str], CharSpeller] = {}


class LMCorpus(NamedTuple):
    """Sentences (``str``) of the three parts of the split."""

    train: list[str]
    valid: list[str]
    test: list[str]


def split_index(i: int) -> str:
    """Part of sentence ``i``: ``"valid"`` if ``i % 10 == 8``, ``"test"`` if 9, else ``"train"``."""
    if isinstance(i, bool) or not isinstance(i, int) or i < 0:
        raise ValueError(f"i must be a non-negative int index, got {i!r}")
    return {8: "valid", 9: "test"}.get(i % 10, "train")


def _check_corpus(corpus: object, *, allow_none: bool = False) -> str | None:
    if corpus is None and allow_none:
        return None
    if corpus not in LM_CORPORA:
        raise ValueError(f"unknown corpus {corpus!r}; choose one of {list(LM_CORPORA)}")
    return str(corpus)


def load_lm_corpus(corpus: str = "legal") -> LMCorpus:
    """The course's fixed split of ``corpus``: ``"legal"`` (default) or ``"help"`` (see the module)."""
    if _check_corpus(corpus) == "help":
        from course_utils.corpora.help import help_texts

        return LMCorpus(help_texts("train"), help_texts("valid"), help_texts("test"))
    parts: dict[str, list[str]] = {"train": [], "valid": [], "test": []}
    for i, sentence in enumerate(corpus_sentences()):
        parts[split_index(i)].append(sentence)
    return LMCorpus(parts["train"], parts["valid"], parts["test"])


def _check_unit(unit: object) -> str:
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; choose one of {list(UNITS)}")
    return str(unit)


def _check_sentence(sentence: object) -> str:
    if not isinstance(sentence, str):
        raise TypeError(f"sentence must be a str, got {type(sentence).__name__}")
    if SPACE_MARK in sentence:
        raise ValueError(f"sentence contains the reserved space mark {SPACE_MARK!r}")
    return " ".join(sentence.split())


def _mark_spaces(sentence: str, morphemes: Sequence[str]) -> tuple[str, ...]:
    """Prefix ``SPACE_MARK`` to morphemes that start an eojeol of ``sentence``."""
    marked, pos = [], 0
    for m in morphemes:
        starts_eojeol = pos == 0 or sentence[pos] == " "
        while pos < len(sentence) and sentence[pos] == " ":
            pos += 1
        if sentence[pos : pos + len(m)] != m:
            raise ValueError(f"Okt morpheme {m!r} does not match the sentence at position {pos}: {sentence!r}")
        marked.append(SPACE_MARK + m if starts_eojeol else m)
        pos += len(m)
    if sentence[pos:].strip():
        raise ValueError(f"Okt dropped the end of the sentence {sentence[pos:]!r}")
    return tuple(marked)


def _okt_morphemes(sentences: Sequence[str], corpus: str | None = "legal") -> None:
    """Fill the cache for ``sentences`` with one Okt call (the sentences joined by newlines).

    The first call for ``corpus`` also caches all of that corpus (see the module).
    """
    todo = {s for s in sentences if s not in _MORPHEME_CACHE}
    if not todo:
        return
    if corpus == "help" and corpus not in _WARMED:
        from course_utils.corpora.help import help_morphemes

        _MORPHEME_CACHE.update(help_morphemes())
        _WARMED.add(corpus)
        todo = {s for s in todo if s not in _MORPHEME_CACHE}
        if not todo:
            return
    if corpus == "legal" and corpus not in _WARMED:  # analyse the whole corpus at once (one Okt call)
        todo |= {s for s in corpus_sentences() if s not in _MORPHEME_CACHE}
        _WARMED.add(corpus)
    todo = sorted(todo)
    from course_utils.text.korean import get_analyzer

    okt = get_analyzer("okt")
    groups: list[list[str]] = [[]]
    for m in okt.morphs("\n".join(todo)):
        if m == "\n":
            groups.append([])
        else:
            groups[-1].append(m)
    if len(groups) != len(todo):  # Okt did not keep the newlines: analyse one by one
        groups = [okt.morphs(s) for s in todo]
    for sentence, morphemes in zip(todo, groups, strict=True):
        _MORPHEME_CACHE[sentence] = _mark_spaces(sentence, morphemes)


def tokenize(sentence: str, unit: str, *, corpus: str | None = "legal") -> list[str]:
    """Tokens of one sentence in ``unit``: ``"eojeol"``, ``"morpheme"`` or ``"char"`` (see above).

    Whitespace is normalised to single spaces first. Morphemes are cached per process; ``corpus``
    names the corpus whose morphemes to cache on first use (see the module; it never changes
    the tokens).
    """
    unit = _check_unit(unit)
    corpus = _check_corpus(corpus, allow_none=True)
    text = _check_sentence(sentence)
    if not text:
        return []
    if unit == "eojeol":
        return text.split(" ")
    if unit == "char":
        return list(text)
    _okt_morphemes([text], corpus)
    return list(_MORPHEME_CACHE[text])


def tokenize_corpus(sentences: Iterable[str], unit: str, *, corpus: str | None = "legal") -> list[list[str]]:
    """:func:`tokenize` for many sentences (Okt runs once for all uncached sentences).

    Pass ``corpus="help"`` for the help corpus: its morphemes then come from the shipped file.
    """
    unit = _check_unit(unit)
    corpus = _check_corpus(corpus, allow_none=True)
    if isinstance(sentences, str):
        raise TypeError("sentences must be a list of str, got a single str")
    texts = [_check_sentence(s) for s in sentences]
    if unit == "morpheme":
        _okt_morphemes([t for t in texts if t], corpus)
    return [tokenize(t, unit, corpus=corpus) for t in texts]


def detokenize(tokens: Sequence[str], unit: str) -> str:
    """Inverse of :func:`tokenize`: ``detokenize(tokenize(s, unit), unit) == s``.

    (``s`` with its whitespace normalised.)
    """
    unit = _check_unit(unit)
    if isinstance(tokens, str):
        raise TypeError("tokens must be a list of str, got a single str")
    items = list(tokens)
    if not all(isinstance(t, str) for t in items):
        raise TypeError("tokens must all be str")
    if unit == "eojeol":
        return " ".join(items)
    if unit == "char":
        return "".join(items)
    return "".join(items).replace(SPACE_MARK, " ").strip()


def count_chars(sentences: Iterable[str]) -> int:
    """Characters of a test set by the course's convention: ``sum(len(s) + 1)`` (+1: ``</s>``)."""
    if isinstance(sentences, str):
        raise TypeError("sentences must be a list of str, got a single str")
    total = 0
    for s in sentences:
        total += len(_check_sentence(s)) + 1
    return total


def bits_per_char(nll: float, n_chars: int) -> float:
    """``nll / ln(2) / n_chars``: a total natural-log NLL expressed in bits per character."""
    if isinstance(n_chars, bool) or not isinstance(n_chars, int) or n_chars < 1:
        raise ValueError(f"n_chars must be a positive int, got {n_chars!r}")
    if not isinstance(nll, (int, float)) or nll < 0 or math.isnan(nll):
        raise ValueError(f"nll must be a non-negative number (a sum of -log p), got {nll!r}")
    return nll / math.log(2) / n_chars


def char_perplexity(nll: float, n_chars: int) -> float:
    """``exp(nll / n_chars)``: the per-character perplexity (``2 ** bits_per_char``)."""
    return 2.0 ** bits_per_char(nll, n_chars)


class CharSpeller:
    """Character unigram model of token spellings, with add-one smoothing.

    ``P(c) = (count(c) + 1) / (total + C + 1)`` over the ``C`` symbols seen in training (the
    characters and the end-of-token mark), plus one shared symbol for unseen characters.
    ``nll(token) = -sum_i log P(c_i) - log P(end)``.
    """

    def __init__(self) -> None:
        self.counts: Counter[str] | None = None

    def fit(self, sentences: Iterable[Sequence[str]]) -> CharSpeller:
        """Count the characters of every token of ``sentences`` and one end mark per token."""
        counts: Counter[str] = Counter()
        n_tokens = 0
        for sent in sentences:
            if isinstance(sent, str):
                raise TypeError("sentences must be lists of tokens, got a str")
            for token in sent:
                counts.update(token)
                n_tokens += 1
        if n_tokens == 0:
            raise ValueError("no tokens to fit the speller on; pass tokenized training sentences")
        self.counts = counts
        self.n_tokens = n_tokens
        self._denominator = sum(counts.values()) + n_tokens + len(counts) + 1 + 1
        return self

    def nll(self, token: str) -> float:
        """``-log P_spell(token)`` in nats."""
        if self.counts is None:
            raise RuntimeError("CharSpeller is not fitted; call .fit(train_tokens) first")
        if not isinstance(token, str) or not token:
            raise ValueError(f"token must be a non-empty str, got {token!r}")
        log_denominator = math.log(self._denominator)
        total = -math.log(self.n_tokens + 1) + log_denominator
        for ch in token:
            total += log_denominator - math.log(self.counts.get(ch, 0) + 1)
        return total


def speller(unit: str, corpus: str = "legal") -> CharSpeller:
    """The :class:`CharSpeller` of ``unit``, fitted on the training split of ``corpus`` (cached per process)."""
    unit = _check_unit(unit)
    corpus = str(_check_corpus(corpus))
    if (corpus, unit) not in _SPELLERS:
        train = tokenize_corpus(load_lm_corpus(corpus).train, unit, corpus=corpus)
        _SPELLERS[(corpus, unit)] = CharSpeller().fit(train)
    return _SPELLERS[(corpus, unit)]


def unk_spelling_nll(
    sentences: Iterable[Sequence[str]], vocabulary: Container[str], unit: str, corpus: str = "legal"
) -> float:
    """Summed spelling cost ``-log P_spell(t)`` of the tokens not in ``vocabulary``.

    The speller is fitted on the training split of ``corpus``: pass the corpus whose test set
    ``sentences`` are (``"legal"`` or ``"help"``). Add the result to a model's test NLL before
    :func:`bits_per_char` (see the note on unknown tokens).
    """
    spell = speller(unit, corpus)
    total = 0.0
    for sent in sentences:
        if isinstance(sent, str):
            raise TypeError("sentences must be lists of tokens (tokenize_corpus(...)), got a str")
        for token in sent:
            if token not in vocabulary:
                total += spell.nll(token)
    return total
