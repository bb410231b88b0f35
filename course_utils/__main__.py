"""Command line: ``python -m course_utils doctor``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["doctor"]:
        from course_utils.setup.doctor import main as doctor_main

        return doctor_main()
    print("사용법: python -m course_utils doctor", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
