"""Build the course website from the notebooks as stored (no re-execution): `make site`.

Steps:
1. Stage the Sphinx sources in ``_build/site-stage/src``: every ``notebooks/*.ipynb`` (found, not listed by hand),
   in file-name order, which is chapter order; a generated home page (``index.md``) with the README's introduction
   and the syllabus built from the notebooks' titles. The staged copy of a notebook differs from the repository's
   in two ways only: a note under its title links the notebook file and says how to run it (``make lab``), and a
   cell tagged ``solution`` also gets ``hide-cell`` (with a "풀이 보기" toggle) so the answer is collapsed on the page.
2. Stage the offline assets in ``_build/site-stage/static``: MathJax 2.7 (from the ``jupyter-server-mathjax``
   package) and NanumGothic (from ``koreanize-matplotlib``, converted to WOFF), and the repository's notebooks,
   unchanged, for download beside each page.
3. Run Sphinx (``site/conf.py``; MyST-NB renders stored outputs, ``nb_execution_mode = "off"``) into ``_build/site``
   with warnings as errors, so a notebook that does not render fails the build and names its file.

Files are only rewritten when their content changes, so a second build re-reads only the notebooks that changed;
a notebook added, removed or retitled (or a change in site/) starts a clean build, so no page keeps a stale sidebar.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
STAGE = ROOT / "_build" / "site-stage"
SRC = STAGE / "src"
STATIC = STAGE / "static"  # copied into _static/ of the built site
EXTRA = STAGE / "extra"  # copied to the site root (notebooks/*.ipynb for download)
OUT = ROOT / "_build" / "site"
DOCTREES = ROOT / "_build" / "site-doctrees"

NOTEBOOK_RE = re.compile(r"^(\d\d)-(\d\d)_[\w-]+\.ipynb$")

# The book's chapters (https://wikidocs.net/book/2155); a chapter not listed here is shown as "NN장".
CHAPTERS: dict[str, str] = {
    "01": "자연어 처리 준비하기",
    "02": "텍스트 전처리 (Text Preprocessing)",
    "03": "언어 모델 (Language Model)",
    "04": "카운트 기반의 단어 표현 (Count-based Word Representation)",
    "05": "문서 유사도 (Document Similarity)",
    "06": "머신 러닝 개요 (Machine Learning)",
    "07": "딥 러닝 개요 (Deep Learning)",
    "08": "순환 신경망 (Recurrent Neural Network)",
    "09": "워드 임베딩 (Word Embedding)",
    "10": "RNN을 이용한 텍스트 분류 (Text Classification)",
}
OTHER_CHAPTER = "그 밖의 노트북"


@dataclass(frozen=True)
class Notebook:
    path: Path  # in the repository
    chapter: str  # "02", or OTHER_CHAPTER
    title: str  # "02-01 토큰화 (Tokenization)"
    summary: str  # one line for the syllabus

    @property
    def docname(self) -> str:
        return f"notebooks/{self.path.stem}"


def shown(path: Path) -> str:
    """A path as the reader knows it: relative to the repository when it is inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def write_if_changed(path: Path, data: bytes) -> None:
    """Write ``data`` unless ``path`` already holds exactly it (keeps Sphinx's incremental build incremental)."""
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def copy_if_changed(src: Path, dst: Path) -> None:
    write_if_changed(dst, src.read_bytes())


def sync_tree(src: Path, dst: Path) -> None:
    """Make ``dst`` a copy of ``src`` (files added, changed or removed)."""
    wanted = {p.relative_to(src) for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    for rel in wanted:
        copy_if_changed(src / rel, dst / rel)
    if dst.exists():
        for p in dst.rglob("*"):
            if p.is_file() and p.relative_to(dst) not in wanted:
                p.unlink()


def cell_text(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def readme_summaries(readme: Path) -> dict[str, str]:
    """Notebook file name -> the README syllabus table's description ("내용" column)."""
    out: dict[str, str] = {}
    if not readme.exists():
        return out
    row = re.compile(r"^\|[^|]*\|\s*\[[^\]]*\]\(notebooks/([^)]+\.ipynb)\)\s*\|(.*)\|\s*$")
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = row.match(line)
        if m:
            out[m.group(1)] = m.group(2).strip()
    return out


def readme_intro(readme: Path) -> str:
    """The README's introduction: the paragraphs between its title and its first ``##`` section."""
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    m = re.search(r"^# .*?\n(.*?)^## ", text, flags=re.S | re.M)
    return m.group(1).strip() if m else ""


def read_notebook(path: Path, summaries: dict[str, str]) -> tuple[Notebook, dict]:
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SystemExit(f"[site] {shown(path)}: 노트북을 읽을 수 없습니다: {exc}") from exc
    cells = nb.get("cells", [])
    first = cell_text(cells[0]) if cells and cells[0].get("cell_type") == "markdown" else ""
    m = re.match(r"#\s+(.+)", first)
    if not m:
        raise SystemExit(
            f"[site] {shown(path)}: 첫 셀이 '# NN-MM 제목' 으로 시작하는 마크다운 셀이어야 합니다 (COURSE_DESIGN §3)."
        )
    title = m.group(1).strip()
    name = NOTEBOOK_RE.match(path.name)
    chapter = name.group(1) if name else OTHER_CHAPTER
    summary = summaries.get(path.name, "")
    if not summary:  # not in the README yet: the notebook's numbered sections
        heads = [
            re.sub(r"^\d+\.\s*", "", line[3:]).strip()
            for c in cells
            if c.get("cell_type") == "markdown"
            for line in cell_text(c).splitlines()
            if re.match(r"^## \d+\.", line)
        ]
        summary = ", ".join(heads)
    return Notebook(path=path, chapter=chapter, title=title, summary=summary), nb


def staged_notebook(info: Notebook, nb: dict) -> dict:
    """The page's version of a notebook: a run note under the title, every solution cell collapsed."""
    name = info.path.name
    note = {
        "cell_type": "markdown",
        "id": "site-run-note",
        "metadata": {"tags": ["site-run-note"]},
        "source": (
            ":::{admonition} 이 노트북을 직접 실행하려면\n"
            ":class: tip site-run-note\n"
            f'노트북 파일: <a class="site-nb-file" href="{name}" download>{name}</a> (저장소의 `notebooks/` 폴더)\n\n'
            "저장소를 받은 뒤 `make lab` 을 실행하면 JupyterLab이 `notebooks/` 에서 열립니다. "
            "그 안에서 이 파일을 여세요. "
            "이 페이지의 출력은 다시 실행하지 않은, 저장소에 저장된(CI가 검증한) 출력입니다.\n"
            ":::\n"
        ),
    }
    cells = []
    for i, cell in enumerate(nb.get("cells", [])):
        cell = json.loads(json.dumps(cell))  # deep copy
        tags = cell.setdefault("metadata", {}).setdefault("tags", [])
        if "solution" in tags:
            if "hide-cell" not in tags:
                tags.append("hide-cell")
            cell["metadata"]["mystnb"] = {"code_prompt_show": "풀이 보기", "code_prompt_hide": "풀이 접기"}
        cells.append(cell)
        if i == 0:
            cells.append(note)
    return {**nb, "cells": cells}


def md_escape_cell(text: str) -> str:
    return text.replace("|", "\\|")


def home_page(notebooks: list[Notebook], intro: str) -> str:
    chapters: dict[str, list[Notebook]] = {}
    for nb in notebooks:
        chapters.setdefault(nb.chapter, []).append(nb)

    def chapter_title(ch: str) -> str:
        return ch if ch == OTHER_CHAPTER else f"{ch}장 {CHAPTERS.get(ch, '')}".strip()

    lines = ["# 딥 러닝을 이용한 자연어 처리 입문: 실행되는 한국어 강의", "", intro, ""]
    lines += [
        "## 이 사이트로 공부하기",
        "",
        "왼쪽 목차(휴대전화에서는 ☰ 메뉴)에서 노트북을 고르고, 각 페이지 아래의 '이전/다음' 링크로 "
        "차례대로 읽으면 됩니다. 페이지의 출력은 저장소에 저장된 출력 그대로이고, 이 사이트를 만들 때 다시 실행하지 "
        "않았습니다. CI는 변경 때마다 모든 노트북을 위에서 아래로 다시 실행해 저장된 출력과 비교합니다(시간 측정처럼 "
        "기계마다 달라지는 출력은 비교에서 빼고 뒤의 셀이 assert로 확인합니다). 연습 문제의 풀이 셀은 접혀 있으니, "
        "먼저 풀어 본 뒤 펼쳐 보세요. 왼쪽 위의 검색 상자는 한국어 낱말(예: 토큰화, 펄플렉서티)도 찾습니다.",
        "",
        "직접 실행하려면 저장소를 받은 뒤 `make lab` 을 실행하세요. 처음이면 가상환경(`.venv`)을 만들고 JupyterLab을 "
        "`notebooks/` 에서 엽니다. 각 페이지 위쪽에 그 노트북 파일(`.ipynb`)을 받는 링크가 있습니다.",
        "",
        "이 사이트는 인터넷 없이도 열리도록 수식용 MathJax 2.7 "
        '(<a href="_static/mathjax/LICENSE">Apache License 2.0</a>)과 한글 글꼴 나눔고딕 '
        '(<a href="_static/fonts/NanumGothic-OFL.txt">SIL Open Font License 1.1</a>)을 함께 담고 있습니다.',
        "",
        "## 강의 목차",
        "",
    ]
    for ch, items in chapters.items():
        lines += [f"### {chapter_title(ch)}", "", "| 노트북 | 내용 |", "|---|---|"]
        lines += [
            f"| [{md_escape_cell(nb.title)}]({nb.docname}.ipynb) | {md_escape_cell(nb.summary)} |" for nb in items
        ]
        lines.append("")
    for ch, items in chapters.items():
        lines += ["```{toctree}", ":hidden:", f":caption: {chapter_title(ch)}", ""]
        lines += [nb.docname for nb in items]
        lines += ["```", ""]
    return "\n".join(lines)


def stage_assets() -> None:
    import jupyter_server_mathjax
    import koreanize_matplotlib
    from fontTools.ttLib import TTFont

    mathjax = Path(jupyter_server_mathjax.__file__).parent / "static"
    sync_tree(mathjax, STATIC / "mathjax")
    fonts = Path(koreanize_matplotlib.__file__).parent / "fonts"
    for name in ("NanumGothic", "NanumGothicBold"):
        src, dst = fonts / f"{name}.ttf", STATIC / "fonts" / f"{name}.woff"
        if not dst.exists() or dst.stat().st_mtime < max(src.stat().st_mtime, Path(__file__).stat().st_mtime):
            dst.parent.mkdir(parents=True, exist_ok=True)
            font = TTFont(src)
            # TSI0..TSI5 are VTT hinting *sources*, never used for drawing; the empty TSI3 makes Chromium's font
            # sanitizer (OTS) reject the whole font. The glyphs are untouched.
            for table in [t for t in font.keys() if t.startswith("TSI")]:
                del font[table]
            font.flavor = "woff"  # same glyphs, zlib-compressed: 4.7 MB -> 2.4 MB
            font.save(dst)
    # The SIL Open Font License travels with the font. Its text is taken from the copy matplotlib ships (STIX fonts).
    import matplotlib

    stix_license = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / "LICENSE_STIX"
    stix = stix_license.read_text(encoding="utf-8")
    ofl = stix[stix.index("SIL OPEN FONT LICENSE Version 1.1") :]
    copyright_line = TTFont(fonts / "NanumGothic.ttf")["name"].getDebugName(0)
    notice = (
        f"NanumGothic, NanumGothic Bold: {copyright_line}\n"
        "Shipped with this website in WOFF format (glyphs unchanged; the VTT hinting source tables TSI0-TSI5\n"
        "removed), under the SIL Open Font License, Version 1.1:\n\n"
    )
    write_if_changed(STATIC / "fonts" / "NanumGothic-OFL.txt", (notice + ofl).encode())


def stage(notebook_dir: Path) -> list[Notebook]:
    paths = sorted(p for p in notebook_dir.glob("*.ipynb") if p.is_file())
    if not paths:
        raise SystemExit(f"[site] {notebook_dir} 에 노트북(.ipynb)이 없습니다.")
    summaries = readme_summaries(ROOT / "README.md")
    infos: list[Notebook] = []
    for path in sorted(paths, key=lambda p: (NOTEBOOK_RE.match(p.name) is None, p.name)):
        info, nb = read_notebook(path, summaries)
        infos.append(info)
        page = staged_notebook(info, nb)
        write_if_changed(
            SRC / "notebooks" / path.name, (json.dumps(page, ensure_ascii=False, indent=1) + "\n").encode()
        )
        copy_if_changed(path, EXTRA / "notebooks" / path.name)
    # Notebooks removed from the repository leave the site too.
    keep = {p.name for p in paths}
    for folder in (SRC / "notebooks", EXTRA / "notebooks"):
        for old in folder.glob("*.ipynb"):
            if old.name not in keep:
                old.unlink()
    write_if_changed(SRC / "index.md", home_page(infos, readme_intro(ROOT / "README.md")).encode())
    pages = [{"docname": i.docname, "title": i.title, "file": i.path.name} for i in infos]
    (STAGE / "pages.json").write_text(json.dumps(pages, ensure_ascii=False))
    stage_assets()
    return infos


def structure_fingerprint() -> str:
    """Pages, titles and order, plus the site's own code and styles.

    Sphinx rewrites only the pages whose source changed, so a new, removed or renamed notebook would leave the other
    pages with a stale sidebar and stale previous/next links (and a removed page in the output). When this
    fingerprint changes, the build starts clean.
    """
    h = hashlib.sha256((STAGE / "pages.json").read_bytes())
    for path in sorted(p for p in SITE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(SITE)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notebooks", type=Path, default=ROOT / "notebooks", help="folder of .ipynb files")
    parser.add_argument("-j", "--jobs", default="1", help="Sphinx parallel jobs (default 1)")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    infos = stage(args.notebooks.resolve())
    fingerprint, stamp = structure_fingerprint(), STAGE / "structure.sha256"
    if not stamp.exists() or stamp.read_text() != fingerprint:
        shutil.rmtree(OUT, ignore_errors=True)
        shutil.rmtree(DOCTREES, ignore_errors=True)
        stamp.unlink(missing_ok=True)
    from sphinx.cmd.build import build_main

    rc = build_main(
        ["-b", "html", "-c", str(SITE), "-d", str(DOCTREES), "-W", "--keep-going", "-q", "-j", args.jobs,
         str(SRC), str(OUT)]
    )  # fmt: skip
    if rc != 0:
        print(
            f"[site] Sphinx 빌드 실패 (종료 코드 {rc}). 위의 경고가 가리키는 {shown(SRC)}/notebooks/NN-MM_*.ipynb 는 "
            "notebooks/ 에 있는 같은 이름 노트북의 사이트용 사본입니다.",
            file=sys.stderr,
        )
        return rc
    stamp.write_text(fingerprint)
    missing = [i.docname for i in infos if not (OUT / f"{i.docname}.html").exists()]
    if missing:
        print(f"[site] 페이지가 만들어지지 않은 노트북: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"[site] 노트북 {len(infos)}개 + 홈 페이지 -> {shown(OUT)}/index.html ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
