"""Build the course's second corpus, the Korean LibreOffice help, into ``data/help_ko.tsv.gz``.

Run ``make data`` (or ``.venv/bin/python scripts/extract_help_corpus.py``) on a Debian or Ubuntu
machine; a learner never needs to, because the result is committed. Steps:

1. ``apt-get download libreoffice-help-ko=<PINNED_VERSION>`` into a temporary folder (no root
   needed) and ``dpkg-deb -x`` it. If the archive no longer has the pinned version, the script
   stops and says how to move the pin.
2. Every help page (``usr/share/libreoffice/help/ko/text/<module>/**.html``) is parsed with the
   standard library's :class:`html.parser.HTMLParser`. Only the page body (``div#DisplayArea``) is
   read, without code (``pre``, ``code``), "not found" markers (``class="bug"``) and the list of
   related pages (``div.relatedtopics``). Every paragraph, heading (h1-h6), list item and table
   cell gives one text: HTML entities unescaped, ``<br>`` read as a space, runs of whitespace
   collapsed to one space. A block nested in another (a ``p`` in a ``td``) is its own text.
3. A text is kept when it has at least ``MIN_HANGUL`` Hangul syllables and Hangul syllables make
   up at least ``MIN_HANGUL_SHARE`` of its non-space characters (see the constants for why).
4. Exact duplicates are removed. A text that pages include from another page (``div.embedded``)
   keeps the page where it is written, not embedded, when there is one; otherwise the first
   page in path order. Its module is the page's top folder.
5. The split: :func:`course_utils.corpora.help.make_split` (grouped by page and by near-duplicate
   group, stratified by module, 80/10/10) fills the ``split`` column.
6. ``data/help_ko.tsv.gz`` (``id, module, page, split, text``) and ``data/help_ko_morphemes.tsv.gz``
   (``id, morphemes``: the Okt morphemes of each text, eojeol starts marked with ``▁``, as
   :func:`course_utils.lm_data.tokenize` makes them) are written as gzip with mtime 0, so the same
   input gives the same bytes. The script prints both sha256 sums; they must equal the constants
   in ``course_utils/corpora/help.py`` (the script says so when they do not).

Options: ``--html-root DIR`` reads an already extracted ``.../help/ko`` folder instead of
downloading; ``--no-morphemes`` skips the Okt file (it needs Java).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

PACKAGE = "libreoffice-help-ko"
#: The Debian package version the shipped corpus was built from (Debian 12 "bookworm").
PINNED_VERSION = "4:7.4.7-1+deb12u14"
HELP_ROOT = Path("usr/share/libreoffice/help/ko")
#: Top folder of a page -> module name used as the class label.
MODULES = {
    "sbasic": "Basic",
    "scalc": "Calc",
    "schart": "Chart",
    "sdatabase": "Base",
    "sdraw": "Draw",
    "shared": "shared",
    "simpress": "Impress",
    "smath": "Math",
    "swriter": "Writer",
}
#: A kept text has at least this many Hangul syllables. Shorter Korean texts are mostly labels
#: and headings of two or three words ("셀 서식 지정", "기본 설정"), which say little about the
#: module and nothing about running text.
MIN_HANGUL = 10
#: ... and Hangul syllables are at least this share of its non-space characters. The help is
#: partly untranslated: English paragraphs, function syntax (``SUMIFS(Sum_Range; ...)``) and
#: menu paths with a Korean word or two fall below it, while Korean sentences that name English
#: menu items, functions or file types stay above it.
MIN_HANGUL_SHARE = 0.3
#: The 7.4 help gives about 12,900; far fewer means the HTML changed and the parser misses text.
MIN_PARAGRAPHS = 11_000

BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "caption"}
SKIP_TAGS = {"script", "style", "pre", "code", "noscript", "button", "input", "label", "nav"}
SKIP_CLASSES = {"bug", "relatedtopics"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HANGUL = re.compile(r"[가-힣]")
_WHITESPACE = re.compile(r"\s+")
COLUMNS = ("id", "module", "page", "split", "text")


class ExtractionError(RuntimeError):
    """The package could not be fetched, or its HTML did not give the expected text."""


class HelpPageParser(HTMLParser):
    """Collect ``(text, embedded)`` for every block of one help page's body (see the module)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, bool]] = []
        self._stack: list[tuple[str, bool, bool, bool]] = []  # (tag, body, skip, embedded) per open element
        self._buffers: list[list[str]] = []  # one buffer per open block element

    def _state(self) -> tuple[bool, bool, bool]:
        return self._stack[-1][1:] if self._stack else (False, False, False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            if tag == "br" and self._buffers:
                self._buffers[-1].append(" ")
            return
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        body, skip, embedded = self._state()
        body = body or attributes.get("id") == "DisplayArea"
        skip = skip or tag in SKIP_TAGS or bool(classes & SKIP_CLASSES)
        embedded = embedded or "embedded" in classes
        self._stack.append((tag, body, skip, embedded))
        if tag in BLOCK_TAGS:
            self._buffers.append([])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self._buffers:
            self._buffers[-1].append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS or all(open_tag != tag for open_tag, *_ in self._stack):
            return  # a stray end tag
        while self._stack:
            open_tag, body, skip, embedded = self._stack.pop()
            if open_tag in BLOCK_TAGS:
                text = _WHITESPACE.sub(" ", "".join(self._buffers.pop())).strip()
                if body and not skip and text:
                    self.blocks.append((text, embedded))
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        body, skip, _ = self._state()
        if body and not skip and self._buffers:
            self._buffers[-1].append(data)


def page_blocks(path: Path) -> list[tuple[str, bool]]:
    """``(text, embedded)`` of every block in the body of one HTML help page, in page order."""
    parser = HelpPageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.blocks


def is_korean(text: str) -> bool:
    """The filter of step 3: enough Hangul syllables, and a large enough Hangul share."""
    hangul = len(_HANGUL.findall(text))
    visible = len(text.replace(" ", ""))
    return hangul >= MIN_HANGUL and hangul >= MIN_HANGUL_SHARE * visible


def extract_paragraphs(help_root: Path, min_paragraphs: int = MIN_PARAGRAPHS) -> list[dict[str, str]]:
    """Steps 2-4: unique Korean texts of the help under ``help_root`` (the ``.../help/ko`` folder).

    Returns dicts with ``module``, ``page`` (path under ``text/`` without ``.html``) and ``text``,
    ordered by page path, then position in the page. Raises :class:`ExtractionError` when fewer
    than ``min_paragraphs`` remain.
    """
    pages = sorted((help_root / "text").glob("*/**/*.html"))
    first: dict[str, tuple[int, str, str, int]] = {}  # text -> (rank, page, folder, position)
    for page_index, path in enumerate(pages):
        relative = path.relative_to(help_root / "text")
        folder = relative.parts[0]
        if folder not in MODULES:
            continue
        page = relative.with_suffix("").as_posix()
        for position, (text, embedded) in enumerate(page_blocks(path)):
            if "\t" in text or not is_korean(text):
                continue
            # rank: written-here occurrences beat embedded ones, then path order
            rank = (1 if embedded else 0) * len(pages) + page_index
            if text not in first or rank < first[text][0]:
                first[text] = (rank, page, folder, position)
    rows = [
        {"module": MODULES[folder], "page": page, "text": text, "_order": f"{page}\t{position:06d}"}
        for text, (_, page, folder, position) in first.items()
    ]
    rows.sort(key=lambda r: r["_order"])
    for r in rows:
        del r["_order"]
    if len(rows) < min_paragraphs:
        raise ExtractionError(
            f"only {len(rows)} Korean paragraphs from {len(pages)} HTML pages under {help_root}; "
            f"expected at least {min_paragraphs}. The help's HTML layout has probably changed: "
            "check HelpPageParser against a page before shipping a smaller corpus."
        )
    return rows


def fetch_help(workdir: Path, version: str = PINNED_VERSION) -> Path:
    """``apt-get download`` the pinned package into ``workdir`` and extract it; return ``.../help/ko``."""
    for tool in ("apt-get", "dpkg-deb"):
        if shutil.which(tool) is None:
            raise ExtractionError(
                f"`{tool}` not found: the extraction needs a Debian/Ubuntu machine. The corpus itself is "
                "committed (data/help_ko.tsv.gz); you only need this script to rebuild it."
            )
    done = subprocess.run(
        ["apt-get", "download", f"{PACKAGE}={version}"], cwd=workdir, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        policy = subprocess.run(["apt-cache", "policy", PACKAGE], capture_output=True, text=True, check=False)
        raise ExtractionError(
            f"`apt-get download {PACKAGE}={version}` failed:\n{done.stderr.strip()}\n\n"
            f"The pinned version may be gone from the archive (or apt's lists are empty: run "
            f"`sudo apt-get update`). What apt offers now:\n{policy.stdout.strip()}\n\n"
            "To move the pin: set PINNED_VERSION in scripts/extract_help_corpus.py to the candidate "
            "above, run `make data`, then update HELP_SHA256, MORPHEMES_SHA256 and the expected counts in "
            "course_utils/corpora/help.py, the figures in data/README.md and tests/test_corpora_help.py, "
            "and re-run benchmarks/bench_help.py."
        )
    debs = sorted(workdir.glob("*.deb"))
    if len(debs) != 1:
        raise ExtractionError(f"expected one .deb in {workdir}, found {[d.name for d in debs]}")
    subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(workdir / "root")], check=True)
    return workdir / "root" / HELP_ROOT


def _write_gzip_tsv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Write a gzip TSV with mtime 0 and no file name inside (same rows -> same bytes); return sha256."""
    text = io.StringIO()
    for row in [header, *rows]:
        for cell in row:
            if "\t" in cell or "\n" in cell:
                raise ExtractionError(f"a cell contains a tab or newline: {cell!r}")
        text.write("\t".join(row) + "\n")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as f:
        f.write(text.getvalue().encode("utf-8"))
    path.write_bytes(buffer.getvalue())
    return hashlib.sha256(buffer.getvalue()).hexdigest()


def okt_morphemes(texts: list[str], batch: int = 500) -> list[tuple[str, ...]]:
    """Okt morphemes of each text, eojeol starts marked (``lm_data``'s morpheme unit)."""
    from course_utils import lm_data

    result: list[tuple[str, ...]] = []
    for start in range(0, len(texts), batch):
        chunk = texts[start : start + batch]
        result.extend(tuple(t) for t in lm_data.tokenize_corpus(chunk, "morpheme", corpus=None))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--html-root", type=Path, help="an extracted .../help/ko folder (skips apt-get)")
    parser.add_argument("--out", type=Path, default=REPO / "data", help="output folder (default: data/)")
    parser.add_argument("--no-morphemes", action="store_true", help="do not write the Okt morpheme file")
    args = parser.parse_args(argv)

    from course_utils.corpora import help as help_corpus

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="course-help-build-") as tmp:
        root = args.html_root or fetch_help(Path(tmp))
        rows = extract_paragraphs(root)
    texts = [r["text"] for r in rows]
    splits, report = help_corpus.make_split(texts, [r["module"] for r in rows], [r["page"] for r in rows])
    args.out.mkdir(parents=True, exist_ok=True)
    table = [(str(i), r["module"], r["page"], s, r["text"]) for i, (r, s) in enumerate(zip(rows, splits, strict=True))]
    digest = _write_gzip_tsv(args.out / help_corpus.HELP_FILE.name, COLUMNS, table)
    print(f"{len(rows):,} paragraphs, {sum(map(len, texts)):,} characters, {len({r['page'] for r in rows}):,} pages")
    counts = Counter((r["module"], s) for r, s in zip(rows, splits, strict=True))
    for module in sorted({r["module"] for r in rows}):
        parts = [counts[(module, p)] for p in help_corpus.PARTS]
        chars = sum(len(r["text"]) for r in rows if r["module"] == module)
        print(f"  {module:8s} {sum(parts):6,} paragraphs {chars:8,} chars  train/valid/test {parts}")
    for key, value in report.items():
        print(f"  {key}: {value}")
    print(f"{help_corpus.HELP_FILE.name}: sha256 {digest}")
    if digest != help_corpus.HELP_SHA256:
        print("  -> differs from HELP_SHA256 in course_utils/corpora/help.py: update it (and the counts)")
    if not args.no_morphemes:
        morphemes = okt_morphemes(texts)
        rows_m = [(str(i), " ".join(m)) for i, m in enumerate(morphemes)]
        digest = _write_gzip_tsv(args.out / help_corpus.MORPHEMES_FILE.name, ("id", "morphemes"), rows_m)
        print(f"{help_corpus.MORPHEMES_FILE.name}: sha256 {digest}")
        if digest != help_corpus.MORPHEMES_SHA256:
            print("  -> differs from MORPHEMES_SHA256 in course_utils/corpora/help.py: update it")
    print(f"done in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ExtractionError as error:
        sys.exit(f"extract_help_corpus: {error}")
