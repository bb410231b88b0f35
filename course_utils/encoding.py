"""Integer encoding, padding, one-hot vectors: Keras 2's Tokenizer, pad_sequences, to_categorical.

The three tools of the book's chapter 02, in pure Python/NumPy (no TensorFlow import), with the
arguments, defaults and outputs of the Keras versions (``tf.keras.preprocessing.text.Tokenizer``,
``keras.utils.pad_sequences``, ``keras.utils.to_categorical``). Where Keras stays silent or fails
with a cryptic message on bad input, these raise a ``TypeError``/``ValueError`` that says what was
wrong and what to pass.

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
    >>> pad_sequences([[2, 1, 3], [4]], maxlen=3).tolist()
    [[2, 1, 3], [0, 0, 4]]
"""

from __future__ import annotations

import json
import operator
import re
import warnings
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache, partial
from itertools import accumulate, chain, islice, repeat
from os import PathLike
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

try:  # the C helper behind Counter.update: counts an iterable into a dict at C speed
    from _collections import _count_elements
except ImportError:  # pragma: no cover - other Python implementations

    def _count_elements(mapping: dict, iterable: Iterable) -> None:
        get = mapping.get
        for item in iterable:
            mapping[item] = get(item, 0) + 1


DEFAULT_FILTERS = '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n'
MATRIX_MODES = ("binary", "count", "freq", "tfidf")
_POSITIONS = ("pre", "post")
_CHUNK = 2048  # texts tokenized per batch of C-level map() calls
_not_none = partial(operator.is_not, None)


@lru_cache(maxsize=32)
def _word_splitter(filters: str, split: str) -> Callable[[str], list[str]]:
    """Return ``f(text) -> words``: filter characters become ``split``, then split, drop empties.

    For a one-character ``split`` this is one regex scan for maximal runs of characters that are
    neither filters nor the separator, which gives the same words as Keras'
    ``translate``/``split``/drop-empty steps in a single C-level pass.
    """
    if len(split) == 1:
        stops = "".join(re.escape(c) for c in sorted(set(filters) | {split}))
        return re.compile(f"[^{stops}]+").findall
    table = str.maketrans({c: split for c in filters})

    def words(text: str) -> list[str]:
        return list(filter(None, text.translate(table).split(split)))

    return words


def _describe(value: Any) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:37] + '...'}"


def _check_texts(texts: Any, name: str = "texts") -> Iterable[Any]:
    if texts is None:
        raise TypeError(f"{name} is None; pass a list of strings (or a list of token lists)")
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            f"{name} is a single {type(texts).__name__}; pass a list of texts, e.g. [text], "
            "not the text itself (a str would be read character by character)"
        )
    if isinstance(texts, Mapping) or not isinstance(texts, Iterable):
        raise TypeError(f"{name} must be a list (or iterable) of strings, got {_describe(texts)}")
    return texts


def _check_tokens(tokens: list | tuple, position: int, name: str) -> None:
    if set(map(type, tokens)) - {str} and not all(isinstance(t, str) for t in tokens):
        bad = next(t for t in tokens if not isinstance(t, str))
        raise TypeError(f"{name}[{position}] is a token list containing {_describe(bad)}; every token must be a str")


def _token_list(tokens: list | tuple, lower: bool, position: int, name: str) -> list[str]:
    """A pre-tokenized text as a list of str tokens, lowercased if ``lower``."""
    if not lower:
        _check_tokens(tokens, position, name)
        return list(tokens)
    try:
        joined = "\x00".join(tokens)  # also checks that every token is a str
    except TypeError:
        _check_tokens(tokens, position, name)
        raise
    lowered = joined.lower()
    if lowered == joined:  # nothing to lowercase (e.g. Korean): keep the token objects
        return list(tokens)
    # One lower() call for the whole list. NUL is neither cased nor case-ignorable, so every
    # token is lowercased exactly as on its own (final sigma included) - unless a token has NUL.
    if joined.count("\x00") == len(tokens) - 1:
        return lowered.split("\x00")
    return [t.lower() for t in tokens]


def _slices(lengths: Iterable[int]) -> Iterator[slice]:
    """``slice(start, end)`` of each consecutive run of the given lengths."""
    ends = list(accumulate(lengths))
    return map(slice, [0, *ends[:-1]], ends)


class _Chunk(NamedTuple):
    """Tokens of a batch of texts: one sequence per text (``groups``), or all tokens in ``flat``
    with each text's token count in ``lengths`` (no per-text lists are built)."""

    groups: list | None
    flat: list[str] | None = None
    lengths: list[int] | None = None

    def __len__(self) -> int:  # number of texts
        return len(self.groups) if self.groups is not None else len(self.lengths or ())

    def tokens(self) -> Iterable[str]:
        return chain.from_iterable(self.groups) if self.groups is not None else self.flat or ()

    def sizes(self) -> Iterable[int]:
        return map(len, self.groups) if self.groups is not None else self.lengths or ()

    def per_text(self) -> Iterable[Any]:
        if self.groups is not None:
            return self.groups
        return map((self.flat or []).__getitem__, _slices(self.lengths or ()))


def _token_lists(chunk: list, lower: bool) -> _Chunk | None:
    """Pre-tokenized texts of one chunk, lowercased with one ``lower()`` call for all of them.

    Returns ``None`` when a token is not a str or contains NUL (the caller then goes text by text).
    """
    try:
        joined = "\x00".join(chain.from_iterable(chunk))  # also checks that every token is a str
    except TypeError:
        return None
    if not lower:
        return _Chunk(chunk)
    lowered = joined.lower()
    if lowered == joined:  # nothing to lowercase (e.g. Korean): keep the token objects
        return _Chunk(chunk)
    lengths = list(map(len, chunk))
    if joined.count("\x00") != sum(lengths) - 1:
        return None
    # NUL is neither cased nor case-ignorable, so each token is lowercased exactly as on its own
    return _Chunk(None, lowered.split("\x00"), lengths)


def _as_count(value: Any, name: str, *, minimum: int) -> int:
    if isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got a bool")
    try:
        number = operator.index(value)
    except TypeError:
        raise TypeError(f"{name} must be an int, got {_describe(value)}") from None
    if number < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {number}")
    return number


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
            num_words = _as_count(num_words, "num_words", minimum=0)
        if isinstance(filters, str):
            pass
        elif isinstance(filters, (list, tuple)) and all(isinstance(c, str) and len(c) == 1 for c in filters):
            pass
        else:
            raise TypeError(f"filters must be a str of characters to remove, got {_describe(filters)}")
        if not isinstance(split, str) or not split:
            raise ValueError(f"split must be a non-empty str such as ' ', got {split!r}")
        if oov_token is not None and not isinstance(oov_token, str):
            raise TypeError(f"oov_token must be a str such as '<OOV>' or None, got {_describe(oov_token)}")
        if analyzer is not None and not callable(analyzer):
            raise TypeError(f"analyzer must be a function str -> list of tokens, got {_describe(analyzer)}")

        self.word_counts: OrderedDict[str, int] = OrderedDict()
        self.word_docs: defaultdict[str, int] = defaultdict(int)
        self.filters = filters
        self.split = split
        self.lower = bool(lower)
        self.num_words = num_words
        self.document_count = _as_count(document_count, "document_count", minimum=0)
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
        return _word_splitter(filters, self.split)

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
                            f"analyzer returned {_describe(seq)} for {name}[{position}]; "
                            "it must return a list of str tokens"
                        )
                    seq = list(seq)
                    _check_tokens(seq, position, f"analyzer output for {name}")
                    return seq
                return words(text.lower() if lower else text)
            if isinstance(text, (list, tuple)):
                return _token_list(text, lower, position, name)
            raise TypeError(f"{name}[{position}] is {_describe(text)}; each text must be a str or a list of str tokens")

        return tokens

    def _token_chunks(self, texts: Iterable[Any], name: str) -> Iterator[_Chunk]:
        """Yield the texts' token sequences, a chunk at a time.

        Same tokens as Keras (see :meth:`_tokenizer_for`); chunks whose texts are all plain
        ``str`` (or all token lists) are processed with C-level ``map`` calls instead of one
        Python call per text. A char-level text is its (lowercased) string.
        """
        tokens = self._tokenizer_for(name)
        words = self._splitter()
        lower = self.lower
        plain = not self.char_level and self.analyzer is None
        iterator = iter(texts)
        position = 0
        while chunk := list(islice(iterator, _CHUNK)):
            kinds = set(map(type, chunk))
            if kinds == {str} and (plain or self.char_level):
                lowered = list(map(str.lower, chunk)) if lower else chunk
                yield _Chunk(list(map(words, lowered)) if plain else lowered)
            elif kinds <= {list, tuple} and (batch := _token_lists(chunk, lower)) is not None:
                yield batch
            else:
                yield _Chunk([tokens(text, position + k) for k, text in enumerate(chunk)])
            position += len(chunk)

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
            _count_elements(counts, batch.tokens())
            # word_docs: each document counts once per distinct word
            _count_elements(docs, chain.from_iterable(map(set, batch.per_text())))
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
        _check_sequences(sequences, sized=True)
        for position, seq in enumerate(sequences):
            for i in set(_check_int_sequence(seq, position)):
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
        get = self.word_index.get
        oov = self._oov_index()
        limit = self.num_words or None
        for batch in self._token_chunks(texts, "texts"):
            # look up every token of the batch at once, then cut the result back into texts
            flat = batch.tokens()
            if limit is None:
                ids = list(map(get, flat)) if oov is None else list(map(get, flat, repeat(oov)))
            elif oov is None:  # unknown words get `limit`, so one test drops them too
                ids = list(map(get, flat, repeat(limit)))
            else:
                ids = [i if i < limit else oov for i in map(get, flat, repeat(oov))]
            rows = list(map(ids.__getitem__, _slices(batch.sizes())))
            if limit is not None and oov is None:
                rows = [[i for i in row if i < limit] for row in rows]
            elif oov is None and None in ids:
                rows = [[i for i in row if i is not None] if None in row else row for row in rows]
            yield from rows

    def texts_to_sequences(self, texts: Iterable[str | list[str]]) -> list[list[int]]:
        """Turn each text into the list of its word indices.

        Unknown words are dropped, or replaced by the OOV index when ``oov_token`` is set; with
        ``num_words`` an index ``i >= num_words`` is treated the same way.
        """
        return list(self.texts_to_sequences_generator(texts))

    def sequences_to_texts_generator(self, sequences: Iterable[Iterable[int]]) -> Iterator[str]:
        """Yield one space-joined text per integer sequence (see :meth:`sequences_to_texts`)."""
        _check_sequences(sequences)
        if not self.index_word:
            self._require_vocabulary("every text")
        limit = self.num_words
        oov = self._oov_index()
        oov_word = None if oov is None else self.index_word.get(oov, self.oov_token)
        for position, seq in enumerate(sequences):
            words = []
            for num in _check_int_sequence(seq, position):
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
        _check_mode(mode)
        return self.sequences_to_matrix(self.texts_to_sequences(texts), mode=mode)

    def sequences_to_matrix(self, sequences: Any, mode: str = "binary") -> np.ndarray:
        """Document-term matrix ``x`` (float64) from integer sequences, one row per sequence.

        With ``c`` = count of index ``j`` in sequence ``i`` and ``n_i`` = length of sequence ``i``:

        - ``binary``: ``x[i, j] = 1`` if ``c > 0``
        - ``count``: ``x[i, j] = c``
        - ``freq``: ``x[i, j] = c / n_i``
        - ``tfidf``: ``x[i, j] = (1 + ln c) * ln(1 + document_count / (1 + index_docs[j]))``

        The number of columns is ``num_words`` if set, else ``len(word_index) + 1``; indices
        ``>= columns`` are ignored (but still counted in ``n_i``), as in Keras.
        """
        _check_mode(mode)
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
        _check_sequences(sequences, sized=True)
        seqs = [_check_int_sequence(seq, position) for position, seq in enumerate(sequences)]
        lengths = np.fromiter(map(len, seqs), dtype=np.int64, count=len(seqs))
        cols = np.fromiter(chain.from_iterable(seqs), dtype=np.int64, count=int(lengths.sum()))
        rows = np.repeat(np.arange(len(seqs)), lengths)
        keep = cols < width
        x = np.zeros((len(seqs), width))
        np.add.at(x, (rows[keep], cols[keep]), 1.0)
        if mode == "binary":
            np.minimum(x, 1.0, out=x)
        elif mode == "freq":
            n_i = lengths.astype(np.float64)[:, None]
            np.divide(x, n_i, out=x, where=n_i > 0)
        elif mode == "tfidf":
            df = np.zeros(width)
            for j, c in self.index_docs.items():
                if 0 <= j < width:
                    df[j] = c
            idf = np.log(1 + self.document_count / (1 + df))
            nonzero = x > 0
            x[nonzero] = (1 + np.log(x[nonzero])) * np.broadcast_to(idf, x.shape)[nonzero]
        return x

    # -- saving and loading ---------------------------------------------------------------------
    def get_config(self) -> dict[str, Any]:
        """The tokenizer's settings and vocabulary in Keras' format (dicts as JSON strings)."""
        return {
            "num_words": self.num_words,
            "filters": self.filters,
            "lower": self.lower,
            "split": self.split,
            "char_level": self.char_level,
            "oov_token": self.oov_token,
            "document_count": self.document_count,
            "word_counts": json.dumps(self.word_counts),
            "word_docs": json.dumps(self.word_docs),
            "index_docs": json.dumps(self.index_docs),
            "index_word": json.dumps(self.index_word),
            "word_index": json.dumps(self.word_index),
        }

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
        return tokenizer_from_json(path.read_text(encoding="utf-8"), analyzer=analyzer)


def _check_mode(mode: Any) -> None:
    if mode not in MATRIX_MODES:
        raise ValueError(f"unknown mode {mode!r}; use one of {list(MATRIX_MODES)}")


def _check_sequences(sequences: Any, *, sized: bool = False) -> None:
    ok = sequences is not None and not isinstance(sequences, (str, bytes, Mapping))
    ok = ok and (hasattr(sequences, "__len__") if sized else isinstance(sequences, Iterable))
    if not ok:
        raise TypeError(f"sequences must be a list of integer lists, got {_describe(sequences)}")


def _check_int_sequence(seq: Any, position: int) -> Any:
    """Return ``seq`` if it is a sequence of non-negative ints (NumPy ints allowed), else raise."""
    if isinstance(seq, np.ndarray):
        if seq.ndim != 1 or (seq.size and seq.dtype.kind not in "iu"):
            raise TypeError(f"sequences[{position}] must be a 1-D integer array, got {seq.dtype} {seq.shape}")
        seq = seq.tolist()
    elif not isinstance(seq, (list, tuple, range)):
        raise TypeError(
            f"sequences[{position}] must be a list of ints, got {_describe(seq)} "
            "(for a single sequence pass [sequence])"
        )
    for value in seq:
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise TypeError(f"sequences[{position}] contains {_describe(value)}; indices must be ints")
        if value < 0:
            raise ValueError(f"sequences[{position}] contains the negative index {int(value)}")
    return seq


def tokenizer_from_json(json_string: str, *, analyzer: Callable[[str], Iterable[str]] | None = None) -> Tokenizer:
    """Rebuild a :class:`Tokenizer` from :meth:`Tokenizer.to_json` text (ours or Keras').

    JSON turns integer keys into strings; ``index_word``/``index_docs`` get int keys back.
    ``analyzer`` (not stored in JSON) may be passed again.
    """
    if not isinstance(json_string, str):
        raise TypeError(f"json_string must be the JSON text (str), got {_describe(json_string)}")
    try:
        data = json.loads(json_string)
        config = dict(data["config"])
        word_counts = json.loads(config.pop("word_counts"))
        word_docs = json.loads(config.pop("word_docs"))
        index_docs = {int(k): v for k, v in json.loads(config.pop("index_docs")).items()}
        index_word = {int(k): v for k, v in json.loads(config.pop("index_word")).items()}
        word_index = json.loads(config.pop("word_index"))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(
            "not a Tokenizer JSON (expected the text of tokenizer.to_json(); to read a file use "
            f"Tokenizer.load(path)): {exc}"
        ) from None
    tokenizer = Tokenizer(analyzer=analyzer, **config)
    tokenizer.word_counts = OrderedDict(word_counts)
    tokenizer.word_docs = defaultdict(int, word_docs)
    tokenizer.index_docs = defaultdict(int, index_docs)
    tokenizer.word_index = word_index
    tokenizer.index_word = index_word
    return tokenizer


# -- padding ----------------------------------------------------------------------------------
_FAST_ITEMS = {list, tuple, range, np.ndarray}


def _flatten(sequences: Any, total: int, target: np.dtype) -> np.ndarray | None:
    """All values of ``sequences`` in one array, or ``None`` when Keras' per-sequence
    ``np.asarray(seq, dtype)`` might give something else (nested items, strings, overflow...)."""
    work = np.int64 if target.kind in "iu" else np.float64
    try:
        flat = np.fromiter(chain.from_iterable(sequences), dtype=work, count=total)
    except (TypeError, ValueError, OverflowError):
        return None
    if total and target.kind in "iu" and target != np.int64:
        info = np.iinfo(target)
        if flat.min() < info.min or flat.max() > info.max:
            return None
    return flat


def pad_sequences(
    sequences: Any,
    maxlen: int | None = None,
    dtype: Any = "int32",
    padding: str = "pre",
    truncating: str = "pre",
    value: Any = 0.0,
) -> np.ndarray:
    """Pad (and truncate) sequences to one length: a ``(len(sequences), maxlen)`` NumPy array.

    ``maxlen`` defaults to the longest sequence. Shorter sequences get ``value`` added before
    (``padding="pre"``) or after (``"post"``) them; longer ones lose their first
    (``truncating="pre"``) or last (``"post"``) elements. Sequences of vectors (depth 3, all of one
    shape) give a ``(n, maxlen, *shape)`` array. For string tokens pass ``dtype=object``.
    """
    if padding not in _POSITIONS:
        raise ValueError(f"padding must be 'pre' or 'post', got {padding!r}")
    if truncating not in _POSITIONS:
        raise ValueError(f"truncating must be 'pre' or 'post', got {truncating!r}")
    if sequences is None or isinstance(sequences, (str, bytes, Mapping)) or not hasattr(sequences, "__len__"):
        raise TypeError(f"sequences must be a list of sequences (e.g. lists of ints), got {_describe(sequences)}")
    if maxlen is not None:
        maxlen = _as_count(maxlen, "maxlen", minimum=1)
    try:
        target = np.dtype(dtype)
    except TypeError:
        raise TypeError(f"dtype {dtype!r} is not a NumPy dtype; use e.g. 'int32', 'float32' or object") from None
    if isinstance(value, str) and target.kind not in "OSU":
        raise ValueError(f"value {value!r} is a str but dtype is {target}; pass dtype=object for string tokens")

    if isinstance(sequences, np.ndarray) and sequences.ndim >= 2 and sequences.dtype != object:
        return _pad_array(sequences, maxlen, target, padding, truncating, value)

    fast = set(map(type, sequences)) <= _FAST_ITEMS
    if not fast:
        for position, seq in enumerate(sequences):
            if isinstance(seq, (str, bytes, Mapping)) or not hasattr(seq, "__len__"):
                raise TypeError(
                    f"sequences[{position}] is {_describe(seq)}; every item must be a sequence "
                    "(list/tuple/array) of values"
                )
    lengths = np.fromiter(map(len, sequences), dtype=np.int64, count=len(sequences))
    if maxlen is None:
        if not lengths.size:
            raise ValueError("sequences is empty; pass maxlen to get an array of shape (0, maxlen)")
        maxlen = int(lengths.max())

    if fast and target.kind in "iuf":
        flat = _flatten(sequences, int(lengths.sum()), target)
        if flat is not None:
            return _pad_flat(flat, lengths, maxlen, target, padding, truncating, value)
    return _pad_loop(sequences, maxlen, target, padding, truncating, value)


def _pad_flat(
    flat: np.ndarray,
    lengths: np.ndarray,
    maxlen: int,
    target: np.dtype,
    padding: str,
    truncating: str,
    value: Any,
) -> np.ndarray:
    """Vectorized padding of all sequences concatenated in ``flat`` (one masked assignment)."""
    x = np.full((len(lengths), maxlen), value, dtype=target)
    kept = np.minimum(lengths, maxlen)
    total = int(kept.sum())
    if total == 0:
        return x
    if total < flat.size:  # some sequences are truncated: gather the values that stay
        starts = np.cumsum(lengths) - lengths
        if truncating == "pre":
            starts += lengths - kept
        flat = flat[np.repeat(starts - (np.cumsum(kept) - kept), kept) + np.arange(total)]
    columns = np.arange(maxlen)
    if padding == "post":
        mask = columns < kept[:, None]
    else:
        mask = columns >= (maxlen - kept)[:, None]
    x[mask] = flat  # row-major order of the mask = sequence order
    return x


def _pad_array(
    array: np.ndarray,
    maxlen: int | None,
    target: np.dtype,
    padding: str,
    truncating: str,
    value: Any,
) -> np.ndarray:
    """Padding for an input that is already a rectangular NumPy array."""
    n, length = array.shape[:2]
    if maxlen is None:
        maxlen = length
    x = np.full((n, maxlen) + array.shape[2:], value, dtype=target)
    k = min(length, maxlen)
    if n == 0 or k == 0:
        return x
    part = array[:, length - k :] if truncating == "pre" else array[:, :k]
    if padding == "post":
        x[:, :k] = part.astype(target, copy=False)
    else:
        x[:, maxlen - k :] = part.astype(target, copy=False)
    return x


def _pad_loop(sequences: Any, maxlen: int, target: np.dtype, padding: str, truncating: str, value: Any) -> np.ndarray:
    """Keras' own per-sequence algorithm, for inputs the vectorized path does not cover."""
    sample_shape: tuple[int, ...] | None = None
    parts = []
    for position, seq in enumerate(sequences):
        if not len(seq):
            parts.append(None)
            continue
        trunc = seq[-maxlen:] if truncating == "pre" else seq[:maxlen]
        try:
            trunc = np.asarray(trunc, dtype=target)
        except (ValueError, TypeError, OverflowError) as exc:
            if "inhomogeneous" in str(exc):
                raise ValueError(
                    f"sequences[{position}] is nested with items of different shapes; each "
                    "sequence must hold ints (or vectors that all have one shape)"
                ) from exc
            raise type(exc)(f"sequences[{position}] cannot be converted to dtype {target}: {exc}") from exc
        if trunc.ndim == 0:
            raise TypeError(f"sequences[{position}] is not a sequence of values: {_describe(seq)}")
        if sample_shape is None:
            sample_shape = trunc.shape[1:]
        elif trunc.shape[1:] != sample_shape:
            raise ValueError(
                f"sequences[{position}] holds items of shape {trunc.shape[1:]}, but earlier items "
                f"have shape {sample_shape}; nested sequences must all have one shape"
            )
        parts.append(trunc)
    x = np.full((len(parts), maxlen) + (sample_shape or ()), value, dtype=target)
    for row, trunc in enumerate(parts):
        if trunc is None:
            continue
        if padding == "post":
            x[row, : len(trunc)] = trunc
        else:
            x[row, -len(trunc) :] = trunc
    return x


# -- one-hot ----------------------------------------------------------------------------------
def to_categorical(x: Any, num_classes: int | None = None, dtype: Any = "float64") -> np.ndarray:
    """One-hot encode integer class labels: ``out[..., k] = 1`` where ``k = x[...]``, else 0.

    ``num_classes`` defaults to ``max(x) + 1``. The output has shape ``x.shape + (num_classes,)``,
    except that a trailing axis of size 1 is dropped first (``(n, 1) -> (n, num_classes)``), as in
    Keras. ``dtype`` defaults to float64 like Keras 3 (Keras 2 took ``dtype='float32'``).
    Labels must be integers (integral floats such as ``2.0`` are accepted) in ``[0, num_classes)``.
    """
    if x is None:
        raise TypeError("x is None; pass integer class labels such as [0, 2, 1]")
    try:
        labels = np.asarray(x)
    except ValueError as exc:
        raise ValueError(f"x must be a rectangular array of integer labels (not ragged lists): {exc}") from None
    kind = labels.dtype.kind
    if kind == "O":
        items = labels.ravel().tolist()
        for v in items:
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
                raise TypeError(f"labels must be integers, found {_describe(v)}")
        labels = np.array(items, dtype=np.int64).reshape(labels.shape)
    elif kind == "f":
        finite = np.isfinite(labels)
        if not finite.all() or (labels != np.floor(labels)).any():
            bad = labels[~finite | (labels != np.floor(labels))].ravel()[0]
            raise ValueError(f"labels must be whole numbers, found {float(bad)!r}; map them to ints first")
    elif kind not in "biu":
        raise TypeError(f"labels must be integers, got dtype {labels.dtype}; map string labels to ints first")
    if kind == "u" and labels.size and labels.max() > np.iinfo(np.int64).max:
        raise ValueError(f"label {int(labels.max())} is too large")
    labels = labels.astype(np.int64)
    if labels.size and labels.min() < 0:
        raise ValueError(f"labels must be >= 0, found {int(labels.min())}")

    input_shape = labels.shape
    if input_shape and input_shape[-1] == 1 and len(input_shape) > 1:
        input_shape = input_shape[:-1]
    labels = labels.reshape(-1)
    if num_classes is None:
        if not labels.size:
            raise ValueError("x is empty, so num_classes cannot be inferred; pass num_classes")
        num_classes = int(labels.max()) + 1
    else:
        num_classes = _as_count(num_classes, "num_classes", minimum=1)
        if labels.size and labels.max() >= num_classes:
            raise ValueError(
                f"label {int(labels.max())} does not fit num_classes={num_classes}: labels must be "
                f"in "
                f"[0, {num_classes - 1}]; pass num_classes={int(labels.max()) + 1} or more"
            )
    try:
        dtype = np.dtype(dtype)
    except TypeError:
        raise TypeError(f"dtype {dtype!r} is not a NumPy dtype; use e.g. 'float32'") from None
    categorical = np.zeros((labels.shape[0], num_classes), dtype=dtype)
    categorical[np.arange(labels.shape[0]), labels] = 1
    return categorical.reshape(input_shape + (num_classes,))


__all__ = ["DEFAULT_FILTERS", "Tokenizer", "pad_sequences", "to_categorical", "tokenizer_from_json"]
