"""Where the course keeps its files.

The course is used from a git checkout installed in editable mode, so the repository root is
the parent folder of the ``course_utils`` package. ``NLTK_DATA_DIR`` is built by the project (``make``), never
downloaded at run time.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # course_utils/
REPO_ROOT = PACKAGE_DIR.parent
DATA_DIR = REPO_ROOT / "data"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"


def nltk_data_dir() -> Path:
    """Return the NLTK data folder the course uses: ``$NLTK_DATA`` if set, else ``<repo>/.nltk_data``."""
    env = os.environ.get("NLTK_DATA")
    if env:
        return Path(env.split(os.pathsep)[0])
    return REPO_ROOT / ".nltk_data"


def data_path(name: str) -> Path:
    """Return the path of a file shipped in ``data/``; raise ``FileNotFoundError`` naming what exists."""
    if not isinstance(name, str) or not name:
        raise TypeError(f"name must be a non-empty file name under data/, got {name!r}")
    path = DATA_DIR / name
    if not path.exists():
        available = sorted(p.name for p in DATA_DIR.iterdir()) if DATA_DIR.exists() else []
        raise FileNotFoundError(f"data/{name} does not exist; files in data/: {available}")
    return path
