"""Stopword (불용어) lists and their removal from a token list.

Three sources, all offline:

* :func:`package_stopwords` -- the lists of the PyPI package ``stop-words``
  (``from stop_words import get_stop_words``; BSD-3-Clause, https://github.com/Alir3z4/python-stop-words).
  In stop-words 2025.11.4 English has 1,333 entries (a large merged list with contractions such as
  ``"'ll"`` and even the digits ``"10"``) and Korean has 595 entries, 96 of them multi-word
  phrases such as ``"그럼에도 불구하고"`` that can never equal one token.
* :func:`nltk_stopwords` -- NLTK's ``stopwords`` corpus in the course NLTK folder. NLTK's own
  English list is much shorter (198 words in recent nltk_data, 179 in older releases) and
  NLTK has no Korean list. When the course builds its NLTK data offline
  (``python scripts/build_nltk_data.py``), ``corpora/stopwords/english`` is the stop-words English
  list above, not NLTK's 198 words; when NLTK's server answered, it is NLTK's own list.
* :func:`load_stopwords` -- your own dictionary file (사용자 불용어 사전): ``.txt`` with one
  word per line (``#`` starts a comment) or ``.csv`` with a ``word`` column, e.g.
  ``data/stopwords_ko_user.txt`` shipped with the course.

:func:`remove_stopwords` keeps the tokens that are not in the stopword set, in order::

    >>> remove_stopwords(["나", "는", "학교", "에", "간다"], {"는", "에"})
    ['나', '학교', '간다']
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from course_utils.setup.paths import DATA_DIR

#: File extensions :func:`load_stopwords` reads.
STOPWORD_FILE_SUFFIXES: tuple[str, ...] = (".txt", ".csv")
#: Column of a ``.csv`` stopword file that holds the words.
CSV_WORD_COLUMN = "word"


class StopwordFileError(ValueError):
    """A user stopword file exists but cannot be used; the message names the file and the fix."""


def package_stopwords(language: str = "en") -> list[str]:
    """Return the stopword list of the ``stop-words`` package for ``language``, in file order.

    Wraps ``stop_words.get_stop_words(language)``, which accepts an ISO code (``"en"``, ``"ko"``)
    or a full name (``"english"``, ``"korean"``) and returns a fresh list each call.

    Raises:
        TypeError: ``language`` is not a string.
        ValueError: the package has no list for ``language`` (the message lists the languages).
    """
    if not isinstance(language, str):
        raise TypeError(f"language must be a str such as 'en' or 'ko', got {type(language).__name__}")
    from stop_words import AVAILABLE_LANGUAGES, StopWordError, get_stop_words

    try:
        return get_stop_words(language.strip().lower())
    except StopWordError:
        raise ValueError(
            f"the stop-words package has no list for {language!r}; "
            f"pass an ISO code like 'en' or 'ko' or one of {sorted(AVAILABLE_LANGUAGES)}"
        ) from None


def nltk_stopwords(language: str = "english") -> list[str]:
    """Return ``nltk.corpus.stopwords.words(language)`` from the course NLTK folder.

    The folder is put first on ``nltk.data.path`` (see
    :func:`course_utils.setup.nltk_data.use_course_nltk_data`); nothing is downloaded. NLTK has no
    Korean list: use :func:`package_stopwords` (``"ko"``) or :func:`load_stopwords` for Korean.

    Raises:
        TypeError: ``language`` is not a string.
        ValueError: the corpus has no file for ``language`` (the message lists those it has).
        LookupError: the stopwords corpus is not built yet
            (run ``python scripts/build_nltk_data.py``).
    """
    if not isinstance(language, str):
        raise TypeError(f"language must be a str such as 'english', got {type(language).__name__}")
    from course_utils.setup.nltk_data import use_course_nltk_data

    use_course_nltk_data()
    from nltk.corpus import stopwords

    try:
        available = stopwords.fileids()
    except LookupError:
        raise LookupError(
            "NLTK stopwords corpus not found; build the course NLTK data first with "
            "`python scripts/build_nltk_data.py` (or `make env`)"
        ) from None
    if language not in available:
        hint = ""
        if language.strip().lower() in ("ko", "korean"):
            hint = " (NLTK has no Korean list; use package_stopwords('ko'))"
        raise ValueError(f"NLTK stopwords has no list {language!r}{hint}; available: {available}")
    return list(stopwords.words(language))


def _resolve(source: str | os.PathLike[str]) -> Path:
    if isinstance(source, bool) or not isinstance(source, (str, os.PathLike)):
        raise TypeError(
            f"source must be a file name in data/ (e.g. 'stopwords_ko_user.txt') or a path, got {type(source).__name__}"
        )
    path = Path(source)
    if not str(source).strip():
        raise ValueError("source is empty; pass a file name such as 'stopwords_ko_user.txt'")
    if path.suffix.lower() not in STOPWORD_FILE_SUFFIXES:
        raise StopwordFileError(
            f"{path.name}: unsupported extension {path.suffix or '(none)'!r}; save the dictionary "
            "as .txt (one word per line, # for comments) or .csv (a 'word' column)"
        )
    if not path.is_absolute() and len(path.parts) == 1:  # a bare name means a file in data/
        path = DATA_DIR / path
    if not path.is_file():
        where = "data/" if path.parent == DATA_DIR else f"{path.parent.name}/"
        available = (
            sorted(p.name for p in path.parent.glob("*") if p.suffix.lower() in STOPWORD_FILE_SUFFIXES)
            if path.parent.is_dir()
            else []
        )
        raise FileNotFoundError(f"stopword file {where}{path.name} does not exist; .txt/.csv files there: {available}")
    return path


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")  # utf-8-sig: a BOM written by Excel is dropped
    except UnicodeDecodeError:
        raise StopwordFileError(
            f"{path.name}: not UTF-8 text; save it again with UTF-8 encoding (Excel: 'CSV UTF-8', editors: 'UTF-8')"
        ) from None


def _check_word(word: str, path: Path, line: int) -> str:
    if any(ch.isspace() for ch in word):
        raise StopwordFileError(
            f"{path.name} line {line}: {word!r} contains a space; stopwords are compared with "
            "single tokens, so write one token per line"
        )
    return word


def _words_from_txt(path: Path) -> list[str]:
    words = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(_check_word(word, path, number))
    return words


def _words_from_csv(path: Path) -> list[str]:
    rows = csv.DictReader(io.StringIO(_read_text(path), newline=""))
    columns = [c.strip() for c in rows.fieldnames or []]
    if not columns:
        raise StopwordFileError(
            f"{path.name}: the file is empty; the first line must be a header with a '{CSV_WORD_COLUMN}' column"
        )
    if CSV_WORD_COLUMN not in columns:
        raise StopwordFileError(
            f"{path.name}: no '{CSV_WORD_COLUMN}' column in the header "
            f"{columns}; name the column of stopwords '{CSV_WORD_COLUMN}'"
        )
    rows.fieldnames = columns
    words = []
    for row in rows:
        word = (row.get(CSV_WORD_COLUMN) or "").strip()
        line = rows.line_num
        if not word:
            raise StopwordFileError(f"{path.name} line {line}: the '{CSV_WORD_COLUMN}' cell is empty")
        words.append(_check_word(word, path, line))
    return words


def load_stopwords(source: str | os.PathLike[str]) -> list[str]:
    """Read a user stopword dictionary and return its words in file order, duplicates removed.

    Formats (UTF-8; a leading BOM is accepted):

    * ``.txt``: one word per line; blank lines are skipped and ``#`` starts a comment
      (a whole line or the rest of a line).
    * ``.csv``: a header line with a ``word`` column; other columns (e.g. ``pos``, ``note``)
      are ignored.

    Args:
        source: a bare file name means a file in the course ``data/`` folder
            (``"stopwords_ko_user.txt"``); anything with a folder is used as a path.

    Raises:
        TypeError: ``source`` is not a str or path.
        FileNotFoundError: the file does not exist (the message lists the .txt/.csv files there).
        StopwordFileError (a ``ValueError``): wrong extension, not UTF-8, no ``word`` column,
            an empty ``word`` cell, a word with a space in it, or no words at all.
    """
    path = _resolve(source)
    words = _words_from_csv(path) if path.suffix.lower() == ".csv" else _words_from_txt(path)
    if not words:
        raise StopwordFileError(
            f"{path.name}: the file has no stopwords (only blank lines, comments or a header); add one word per line"
        )
    return list(dict.fromkeys(words))


def remove_stopwords(tokens: Sequence[str], stopwords: Iterable[str], *, ignore_case: bool = False) -> list[str]:
    """Return ``[t for t in tokens if t not in stopwords]``, keeping the order of ``tokens``.

    Matching is exact (``"The" != "the"``) unless ``ignore_case=True``, which compares
    ``t.lower()`` with the lower-cased stopwords.

    Raises:
        TypeError: ``tokens`` is a single string (tokenize it first) or holds non-strings;
            ``stopwords`` is a single string or holds non-strings.
    """
    if isinstance(tokens, str) or not isinstance(tokens, Sequence):
        raise TypeError(
            "tokens must be a list of tokens such as ['I', 'am', 'here'], got "
            f"{type(tokens).__name__}; tokenize the text first "
            "(e.g. text.split() or okt.morphs(text))"
        )
    if isinstance(stopwords, str) or not isinstance(stopwords, Iterable):
        raise TypeError(
            "stopwords must be a collection of words (set, list, ...), got "
            f"{type(stopwords).__name__}; e.g. set(package_stopwords('en'))"
        )
    stop = list(stopwords)
    bad = [w for w in stop if not isinstance(w, str)]
    if bad:
        raise TypeError(f"stopwords must all be str, found {bad[:3]!r}")
    bad = [t for t in tokens if not isinstance(t, str)]
    if bad:
        raise TypeError(f"tokens must all be str, found {bad[:3]!r}; pass the token strings, not (token, tag) pairs")
    if ignore_case:
        lowered = {w.lower() for w in stop}
        return [t for t in tokens if t.lower() not in lowered]
    exact = set(stop)
    return [t for t in tokens if t not in exact]
