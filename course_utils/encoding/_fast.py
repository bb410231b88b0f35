"""The speed machinery behind :mod:`course_utils.encoding` (private: read the other modules first).

The public modules say *what* is computed, in Keras' terms; this one computes the same results
faster on large corpora (``benchmarks/bench_encoding.py`` measures it against Keras and checks
that every output is identical). Every trick keeps Keras' exact results; where one could not, the
caller falls back to the plain per-item loop.

The tricks, in one sentence each (details at each function):

1. count with CPython's C counter (:func:`count_into`), not a Python ``for`` loop;
2. split words with one regex scan instead of ``translate`` + ``split`` + filter (:func:`word_splitter`);
3. lowercase a list of tokens with one ``str.lower`` call on the NUL-joined list (:func:`lower_tokens`);
4. tokenize texts in chunks with ``map`` (C-level loops), keeping the tokens of a chunk in one flat
   list plus per-text lengths (:class:`Chunk`, :func:`token_chunks`);
5. look token ids up with ``map(dict.get, ...)`` over a whole chunk, then cut rows by length (:func:`lookup_rows`);
6. build count matrices with one ``np.add.at`` scatter (:func:`count_matrix`);
7. pad all sequences at once: one flat array, one boolean mask, one assignment (:func:`pad_flat`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, chain, islice, repeat
from typing import Any, NamedTuple

import numpy as np

# -- 1. counting ---------------------------------------------------------------------------------
try:
    # The C helper behind Counter.update: counts an iterable into a dict, one C loop instead of
    # ``for w in words: d[w] = d.get(w, 0) + 1`` in Python (several times faster).
    from _collections import _count_elements as count_into
except ImportError:  # pragma: no cover - other Python implementations

    def count_into(mapping: dict, iterable: Iterable) -> None:
        get = mapping.get
        for item in iterable:
            mapping[item] = get(item, 0) + 1


# -- 2. word splitting ---------------------------------------------------------------------------
@lru_cache(maxsize=32)
def word_splitter(filters: str, split: str) -> Callable[[str], list[str]]:
    """Return ``f(text) -> words``: filter characters become ``split``, then split, drop empties.

    Keras does ``text.translate(filters -> split).split(split)`` and drops empty strings. For a
    one-character ``split`` the words are exactly the maximal runs of characters that are neither
    a filter nor the separator, so one ``re.findall`` gives them in a single C-level pass. The
    compiled function is cached per ``(filters, split)``.
    """
    if len(split) == 1:
        stops = "".join(re.escape(c) for c in sorted(set(filters) | {split}))
        return re.compile(f"[^{stops}]+").findall
    table = str.maketrans({c: split for c in filters})

    def words(text: str) -> list[str]:
        return list(filter(None, text.translate(table).split(split)))

    return words


# -- 3. lowercasing token lists ------------------------------------------------------------------
def lower_tokens(tokens: list | tuple) -> list[str] | None:
    """``[t.lower() for t in tokens]`` with one ``lower()`` call; ``None`` if a token is not a str.

    The tokens are joined with NUL, lowercased once and split again. NUL is neither cased nor
    case-ignorable, so each token is lowercased exactly as on its own (a final sigma included),
    unless a token itself holds a NUL: then the plain comprehension is used. When nothing changes
    (e.g. Korean), the original token objects are kept.
    """
    try:
        joined = "\x00".join(tokens)  # raises TypeError when a token is not a str
    except TypeError:
        return None
    lowered = joined.lower()
    if lowered == joined:
        return list(tokens)
    if joined.count("\x00") == len(tokens) - 1:
        return lowered.split("\x00")
    return [t.lower() for t in tokens]


# -- 4. chunks of tokenized texts ----------------------------------------------------------------
CHUNK = 2048  # texts tokenized per batch of C-level map() calls


def slices(lengths: Iterable[int]) -> Iterator[slice]:
    """``slice(start, end)`` of each consecutive run of the given lengths."""
    ends = list(accumulate(lengths))
    return map(slice, [0, *ends[:-1]], ends)


class Chunk(NamedTuple):
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
        return map((self.flat or []).__getitem__, slices(self.lengths or ()))


def _token_lists(chunk: list, lower: bool) -> Chunk | None:
    """Pre-tokenized texts of one chunk, lowercased with one ``lower()`` call for all of them
    (trick 3 over the whole chunk). ``None`` when a token is not a str or holds a NUL."""
    try:
        joined = "\x00".join(chain.from_iterable(chunk))  # also checks that every token is a str
    except TypeError:
        return None
    if not lower:
        return Chunk(chunk)
    lowered = joined.lower()
    if lowered == joined:  # nothing to lowercase (e.g. Korean): keep the token objects
        return Chunk(chunk)
    lengths = list(map(len, chunk))
    if joined.count("\x00") != sum(lengths) - 1:
        return None
    return Chunk(None, lowered.split("\x00"), lengths)


def token_chunks(
    texts: Iterable[Any],
    tokens_of: Callable[[Any, int], Any],
    words: Callable[[str], list[str]],
    *,
    lower: bool,
    plain: bool,
    char_level: bool,
) -> Iterator[Chunk]:
    """Yield the texts' token sequences, :data:`CHUNK` texts at a time.

    ``tokens_of(text, position)`` is the one-text-at-a-time rule (Keras' own); a chunk whose texts
    are all ``str`` (with the default splitter, ``plain``, or ``char_level``) or all token lists is
    instead processed with C-level ``map`` calls. A char-level text is its (lowercased) string.
    """
    iterator = iter(texts)
    position = 0
    while chunk := list(islice(iterator, CHUNK)):
        kinds = set(map(type, chunk))
        if kinds == {str} and (plain or char_level):
            lowered = list(map(str.lower, chunk)) if lower else chunk
            yield Chunk(list(map(words, lowered)) if plain else lowered)
        elif kinds <= {list, tuple} and (batch := _token_lists(chunk, lower)) is not None:
            yield batch
        else:
            yield Chunk([tokens_of(text, position + k) for k, text in enumerate(chunk)])
        position += len(chunk)


# -- 5. token ids ----------------------------------------------------------------------------------
def lookup_rows(batch: Chunk, word_index: dict[str, int], oov: int | None, limit: int | None) -> list[list[int]]:
    """The id rows of one chunk: Keras' per-word rule (unknown or ``>= limit``: OOV id or dropped).

    Every token of the chunk is looked up in one ``map(word_index.get, ...)`` and the flat id list
    is cut back into rows by the texts' lengths. Unknown words get ``limit`` when there is no OOV
    token, so one ``i < limit`` test drops both unknown and too-rare words.
    """
    get = word_index.get
    flat = batch.tokens()
    if limit is None:
        ids = list(map(get, flat)) if oov is None else list(map(get, flat, repeat(oov)))
    elif oov is None:
        ids = list(map(get, flat, repeat(limit)))
    else:
        ids = [i if i < limit else oov for i in map(get, flat, repeat(oov))]
    rows = list(map(ids.__getitem__, slices(batch.sizes())))
    if limit is not None and oov is None:
        rows = [[i for i in row if i < limit] for row in rows]
    elif oov is None and None in ids:
        rows = [[i for i in row if i is not None] if None in row else row for row in rows]
    return rows


# -- 6. count matrices -----------------------------------------------------------------------------
def count_matrix(seqs: list, width: int) -> tuple[np.ndarray, np.ndarray]:
    """``x[i, j]`` = how often index ``j < width`` occurs in ``seqs[i]``, and the lengths ``n_i``.

    One scatter-add (``np.add.at``) over all ``(row, column)`` pairs instead of a dict per row.
    """
    lengths = np.fromiter(map(len, seqs), dtype=np.int64, count=len(seqs))  # (n,)
    cols = np.fromiter(chain.from_iterable(seqs), dtype=np.int64, count=int(lengths.sum()))  # (N,)
    rows = np.repeat(np.arange(len(seqs)), lengths)  # (N,) row of each index
    keep = cols < width
    x = np.zeros((len(seqs), width))  # (n, width)
    np.add.at(x, (rows[keep], cols[keep]), 1.0)
    return x, lengths


# -- 7. padding ------------------------------------------------------------------------------------
FAST_ITEMS = {list, tuple, range, np.ndarray}


def flatten(sequences: Any, total: int, target: np.dtype) -> np.ndarray | None:
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


def pad_flat(
    flat: np.ndarray,
    lengths: np.ndarray,
    maxlen: int,
    target: np.dtype,
    padding: str,
    truncating: str,
    value: Any,
) -> np.ndarray:
    """Pad all sequences concatenated in ``flat`` at once.

    The kept values of row ``i`` fill the last ``kept_i`` columns (``"pre"``) or the first ones
    (``"post"``); a boolean mask of those cells, read in row-major order, visits them in sequence
    order, so one masked assignment ``x[mask] = flat`` places every value.
    """
    x = np.full((len(lengths), maxlen), value, dtype=target)  # (n, maxlen)
    kept = np.minimum(lengths, maxlen)  # (n,)
    total = int(kept.sum())
    if total == 0:
        return x
    if total < flat.size:  # some sequences are truncated: gather the values that stay
        starts = np.cumsum(lengths) - lengths  # (n,) where each sequence starts in flat
        if truncating == "pre":
            starts += lengths - kept
        flat = flat[np.repeat(starts - (np.cumsum(kept) - kept), kept) + np.arange(total)]
    columns = np.arange(maxlen)
    if padding == "post":
        mask = columns < kept[:, None]  # (n, maxlen)
    else:
        mask = columns >= (maxlen - kept)[:, None]
    x[mask] = flat  # row-major order of the mask = sequence order
    return x


def pad_array(
    array: np.ndarray,
    maxlen: int | None,
    target: np.dtype,
    padding: str,
    truncating: str,
    value: Any,
) -> np.ndarray:
    """Padding for an input that is already a rectangular NumPy array: two slices, no loop."""
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
