"""Rules every stored notebook must follow (see COURSE_DESIGN.md §3-4)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
MAX_BYTES = 2 * 1024 * 1024
NAME_PATTERN = re.compile(r"^\d{2}-\d{2}_[a-z0-9_]+\.ipynb$")
LOCAL_PATH = re.compile(r"(/(root|home|Users|tmp|private|var/folders)/)|([A-Za-z]:\\\\Users\\\\)")
STDERR_NOISE = re.compile(r"Warning|WARNING|E0000|W0000|I0000|Traceback")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def _code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code" and _source(c).strip()]


def _output_text(output: dict) -> str:
    if "text" in output:
        text = output["text"]
        return "".join(text) if isinstance(text, list) else text
    data = output.get("data", {})
    parts = []
    for mime in ("text/plain", "text/html", "text/markdown"):
        value = data.get(mime)
        if value is not None:
            parts.append("".join(value) if isinstance(value, list) else value)
    if output.get("output_type") == "error":
        parts.append("\n".join(output.get("traceback", [])))
    return "\n".join(parts)


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS, "notebooks/ has no .ipynb files"


@pytest.fixture(params=NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def notebook(request: pytest.FixtureRequest) -> tuple[Path, dict]:
    return request.param, _load(request.param)


def test_file_name_and_size(notebook: tuple[Path, dict]) -> None:
    path, _ = notebook
    assert NAME_PATTERN.match(path.name), f"{path.name}: name must look like NN-MM_slug.ipynb"
    assert path.stat().st_size <= MAX_BYTES, f"{path.name}: {path.stat().st_size} bytes > 2 MB"


def test_kernelspec_is_python3(notebook: tuple[Path, dict]) -> None:
    path, nb = notebook
    spec = nb.get("metadata", {}).get("kernelspec", {})
    assert spec.get("name") == "python3", f"{path.name}: kernelspec {spec.get('name')!r}, expected 'python3'"


def test_execution_counts_are_1_to_n(notebook: tuple[Path, dict]) -> None:
    path, nb = notebook
    counts = [c.get("execution_count") for c in _code_cells(nb)]
    assert counts == list(range(1, len(counts) + 1)), (
        f"{path.name}: execution counts {counts} are not 1..{len(counts)}; run `make notebooks NB={path.as_posix()}`"
    )


def test_no_error_outputs(notebook: tuple[Path, dict]) -> None:
    path, nb = notebook
    for i, cell in enumerate(_code_cells(nb)):
        if "NBVAL_RAISES_EXCEPTION" in _source(cell):
            continue
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error", f"{path.name} cell {i}: stored error {out.get('ename')}"


def test_no_warnings_on_stderr(notebook: tuple[Path, dict]) -> None:
    path, nb = notebook
    for i, cell in enumerate(_code_cells(nb)):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                text = _output_text(out)
                assert not STDERR_NOISE.search(text), f"{path.name} cell {i}: stderr noise: {text[:200]!r}"


def test_no_local_paths_in_outputs(notebook: tuple[Path, dict]) -> None:
    path, nb = notebook
    for i, cell in enumerate(_code_cells(nb)):
        for out in cell.get("outputs", []):
            text = _output_text(out)
            match = LOCAL_PATH.search(text)
            assert match is None, (
                f"{path.name} cell {i}: output shows a local path near "
                f"{text[max(0, match.start() - 40) : match.end() + 40]!r}"
            )


def test_ignored_outputs_give_a_reason(notebook: tuple[Path, dict]) -> None:
    """nbval only honours the bare marker line, so the reason goes on the comment line below it."""
    path, nb = notebook
    for i, cell in enumerate(_code_cells(nb)):
        lines = [line.strip() for line in _source(cell).splitlines()]
        for j, line in enumerate(lines):
            if "NBVAL_IGNORE_OUTPUT" in line or "NBVAL_SKIP" in line:
                assert line in ("# NBVAL_IGNORE_OUTPUT", "# NBVAL_SKIP"), (
                    f"{path.name} cell {i}: '{line}' must be the bare marker (nbval ignores it otherwise)"
                )
                reason = (
                    lines[j + 1].lstrip("# ").strip() if j + 1 < len(lines) and lines[j + 1].startswith("#") else ""
                )
                assert len(reason) >= 5, f"{path.name} cell {i}: put the reason on a '# ...' line right below {line}"


def test_follows_template(notebook: tuple[Path, dict]) -> None:
    path, nb = notebook
    markdown = "\n".join(_source(c) for c in nb["cells"] if c["cell_type"] == "markdown")
    number = path.name[:5]
    assert re.search(rf"^# {re.escape(number)} ", markdown, re.M), f"{path.name}: title must start with '# {number} '"
    for heading in ("학습 목표", "연습 문제", "정리"):
        assert re.search(rf"^#+ .*{heading}", markdown, re.M), f"{path.name}: missing a '{heading}' heading"
    code = [_source(c) for c in _code_cells(nb)]
    assert code and "setup_notebook(" in "\n".join(code[:2]), (
        f"{path.name}: setup_notebook() must run in the first code cells"
    )


# --- Issue 7 (B8, B11, §3.7-3.8): answers hidden, reading list, (심화) summaries, checked exercises ---

SOLUTION_MARK = "# 풀이"
SOLUTION_TAGS = {"solution", "hide-cell"}
LINK = re.compile(r"\]\((https?://[^)\s]+)\)|<(https?://[^>\s]+)>|(?<![(<])\bhttps?://\S+")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
CHECKER_CALL = re.compile(r"(?<![\w.])(check_\w+)\s*\(")
CHECKER_IMPORT = re.compile(r"^\s*from\s+course_utils\.exercises(\.\w+)?\s+import\s", re.M)


def _headings(nb: dict) -> list[tuple[int, int, str]]:
    """(cell index, level, title) of every markdown heading, in order."""
    found = []
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "markdown":
            continue
        for line in _source(cell).splitlines():
            match = HEADING.match(line.strip())
            if match:
                found.append((i, len(match.group(1)), match.group(2).strip()))
    return found


def test_solution_cells_hide_source_and_output(notebook: tuple[Path, dict]) -> None:
    """B8: a solution's source and output are hidden, so the answer is never visible under the question."""
    path, nb = notebook
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code" or not _source(cell).lstrip().startswith(SOLUTION_MARK):
            continue
        meta = cell.get("metadata", {})
        tags = set(meta.get("tags", []))
        jupyter = meta.get("jupyter", {})
        assert SOLUTION_TAGS <= tags, (
            f"{path.name} cell {i}: solution cell needs tags {sorted(SOLUTION_TAGS)}, has {sorted(tags)}"
        )
        assert jupyter.get("source_hidden") is True, (
            f"{path.name} cell {i}: solution cell needs jupyter.source_hidden = true"
        )
        assert jupyter.get("outputs_hidden") is True, (
            f"{path.name} cell {i}: solution cell needs jupyter.outputs_hidden = true"
        )
        assert _source(cell).startswith("# 풀이 (solution)"), (
            f"{path.name} cell {i}: start the source with '# 풀이 (solution)'"
        )


def test_solution_tags_only_on_solution_cells(notebook: tuple[Path, dict]) -> None:
    """A cell tagged 'solution' must say so in its first line (the learner sees the marker when it is collapsed)."""
    path, nb = notebook
    for i, cell in enumerate(nb["cells"]):
        if "solution" in cell.get("metadata", {}).get("tags", []):
            assert _source(cell).startswith("# 풀이 (solution)"), (
                f"{path.name} cell {i}: tagged 'solution' but the source does not start with '# 풀이 (solution)'"
            )


def test_ends_with_further_reading(notebook: tuple[Path, dict]) -> None:
    """B11: a '더 읽을거리' heading whose section holds at least one link."""
    path, nb = notebook
    headings = _headings(nb)
    reading = [h for h in headings if "더 읽을거리" in h[2]]
    assert reading, f"{path.name}: missing a '## 더 읽을거리' heading (book section on wikidocs + library docs)"
    start, level, _ = reading[-1]
    later = [h for h in headings if h[0] > start and h[1] <= level]
    assert not later, f"{path.name}: '더 읽을거리' must be the last section, but {later[0][2]!r} follows it"
    stop = len(nb["cells"])
    section = _source(nb["cells"][start]).split("더 읽을거리", 1)[1] + "\n".join(
        _source(c) for c in nb["cells"][start + 1 : stop] if c["cell_type"] == "markdown"
    )
    assert LINK.search(section), f"{path.name}: the '더 읽을거리' section has no link"


def test_advanced_headings_have_a_summary(notebook: tuple[Path, dict]) -> None:
    """§3.7: a '(심화)' heading is followed by at least one line of prose before the next code cell."""
    path, nb = notebook
    cells = nb["cells"]
    for i, cell in enumerate(cells):
        if cell["cell_type"] != "markdown":
            continue
        lines = _source(cell).splitlines()
        for j, line in enumerate(lines):
            match = HEADING.match(line.strip())
            if not match or "(심화)" not in match.group(2):
                continue
            following = lines[j + 1 :]
            for nxt in cells[i + 1 :]:
                if nxt["cell_type"] != "markdown":
                    break
                following += _source(nxt).splitlines()
            prose = []
            for text in following:
                if HEADING.match(text.strip()):
                    break
                if text.strip():
                    prose.append(text)
            assert prose, (
                f"{path.name} cell {i}: '{line.strip()}' needs a short summary before the next code cell or heading"
            )


def test_at_least_two_checked_exercises(notebook: tuple[Path, dict]) -> None:
    """§3.8: exercises use checkers from course_utils.exercises, at least two distinct ones."""
    path, nb = notebook
    code = "\n".join(_source(c) for c in _code_cells(nb))
    assert CHECKER_IMPORT.search(code), f"{path.name}: no import from course_utils.exercises"
    checkers = {name for name in CHECKER_CALL.findall(code) if not re.search(rf"def\s+{name}\b", code)}
    assert len(checkers) >= 2, f"{path.name}: exercises call {sorted(checkers)}; use at least two check_ functions"
