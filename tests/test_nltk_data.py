"""The NLTK data folder the course builds (scripts/build_nltk_data.py): offline, no pickles, and
NLTK works with it through course_utils.setup.nltk_data."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from course_utils.setup.nltk_data import (
    RESOURCES,
    NLTKSetupError,
    missing_resources,
    use_course_nltk_data,
)
from course_utils.setup.paths import REPO_ROOT

SCRIPT = REPO_ROOT / "scripts" / "build_nltk_data.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("build_nltk_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_nltk_data = _load_script()
ensure_nltk_data = build_nltk_data.ensure_nltk_data

BARBER = (
    "His barber kept his word. But keeping such a huge secret to himself was driving him crazy. "
    "Finally, the barber went up a mountain and almost to the edge of a cliff. "
    "He dug a hole in the midst of some reeds. He looked about, to make sure no one was near."
)
JONE = "Don't be fooled by the dark sounding name, Mr. Jone's Orphanage is as cheery as cheery goes for a pastry shop."


@pytest.fixture(scope="session")
def nltk_root() -> Path:
    """The course NLTK folder, built offline if it is not there yet (never downloads)."""
    root = ensure_nltk_data(allow_download=False)
    use_course_nltk_data(root)
    return root


# ---- the folder ----------------------------------------------------------------------------


def test_every_resource_is_present(nltk_root):
    assert missing_resources(nltk_root) == []


def test_nltk_finds_the_resources_in_the_course_folder(nltk_root):
    import nltk

    for resource in RESOURCES:
        found = Path(str(nltk.data.find(resource))).resolve()
        assert nltk_root.resolve() in found.parents or found == nltk_root.resolve(), found


def test_no_pickle_in_the_built_folder(nltk_root):
    pickles = [p for p in nltk_root.rglob("*") if p.suffix in {".pickle", ".pkl"}]
    assert pickles == []


def test_missing_resources_on_an_empty_folder_lists_everything(tmp_path):
    assert missing_resources(tmp_path) == list(RESOURCES)
    assert missing_resources(tmp_path / "does-not-exist") == list(RESOURCES)


def test_missing_resources_sees_a_partial_folder(tmp_path):
    (tmp_path / "corpora" / "stopwords").mkdir(parents=True)
    (tmp_path / "corpora" / "stopwords" / "english").write_text("the\n", encoding="utf-8")
    assert missing_resources(tmp_path) == [r for r in RESOURCES if r != "corpora/stopwords"]


def test_use_course_nltk_data_puts_the_folder_first_once(nltk_root):
    import nltk

    use_course_nltk_data(nltk_root)
    use_course_nltk_data(nltk_root)
    assert nltk.data.path[0] == str(nltk_root.resolve())
    assert nltk.data.path.count(str(nltk_root.resolve())) == 1


# ---- tokenizers ----------------------------------------------------------------------------


def test_word_tokenize_splits_contractions_and_possessives(nltk_root):
    from nltk.tokenize import word_tokenize

    tokens = word_tokenize(JONE)
    assert tokens[:2] == ["Do", "n't"]
    assert ["Mr.", "Jone", "'s", "Orphanage"] == tokens[10:14]
    assert tokens[-1] == "."


def test_treebank_word_tokenizer(nltk_root):
    from nltk.tokenize import TreebankWordTokenizer

    tokens = TreebankWordTokenizer().tokenize(
        "Starting a home-based restaurant may be an ideal. it doesn't have a food chain or restaurant of their own."
    )
    assert "home-based" in tokens and "does" in tokens and "n't" in tokens
    assert tokens[-1] == "."


def test_sent_tokenize_keeps_abbreviations(nltk_root):
    from nltk.tokenize import sent_tokenize

    assert sent_tokenize(JONE) == [JONE]
    assert sent_tokenize("I am actively looking for Ph.D. students. and you are a Ph.D student.") == [
        "I am actively looking for Ph.D. students.",
        "and you are a Ph.D student.",
    ]
    assert sent_tokenize(
        "Since I'm actively looking for Ph.D. students, I get the same question a dozen times every year."
    ) == ["Since I'm actively looking for Ph.D. students, I get the same question a dozen times every year."]
    assert sent_tokenize("Dr. Kim met Mrs. Lee. They talked.") == [
        "Dr. Kim met Mrs. Lee.",
        "They talked.",
    ]


def test_sent_tokenize_splits_a_story(nltk_root):
    from nltk.tokenize import sent_tokenize

    assert sent_tokenize(BARBER) == [
        "His barber kept his word.",
        "But keeping such a huge secret to himself was driving him crazy.",
        "Finally, the barber went up a mountain and almost to the edge of a cliff.",
        "He dug a hole in the midst of some reeds.",
        "He looked about, to make sure no one was near.",
    ]


def test_sent_tokenize_leaves_ip_and_email_whole(nltk_root):
    from nltk.tokenize import sent_tokenize

    text = "IP 192.168.56.31 서버에 들어가서 로그 파일 저장해서 aaa@gmail.com로 결과 좀 보내줘. 그 후 점심 먹으러 가자."
    assert sent_tokenize(text) == [
        "IP 192.168.56.31 서버에 들어가서 로그 파일 저장해서 aaa@gmail.com로 결과 좀 보내줘.",
        "그 후 점심 먹으러 가자.",
    ]
    english = "Send the log from 192.168.56.31 to aaa@gmail.com today. Then we eat lunch."
    assert sent_tokenize(english) == [
        "Send the log from 192.168.56.31 to aaa@gmail.com today.",
        "Then we eat lunch.",
    ]


# ---- tagger, lemmatizer, stopwords ---------------------------------------------------------


def test_pos_tag_a_simple_sentence(nltk_root):
    from nltk import pos_tag
    from nltk.tokenize import word_tokenize

    tagged = pos_tag(word_tokenize("I am actively looking for Ph.D. students"))
    assert [tag for _, tag in tagged] == ["PRP", "VBP", "RB", "VBG", "IN", "NNP", "NNS"]


def test_pos_tag_common_words(nltk_root):
    from nltk import pos_tag
    from nltk.tokenize import word_tokenize

    tags = dict(pos_tag(word_tokenize("The barber kept his word and dug a hole.")))
    assert tags["The"] == "DT"
    assert tags["barber"] == "NN"
    assert tags["kept"] == "VBD"
    assert tags["his"] == "PRP$"
    assert tags["and"] == "CC"
    assert tags["."] == "."


def test_wordnet_lemmatizer(nltk_root):
    from nltk.stem import WordNetLemmatizer

    lemmatizer = WordNetLemmatizer()
    words = ["policy", "doing", "organization", "have", "going", "love", "lives", "fly", "dies",
             "watched", "has", "starting"]  # fmt: skip
    assert [lemmatizer.lemmatize(w) for w in words] == [
        "policy", "doing", "organization", "have", "going", "love", "life", "fly", "dy",
        "watched", "ha", "starting",
    ]  # fmt: skip
    assert lemmatizer.lemmatize("dies", "v") == "die"
    assert lemmatizer.lemmatize("watched", "v") == "watch"
    assert lemmatizer.lemmatize("has", "v") == "have"
    assert lemmatizer.lemmatize("better", "a") == "good"


def test_wordnet_synsets(nltk_root):
    from nltk.corpus import wordnet

    dog = wordnet.synset("dog.n.01")
    assert dog.lexname() == "noun.animal"
    assert "domestic_animal.n.01" in {s.name() for s in dog.hypernyms()}


def test_english_stopwords(nltk_root):
    from nltk.corpus import stopwords

    words = stopwords.words("english")
    assert len(words) > 100
    assert {"the", "a", "is", "and", "of"} <= set(words)


# ---- command line and failures -------------------------------------------------------------


def test_cli_second_run_prints_one_line(nltk_root):
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(nltk_root), "--offline"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 1
    assert "NLTK" in done.stdout


def test_no_debian_and_no_download_explains_the_options(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(build_nltk_data, "_debian_tools_available", lambda: False)

    def no_network(*args, **kwargs):
        raise AssertionError("allow_download=False must not touch the network")

    monkeypatch.setattr(build_nltk_data, "_network_answers", no_network)
    with pytest.raises(NLTKSetupError, match="NLTK_DATA"):
        ensure_nltk_data(tmp_path, allow_download=False)

    assert build_nltk_data.main(["--root", str(tmp_path), "--offline"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "오류" in captured.err and "Debian" in captured.err
