"""Run every benchmark and assemble benchmarks/README.md from benchmarks/results/*.md.

Each ``bench_*.py`` (and ``notebook_times.py``) writes its own markdown section to
``benchmarks/results/<topic>.md`` and prints it; this script runs them in turn and joins the
sections under a fixed header. ``python benchmarks/run_all.py --assemble`` only re-joins.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
HEADER = """# Benchmarks

Measured with `make bench` on the course's reference machine (2 CPU cores, no GPU), with the
locked package versions. Each section below is written by one script in this folder; re-run
`make bench` to refresh them all. Budgets are in COURSE_DESIGN.md §6.
"""


def scripts() -> list[Path]:
    return sorted(HERE.glob("bench_*.py")) + [HERE / "notebook_times.py"]


def assemble() -> str:
    sections = [p.read_text(encoding="utf-8").strip() for p in sorted(RESULTS.glob("*.md"))]
    text = HEADER + "\n" + "\n\n".join(sections) + "\n"
    (HERE / "README.md").write_text(text, encoding="utf-8")
    return text


def main(argv: list[str]) -> int:
    failed = []
    if "--assemble" not in argv:
        for script in scripts():
            print(f"== {script.name}", flush=True)
            if subprocess.run([sys.executable, str(script)], cwd=HERE.parent, check=False).returncode:
                failed.append(script.name)
    assemble()
    if failed:
        print("failed:", ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
