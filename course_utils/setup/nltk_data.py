"""Where the course's NLTK data lives and whether it is there (the run-time part, small on purpose).

``make`` builds the data once with ``scripts/build_nltk_data.py`` (offline, from Debian packages,
no third-party pickle) into :func:`course_utils.setup.paths.nltk_data_dir`; notebooks only point
NLTK at that folder (:func:`use_course_nltk_data`, called by ``setup_notebook``) and check that the
four resources are there (:func:`missing_resources`):

===========================================  ====================================================
resource (``nltk.data`` path)                what uses it
===========================================  ====================================================
``tokenizers/punkt_tab/english``             ``sent_tokenize``, ``word_tokenize``
``taggers/averaged_perceptron_tagger_eng``   ``pos_tag``
``corpora/wordnet``                          ``WordNetLemmatizer``, ``nltk.corpus.wordnet``
``corpora/stopwords``                        ``nltk.corpus.stopwords.words("english")``
===========================================  ====================================================

No ``nltk`` import happens when this module is imported.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from course_utils.setup.paths import nltk_data_dir

__all__ = ["RESOURCES", "REQUIRED_FILES", "NLTKSetupError", "missing_resources", "use_course_nltk_data"]

#: NLTK resource path -> the package name ``nltk.download`` knows it by.
RESOURCES: dict[str, str] = {
    "tokenizers/punkt_tab/english": "punkt_tab",
    "taggers/averaged_perceptron_tagger_eng": "averaged_perceptron_tagger_eng",
    "corpora/wordnet": "wordnet",
    "corpora/stopwords": "stopwords",
}

TAGGER_FILES = tuple(f"averaged_perceptron_tagger_eng.{part}.json" for part in ("weights", "tagdict", "classes"))
WORDNET_FILES = (  # what nltk.corpus.reader.wordnet.WordNetCorpusReader opens
    "cntlist.rev",
    "lexnames",
    "index.sense",
    "index.adj",
    "index.adv",
    "index.noun",
    "index.verb",
    "data.adj",
    "data.adv",
    "data.noun",
    "data.verb",
    "adj.exc",
    "adv.exc",
    "noun.exc",
    "verb.exc",
)
#: Files each resource folder must hold for NLTK to load it.
REQUIRED_FILES: dict[str, tuple[str, ...]] = {
    "tokenizers/punkt_tab/english": (
        "collocations.tab",
        "sent_starters.txt",
        "abbrev_types.txt",
        "ortho_context.tab",
    ),
    "taggers/averaged_perceptron_tagger_eng": TAGGER_FILES,
    "corpora/wordnet": WORDNET_FILES,
    "corpora/stopwords": ("english",),
}
# Where nltk.download leaves a package when it does not unzip it.
_DOWNLOAD_ZIPS: dict[str, str] = {
    "tokenizers/punkt_tab/english": "tokenizers/punkt_tab.zip",
    "taggers/averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng.zip",
    "corpora/wordnet": "corpora/wordnet.zip",
    "corpora/stopwords": "corpora/stopwords.zip",
}


class NLTKSetupError(RuntimeError):
    """The NLTK data could not be prepared; the message (in Korean) says what to do."""


def _root(root: str | Path | None) -> Path:
    return Path(root) if root is not None else nltk_data_dir()


def _present(root: Path, resource: str) -> bool:
    folder = root / resource
    if all((folder / name).is_file() for name in REQUIRED_FILES[resource]):
        return True
    archive = root / _DOWNLOAD_ZIPS[resource]
    if archive.is_file():  # left zipped by nltk.download; NLTK reads it in place
        try:
            with zipfile.ZipFile(archive) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile:
            return False
        inner = resource.split("/", 1)[1]  # e.g. "punkt_tab/english", "wordnet"
        return all(f"{inner}/{name}" in names for name in REQUIRED_FILES[resource])
    return False


def missing_resources(root: str | Path | None = None) -> list[str]:
    """Return the resource paths of :data:`RESOURCES` that are not in *root* (default: the course
    folder), in the order of :data:`RESOURCES`. Cheap: looks at files only, imports nothing."""
    folder = _root(root)
    return [resource for resource in RESOURCES if not _present(folder, resource)]


def use_course_nltk_data(root: str | Path | None = None) -> Path:
    """Put the course NLTK folder (or *root*) first on ``nltk.data.path`` and return it.

    NLTK 3.10 only reads data under the folders of ``nltk.data.path`` (and ``$NLTK_DATA``), so
    notebooks call this (through ``setup_notebook``) before using NLTK. Idempotent and cheap.
    """
    import nltk

    folder = _root(root).resolve()
    text = str(folder)
    while text in nltk.data.path:
        nltk.data.path.remove(text)
    nltk.data.path.insert(0, text)
    return folder
