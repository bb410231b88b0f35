"""Time every notebook under strict nbval and write a per-notebook table.

Runs the same pytest command as ``make test`` (notebooks only), reads pytest's JUnit XML, and
sums the time of each notebook's cells (kernel start-up included, as it is in the first cell's
setup). Writes ``benchmarks/results/notebook_times.md``. Run through ``make bench`` so the
environment (NLTK_DATA, PYTHONHASHSEED, TensorFlow log settings) is the one CI uses.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULT = ROOT / "benchmarks" / "results" / "notebook_times.md"
NOTEBOOK_BUDGET_S = 90.0
COURSE_BUDGET_S = 600.0
#: COURSE_DESIGN.md §6
CHAPTER_BUDGET_S = {"07": 180.0, "08": 210.0}


def run_nbval(junit: Path) -> int:
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "notebooks",
        "--nbval",
        "--nbval-current-env",
        "--nbval-sanitize-with",
        "tests/sanitize.cfg",
        "--nbval-cell-timeout=300",
        f"--junitxml={junit}",
    ]
    return subprocess.run(cmd, cwd=ROOT, check=False).returncode


def per_notebook_times(junit: Path) -> dict[str, tuple[int, float, int]]:
    """Return {notebook: (cells, seconds, failures)} from a JUnit XML file."""
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for case in ET.parse(junit).getroot().iter("testcase"):
        # nbval items have a classname such as "notebooks.02-01_tokenization.ipynb"
        name = case.get("classname", "").removeprefix("notebooks.")
        if not name.endswith(".ipynb"):
            continue
        entry = totals[name]
        entry[0] += 1
        entry[1] += float(case.get("time", 0.0))
        entry[2] += sum(1 for child in case if child.tag in ("failure", "error"))
    return {k: (int(v[0]), v[1], int(v[2])) for k, v in sorted(totals.items())}


def render(times: dict[str, tuple[int, float, int]]) -> str:
    total = sum(t for _, t, _ in times.values())
    slowest = max(times, key=lambda k: times[k][1])
    lines = [
        "## Notebook run time under strict nbval",
        "",
        f"Machine: {os.cpu_count()} CPU cores, {platform.machine()}, Python {platform.python_version()}; "
        "`make bench` (same flags as `make test`, notebooks only). Times include kernel start-up.",
        "",
        "| notebook | cells | seconds | status |",
        "|---|---:|---:|---|",
    ]
    for name, (cells, seconds, failures) in times.items():
        status = "ok" if failures == 0 else f"{failures} failed"
        if seconds > NOTEBOOK_BUDGET_S:
            status += f" (over the {NOTEBOOK_BUDGET_S:.0f} s budget)"
        lines.append(f"| {name} | {cells} | {seconds:.1f} | {status} |")
    chapters: dict[str, float] = defaultdict(float)
    for name, (_, seconds, _) in times.items():
        chapters[name[:2]] += seconds
    per_chapter = ", ".join(
        f"{ch}: {s:.0f} s" + (f" (budget {CHAPTER_BUDGET_S[ch]:.0f} s)" if ch in CHAPTER_BUDGET_S else "")
        for ch, s in sorted(chapters.items())
    )
    lines += [
        "",
        f"Total: **{total:.0f} s** for {len(times)} notebooks (budget {COURSE_BUDGET_S:.0f} s); "
        f"slowest: {slowest} ({times[slowest][1]:.1f} s, budget {NOTEBOOK_BUDGET_S:.0f} s).",
        "",
        f"Per chapter: {per_chapter}.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "nbval.xml"
        code = run_nbval(junit)
        times = per_notebook_times(junit)
    table = render(times)
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(table, encoding="utf-8")
    print(table)
    return code


if __name__ == "__main__":
    sys.exit(main())
