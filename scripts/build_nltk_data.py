#!/usr/bin/env python3
"""Build the NLTK data the course uses, offline and without any third-party pickle.

``python scripts/build_nltk_data.py`` (run by ``make`` before tests and notebooks) makes sure the
folder :func:`course_utils.setup.paths.nltk_data_dir` holds the four NLTK resources the course
needs (notebooks never import this script; at run time they only need
:mod:`course_utils.setup.nltk_data`):

===========================================  ====================================================
resource (``nltk.data`` path)                what uses it
===========================================  ====================================================
``tokenizers/punkt_tab/english``             ``sent_tokenize``, ``word_tokenize``
``taggers/averaged_perceptron_tagger_eng``   ``pos_tag``
``corpora/wordnet``                          ``WordNetLemmatizer``, ``nltk.corpus.wordnet``
``corpora/stopwords``                        ``nltk.corpus.stopwords.words("english")``
===========================================  ====================================================

Strategy, in order:

1. the resources are already there: nothing to do (one line, well under two seconds);
2. ``apt-get`` and ``dpkg-deb`` exist (Debian, Ubuntu, CI): build them offline from Debian packages
   fetched with ``apt-get download`` (no root needed; registries are reachable in CI even when the
   rest of the network is not). The notebooks' stored outputs were produced with this build;
3. otherwise, if the NLTK data server answers, ``nltk.download`` the missing ones quietly into that
   folder (NLTK's official punkt and tagger models: a few outputs of 02-01 may then differ).

What the offline build makes, and from what (the build writes a ``README`` with the package
versions into each resource folder):

* **WordNet 3.0** (``corpora/wordnet``): the database files of the Debian packages ``wordnet-base``
  and ``wordnet-sense-index``, copied byte for byte (WordNet 3.0 license, BSD-like). NLTK's reader
  also wants a ``lexnames`` file, which Debian does not ship: it is parsed from the table in the
  ``lexnames(5WN)`` man page of ``wordnet-base`` and checked against every synset of the data files
  (each synset's lexicographer file must belong to its part of speech).
* **Stopwords** (``corpora/stopwords/english``): the English list of the ``stop-words`` PyPI
  package (BSD-3-Clause), a course dependency. It is **not** NLTK's own 198-word English list:
  it is a larger merged list (1,333 entries in stop-words 2025.11.4, digits and contractions
  included). The ``README`` in that folder records the count.
* **Punkt** (``tokenizers/punkt_tab/english``): parameters learned by NLTK's own
  :class:`~nltk.tokenize.punkt.PunktTrainer` from the about 48,000 example sentences of WordNet 3.0
  (each one capitalized and closed with a period, then joined into running text), saved in the
  ``punkt_tab`` text format. That corpus is small and unusual, so, honestly: the abbreviation list
  is **seeded** with :data:`SEED_ABBREVIATIONS` (Mr, Mrs, Dr, Ph.D, e.g, a.m, U.S, ...) and the
  abbreviations the trainer learns are kept only if they contain a period, are a single letter,
  or are not an English word in WordNet (plain words such as "mug" that ended many examples
  would otherwise stop sentences from splitting). The result matches the original English
  model on the course's examples; on other text it can differ from it.
* **POS tagger** (``taggers/averaged_perceptron_tagger_eng``): NLTK's own
  :class:`~nltk.tag.perceptron.PerceptronTagger`, trained here and saved in the JSON format NLTK
  3.9+ loads (``averaged_perceptron_tagger_eng.{weights,tagdict,classes}.json``). No Penn-Treebank
  tagged corpus with an open license is packaged in Debian, so the training data is *silver*: the
  WordNet example sentences (tokenized with NLTK's word tokenizer), tagged by a Python port of the
  greedy bigram tagger of the Debian package ``liblingua-en-tagger-perl`` (Lingua::EN::Tagger,
  GPL-3), which reads word/tag counts and tag-transition probabilities estimated from the Penn
  Treebank from its plain-text YAML files (its Perl ``Storable`` files are not read). Tags are
  mapped to the Penn Treebank names NLTK uses. One sentence in ten is held out; the ``README`` of
  the tagger folder records how often the trained tagger agrees with the silver tags there. That
  is agreement with the teacher, **not** accuracy against hand-made gold tags. Because the weights
  derive from GPL-3 data, the built folder is for local use and is not committed.

Every step is deterministic (fixed seed, sorted output), writes only into the target folder and a
temporary folder, and no file the build writes or reads is a pickle.

Usage: ``python scripts/build_nltk_data.py [--root DIR] [--offline]`` (one line of output; exit 0 or 1).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

# Run as a script from a checkout: make the course package importable without installing it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from course_utils.setup.nltk_data import (  # noqa: E402
    RESOURCES,
    TAGGER_FILES,
    WORDNET_FILES,
    NLTKSetupError,
    missing_resources,
    use_course_nltk_data,
)
from course_utils.setup.paths import nltk_data_dir  # noqa: E402

#: Debian packages the offline build fetches, per resource.
_DEBIAN_PACKAGES: dict[str, tuple[str, ...]] = {
    "corpora/wordnet": ("wordnet-base", "wordnet-sense-index"),
    "tokenizers/punkt_tab/english": ("wordnet-base",),
    "taggers/averaged_perceptron_tagger_eng": ("wordnet-base", "liblingua-en-tagger-perl"),
    "corpora/stopwords": (),
}

#: Common English abbreviations added to what Punkt learns (lower case, without the final period,
#: as Punkt stores them). Seeded by hand because the training text is too small to learn them all.
SEED_ABBREVIATIONS: tuple[str, ...] = (
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "rev", "hon", "gen", "gov",
    "lt", "col", "capt", "sgt", "ph.d", "m.d", "b.a", "m.a", "b.sc", "m.sc", "e.g", "i.e",
    "etc", "vs", "cf", "inc", "ltd", "co", "corp", "dept", "approx", "fig", "no", "vol",
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "a.m", "p.m", "ave", "blvd", "rd",
)  # fmt: skip

_TAGGER_ITERATIONS = 3
_TAGGER_SEED = 1
_HELD_OUT_EVERY = 10  # sentence i is held out when i % 10 == 0
_NLTK_INDEX_URL = "https://raw.githubusercontent.com/nltk/nltk_data/gh-pages/index.xml"

# Lingua::EN::Tagger writes a few Penn Treebank tags under other names.
_LINGUA_TO_PTB = {
    "det": "DT",
    "prps": "PRP$",
    "wps": "WP$",
    "pp": ".",
    "ppc": ",",
    "ppd": "$",
    "ppl": "``",
    "ppr": "''",
    "pps": ":",
    "lrb": "(",
    "rrb": ")",
}


def _root(root: str | Path | None) -> Path:
    return Path(root) if root is not None else nltk_data_dir()


def ensure_nltk_data(root: str | Path | None = None, *, allow_download: bool = True) -> Path:
    """Make sure every resource of :data:`RESOURCES` is in *root* (default: the course folder).

    Uses what is there; else ``nltk.download`` if *allow_download* and the NLTK server answers;
    else builds the rest offline from Debian packages. Returns the folder.

    Raises:
        NLTKSetupError: nothing worked; the message says why and what to do, in Korean.
    """
    folder = _root(root)
    missing = missing_resources(folder)
    if not missing:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    # The stored notebook outputs were produced with the offline build, so prefer it wherever it
    # can run; NLTK's official data (slightly different punkt/tagger models) is the fallback.
    if not _debian_tools_available() and allow_download and _network_answers():
        _download(folder, missing)
        missing = missing_resources(folder)
        if not missing:
            return folder
    _build_offline(folder, missing)
    still = missing_resources(folder)
    if still:  # pragma: no cover - the build raises first
        raise NLTKSetupError(f"NLTK 데이터 빌드 후에도 빠진 리소스가 있습니다: {still}")
    return folder


# --------------------------------------------------------------------------------------------
# Download route
# --------------------------------------------------------------------------------------------


def _network_answers(timeout: float = 3.0) -> bool:
    """True when the NLTK data index answers within *timeout* seconds."""
    import urllib.request

    request = urllib.request.Request(_NLTK_INDEX_URL, method="HEAD")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return 200 <= response.status < 400
    except Exception:  # offline, DNS failure, proxy refusal, timeout: all mean "no"
        return False


def _download(root: Path, missing: Sequence[str]) -> None:
    """``nltk.download`` each missing resource quietly; failures are left to the offline build."""
    import nltk

    use_course_nltk_data(root)
    for resource in missing:
        try:
            nltk.download(RESOURCES[resource], download_dir=str(root), quiet=True)
        except Exception:  # the offline build takes over for whatever is still missing
            pass


# --------------------------------------------------------------------------------------------
# Offline build
# --------------------------------------------------------------------------------------------

_NO_DEBIAN_HELP = """\
NLTK 데이터({missing})를 준비하지 못했습니다.
NLTK 데이터 서버에 연결할 수 없고, 오프라인 빌드에 필요한 Debian 도구(apt-get, dpkg-deb)도 없습니다.
다음 중 하나를 하세요:
  1) 인터넷이 되는 곳에서 `python scripts/build_nltk_data.py`를 한 번 실행합니다
     (nltk.download 사용).
  2) Debian/Ubuntu 계열 컴퓨터(또는 컨테이너)에서 같은 명령을 실행합니다
     (apt 저장소만 있으면 됩니다).
  3) 이미 만들어진 NLTK 데이터 폴더를 복사해 오고, 환경 변수 NLTK_DATA를 그 폴더로 지정합니다.
대상 폴더: {root}"""


def _debian_tools_available() -> bool:
    return shutil.which("apt-get") is not None and shutil.which("dpkg-deb") is not None


def _run(command: Sequence[str], cwd: Path) -> str:
    try:
        done = subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, check=False, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise NLTKSetupError(f"명령 실행에 실패했습니다: {' '.join(command)}\n({error})") from error
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        hint = ""
        if command[0] == "apt-get":
            hint = "\napt 패키지 목록이 비어 있거나 오래되었을 수 있습니다. `sudo apt-get update` 후 다시 실행하세요."
        raise NLTKSetupError(
            f"명령이 실패했습니다(종료 코드 {done.returncode}): {' '.join(command)}\n" + "\n".join(tail) + hint
        )
    return done.stdout


def _fetch_debian_packages(names: Iterable[str], workdir: Path) -> dict[str, str]:
    """``apt-get download`` *names* into *workdir*, extract them under ``workdir/root``.

    Returns package name -> version.
    """
    names = sorted(set(names))
    debs = workdir / "debs"
    debs.mkdir()
    try:
        _run(["apt-get", "download", *names], cwd=debs)
    except NLTKSetupError:
        # A fresh machine may have empty apt lists; as root (CI, containers) refresh them once.
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            raise
        _run(["apt-get", "update", "-qq"], cwd=debs)
        _run(["apt-get", "download", *names], cwd=debs)
    versions: dict[str, str] = {}
    for deb in sorted(debs.glob("*.deb")):
        package = _run(["dpkg-deb", "-f", str(deb), "Package"], cwd=workdir).strip()
        versions[package] = _run(["dpkg-deb", "-f", str(deb), "Version"], cwd=workdir).strip()
        _run(["dpkg-deb", "-x", str(deb), str(workdir / "root")], cwd=workdir)
    absent = [name for name in names if name not in versions]
    if absent:
        raise NLTKSetupError(f"Debian 패키지를 받지 못했습니다: {absent}")
    return versions


def _build_offline(root: Path, missing: Sequence[str]) -> None:
    needed = sorted({pkg for resource in missing for pkg in _DEBIAN_PACKAGES[resource]})
    if needed and not _debian_tools_available():
        raise NLTKSetupError(_NO_DEBIAN_HELP.format(missing=", ".join(missing), root=root))
    with tempfile.TemporaryDirectory(prefix="course-nltk-build-") as tmp:
        work = Path(tmp)
        versions = _fetch_debian_packages(needed, work) if needed else {}
        share = work / "root" / "usr" / "share"
        out = work / "out"
        sentences: list[str] | None = None
        if "wordnet-base" in versions:
            sentences = _wordnet_examples(share / "wordnet")
        for resource in missing:
            dest = out / resource
            dest.mkdir(parents=True)
            if resource == "corpora/wordnet":
                _build_wordnet(share, dest, versions)
            elif resource == "corpora/stopwords":
                _build_stopwords(dest)
            elif resource == "tokenizers/punkt_tab/english":
                assert sentences is not None
                _build_punkt(sentences, _wordnet_lemmas(share / "wordnet"), dest, versions)
            elif resource == "taggers/averaged_perceptron_tagger_eng":
                assert sentences is not None
                lingua = share / "perl5" / "Lingua" / "EN" / "Tagger"
                _build_tagger(lingua, sentences, dest, versions)
            # Copy in without deleting anything that was already in the target folder.
            shutil.copytree(dest, root / resource, dirs_exist_ok=True)


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def _sources(versions: dict[str, str], packages: Iterable[str]) -> str:
    return "\n".join(f"  - Debian package {p} {versions[p]}" for p in sorted(set(packages)))


# ---- WordNet ---------------------------------------------------------------------------------

_LEXNAME_ROW = re.compile(r"^(\d\d)\t([a-z]+\.[A-Za-z]+)\s*\t")
_CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}
_SS_TYPE_CATEGORY = {"n": 1, "v": 2, "a": 3, "s": 3, "r": 4}


def _lexnames_from_manpage(manpage: Path) -> list[tuple[int, str, int]]:
    """Rows (file number, lexicographer file name, syntactic category) of ``lexnames(5WN)``."""
    rows = []
    with gzip.open(manpage, "rt", encoding="latin-1") as fh:
        for line in fh:
            match = _LEXNAME_ROW.match(line)
            if match:
                name = match.group(2)
                rows.append((int(match.group(1)), name, _CATEGORY[name.split(".")[0]]))
    if [number for number, _, _ in rows] != list(range(45)):
        raise NLTKSetupError(f"lexnames 표를 man 페이지에서 읽지 못했습니다: {manpage}")
    return rows


def _check_lexnames(rows: list[tuple[int, str, int]], wordnet: Path) -> None:
    """Every synset's lexicographer file must exist and belong to the synset's part of speech."""
    category = {number: cat for number, _, cat in rows}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(wordnet / f"data.{pos}", encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):  # license header
                    continue
                fields = line.split(" ", 3)
                lex_filenum, ss_type = int(fields[1]), fields[2]
                if category.get(lex_filenum) != _SS_TYPE_CATEGORY[ss_type]:
                    raise NLTKSetupError(
                        f"lexnames 검증 실패: data.{pos} 의 synset {fields[0]} "
                        f"(lex_filenum {lex_filenum}, ss_type {ss_type})"
                    )


def _build_wordnet(share: Path, dest: Path, versions: dict[str, str]) -> None:
    src = share / "wordnet"
    for name in WORDNET_FILES:
        if name != "lexnames":
            shutil.copyfile(src / name, dest / name)
    rows = _lexnames_from_manpage(share / "man" / "man5" / "lexnames.5WN.gz")
    _check_lexnames(rows, src)
    _write_text(dest / "lexnames", "".join(f"{n:02d}\t{name}\t{cat}\n" for n, name, cat in rows))
    shutil.copyfile(share / "doc" / "wordnet-base" / "copyright", dest / "LICENSE")
    _write_text(
        dest / "README",
        "WordNet 3.0 for NLTK, built offline by scripts/build_nltk_data.py.\n"
        "Sources:\n" + _sources(versions, ("wordnet-base", "wordnet-sense-index")) + "\n"
        "Database files copied unchanged; `lexnames` parsed from the lexnames(5WN) man page\n"
        "and checked against the lexicographer file number of every synset.\n"
        "License: WordNet 3.0 license (see LICENSE).\n",
    )


def _wordnet_lemmas(wordnet: Path) -> set[str]:
    lemmas: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(wordnet / f"index.{pos}", encoding="latin-1") as fh:
            lemmas.update(line.split(" ", 1)[0] for line in fh if not line.startswith("  "))
    return lemmas


_EXAMPLE = re.compile(r'"([^"]+)"')


def _wordnet_examples(wordnet: Path) -> list[str]:
    """The quoted example sentences of the WordNet glosses, as sentences: first letter upper
    case, closed with a period when they have no final punctuation; duplicates dropped."""
    seen: dict[str, None] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(wordnet / f"data.{pos}", encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  ") or " | " not in line:
                    continue
                for match in _EXAMPLE.finditer(line.split(" | ", 1)[1]):
                    text = " ".join(match.group(1).split())
                    if len(text) < 2 or not text[0].isalpha():
                        continue
                    text = text[0].upper() + text[1:]
                    if text[-1] not in ".?!":
                        text += "."
                    seen.setdefault(text, None)
    return list(seen)


# ---- Stopwords -------------------------------------------------------------------------------


def _build_stopwords(dest: Path) -> None:
    from importlib import metadata, resources

    source = resources.files("stop_words") / "stop-words" / "english.txt"
    words: dict[str, None] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word:
            words.setdefault(word, None)
    _write_text(dest / "english", "".join(f"{w}\n" for w in words))
    version = metadata.version("stop-words")
    _write_text(
        dest / "README",
        "Stopwords for NLTK, built offline by scripts/build_nltk_data.py.\n"
        f"english: {len(words)} words, the English list of the PyPI package stop-words "
        f"{version}\n(BSD-3-Clause, https://github.com/Alir3z4/python-stop-words).\n"
        "This is NOT NLTK's own English stopword list (198 words in recent nltk_data).\n",
    )


# ---- Punkt -----------------------------------------------------------------------------------


def _build_punkt(sentences: list[str], lemmas: set[str], dest: Path, versions: dict[str, str]) -> None:
    from nltk.tokenize.punkt import PunktTrainer

    trainer = PunktTrainer()
    trainer.train("\n".join(sentences), finalize=True)
    params = trainer.get_params()
    learned = set(params.abbrev_types)
    kept = {a for a in learned if "." in a or len(a) == 1 or a not in lemmas}
    abbrevs = kept | set(SEED_ABBREVIATIONS)
    _write_text(dest / "abbrev_types.txt", "\n".join(sorted(abbrevs)))
    _write_text(dest / "sent_starters.txt", "\n".join(sorted(params.sent_starters)))
    _write_text(dest / "collocations.tab", "\n".join("\t".join(c) for c in sorted(params.collocations)))
    _write_text(
        dest / "ortho_context.tab",
        "\n".join(f"{typ}\t{flags}" for typ, flags in sorted(params.ortho_context.items())),
    )
    _write_text(
        dest / "README",
        "Punkt parameters (punkt_tab format), built offline by scripts/build_nltk_data.py.\n"
        "Trained with nltk.tokenize.punkt.PunktTrainer on the "
        f"{len(sentences)} example sentences of WordNet 3.0\n"
        "(each capitalized and closed with a period), from:\n" + _sources(versions, ("wordnet-base",)) + "\n"
        f"Abbreviations: {len(learned)} learned, {len(kept)} kept (with a period, one letter, or\n"
        f"not a WordNet word), plus {len(SEED_ABBREVIATIONS)} seeded by hand "
        f"= {len(abbrevs)} in all.\n"
        "This is not NLTK's original English Punkt model; it agrees with it on the course's\n"
        "examples but can differ on other text.\n",
    )


# ---- POS tagger ------------------------------------------------------------------------------

_YAML_ROW = re.compile(r'^"?([^\{"]+)"?: \{ (.*) \}')
_PAIR_SPLIT = re.compile(r"[:,]\s+")


def _read_lingua_yaml(path: Path, convert) -> dict[str, dict[str, float]]:
    """Read one of Lingua::EN::Tagger's one-line-per-key YAML maps as its own parser does."""
    table: dict[str, dict[str, float]] = {}
    with open(path, encoding="latin-1") as fh:
        for line in fh:
            match = _YAML_ROW.match(line)
            if match:
                parts = _PAIR_SPLIT.split(match.group(2).strip())
                table[match.group(1)] = {parts[i]: convert(parts[i + 1]) for i in range(0, len(parts) - 1, 2)}
    return table


class _LinguaTagger:
    """A Python port of the greedy bigram tagger of Lingua::EN::Tagger 0.31.

    For each token, among the tags the lexicon lists for it, pick the one maximizing
    ``P(tag | previous tag) * (count(word, tag) + 1)``; unknown words are mapped to the word
    classes of ``unknown.yml`` first. Ties go to the alphabetically first tag (Perl leaves them to
    hash order). Returns Penn Treebank tag names.
    """

    def __init__(self, folder: Path) -> None:
        self.lexicon = _read_lingua_yaml(folder / "words.yml", int)
        self.lexicon.update(_read_lingua_yaml(folder / "unknown.yml", int))
        hmm = _read_lingua_yaml(folder / "tags.yml", float)
        self.transitions = {prev: sorted(nxt.items()) for prev, nxt in hmm.items()}
        self._memo: dict[tuple[str, str], str] = {}

    def _classify_unknown(self, word: str) -> str:
        if re.search(r"[(\{\[]", word):
            return "*LRB*"
        if re.search(r"[)\]\}]", word):
            return "*RRB*"
        if re.fullmatch(r"-?(?:\d+(?:\.\d*)?|\.\d+)", word):  # a number
            return "*NUM*"
        if re.fullmatch(r"\d+[\d/:-]+\d", word):  # other number constructs (dates, times)
            return "*NUM*"
        if re.fullmatch(r"-?\d+\w+", word):
            return "*ORD*"
        if re.fullmatch(r"[A-Z][A-Z.-]*", word):
            return "-abr-"
        if re.search(r"\w-\w", word):
            last = word.rsplit("-", 1)[1]
            return "-hyp-adj-" if "jj" in self.lexicon.get(last, {}) else "-hyp-"
        if re.fullmatch(r"\W+", word):
            return "-sym-"
        if word == word[:1].upper() + word[1:]:
            return "-cap-"
        for ending, cls in (("ing", "-ing-"), ("s", "-s-"), ("tion", "-tion-"), ("ly", "-ly-")):
            if word.endswith(ending):
                return cls
        return "-ed-" if word.endswith("ed") else "-unknown-"

    def _clean(self, word: str) -> str:
        if word in self.lexicon:
            return word
        lowered = word[:1].lower() + word[1:]
        if lowered in self.lexicon:
            return lowered
        return self._classify_unknown(word)

    def _assign(self, prev: str, word: str) -> str:
        key = (prev, word)
        if key not in self._memo:
            if word == "-sym-":
                best = "sym"
            else:
                counts = self.lexicon[word]
                best, best_p = "nn", 0.0
                for tag, p_trans in self.transitions.get(prev, ()):
                    if tag in counts:
                        p = p_trans * (counts[tag] + 1)
                        if p > best_p:
                            best, best_p = tag, p
            self._memo[key] = best
        return self._memo[key]

    def tag(self, tokens: Sequence[str]) -> list[tuple[str, str]]:
        prev, out = "pp", []
        for token in tokens:
            prev = self._assign(prev, self._clean(token))
            out.append((token, _LINGUA_TO_PTB.get(prev, prev.upper())))
        return out


def _build_tagger(lingua: Path, sentences: list[str], dest: Path, versions: dict[str, str]) -> dict[str, float]:
    from nltk.tag.perceptron import PerceptronTagger
    from nltk.tokenize import NLTKWordTokenizer

    teacher = _LinguaTagger(lingua)
    tokenizer = NLTKWordTokenizer()  # the tokenizer word_tokenize uses
    tagged = []
    for sentence in sentences:
        tokens = tokenizer.tokenize(sentence)
        if tokens:
            tagged.append(teacher.tag(tokens))
    train = [s for i, s in enumerate(tagged) if i % _HELD_OUT_EVERY]
    held_out = [s for i, s in enumerate(tagged) if i % _HELD_OUT_EVERY == 0]

    student = PerceptronTagger(load=False)
    state = random.getstate()
    random.seed(_TAGGER_SEED)  # PerceptronTagger.train shuffles with the random module
    try:
        student.train(train, nr_iter=_TAGGER_ITERATIONS)
    finally:
        random.setstate(state)

    agree = total = 0
    for sentence in held_out:
        words = [w for w, _ in sentence]
        for (_, gold), (_, guess) in zip(sentence, student.tag(words), strict=True):
            agree += gold == guess
            total += 1
    agreement = agree / total

    weights, tagdict, classes = student.encode_json_obj()
    for name, obj in zip(TAGGER_FILES, (weights, tagdict, sorted(classes)), strict=True):
        with open(dest / name, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(obj, fh, sort_keys=True, separators=(",", ":"))
    n_train_tokens = sum(len(s) for s in train)
    _write_text(
        dest / "README",
        "Averaged perceptron POS tagger (Penn Treebank tags) in NLTK's JSON format,\n"
        "built offline by scripts/build_nltk_data.py with nltk.tag.perceptron.PerceptronTagger.train\n"
        f"({_TAGGER_ITERATIONS} iterations, random seed {_TAGGER_SEED}).\n"
        f"Training data (silver): {len(train)} sentences / {n_train_tokens} tokens of WordNet 3.0\n"
        "example sentences, tokenized with NLTK's word tokenizer and tagged by a Python port of\n"
        "Lingua::EN::Tagger (bigram model estimated from the Penn Treebank, GPL-3), from:\n"
        + _sources(versions, ("wordnet-base", "liblingua-en-tagger-perl"))
        + "\n"
        f"Held-out agreement with those silver tags (every {_HELD_OUT_EVERY}th sentence, "
        f"{total} tokens): {agreement:.4f}.\n"
        "That is agreement with the teacher tagger, not accuracy against gold tags.\n"
        "Derived from GPL-3 data: keep this folder local, do not redistribute it.\n",
    )
    return {"agreement": agreement, "held_out_tokens": float(total)}


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """``python scripts/build_nltk_data.py [--root DIR] [--offline]``: one line, exit 0 or 1."""
    parser = argparse.ArgumentParser(
        prog="python scripts/build_nltk_data.py",
        description="강좌에 필요한 NLTK 데이터를 준비합니다(피클 없이, 오프라인 가능).",
    )
    parser.add_argument("--root", type=Path, default=None, help="NLTK 데이터 폴더(기본: NLTK_DATA)")
    parser.add_argument("--offline", action="store_true", help="nltk.download를 쓰지 않고 오프라인으로만 빌드")
    args = parser.parse_args(argv)
    folder = _root(args.root)
    started = time.perf_counter()
    missing = missing_resources(folder)
    if not missing:
        print(f"NLTK 데이터가 이미 준비되어 있습니다: {folder}")
        return 0
    try:
        # CI machines reach package registries only: build offline there without probing the web.
        offline = args.offline or bool(os.environ.get("CI"))
        ensure_nltk_data(folder, allow_download=not offline)
    except NLTKSetupError as error:
        print(f"오류: {error}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    names = ", ".join(RESOURCES[r] for r in missing)
    print(f"NLTK 데이터를 준비했습니다({names}, {elapsed:.1f}초): {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
