"""Integer encoding: Keras 2's text ``Tokenizer`` (``tf.keras.preprocessing.text.Tokenizer``).

Pure Python/NumPy (no TensorFlow import), with the arguments, defaults and outputs of the Keras
version. Where Keras stays silent or fails with a cryptic message on bad input, this one raises a
``TypeError``/``ValueError`` that says what was wrong and what to pass. The loops that matter for
speed on large corpora live in :mod:`course_utils.encoding._fast`; this module keeps the rules.

One concept, one class: Keras' ``Tokenizer`` and its conversions. The matrix modes live in
:mod:`course_utils.encoding.matrix` and the JSON form in :mod:`course_utils.encoding.tokenizer_json`;
the class's methods call them, so the API stays Keras'.

Integer encoding (``Tokenizer.fit_on_texts``)::

    count(w)  = occurrences of word w in the corpus
    index(w)  = 1 + rank of w when words are sorted by count, most frequent first
                (ties keep first-seen order; index 0 is reserved for padding;
                with ``oov_token`` the OOV token takes index 1 and the words shift by one)

``num_words=N`` keeps only words whose index is ``< N`` when converting: that is ``N - 1`` words
(``N - 2`` real words plus the OOV token when ``oov_token`` is set), not ``N``.

Example::

    >>> tok = Tokenizer(oov_token="<OOV>")
    >>> tok.fit_on_texts(["the cat sat", "the dog sat down"])
    >>> tok.word_index
    {'<OOV>': 1, 'the': 2, 'sat': 3, 'cat': 4, 'dog': 5, 'down': 6}
    >>> tok.texts_to_sequences(["the bird sat"])
    [[2, 1, 3]]
"""

from __future__ import annotations

import json
import warnings
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain
from os import PathLike
from pathlib import Path
from typing import Any

import numpy as np

from course_utils.encoding._fast import count_into, lookup_rows, lower_tokens, token_chunks, word_splitter
from course_utils.encoding.matrix import check_int_sequence, check_mode, check_sequences, sequences_to_matrix
from course_utils.encoding.tokenizer_json import tokenizer_config
from course_utils.validation import check_int, describe

DEFAULT_FILTERS = '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n'


def _check_texts(texts: Any, name: str = "texts") -> Iterable[Any]:
    if texts is None:
        raise TypeError(f"{name} is None; pass a list of strings (or a list of token lists)")
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            f"{name} is a single {type(texts).__name__}; pass a list of texts, e.g. [text], "
            "not the text itself (a str would be read character by character)"
        )
    if isinstance(texts, Mapping) or not isinstance(texts, Iterable):
        raise TypeError(f"{name} must be a list (or iterable) of strings, got {describe(texts)}")
    return texts


def _check_tokens(tokens: list | tuple, position: int, name: str) -> None:
    if set(map(type, tokens)) - {str} and not all(isinstance(t, str) for t in tokens):
        bad = next(t for t in tokens if not isinstance(t, str))
        raise TypeError(f"{name}[{position}] is a token list containing {describe(bad)}; every token must be a str")


def _token_list(tokens: list | tuple, lower: bool, position: int, name: str) -> list[str]:
    """A pre-tokenized text as a list of str tokens, lowercased if ``lower``."""
    if not lower:
        _check_tokens(tokens, position, name)
        return list(tokens)
    lowered = lower_tokens(tokens)
    if lowered is None:  # a token is not a str
        _check_tokens(tokens, position, name)
    return lowered


class Tokenizer:
    """Keras 2's text tokenizer: builds a frequency-ranked vocabulary and turns texts into integers.

    Args:
        num_words: keep only words with index ``< num_words`` when converting texts
            (``None`` or ``0``: keep all). The vocabulary itself always holds every word.
        filters: characters replaced by ``split`` before splitting (default: ASCII punctuation,
            tab and newline; apostrophe excluded).
        lower: lowercase texts (and tokens of pre-tokenized input) first.
        split: the separator words are split on (one or more characters).
        char_level: every character is a token (``filters`` and ``split`` are not applied).
        oov_token: if given, it takes index 1 and replaces out-of-vocabulary words
            (and words with index ``>= num_words``) instead of dropping them.
        analyzer: callable ``str -> list[str]`` used instead of filters/split (e.g. a morpheme
            analyzer such as ``get_analyzer("okt").morphs``); as in Keras, ``lower`` is not
            applied to the text it receives.
        document_count: starting document count (used when restoring a saved tokenizer).

    A text may be a ``str`` or an already tokenized ``list``/``tuple`` of ``str`` tokens (e.g.
    Korean morphemes); token lists are only lowercased, never filtered or split.
    """

    def __init__(
        self,
        num_words: int | None = None,
        filters: str = DEFAULT_FILTERS,
        lower: bool = True,
        split: str = " ",
        char_level: bool = False,
        oov_token: str | None = None,
        analyzer: Callable[[str], Iterable[str]] | None = None,
        **kwargs: Any,
    ) -> None:
        if "nb_words" in kwargs:
            warnings.warn(
                "The `nb_words` argument in `Tokenizer` has been renamed `num_words`.",
                stacklevel=2,
            )
            num_words = kwargs.pop("nb_words")
        document_count = kwargs.pop("document_count", 0)
        if kwargs:
            raise TypeError(f"Unrecognized keyword arguments: {kwargs}")
        if num_words is not None:
            num_words = check_int(num_words, "num_words", minimum=0)
        if isinstance(filters, str):
            pass
        elif isinstance(filters, (list, tuple)) and all(isinstance(c, str) and len(c) == 1 for c in filters):
            pass
        else:
            raise TypeError(f"filters must be a str of characters to remove, got {describe(filters)}")
        if not isinstance(split, str) or not split:
            raise ValueError(f"split must be a non-empty str such as ' ', got {split!r}")
        if oov_token is not None and not isinstance(oov_token, str):
            raise TypeError(f"oov_token must be a str such as '<OOV>' or None, got {describe(oov_token)}")
        if analyzer is not None and not callable(analyzer):
            raise TypeError(f"analyzer must be a function str -> list of tokens, got {describe(analyzer)}")

        self.word_counts: OrderedDict[str, int] = OrderedDict()
        self.word_docs: defaultdict[str, int] = defaultdict(int)
        self.filters = filters
        self.split = split
        self.lower = bool(lower)
        self.num_words = num_words
        self.document_count = check_int(document_count, "document_count", minimum=0)
        self.char_level = bool(char_level)
        self.oov_token = oov_token
        self.index_docs: defaultdict[int, int] = defaultdict(int)
        self.word_index: dict[str, int] = {}
        self.index_word: dict[int, str] = {}
        self.analyzer = analyzer

    def __repr__(self) -> str:
        return (
            f"Tokenizer(num_words={self.num_words!r}, oov_token={self.oov_token!r}, "
            f"char_level={self.char_level}, words={len(self.word_counts)}, "
            f"documents={self.document_count})"
        )

    # -- turning texts into tokens ------------------------------------------------------------
    def _splitter(self) -> Callable[[str], list[str]]:
        filters = self.filters if isinstance(self.filters, str) else "".join(self.filters)
        return word_splitter(filters, self.split)

    def _tokenizer_for(self, name: str) -> Callable[[Any, int], Any]:
        """Return ``f(text, position) -> tokens`` with Keras' rules for str and token-list texts."""
        lower, char_level, analyzer = self.lower, self.char_level, self.analyzer
        words = self._splitter()

        def tokens(text: Any, position: int) -> Any:
            if isinstance(text, str):
                if char_level:
                    return text.lower() if lower else text  # iterated character by character
                if analyzer is not None:
                    seq = analyzer(text)
                    if isinstance(seq, (str, bytes)) or not isinstance(seq, Iterable):
                        raise TypeError(
                            f"analyzer returned {describe(seq)} for {name}[{position}]; "
                            "it must return a list of str tokens"
                        )
                    seq = list(seq)
                    _check_tokens(seq, position, f"analyzer output for {name}")
                    return seq
                return words(text.lower() if lower else text)
            if isinstance(text, (list, tuple)):
                return _token_list(text, lower, position, name)
            raise TypeError(f"{name}[{position}] is {describe(text)}; each text must be a str or a list of str tokens")

        return tokens

    def _token_chunks(self, texts: Iterable[Any], name: str) -> Iterator[Any]:
        """Yield the texts' tokens a chunk of texts at a time (``_fast.token_chunks``): the same
        tokens as :meth:`_tokenizer_for` gives one text at a time, with fewer Python calls."""
        plain = not self.char_level and self.analyzer is None
        return token_chunks(
            texts,
            self._tokenizer_for(name),
            self._splitter(),
            lower=self.lower,
            plain=plain,
            char_level=self.char_level,
        )

    # -- fitting --------------------------------------------------------------------------------
    def fit_on_texts(self, texts: Iterable[str | list[str]]) -> None:
        """Count words in ``texts``; (re)build ``word_index`` sorted by count, most frequent first.

        Updates ``word_counts`` (occurrences), ``word_docs`` (documents containing the word),
        ``index_docs`` and ``document_count``; may be called again to add more texts.
        If a text is invalid nothing is changed.
        """
        texts = _check_texts(texts)
        counts = dict(self.word_counts)
        docs = dict(self.word_docs)
        n_docs = 0
        for batch in self._token_chunks(texts, "texts"):
            count_into(counts, batch.tokens())  # counts[w] += 1 for every token
            # word_docs: each document counts once per distinct word
            count_into(docs, chain.from_iterable(map(set, batch.per_text())))
            n_docs += len(batch)

        self.document_count += n_docs
        self.word_counts = OrderedDict(counts)
        self.word_docs = defaultdict(int, docs)
        sorted_voc = [] if self.oov_token is None else [self.oov_token]
        # a stable sort: words with equal counts keep their first-seen order
        sorted_voc.extend(sorted(counts, key=counts.__getitem__, reverse=True))
        # index 0 is reserved for padding and never assigned to a word
        self.word_index = dict(zip(sorted_voc, range(1, len(sorted_voc) + 1), strict=True))
        self.index_word = {i: w for w, i in self.word_index.items()}
        for w, c in docs.items():
            self.index_docs[self.word_index[w]] = c

    def fit_on_sequences(self, sequences: Iterable[Iterable[int]]) -> None:
        """Update ``index_docs`` and ``document_count`` from integer sequences (for tfidf)."""
        check_sequences(sequences, sized=True)
        for position, seq in enumerate(sequences):
            for i in set(check_int_sequence(seq, position)):
                self.index_docs[i] += 1
        self.document_count += len(sequences)

    # -- texts -> integers ----------------------------------------------------------------------
    def _require_vocabulary(self, what: str) -> None:
        if not self.word_index:
            raise ValueError(
                f"the Tokenizer has no vocabulary yet, so {what} would be empty: call "
                "fit_on_texts(texts) on a non-empty corpus first (or load one with Tokenizer.load)"
            )

    def _oov_index(self) -> int | None:
        if self.oov_token is None:
            return None
        index = self.word_index.get(self.oov_token)
        if index is None:
            raise ValueError(
                f"oov_token {self.oov_token!r} is not in word_index (was it set after fitting?); "
                "create the Tokenizer with oov_token=... and fit it again"
            )
        return index

    def texts_to_sequences_generator(self, texts: Iterable[str | list[str]]) -> Iterator[list[int]]:
        """Yield one list of word indices per text (see :meth:`texts_to_sequences`)."""
        texts = _check_texts(texts)
        self._require_vocabulary("every sequence")
        oov = self._oov_index()
        limit = self.num_words or None
        for batch in self._token_chunks(texts, "texts"):
            # per word: its index; unknown or index >= num_words -> the OOV index, or dropped
            yield from lookup_rows(batch, self.word_index, oov, limit)

    def texts_to_sequences(self, texts: Iterable[str | list[str]]) -> list[list[int]]:
        """Turn each text into the list of its word indices.

        Unknown words are dropped, or replaced by the OOV index when ``oov_token`` is set; with
        ``num_words`` an index ``i >= num_words`` is treated the same way.
        """
        return list(self.texts_to_sequences_generator(texts))

    def sequences_to_texts_generator(self, sequences: Iterable[Iterable[int]]) -> Iterator[str]:
        """Yield one space-joined text per integer sequence (see :meth:`sequences_to_texts`)."""
        check_sequences(sequences)
        if not self.index_word:
            self._require_vocabulary("every text")
        limit = self.num_words
        oov = self._oov_index()
        oov_word = None if oov is None else self.index_word.get(oov, self.oov_token)
        for position, seq in enumerate(sequences):
            words = []
            for num in check_int_sequence(seq, position):
                word = self.index_word.get(num)
                if word is not None and not (limit and num >= limit):
                    words.append(word)
                elif oov_word is not None:
                    words.append(oov_word)
            yield " ".join(words)

    def sequences_to_texts(self, sequences: Iterable[Iterable[int]]) -> list[str]:
        """Turn integer sequences back into texts (words joined by one space).

        Indices not in ``index_word`` (such as the padding 0) and indices ``>= num_words`` are
        dropped, or become the OOV token when ``oov_token`` is set.
        """
        return list(self.sequences_to_texts_generator(sequences))

    # -- texts -> matrices ----------------------------------------------------------------------
    def texts_to_matrix(self, texts: Iterable[str | list[str]], mode: str = "binary") -> np.ndarray:
        """Document-term matrix of shape ``(len(texts), num_words or len(word_index) + 1)``.

        See :meth:`sequences_to_matrix` for the modes.
        """
        check_mode(mode)
        return self.sequences_to_matrix(self.texts_to_sequences(texts), mode=mode)

    def sequences_to_matrix(self, sequences: Any, mode: str = "binary") -> np.ndarray:
        """Document-term matrix (float64) from integer sequences, one row per sequence.

        The width is ``num_words`` if set, else ``len(word_index) + 1``; ``tfidf`` uses the
        fitted ``document_count`` and ``index_docs``. The modes and Keras' quirks are described
        in :func:`course_utils.encoding.matrix.sequences_to_matrix`.
        """
        check_mode(mode)
        if not self.num_words:
            if not self.word_index:
                raise ValueError(
                    "the matrix width is unknown: create the Tokenizer with num_words=... "
                    "or call fit_on_texts(texts) first"
                )
            width = len(self.word_index) + 1
        else:
            width = self.num_words
        if mode == "tfidf" and not self.document_count:
            raise ValueError(
                "tfidf needs document frequencies: fit the Tokenizer (fit_on_texts or "
                "fit_on_sequences) on some data first"
            )
        return sequences_to_matrix(
            sequences, width, mode, document_count=self.document_count, index_docs=self.index_docs
        )

    # -- saving and loading ---------------------------------------------------------------------
    def get_config(self) -> dict[str, Any]:
        """The tokenizer's settings and vocabulary in Keras' format (dicts as JSON strings)."""
        return tokenizer_config(self)

    def to_json(self, **kwargs: Any) -> str:
        """JSON text that :func:`tokenizer_from_json` (ours or Keras') turns back into a tokenizer.

        ``kwargs`` go to ``json.dumps`` (e.g. ``indent=2``). The ``analyzer`` is not saved.
        """
        return json.dumps({"class_name": type(self).__name__, "config": self.get_config()}, **kwargs)

    def save(self, path: str | PathLike[str]) -> Path:
        """Write :meth:`to_json` to ``path`` as UTF-8 (JSON, never pickle) and return the path."""
        path = Path(path)
        path.write_text(self.to_json(), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | PathLike[str], *, analyzer: Callable[[str], Iterable[str]] | None = None) -> Tokenizer:
        """Read a tokenizer written by :meth:`save` (or Keras' ``to_json``) from ``path``."""
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"no tokenizer file at {path.name!r}; save one with tokenizer.save(path)")
        from course_utils.encoding.tokenizer_json import tokenizer_from_json  # the reader builds a Tokenizer

        return tokenizer_from_json(path.read_text(encoding="utf-8"), analyzer=analyzer)
