"""The Korean LibreOffice help: the course's second corpus, shipped in ``data/help_ko.tsv.gz``.

About 12,600 unique Korean paragraphs (headings, list items and table cells included) of the
help pages of LibreOffice 7.4 (Debian package ``libreoffice-help-ko``, MPL-2.0), each labelled
by the program its page documents (``Calc``, ``Writer``, ``Impress``, ``Basic``, ``Math``,
``Chart``, ``Draw``, and ``shared`` for pages common to all). ``scripts/extract_help_corpus.py``
(``make data``) builds the file; ``data/README.md`` gives the source, license and counts.

>>> df = load_help()                                   # doctest: +SKIP
>>> df.columns.tolist()                                # doctest: +SKIP
['id', 'module', 'page', 'split', 'text']
>>> parts = help_split(); parts["train"].shape         # doctest: +SKIP

The split (column ``split``; every chapter that trains on this corpus uses it)
    Paragraphs are grouped (:func:`make_split`): two paragraphs share a group when they come from
    the same page, or when their character 5-gram sets (spaces removed) have Jaccard similarity
    >= 0.5, closed transitively (union-find). scikit-learn's ``StratifiedGroupKFold(n_splits=10,
    shuffle=False)`` with the module as the class deals the groups into ten folds of equal
    module mix; fold 8 is ``valid``, fold 9 is ``test``, the other eight are ``train`` (80/10/10).
    So no page and no near-duplicate pair sits on two sides.

Tasks
    Classification (07): :data:`HELP_CLASSES` and :func:`help_classification_split`.
    Language models (03, 07, 08): ``course_utils.lm_data.load_lm_corpus("help")``, whose sentences
    are the paragraphs of :func:`help_texts`. Spacing (08): :func:`help_texts` as references.
"""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from course_utils.near_duplicates import THRESHOLD, connected_groups, near_duplicate_pairs
from course_utils.near_duplicates import count_near_duplicates as count_near_duplicates
from course_utils.setup.paths import DATA_DIR

HELP_FILE = DATA_DIR / "help_ko.tsv.gz"
MORPHEMES_FILE = DATA_DIR / "help_ko_morphemes.tsv.gz"
#: sha256 of the shipped files (``sha256sum data/help_ko*.tsv.gz``).
HELP_SHA256 = "1d98cc65fe7dddbeaaa5fef33ffc8f42e117b6530f35563263c5a524b117ef06"
MORPHEMES_SHA256 = "6da04b91f052a9286460305b9dbde8588c3fc70edb38eba731b00e047f4b5369"
#: Paragraphs in the shipped file.
N_PARAGRAPHS = 12_567
PARTS = ("train", "valid", "test")
#: Modules used as classes (those with at least 400 paragraphs; ``shared`` is no program), label =
#: position in this tuple. Draw (220 paragraphs) and Base (untranslated) are left out.
HELP_CLASSES = ("Calc", "Writer", "Impress", "Basic", "Math", "Chart")
#: Near-duplicate rule of the split (:mod:`course_utils.near_duplicates`, whose
#: ``count_near_duplicates`` is re-exported here): Jaccard of character 5-gram sets (spaces
#: removed) >= ``NEAR_DUPLICATE`` = 0.5. The shipped split and its sha256 depend on both numbers.
NEAR_DUPLICATE = THRESHOLD

_FIX = "Run `make data` to rebuild it (needs apt-get), or restore it from a fresh clone (`git checkout -- data/`)."


class HelpCorpusError(RuntimeError):
    """The shipped help corpus file is missing or is not the file this course was built with."""


def _read_verified(path: Any, sha256: str) -> bytes:
    """The bytes of ``path`` after checking their sha256; :class:`HelpCorpusError` otherwise."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise HelpCorpusError(f"{path} is missing. {_FIX}") from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise HelpCorpusError(f"{path} has sha256 {digest}, expected {sha256}: the file is damaged or stale. {_FIX}")
    return data


@lru_cache(maxsize=1)
def _load() -> Any:
    import pandas as pd

    data = _read_verified(HELP_FILE, HELP_SHA256)
    return pd.read_csv(
        io.BytesIO(data),
        sep="\t",
        compression="gzip",
        quoting=3,  # csv.QUOTE_NONE: quotes are text
        dtype={"id": "int64", "module": str, "page": str, "split": str, "text": str},
        keep_default_na=False,
        na_filter=False,
        engine="c",
    )


def load_help() -> Any:
    """The whole corpus as a ``pandas.DataFrame`` with columns ``id, module, page, split, text``.

    Rows are in page order (``id`` 0, 1, ...). The file's sha256 is checked on first use; a missing
    or different file raises :class:`HelpCorpusError` saying how to restore it. A new copy is
    returned each call.
    """
    return _load().copy()


def _check_part(part: object) -> str:
    if part not in PARTS:
        raise ValueError(f"part must be one of {list(PARTS)}, got {part!r}")
    return str(part)


def help_split() -> dict[str, Any]:
    """``{"train": df, "valid": df, "test": df}``: :func:`load_help` cut by its ``split`` column."""
    df = _load()
    return {part: df[df["split"] == part].reset_index(drop=True) for part in PARTS}


def help_texts(part: str) -> list[str]:
    """The paragraphs of one part (``"train"``, ``"valid"`` or ``"test"``), in ``id`` order.

    These are the language-model "sentences" (``lm_data.load_lm_corpus("help")``) and the
    reference spacing for automatic spacing.
    """
    df = _load()
    return df.loc[df["split"] == _check_part(part), "text"].tolist()


def help_classification_split() -> dict[str, Any]:
    """Paragraphs of the :data:`HELP_CLASSES` modules per part, with an int ``label`` column.

    ``label`` is the position of the module in :data:`HELP_CLASSES` (``Calc`` = 0, ...).
    """
    labels = {module: i for i, module in enumerate(HELP_CLASSES)}
    parts = {}
    for part, df in help_split().items():
        kept = df[df["module"].isin(labels)].reset_index(drop=True)
        kept["label"] = kept["module"].map(labels).astype("int64")
        parts[part] = kept
    return parts


@lru_cache(maxsize=1)
def help_morphemes() -> dict[str, tuple[str, ...]]:
    """``{paragraph: Okt morphemes}`` from the shipped cache (eojeol starts marked with ``▁``).

    Exactly what ``lm_data.tokenize(paragraph, "morpheme")`` gives, without starting Java.
    """
    data = _read_verified(MORPHEMES_FILE, MORPHEMES_SHA256)
    import gzip

    lines = gzip.decompress(data).decode("utf-8").split("\n")[1:]
    morphemes = {int(i): tuple(m.split(" ")) for i, m in (line.split("\t") for line in lines if line)}
    texts = _load()["text"].tolist()
    if len(morphemes) != len(texts):
        raise HelpCorpusError(f"{MORPHEMES_FILE} has {len(morphemes)} rows for {len(texts)} paragraphs. {_FIX}")
    return {text: morphemes[i] for i, text in enumerate(texts)}


# ---------------------------------------------------------------------------
# the split (used by scripts/extract_help_corpus.py and the tests); the near-duplicate rule is
# course_utils.near_duplicates, the one the spacing split and 02-09 use
# ---------------------------------------------------------------------------


def make_split(texts: Sequence[str], modules: Sequence[str], pages: Sequence[str]) -> tuple[list[str], dict[str, int]]:
    """The course's split (see the module docstring): ``(part of each paragraph, report)``.

    ``report`` counts the groups, the largest group, and the test and valid paragraphs that have a
    near-duplicate (Jaccard >= :data:`NEAR_DUPLICATE`) in train.
    """
    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold

    if not len(texts) == len(modules) == len(pages):
        raise ValueError(f"texts, modules and pages differ in length: {len(texts)}, {len(modules)}, {len(pages)}")
    near = near_duplicate_pairs(texts, NEAR_DUPLICATE)
    first_on_page: dict[str, int] = {}
    same_page = [(first_on_page.setdefault(p, i), i) for i, p in enumerate(pages)]
    groups = connected_groups(len(texts), near + same_page)
    fold = np.empty(len(texts), dtype=np.int64)
    folds = StratifiedGroupKFold(n_splits=10, shuffle=False)
    for k, (_, held_out) in enumerate(folds.split(np.zeros(len(texts)), np.asarray(modules), groups)):
        fold[held_out] = k
    parts = [{8: "valid", 9: "test"}.get(int(k), "train") for k in fold]
    report = {"near_duplicate_pairs": len(near), "groups": len(set(groups))}
    report["largest_group"] = max(Counter(groups).values())
    for part in ("valid", "test"):  # every near-duplicate pair of the corpus is in `near`
        crossing = {i for a, b in near for i, j in ((a, b), (b, a)) if parts[i] == part and parts[j] == "train"}
        report[f"{part}_with_near_duplicate_in_train"] = len(crossing)
    return parts, report
