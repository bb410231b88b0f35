"""The legal texts as documents (chapters 04-05): the constitution's articles and each bill's prose.

Built from the raw files that :mod:`course_utils.corpora.legal` reads; that module cuts the same
texts into sentences for the language-model and spacing corpora.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from course_utils.corpora.legal import bill_title, read_bills, read_constitution, unwrap_bill

__all__ = ["Article", "bill_documents", "constitution_articles"]

_SPACES = re.compile(r"\s+")
_CHAPTER = re.compile(r"^\s*제(\d+)장\s+(.+?)\s*$")
_ARTICLE = re.compile(r"^\s*제(\d+)조(?!\S)\s*(.*)$")


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
