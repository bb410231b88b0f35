"""Tests of the shipped LibreOffice help corpus (course_utils.corpora.help) and its extraction script."""

from __future__ import annotations

import hashlib
import importlib.util
import random
import time
from collections import Counter
from pathlib import Path

import pytest

from course_utils import lm_data, near_duplicates
from course_utils.corpora import help as help_corpus

REPO = Path(__file__).resolve().parent.parent
#: Written out here as well, so that a rebuilt corpus has to be accepted in two places on purpose.
SHA256 = "1d98cc65fe7dddbeaaa5fef33ffc8f42e117b6530f35563263c5a524b117ef06"
MORPHEMES_SHA256 = "6da04b91f052a9286460305b9dbde8588c3fc70edb38eba731b00e047f4b5369"
MODULE_COUNTS = {
    "shared": 4216,
    "Calc": 2650,
    "Writer": 2258,
    "Impress": 1182,
    "Basic": 1032,
    "Math": 548,
    "Chart": 461,
    "Draw": 220,
}
SPLIT_COUNTS = {"train": 10067, "valid": 1251, "test": 1249}


@pytest.fixture(scope="module")
def df():
    return help_corpus.load_help()


@pytest.fixture
def fresh_cache():
    help_corpus._load.cache_clear()
    help_corpus.help_morphemes.cache_clear()
    yield
    help_corpus._load.cache_clear()
    help_corpus.help_morphemes.cache_clear()


def _load_script():
    spec = importlib.util.spec_from_file_location("extract_help_corpus", REPO / "scripts" / "extract_help_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the shipped file ----------------------------------------------------------------------


def test_shipped_files_checksums() -> None:
    assert hashlib.sha256(help_corpus.HELP_FILE.read_bytes()).hexdigest() == help_corpus.HELP_SHA256 == SHA256
    digest = hashlib.sha256(help_corpus.MORPHEMES_FILE.read_bytes()).hexdigest()
    assert digest == help_corpus.MORPHEMES_SHA256 == MORPHEMES_SHA256


def test_counts_and_columns(df) -> None:
    assert df.columns.tolist() == ["id", "module", "page", "split", "text"]
    assert len(df) == help_corpus.N_PARAGRAPHS == sum(MODULE_COUNTS.values())
    assert df["id"].tolist() == list(range(len(df)))
    assert df["module"].value_counts().to_dict() == MODULE_COUNTS
    assert df["split"].value_counts().to_dict() == SPLIT_COUNTS
    assert int(df["text"].str.len().sum()) == 658_636
    assert df["page"].nunique() == 1890


def test_texts_are_unique_clean_korean(df) -> None:
    script = _load_script()
    texts = df["text"].tolist()
    assert len(set(texts)) == len(texts)
    for text in texts:
        assert text == " ".join(text.split())
        assert lm_data.SPACE_MARK not in text
        assert script.is_korean(text)
    for page, module in zip(df["page"], df["module"], strict=True):
        assert script.MODULES[page.split("/")[0]] == module


def test_load_time_under_one_second(fresh_cache) -> None:
    import pandas  # noqa: F401  (the budget is the corpus, not pandas' import)

    seconds = []
    for _ in range(3):
        help_corpus._load.cache_clear()
        start = time.perf_counter()
        help_corpus.load_help()
        seconds.append(time.perf_counter() - start)
    assert min(seconds) < 1.0, seconds


def test_load_help_returns_a_copy(df) -> None:
    first = help_corpus.load_help()
    first.loc[0, "text"] = "바뀜"
    assert help_corpus.load_help().loc[0, "text"] == df.loc[0, "text"] != "바뀜"


# --- missing or damaged file -----------------------------------------------------------------


def test_missing_file_says_how_to_fix(monkeypatch, tmp_path, fresh_cache) -> None:
    monkeypatch.setattr(help_corpus, "HELP_FILE", tmp_path / "help_ko.tsv.gz")
    with pytest.raises(help_corpus.HelpCorpusError, match=r"help_ko\.tsv\.gz is missing.*make data.*fresh clone"):
        help_corpus.load_help()


def test_corrupt_file_says_how_to_fix(monkeypatch, tmp_path, fresh_cache) -> None:
    damaged = tmp_path / "help_ko.tsv.gz"
    data = bytearray(help_corpus.HELP_FILE.read_bytes())
    data[100] ^= 1
    damaged.write_bytes(bytes(data))
    monkeypatch.setattr(help_corpus, "HELP_FILE", damaged)
    with pytest.raises(help_corpus.HelpCorpusError, match=r"help_ko\.tsv\.gz has sha256 .* expected .*make data"):
        help_corpus.help_split()


def test_corrupt_morpheme_file(monkeypatch, tmp_path, fresh_cache) -> None:
    damaged = tmp_path / "help_ko_morphemes.tsv.gz"
    damaged.write_bytes(b"not gzip")
    monkeypatch.setattr(help_corpus, "MORPHEMES_FILE", damaged)
    with pytest.raises(help_corpus.HelpCorpusError, match="help_ko_morphemes"):
        help_corpus.help_morphemes()


# --- the split -----------------------------------------------------------------------------


def test_no_page_on_two_sides(df) -> None:
    parts_per_page = df.groupby("page")["split"].nunique()
    assert int(parts_per_page.max()) == 1


def test_every_module_keeps_its_share_in_every_part(df) -> None:
    overall = df["module"].value_counts(normalize=True)
    for part in help_corpus.PARTS:
        share = df.loc[df["split"] == part, "module"].value_counts(normalize=True)
        assert set(share.index) == set(overall.index)
        for module, p in overall.items():
            assert abs(share[module] - p) < 0.25 * p + 0.005, (part, module, share[module], p)
    fractions = df["split"].value_counts(normalize=True)
    assert fractions["train"] == pytest.approx(0.8, abs=0.01)
    assert fractions["valid"] == pytest.approx(0.1, abs=0.01)


def test_split_is_reproduced_by_make_split(df) -> None:
    """The shipped column is what the code computes (deterministic), and no near-duplicate crosses it."""
    parts, report = help_corpus.make_split(df["text"].tolist(), df["module"].tolist(), df["page"].tolist())
    assert parts == df["split"].tolist()
    assert report["test_with_near_duplicate_in_train"] == report["valid_with_near_duplicate_in_train"] == 0
    assert report["near_duplicate_pairs"] > 1000  # the help repeats itself; the grouping matters


def test_no_test_paragraph_has_a_near_duplicate_in_train(df) -> None:
    train = df.loc[df["split"] == "train", "text"].tolist()
    test = df.loc[df["split"] == "test", "text"].tolist()
    assert help_corpus.count_near_duplicates(test, train) == 0


def test_help_split_and_texts(df) -> None:
    parts = help_corpus.help_split()
    assert {p: len(v) for p, v in parts.items()} == SPLIT_COUNTS
    assert parts["test"]["text"].tolist() == help_corpus.help_texts("test")
    assert parts["valid"]["id"].is_monotonic_increasing
    with pytest.raises(ValueError, match="part must be one of"):
        help_corpus.help_texts("dev")


def test_classification_split() -> None:
    parts = help_corpus.help_classification_split()
    assert help_corpus.HELP_CLASSES[:5] == ("Calc", "Writer", "Impress", "Basic", "Math")
    for part, frame in parts.items():
        assert set(frame["module"]) == set(help_corpus.HELP_CLASSES), part
        assert (frame["module"].map(help_corpus.HELP_CLASSES.index) == frame["label"]).all()
        assert str(frame["label"].dtype) == "int64"
    counts = Counter(parts["train"]["label"].tolist())
    assert counts[0] == 2120  # Calc paragraphs in train


# --- near-duplicates -----------------------------------------------------------------------


def test_near_duplicate_pairs_equal_brute_force(df) -> None:
    """On real help paragraphs (long, repetitive), the fast search finds every pair brute force finds."""
    rng = random.Random(0)
    texts = rng.sample(df["text"].tolist(), 500)
    texts += [texts[0] + " 추가 문장입니다.", texts[1].replace(" ", ""), texts[2][: len(texts[2]) // 2]]
    sets = [near_duplicates.char_ngrams(t) for t in texts]
    for threshold in (0.3, 0.5, 0.8):
        brute = [
            (i, j)
            for i in range(len(texts))
            for j in range(i + 1, len(texts))
            if len(sets[i] & sets[j]) / len(sets[i] | sets[j]) >= threshold
        ]
        assert near_duplicates.near_duplicate_pairs(texts, threshold) == brute
    assert (1, len(texts) - 2) in near_duplicates.near_duplicate_pairs(texts)  # same text without spaces


def test_split_uses_the_shared_near_duplicate_rule() -> None:
    assert help_corpus.NEAR_DUPLICATE == near_duplicates.THRESHOLD == 0.5
    assert near_duplicates.NGRAM == 5
    train = ["모든 국민은 법 앞에 평등하다.", "셀 서식을 지정하는 방법을 설명합니다."]
    test = ["모든 국민은 법 앞에 평등하다!", "전혀 다른 문장이 여기에 있습니다."]
    assert help_corpus.count_near_duplicates(test, train) == 1


# --- morphemes -----------------------------------------------------------------------------


def test_shipped_morphemes_restore_the_text(df) -> None:
    morphemes = help_corpus.help_morphemes()
    assert len(morphemes) == len(df)
    for text in df["text"]:
        assert lm_data.detokenize(morphemes[text], "morpheme") == text
    # equality with a live Okt analysis: tests/test_lm_data.py


# --- the extraction script -----------------------------------------------------------------

PAGE = """<html><head><title>제목은 읽지 않는 부분입니다 정말로</title></head><body>
<header><p>머리말은 본문이 아니므로 읽지 않습니다.</p></header>
<div id="DisplayArea">
<h1>셀 서식을 지정하는 여러 가지 방법</h1>
<p>선택한 셀의 <span class="emph">서식</span>을&nbsp;바꿉니다.<br>줄바꿈 &amp; 기호도 그대로 둡니다.</p>
<table><tr><td><p>표 안의 단락은 따로 한 줄이 됩니다.</p></td><td>칸에 바로 쓴 글도 한 줄이 됩니다.</td></tr></table>
<ul><li>목록 항목도 하나의 단락으로 읽습니다.</li></ul>
<pre>코드 블록 안의 한국어 주석은 건너뜁니다.</pre>
<h2><span class="bug">[text/scalc/01/x.xhp#y not found].</span></h2>
<div class="embedded"><p>다른 쪽에서 가져온 단락은 표시해 둡니다.</p></div>
<div class="relatedtopics"><p>관련 주제 목록에 있는 다른 쪽 제목입니다.</p></div>
<p>This paragraph was not translated into Korean at all, 번역 안 됨.</p>
</div>
<footer><p>꼬리말도 본문이 아니므로 읽지 않습니다.</p></footer></body></html>"""


def test_parser_reads_the_body_blocks(tmp_path) -> None:
    script = _load_script()
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    blocks = script.page_blocks(page)
    assert blocks == [
        ("셀 서식을 지정하는 여러 가지 방법", False),
        ("선택한 셀의 서식을 바꿉니다. 줄바꿈 & 기호도 그대로 둡니다.", False),
        ("표 안의 단락은 따로 한 줄이 됩니다.", False),
        ("칸에 바로 쓴 글도 한 줄이 됩니다.", False),
        ("목록 항목도 하나의 단락으로 읽습니다.", False),
        ("다른 쪽에서 가져온 단락은 표시해 둡니다.", True),
        ("This paragraph was not translated into Korean at all, 번역 안 됨.", False),
    ]


def test_korean_filter() -> None:
    script = _load_script()
    assert script.is_korean("선택한 셀의 서식을 바꿉니다.")
    assert not script.is_korean("셀 서식 지정")  # fewer than 10 Hangul syllables
    assert not script.is_korean("=SUMIFS(Sum_Range; Range1; Criterion1) 는 합계를 구합니다")  # under 30 %
    assert script.is_korean("LibreOffice Calc에서 셀의 서식을 바꾸는 방법을 설명합니다.")


def test_extraction_refuses_a_small_tree(tmp_path) -> None:
    script = _load_script()
    pages = tmp_path / "ko" / "text" / "scalc" / "01"
    pages.mkdir(parents=True)
    (pages / "a.html").write_text(PAGE, encoding="utf-8")
    (pages / "b.html").write_text(PAGE, encoding="utf-8")
    rows = script.extract_paragraphs(tmp_path / "ko", min_paragraphs=1)
    assert [r["page"] for r in rows] == ["scalc/01/a"] * 6  # duplicates of page b removed
    assert {r["module"] for r in rows} == {"Calc"}
    assert rows[-1]["text"] == "다른 쪽에서 가져온 단락은 표시해 둡니다."
    with pytest.raises(script.ExtractionError, match="only 6 Korean paragraphs from 2 HTML pages"):
        script.extract_paragraphs(tmp_path / "ko")


def test_gzip_output_is_deterministic(tmp_path) -> None:
    script = _load_script()
    rows = [("0", "Calc", "scalc/01/a", "train", "선택한 셀의 서식을 바꿉니다.")]
    first = script._write_gzip_tsv(tmp_path / "a.tsv.gz", script.COLUMNS, rows)
    time.sleep(1.1)
    second = script._write_gzip_tsv(tmp_path / "b.tsv.gz", script.COLUMNS, rows)
    assert first == second
    with pytest.raises(script.ExtractionError, match="tab or newline"):
        script._write_gzip_tsv(tmp_path / "c.tsv.gz", script.COLUMNS, [("0", "a", "b", "c", "탭\t문자")])
