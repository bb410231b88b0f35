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
