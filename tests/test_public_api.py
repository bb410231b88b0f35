"""The public API cannot break silently: every name a notebook imports from course_utils, every
attribute it reads from an imported course_utils module, and every name in the ``__all__`` of the
package and its re-exporting subpackages must resolve. A module move that forgets a re-export
fails here, with the notebook and the line that would break."""

from __future__ import annotations

import ast
import importlib
import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
# packages whose __init__ re-exports the names of their modules (see each docstring)
REEXPORTING = (
    "course_utils",
    "course_utils.encoding",
    "course_utils.spacing",
    "course_utils.lm",
    "course_utils.setup",
    "course_utils.setup.nltk_data",
    "course_utils.corpora.legal",
    "course_utils.corpora.legal_documents",
)


def _code(cell_source: str) -> str:
    """A code cell without IPython magics and shell escapes, so that ``ast`` can parse it."""
    lines = cell_source.splitlines()
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in lines)


def _resolve(module: str, name: str) -> object:
    """``from module import name``: an attribute of the module, or its submodule."""
    mod = importlib.import_module(module)
    if hasattr(mod, name):
        return getattr(mod, name)
    return importlib.import_module(f"{module}.{name}")


def _notebook_uses() -> list[tuple[str, int, str, str, str | None]]:
    """``(notebook, cell, module, name, attribute)`` for every course_utils import in a notebook
    and every ``alias.attribute`` read on an imported course_utils module."""
    uses = []
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(cells):
            if cell["cell_type"] != "code":
                continue
            source = "".join(cell["source"])
            try:
                tree = ast.parse(_code(source))
            except SyntaxError:
                continue  # a cell that shows a syntax error on purpose
            aliases: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("course_utils"):
                    for alias in node.names:
                        uses.append((path.name, number, node.module, alias.name, None))
                        aliases[alias.asname or alias.name] = (node.module, alias.name)
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        if alias.name.startswith("course_utils"):
                            parent, _, last = alias.name.rpartition(".")
                            uses.append((path.name, number, parent or alias.name, last if parent else "", None))
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
                    module, name = aliases[node.value.id]
                    uses.append((path.name, number, module, name, node.attr))
    return sorted(set(uses), key=lambda u: (u[0], u[1], u[2], u[3], u[4] or ""))


USES = _notebook_uses()


def test_the_notebooks_import_something_from_course_utils() -> None:
    assert len(NOTEBOOKS) >= 14
    assert sum(1 for use in USES if use[3] == "setup_notebook") >= len(NOTEBOOKS) - 1


@pytest.mark.parametrize(("notebook", "cell", "module", "name", "attribute"), USES, ids=lambda v: str(v))
def test_notebook_import_resolves(notebook: str, cell: int, module: str, name: str, attribute: str | None) -> None:
    where = f"{notebook} cell {cell}"
    if not name:  # `import course_utils...`
        importlib.import_module(module)
        return
    try:
        obj = _resolve(module, name)
    except (ImportError, AttributeError) as exc:
        pytest.fail(f"{where}: `from {module} import {name}` fails: {exc}")
    if attribute is not None and not hasattr(obj, attribute):
        # the alias may be a class or function used with a method; only modules are checked
        if isinstance(obj, type(importlib)):
            pytest.fail(f"{where}: `{name}.{attribute}` does not exist in {module}.{name}")


@pytest.mark.parametrize("package", REEXPORTING)
def test_every_name_in_all_resolves(package: str) -> None:
    module = importlib.import_module(package)
    names = getattr(module, "__all__", None)
    assert names, f"{package} has no __all__"
    missing = [name for name in names if not hasattr(module, name)]
    assert missing == [], f"{package}.__all__ lists names it does not define: {missing}"
