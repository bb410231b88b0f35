"""Real Korean text that ships with KoNLPy: the constitution (``kolaw``) and ten bills (``kobill``).

Both corpora are installed with KoNLPy (``konlpy/data/corpus``), so the course can use them offline.
This module is the course's one cleaner of them; it turns the raw files into the units notebooks need:

- :func:`legal_sentences`: cleaned, de-duplicated sentences of all eleven documents, in two
  flavours chosen by one parameter (see below);
- :func:`corpus_sentences` = ``legal_sentences()``: the language-model corpus of chapters 03, 07
  and 08, split by :mod:`course_utils.lm_data`;
- ``legal_sentences(faithful_spacing=True)``: the spacing corpus of 02-09/02-10
  (:func:`course_utils.spacing.spacing_corpus`);
- documents for chapters 04-05 (the constitution's articles, each bill's prose) are in
  :mod:`course_utils.corpora.legal_documents`.

Why two flavours. A spacing model learns its labels from the spaces themselves, so its corpus must
keep only text whose spacing can be trusted; a language model reads the text as it is and needs a
split that never changes (chapters 03-08 report on it). The defaults (``faithful_spacing=False``)
are the rules below; ``faithful_spacing=True`` differs in three places, each for the spaces' sake:

* it keeps all of a bill's prose but its comparison table (also the cost estimate after it), and
  re-joins the PDF's hard-wrapped lines with layout rules (:func:`_paragraphs`) that put a space
  only where the line ended with one: the default rule 1 joins some lines inside a word with a
  space (``아니 하거나`` instead of ``아니하거나``), harmless for an LM, a wrong label for a spacer;
* it strips list markers and article headers (``①``, ``1.``, ``제3조(목적)``), whose spacing is
  layout, not Korean;
* it keeps only sentences of mostly Hangul prose (:func:`_keep`: at least 10 characters and 2
  eojeol, 60% Hangul, no letter-spaced runs) and drops duplicates ignoring spaces.

Default cleaning rules (deterministic, documented so later chapters can rely on them):
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
from functools import lru_cache

from course_utils.text.display import display_width
from course_utils.validation import check_str

__all__ = [
    "MIN_EOJEOL",
    "MIN_HANGUL",
    "WRAP_WIDTH",
    "bill_title",
    "corpus_sentences",
    "legal_sentences",
    "read_bills",
    "read_constitution",
    "split_sentences",
    "unwrap_bill",
]

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
        wrapped = line.endswith((" ", "\t")) or (display_width(line) >= WRAP_WIDTH and not line.rstrip().endswith("."))
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


# ---------------------------------------------------------------------------------------------
# faithful_spacing=True: layout-aware line joining and a stricter filter (see the module)
# ---------------------------------------------------------------------------------------------

_LAYOUT = re.compile(r"^[\s\-=.]*$")
_NEW_PARAGRAPH = re.compile(r"^(\s|[①-⑳○∙*•<]|\d+\.\s|[가-하]\.\s+\S|\(\d+\))")
_TITLE_END = re.compile(r"(법률안|동의안|사유서|추계서)$")
_ARTICLE_START = re.compile(r"^제\d+조")
_SENTENCE_END = re.compile(r"(?<=[가-힣][.?!])\s+")
_LEADING_MARK = re.compile(r"^(\s|[①-⑳○∙*•·:\-]|\(?\d+\)\s|\d+\.\s|[가-하]\.\s)+")
_ARTICLE_HEADER = re.compile(r"^제\d+조(의\d+)?(\([^)]*\)\s*|\s+)")
_ALLOWED = re.compile(r"^[가-힣0-9A-Za-z .,·()｢｣「」“”‘’'\"%~∼:;?!ㆍ․‧・<>/\[\]-]+$")


def _paragraphs(text: str) -> list[str]:
    """Re-join the hard-wrapped lines of a KoNLPy corpus file into paragraphs.

    The bills were extracted from PDFs: a line that ends with whitespace broke at a word
    boundary, a line that does not broke inside a word (``"자\\n\\n녀"`` is ``"자녀"``).
    Indented lines, list items, short lines (titles) and table lines start new paragraphs.
    """
    paragraphs: list[str] = []
    current, previous, previous_trailing = "", "", False
    for raw in text.replace("\x0c", "\n").split("\n"):
        if not raw.strip() or _PAGE_MARKER.match(raw):
            continue
        line = raw.strip()
        # table rules and letter-spaced titles ("부      칙") stand alone
        if _LAYOUT.match(raw) or re.search(r"\S\s{3,}\S", line):
            paragraphs.extend(p for p in (current, line) if p)
            current, previous, previous_trailing = "", "", False
            continue
        starts_new = (
            not current
            or _NEW_PARAGRAPH.match(raw) is not None
            or (
                not previous_trailing
                and (
                    len(previous) < 24
                    or previous.endswith(".")
                    or _TITLE_END.search(previous) is not None
                    or _ARTICLE_START.match(line) is not None
                )
            )
        )
        if starts_new:
            if current:
                paragraphs.append(current)
            current = line
        else:
            current += (" " if previous_trailing else "") + line
        previous, previous_trailing = line, raw != raw.rstrip()
    if current:
        paragraphs.append(current)
    return paragraphs


def _drop_comparison_table(text: str) -> str:
    """Remove a bill's old/new comparison table (신·구조문대비표): its two columns interleave."""
    start = re.search(r"구\s*조문\s*대비표", text)
    if start is None:
        return text
    cut_from = text.rfind("\n", 0, start.start())
    after = re.search(r"비용추계", text[start.end() :])
    if after is None:
        return text[:cut_from]
    resume = text.rfind("\n", 0, start.end() + after.start())
    return text[:cut_from] + "\n" + text[resume:]


def _clean_sentence(sentence: str) -> str:
    sentence = _LEADING_MARK.sub("", sentence).strip()
    sentence = _ARTICLE_HEADER.sub("", sentence)
    return re.sub(r"\s*[①-⑳]\s*", " ", sentence).strip()


def _keep(sentence: str) -> bool:
    """Keep sentences of ordinary Hangul prose with trustworthy spacing."""
    if not _ALLOWED.match(sentence) or "--" in sentence:
        return False
    chars = sentence.replace(" ", "")
    words = sentence.split()
    if len(chars) < 10 or len(words) < 2:
        return False
    if sum("가" <= ch <= "힣" for ch in chars) / len(chars) < 0.6:
        return False
    run = 0
    for word in words:  # three one-syllable words in a row: letter-spaced layout ("이 내 (여 자")
        run = run + 1 if len(word) == 1 and "가" <= word <= "힣" else 0
        if run >= 3:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# the corpus: one function, two flavours
# ---------------------------------------------------------------------------------------------


def _default_sentences(documents: list[str]) -> list[str]:
    """Rules 1-3 of the module on the constitution and the bills' prose (``unwrap_bill``)."""
    return [s for document in documents for s in split_sentences(document)]


def _spacing_sentences(documents: list[str]) -> list[str]:
    """The ``faithful_spacing=True`` rules, before de-duplication (keys ignore spaces)."""
    sentences = []
    for paragraph in (p for document in documents for p in _paragraphs(document)):
        paragraph = _SPACES.sub(" ", paragraph).strip()
        for sentence in _SENTENCE_END.split(paragraph):
            sentence = _clean_sentence(sentence)
            if _keep(sentence):
                sentences.append(sentence)
    return sentences


@lru_cache(maxsize=2)
def _legal_sentences(faithful_spacing: bool) -> tuple[str, ...]:
    bills = read_bills().values()
    if faithful_spacing:
        documents = [read_constitution(), *(_drop_comparison_table(raw) for raw in bills)]
        sentences = _spacing_sentences(documents)
    else:
        documents = [read_constitution(), *(unwrap_bill(raw) for raw in bills)]
        sentences = _default_sentences(documents)
    # rule 4: drop repeats, keeping the first; for spacing two sentences that differ only in
    # their spaces are the same sentence (keeping both would give one text two answers)
    seen: set[str] = set()
    kept = []
    for sentence in sentences:
        key = sentence.replace(" ", "") if faithful_spacing else sentence
        if key not in seen:
            seen.add(key)
            kept.append(sentence)
    return tuple(kept)


def legal_sentences(*, faithful_spacing: bool = False) -> list[str]:
    """Cleaned, de-duplicated sentences of kolaw and kobill: the constitution first, then the bills
    by file id.

    Args:
        faithful_spacing: ``False`` (default): the language-model corpus (rules 1-4 of the
            module; 591 sentences). ``True``: the spacing corpus, whose every space is a
            label and therefore cleaned for faithful spacing (the three differences in the
            module docstring; 603 sentences).

    Computed once per process and flavour (a new list is returned each call).
    """
    if not isinstance(faithful_spacing, bool):
        raise TypeError(f"faithful_spacing must be True or False, got {faithful_spacing!r}")
    return list(_legal_sentences(faithful_spacing))


def corpus_sentences() -> list[str]:
    """The language-model corpus: ``legal_sentences()`` (see :func:`legal_sentences`)."""
    return legal_sentences()
