"""Real Korean text that ships with KoNLPy: the constitution (``kolaw``) and ten bills (``kobill``).

Both corpora are installed with KoNLPy (``konlpy/data/corpus``), so the course can use them offline.
This module turns the raw files into units the notebooks need:

- :func:`corpus_sentences`: cleaned, de-duplicated sentences of all eleven documents
  (the language-model corpus of chapters 03, 07 and 08, split by :mod:`course_utils.lm_data`);
- :func:`constitution_articles`: the constitution's articles with their chapter (similarity, 05);
- :func:`bill_documents`: the prose part of each bill as one document (05).

Cleaning rules (deterministic, documented so later chapters can rely on them):

1. Bills are hard-wrapped at a fixed width with a blank line after every line. Only the prose
   from the heading ``제안이유`` up to the old-vs-new comparison table (``신·구조문대비표``, two
   interleaved columns) is kept; page markers such as ``- 3 -`` are dropped. A line is joined to
   the next one (with no separator) when it ends with a space (the wrap kept the space) or when it
   is a full-width line (display width >= :data:`WRAP_WIDTH`) that does not end with ``.``: a word
   broken by the wrap.
2. A sentence ends at ``.``, ``?`` or ``!`` followed by whitespace when the word it closes ends in
   a Hangul syllable or ``)``: ``있다.``, ``부담으로 함.`` and ``(안 제3조).`` end sentences. The
   date ``2010. 11.`` and the list marker ``1.`` do not, nor does a one-syllable list marker such as
   ``가.`` at the start of a sentence.
3. Runs of whitespace become one space. A sentence is kept when it has at least
   :data:`MIN_EOJEOL` eojeol and at least :data:`MIN_HANGUL` Hangul syllables (this drops table
   cells such as ``13,710`` and headings such as ``제1장 총강``).
4. Exact duplicate sentences are removed, keeping the first occurrence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from course_utils.validation import check_str

#: Display width (Hangul counts 2) from which a bill line counts as a full, wrapped line.
WRAP_WIDTH = 56
#: A kept sentence has at least this many eojeol (space-separated words).
MIN_EOJEOL = 3
#: A kept sentence has at least this many Hangul syllables.
MIN_HANGUL = 5

_HANGUL = re.compile(r"[가-힣]")
_PAGE_MARKER = re.compile(r"^\s*-\s*\d+\s*-\s*$")
_END_CANDIDATE = re.compile(r"(\S+)[.?!](?=\s|$)")
_SPACES = re.compile(r"\s+")
_CHAPTER = re.compile(r"^\s*제(\d+)장\s+(.+?)\s*$")
_ARTICLE = re.compile(r"^\s*제(\d+)조(?!\S)\s*(.*)$")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@lru_cache(maxsize=1)
def read_constitution() -> str:
    """Raw text of the Constitution of the Republic of Korea (``kolaw/constitution.txt``)."""
    from konlpy.corpus import kolaw

    with kolaw.open("constitution.txt") as f:
        return f.read()


@lru_cache(maxsize=1)
def read_bills() -> dict[str, str]:
    """Raw text of the ten bills in ``kobill``, keyed by file id in sorted order."""
    from konlpy.corpus import kobill

    bills = {}
    for fileid in sorted(kobill.fileids()):
        with kobill.open(fileid) as f:
            bills[fileid] = f.read()
    return bills


def bill_title(raw: str) -> str:
    """The bill's title: its first non-empty lines up to the first blank line, joined by a space."""
    lines = []
    for line in check_str(raw, "raw").strip().split("\n"):
        if not line.strip():
            break
        lines.append(line.strip())
    return " ".join(lines)


def unwrap_bill(raw: str) -> str:
    """Return the prose part of a raw bill with its hard-wrapped lines joined (rule 1 above).

    The result has one paragraph per line.
    """
    check_str(raw, "raw")
    start = raw.find("제안이유")
    body = raw[start:] if start >= 0 else raw
    table = body.find("구조문대비표")
    if table >= 0:
        body = body[: body.rfind("\n", 0, table) + 1]
    lines = [line.rstrip("\r") for line in body.split("\n") if line.strip() and not _PAGE_MARKER.match(line)]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        current += line
        wrapped = line.endswith((" ", "\t")) or (_display_width(line) >= WRAP_WIDTH and not line.rstrip().endswith("."))
        if not wrapped:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _split_line(line: str) -> list[str]:
    pieces, start = [], 0
    for match in _END_CANDIDATE.finditer(line):
        word = match.group(1)
        list_marker = len(word) == 1 and not line[start : match.start()].strip()
        if (_HANGUL.match(word[-1]) or word[-1] == ")") and not list_marker:
            pieces.append(line[start : match.end()])
            start = match.end()
    pieces.append(line[start:])
    return pieces


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (rules 2-3 of the module), one line at a time.

    Fragments with fewer than ``MIN_EOJEOL`` eojeol or ``MIN_HANGUL`` Hangul syllables are dropped.
    """
    sentences = []
    for line in check_str(text).split("\n"):
        for piece in _split_line(line):
            sentence = _SPACES.sub(" ", piece).strip()
            if len(sentence.split(" ")) >= MIN_EOJEOL and len(_HANGUL.findall(sentence)) >= MIN_HANGUL:
                sentences.append(sentence)
    return sentences


@lru_cache(maxsize=1)
def _corpus_sentences() -> tuple[str, ...]:
    documents = [read_constitution()] + [unwrap_bill(raw) for raw in read_bills().values()]
    seen: set[str] = set()
    sentences = []
    for document in documents:
        for sentence in split_sentences(document):
            if sentence not in seen:
                seen.add(sentence)
                sentences.append(sentence)
    return tuple(sentences)


def corpus_sentences() -> list[str]:
    """All cleaned, de-duplicated sentences: the constitution first, then the bills by file id.

    Computed once per process (a new list is returned each call).
    """
    return list(_corpus_sentences())


class Article(NamedTuple):
    """One article of the constitution: ``number`` (제N조), ``chapter`` and ``text``.

    ``chapter`` reads like ``"제3장 국회"``.
    """

    number: int
    chapter: str
    text: str


@lru_cache(maxsize=1)
def _constitution_articles() -> tuple[Article, ...]:
    articles: list[Article] = []
    chapter = "전문"
    number: int | None = None
    parts: list[str] = []

    def close() -> None:
        if number is not None:
            articles.append(Article(number, chapter, _SPACES.sub(" ", " ".join(parts)).strip()))

    for line in read_constitution().split("\n"):
        if "부칙" in line and not _ARTICLE.match(line):
            close()
            number, parts, chapter = None, [], "부칙"
            continue
        chapter_match = _CHAPTER.match(line)
        if chapter_match:
            close()
            number, parts = None, []
            chapter = f"제{chapter_match.group(1)}장 {chapter_match.group(2)}"
            continue
        article_match = _ARTICLE.match(line)
        if article_match:
            close()
            number, parts = int(article_match.group(1)), [article_match.group(2)]
        elif number is not None and line.strip() and not re.match(r"^\s*제\d+절", line):
            parts.append(line.strip())
    close()
    return tuple(articles)


def constitution_articles(*, include_supplementary: bool = False) -> list[Article]:
    """The constitution's articles (제1조 ~ 제130조) with the chapter each belongs to.

    Args:
        include_supplementary: also return the six articles of the supplementary provisions (부칙),
            whose chapter is ``"부칙"`` and whose numbers restart at 1.
    """
    articles = _constitution_articles()
    if include_supplementary:
        return list(articles)
    return [a for a in articles if a.chapter != "부칙"]


def bill_documents() -> dict[str, str]:
    """Each bill as one document: ``{title: prose}``.

    The prose is :func:`unwrap_bill`'s, with its lines joined by spaces.
    """
    documents = {}
    for raw in read_bills().values():
        documents[bill_title(raw)] = _SPACES.sub(" ", unwrap_bill(raw)).strip()
    return documents
