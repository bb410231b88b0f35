"""course_utils.spacing.errors and .windows: error marks, error counts by gap and packed training windows,
each checked against a count or a stream built another way in the test."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils.spacing import GAP_CATEGORIES, error_counts, gap_category, mark_errors, pack_windows, to_tagging

ALPHABET = "가나은는를에국민법앞평등하다AbZ09.,()"
text_chars = st.text(alphabet=ALPHABET, min_size=1, max_size=30)
spacings = st.lists(st.booleans(), min_size=30, max_size=30)


def spaced(chars: str, spaces: list[bool]) -> str:
    """``chars`` with a space after ``chars[i]`` wherever ``spaces[i]`` (never after the last one)."""
    return "".join(ch + (" " if i < len(chars) - 1 and spaces[i] else "") for i, ch in enumerate(chars))


def space_offsets(text: str) -> set[int]:
    """Offsets (in the text without spaces) of the characters a space follows, from the word lengths."""
    ends = np.cumsum([len(word) for word in text.split()])
    return {int(end) - 1 for end in ends[:-1]}


def category(pair: str) -> str:
    """The rules of GAP_CATEGORIES written as regular expressions on the two characters."""
    if re.search(r"[0-9A-Za-z]", pair):
        return "digit_latin"
    if not re.fullmatch(r"[가-힣]{2}", pair):
        return "punctuation"
    return "after_particle" if pair[0] in "은는이가을를에의와과도로" else "hangul"


def test_mark_errors_on_the_notebook_example() -> None:
    assert mark_errors("모든 국민은 법 앞에 평등하다", "모든국민은 법앞 에 평등하다") == "모든∨국민은 법∨앞×에 평등하다"
    assert mark_errors("법 앞에", "법  앞에 ") == "법 앞에"  # runs of spaces count as one, ends are ignored
    assert mark_errors("", " ") == ""


@settings(max_examples=200, deadline=None)
@given(text_chars, spacings, spacings)
def test_mark_errors_round_trip(chars: str, gold: list[bool], pred: list[bool]) -> None:
    reference, answer = spaced(chars, gold), spaced(chars, pred)
    marked = mark_errors(reference, answer)
    differing = sum(gold[i] != pred[i] for i in range(len(chars) - 1))
    assert marked.count("∨") + marked.count("×") == differing
    assert re.sub(r"[\s∨×]", "", marked) == chars
    assert marked.replace("∨", " ").replace("×", "") == reference  # marks put back: the reference
    assert marked.replace("∨", "").replace("×", " ") == answer  # marks read the other way: the answer


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("은", "평", "after_particle"),
        ("서", "식", "hangul"),
        ("C", "키", "digit_latin"),
        (")", "를", "punctuation"),
        ("1", ")", "digit_latin"),  # digit/Latin beats punctuation
        ("은", "A", "digit_latin"),  # ... and beats a particle on the left
        ("은", ".", "punctuation"),  # non-Hangul beats a particle on the left
        ("다", "은", "hangul"),  # only a particle on the LEFT counts
    ],
)
def test_gap_category_precedence(left: str, right: str, expected: str) -> None:
    assert gap_category(left, right) == expected
    assert expected in GAP_CATEGORIES


def test_gap_categories_order() -> None:
    assert GAP_CATEGORIES == ("after_particle", "hangul", "digit_latin", "punctuation")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(text_chars, spacings, spacings), min_size=1, max_size=5))
def test_error_counts_against_space_offsets(items: list[tuple[str, list[bool], list[bool]]]) -> None:
    references = [spaced(chars, gold) for chars, gold, _ in items]
    answers = [spaced(chars, pred) for chars, _, pred in items]
    expected = {c: {"gaps": 0, "spaces": 0, "missed": 0, "inserted": 0} for c in GAP_CATEGORIES}
    for (chars, _, _), reference, answer in zip(items, references, answers, strict=True):
        gold, pred = space_offsets(reference), space_offsets(answer)
        for i in range(len(chars) - 1):
            expected[category(chars[i : i + 2])]["gaps"] += 1
        for i in gold:
            expected[category(chars[i : i + 2])]["spaces"] += 1
        for i in gold - pred:
            expected[category(chars[i : i + 2])]["missed"] += 1
        for i in pred - gold:
            expected[category(chars[i : i + 2])]["inserted"] += 1
    got = error_counts(references, answers)
    assert got == expected
    assert list(got) == list(GAP_CATEGORIES)
    assert all(type(n) is int for row in got.values() for n in row.values())


def test_error_counts_small_example() -> None:
    got = error_counts(["셀 서식 2개를 엽니다."], ["셀서식 2 개를 엽니다 ."])
    assert got == {
        "after_particle": {"gaps": 1, "spaces": 1, "missed": 0, "inserted": 0},  # 를|엽
        "hangul": {"gaps": 5, "spaces": 1, "missed": 1, "inserted": 0},  # 셀|서 missed
        "digit_latin": {"gaps": 2, "spaces": 1, "missed": 0, "inserted": 1},  # 2|개 inserted
        "punctuation": {"gaps": 1, "spaces": 0, "missed": 0, "inserted": 1},  # 다|. inserted
    }


def test_bad_inputs_of_errors() -> None:
    with pytest.raises(ValueError, match="only spaces may differ.*character 2: '다' vs '라'"):
        mark_errors("가나다", "가나 라")
    with pytest.raises(ValueError, match="character 2"):
        mark_errors("가나다", "가나")
    with pytest.raises(TypeError, match="answer must be a str"):
        mark_errors("가나다", None)
    with pytest.raises(ValueError, match="left must be one non-space character"):
        gap_category("가나", "다")
    with pytest.raises(ValueError, match="right must be one non-space character"):
        gap_category("가", " ")
    with pytest.raises(TypeError, match="right must be a str"):
        gap_category("가", 1)
    with pytest.raises(ValueError, match="2 references but 1 answers"):
        error_counts(["가 나", "다"], ["가나"])
    with pytest.raises(ValueError, match=r"answers\[1\] must keep"):
        error_counts(["가 나", "다"], ["가나", "라"])
    with pytest.raises(TypeError, match="answers must be a list of sentences"):
        error_counts(["가 나"], "가나")
    with pytest.raises(ValueError, match="references is empty"):
        error_counts([], [])


def test_pack_windows_by_hand() -> None:
    X, Y = pack_windows([[5, 6, 7], [8, 9], [3, 4, 2, 6]], [[0, 1, 0], [0, 0], [0, 0, 1, 0]], 4)
    assert X.dtype == np.int32 and Y.dtype == np.float32
    np.testing.assert_array_equal(X, [[5, 6, 7, 8], [9, 3, 4, 2]])
    np.testing.assert_array_equal(Y[..., 0], [[0, 1, 1, 0], [1, 0, 0, 1]])
    assert Y.shape == (2, 4, 1)
    X1, Y1 = pack_windows(np.array([[1, 2, 3]]), np.array([[0, 0, 0]]), 1)  # arrays work too
    np.testing.assert_array_equal(X1[:, 0], [1, 2, 3])
    np.testing.assert_array_equal(Y1[:, 0, 0], [0, 0, 1])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(text_chars, spacings), min_size=1, max_size=6), st.integers(1, 12))
def test_pack_windows_is_the_joined_stream_cut_in_rows(paragraphs: list[tuple[str, list[bool]]], window: int) -> None:
    texts = [spaced(chars, spaces) for chars, spaces in paragraphs]
    code = {ch: k for k, ch in enumerate(ALPHABET, start=2)}
    tagged = [to_tagging(text) for text in texts]
    ids = [[code[ch] for ch in chars] for chars, _ in tagged]
    labels = [lab for _, lab in tagged]
    # the joined paragraphs, followed by one more word: every paragraph end (the last one too) is a space
    stream_chars, stream_labels = to_tagging(" ".join(texts) + " 끝")
    stream_ids, stream_labels = [code[ch] for ch in stream_chars[:-1]], stream_labels[:-1]
    n = len(stream_ids) // window
    if n == 0:
        with pytest.raises(ValueError, match="fewer than one window"):
            pack_windows(ids, labels, window)
        return
    X, Y = pack_windows(ids, labels, window)
    assert X.shape == (n, window) and Y.shape == (n, window, 1)
    np.testing.assert_array_equal(X.ravel(), stream_ids[: n * window])
    np.testing.assert_array_equal(Y.ravel(), stream_labels[: n * window])
    assert labels == [lab for _, lab in tagged]  # the caller's labels are left untouched


def test_bad_inputs_of_pack_windows() -> None:
    ids, labels = [[1, 2, 3], [4, 5]], [[0, 1, 0], [0, 0]]
    with pytest.raises(ValueError, match="2 id sequences but 1 label sequences"):
        pack_windows(ids, labels[:1], 2)
    with pytest.raises(ValueError, match="paragraph 1 has 2 ids but 3 labels"):
        pack_windows(ids, [[0, 1, 0], [0, 0, 0]], 2)
    with pytest.raises(ValueError, match="window must be >= 1"):
        pack_windows(ids, labels, 0)
    with pytest.raises(TypeError, match="window must be an int"):
        pack_windows(ids, labels, True)
    with pytest.raises(ValueError, match=r"labels\[0\] must hold only 0 and 1.*\[0, 2\]"):
        pack_windows(ids, [[0, 2, 0], [0, 0]], 2)
    with pytest.raises(ValueError, match="5 characters, fewer than one window of 6"):
        pack_windows(ids, labels, 6)
    with pytest.raises(ValueError, match="paragraph 1 is empty"):
        pack_windows([[1], []], [[0], []], 1)
    with pytest.raises(TypeError, match=r"ids\[0\] must hold integer"):
        pack_windows([[1.0, 2.0]], [[0, 0]], 1)
    with pytest.raises(ValueError, match=r"ids\[0\] holds id -1"):
        pack_windows([[1, -1]], [[0, 0]], 1)
    with pytest.raises(TypeError, match="ids must be a list"):
        pack_windows("abc", [[0, 0, 0]], 1)
