"""Tests of course_utils.text.stopwords (lists, the user dictionary loader, removal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from course_utils.setup.nltk_data import missing_resources
from course_utils.setup.paths import DATA_DIR
from course_utils.text.stopwords import (
    StopwordFileError,
    load_stopwords,
    nltk_stopwords,
    package_stopwords,
    remove_stopwords,
)

# ---- the stop-words package -----------------------------------------------------------------


def test_package_lists_by_code_and_name() -> None:
    en = package_stopwords("en")
    assert en == package_stopwords("english") == package_stopwords(" EN ")
    assert {"the", "is", "a", "not"} <= set(en)
    assert len(en) > 198  # much larger than NLTK's own English list
    ko = package_stopwords("ko")
    assert {"그리고", "을", "의"} <= set(ko)
    assert any(" " in w for w in ko)  # multi-word phrases exist in the Korean list


def test_package_list_is_a_fresh_copy() -> None:
    words = package_stopwords("en")
    words.append("zzz-not-a-stopword")
    assert "zzz-not-a-stopword" not in package_stopwords("en")


def test_package_bad_language() -> None:
    with pytest.raises(ValueError, match="no list for 'klingon'"):
        package_stopwords("klingon")
    with pytest.raises(TypeError, match="language must be a str"):
        package_stopwords(None)  # type: ignore[arg-type]


# ---- NLTK's stopwords corpus ----------------------------------------------------------------

needs_nltk_stopwords = pytest.mark.skipif(
    "corpora/stopwords" in missing_resources(),
    reason="course NLTK data not built; run `python scripts/build_nltk_data.py`",
)


@needs_nltk_stopwords
def test_nltk_english() -> None:
    words = nltk_stopwords("english")
    assert {"the", "is", "a"} <= set(words)
    assert words == nltk_stopwords()


@needs_nltk_stopwords
def test_nltk_has_no_korean() -> None:
    with pytest.raises(ValueError, match="package_stopwords"):
        nltk_stopwords("korean")
    with pytest.raises(TypeError):
        nltk_stopwords(1)  # type: ignore[arg-type]


def test_nltk_missing_corpus_gives_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk.corpus

    class Missing:
        def fileids(self) -> list[str]:
            raise LookupError("Resource stopwords not found")

    monkeypatch.setattr(nltk.corpus, "stopwords", Missing())
    with pytest.raises(LookupError, match="build_nltk_data"):
        nltk_stopwords("english")


# ---- the user dictionary --------------------------------------------------------------------


def test_shipped_txt_dictionary() -> None:
    words = load_stopwords("stopwords_ko_user.txt")
    assert len(words) >= 30
    assert {"은", "는", "그리고", "및", "우리"} <= set(words)
    assert len(words) == len(set(words))
    assert not any(w.startswith("#") or " " in w for w in words)


def test_shipped_csv_dictionary() -> None:
    words = load_stopwords("stopwords_ko_user.csv")
    assert words and "한다" in words
    assert load_stopwords(DATA_DIR / "stopwords_ko_user.csv") == words


def test_txt_comments_blanks_duplicates_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "my.txt"
    path.write_text("\ufeff# header\n\n은  # particle\n는\n은\n  그리고  \n", encoding="utf-8")
    assert load_stopwords(path) == ["은", "는", "그리고"]
    assert load_stopwords(str(path)) == ["은", "는", "그리고"]


def test_csv_extra_columns_and_spaces_in_header(tmp_path: Path) -> None:
    path = tmp_path / "my.csv"
    path.write_text('pos, word ,note\nJosa,은,"a, b"\nJosa,는,\n', encoding="utf-8")
    assert load_stopwords(path) == ["은", "는"]


def test_missing_file_lists_what_exists(tmp_path: Path) -> None:
    (tmp_path / "there.txt").write_text("은\n", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"there\.txt"):
        load_stopwords(tmp_path / "not_there.txt")
    with pytest.raises(FileNotFoundError, match=r"data/no_such_file\.txt.*stopwords_ko_user\.txt"):
        load_stopwords("no_such_file.txt")


@pytest.mark.parametrize("name", ["words.json", "words", "words.tsv"])
def test_wrong_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("은\n", encoding="utf-8")
    with pytest.raises(StopwordFileError, match="unsupported extension"):
        load_stopwords(path)


def test_csv_without_word_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("token,pos\n은,Josa\n", encoding="utf-8")
    with pytest.raises(StopwordFileError, match=r"no 'word' column.*\['token', 'pos'\]"):
        load_stopwords(path)


def test_csv_empty_cell(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("word,pos\n은,Josa\n,Josa\n", encoding="utf-8")
    with pytest.raises(StopwordFileError, match="line 3"):
        load_stopwords(path)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("empty.txt", "", "no stopwords"),
        ("comments.txt", "# only a comment\n\n   \n", "no stopwords"),
        ("empty.csv", "", "empty"),
        ("header.csv", "word,pos\n", "no stopwords"),
        ("phrase.txt", "은\n그럼에도 불구하고\n", "line 2.*contains a space"),
    ],
)
def test_unusable_files(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StopwordFileError, match=message):
        load_stopwords(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "cp949.txt"
    path.write_bytes("그리고\n".encode("cp949"))
    with pytest.raises(StopwordFileError, match="UTF-8"):
        load_stopwords(path)


def test_bad_source_types() -> None:
    with pytest.raises(TypeError, match="file name in data/"):
        load_stopwords(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        load_stopwords(["a.txt"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="empty"):
        load_stopwords("  ")


def test_stopword_file_error_is_a_value_error() -> None:
    assert issubclass(StopwordFileError, ValueError)


# ---- remove_stopwords -----------------------------------------------------------------------


def test_remove_keeps_order_and_duplicates() -> None:
    tokens = ["나", "는", "학교", "에", "간다", "는"]
    assert remove_stopwords(tokens, {"는", "에"}) == ["나", "학교", "간다"]
    assert remove_stopwords(tokens, ["는", "에"]) == ["나", "학교", "간다"]
    assert remove_stopwords(("a", "b"), []) == ["a", "b"]
    assert remove_stopwords([], {"a"}) == []


def test_remove_case() -> None:
    tokens = ["The", "cat", "is", "THE", "best"]
    assert remove_stopwords(tokens, {"the", "is"}) == ["The", "cat", "THE", "best"]
    assert remove_stopwords(tokens, {"the", "is"}, ignore_case=True) == ["cat", "best"]
    assert remove_stopwords(tokens, {"The"}, ignore_case=True) == ["cat", "is", "best"]


def test_remove_with_package_list() -> None:
    tokens = "Family is not an important thing . It 's everything .".split()
    kept = remove_stopwords(tokens, package_stopwords("en"))
    # the 1,333-entry list also drops content words such as "important" and "thing"
    assert kept == ["Family", ".", "It", "'s", "."]


def test_remove_bad_input() -> None:
    with pytest.raises(TypeError, match="tokenize the text first"):
        remove_stopwords("나는 학교에 간다", {"는"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="collection of words"):
        remove_stopwords(["a"], "the")
    with pytest.raises(TypeError, match="collection of words"):
        remove_stopwords(["a"], None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"\(token, tag\) pairs"):
        remove_stopwords([("나", "Noun")], {"는"})  # type: ignore[list-item]
    with pytest.raises(TypeError, match="stopwords must all be str"):
        remove_stopwords(["a"], {1})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        remove_stopwords(iter(["a"]), {"a"})  # type: ignore[arg-type]
