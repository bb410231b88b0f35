"""Tokenizer, pad_sequences and to_categorical, with Keras as the oracle."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections import OrderedDict, defaultdict
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from course_utils import encoding
from course_utils.encoding import (
    DEFAULT_FILTERS,
    Tokenizer,
    pad_sequences,
    to_categorical,
    tokenizer_from_json,
)

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")


@pytest.fixture(scope="module")
def keras_tools():
    """Keras' own versions: the legacy Tokenizer (what tf.keras' Tokenizer is) and the utils."""
    keras = pytest.importorskip("keras")
    from keras.src.legacy.preprocessing import text as legacy_text

    return legacy_text, keras.utils


SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# A small alphabet: Latin in both cases, Korean, characters whose lowercase is special
# (final sigma, dotted I), punctuation from the default filters, apostrophe and whitespace.
ALPHABET = "abAB가나한글ΣİX.,!?'-_ \t\n\u3000"
TOKEN = st.text(alphabet=ALPHABET, max_size=5)
TEXT = st.one_of(st.text(alphabet=ALPHABET, max_size=30), st.lists(TOKEN, max_size=6))
TEXTS = st.lists(TEXT, max_size=8)
TOKENIZER_ARGS = st.fixed_dictionaries(
    {
        "num_words": st.one_of(st.none(), st.integers(0, 10)),
        "oov_token": st.sampled_from([None, "<OOV>", "a"]),
        "char_level": st.booleans(),
        "lower": st.booleans(),
        "split": st.sampled_from([" ", ",", "가", "||"]),
        "filters": st.one_of(st.just(DEFAULT_FILTERS), st.text(alphabet="!.,-_^]\\ a가\n", max_size=4)),
    }
)


def _assert_same_state(mine: Tokenizer, ref) -> None:
    assert list(mine.word_counts.items()) == list(ref.word_counts.items())
    assert isinstance(mine.word_counts, OrderedDict)
    assert list(mine.word_docs.items()) == list(ref.word_docs.items())
    assert list(mine.index_docs.items()) == list(ref.index_docs.items())
    assert mine.word_index == ref.word_index and mine.index_word == ref.index_word
    assert mine.document_count == ref.document_count


def _assert_same_conversions(mine: Tokenizer, ref, texts: list) -> None:
    if not ref.word_index:  # Keras returns empty (or None-filled) sequences; we refuse clearly
        with pytest.raises(ValueError, match="no vocabulary"):
            mine.texts_to_sequences(texts)
        return
    seqs = ref.texts_to_sequences(texts)
    assert mine.texts_to_sequences(texts) == seqs
    probe = seqs + [[0, 1, 2, 3, 50]]
    assert mine.sequences_to_texts(probe) == ref.sequences_to_texts(probe)
    for mode in ("binary", "count", "freq", "tfidf"):
        if mode == "tfidf" and not ref.document_count:
            with pytest.raises(ValueError, match="tfidf needs"):
                mine.texts_to_matrix(texts, mode=mode)
            continue
        expected = ref.texts_to_matrix(texts, mode=mode)
        got = mine.texts_to_matrix(texts, mode=mode)
        assert got.dtype == expected.dtype and got.shape == expected.shape
        np.testing.assert_array_equal(got, expected)
    assert mine.to_json() == ref.to_json()


# -- Tokenizer: oracle tests -------------------------------------------------------------------
@SETTINGS
@given(texts=TEXTS, more=TEXTS, args=TOKENIZER_ARGS, chunk=st.sampled_from([1, 2, 3, 2048]))
def test_tokenizer_matches_keras(keras_tools, texts, more, args, chunk) -> None:
    legacy_text, _ = keras_tools
    mine, ref = Tokenizer(**args), legacy_text.Tokenizer(**args)
    with mock.patch.object(encoding._fast, "CHUNK", chunk):  # texts are processed in batches
        mine.fit_on_texts(texts)
        ref.fit_on_texts(texts)
        _assert_same_state(mine, ref)
        _assert_same_conversions(mine, ref, texts + more)
        mine.fit_on_texts(more)  # fitting again adds to the counts
        ref.fit_on_texts(more)
        _assert_same_state(mine, ref)
        _assert_same_conversions(mine, ref, more + texts)


def test_tokenizer_matches_keras_on_a_larger_mixed_corpus(keras_tools) -> None:
    legacy_text, _ = keras_tools
    rng = random.Random(0)
    words = ["Apple", "apple", "사과", "ΣΑΣ", "İstanbul", "x-y", "a.b", "", "\x00z"]
    texts: list = []
    for _ in range(5000):
        tokens = rng.choices(words, k=rng.randrange(0, 6))
        texts.append(" ".join(tokens) if rng.random() < 0.5 else tokens)
    for args in ({}, {"num_words": 4, "oov_token": "<OOV>"}, {"lower": False}):
        mine, ref = Tokenizer(**args), legacy_text.Tokenizer(**args)
        mine.fit_on_texts(texts)
        ref.fit_on_texts(texts)
        _assert_same_state(mine, ref)
        assert mine.texts_to_sequences(texts) == ref.texts_to_sequences(texts)


@SETTINGS
@given(texts=st.lists(st.text(alphabet=ALPHABET, max_size=30), max_size=8))
def test_tokenizer_json_roundtrip_with_keras(keras_tools, texts) -> None:
    legacy_text, _ = keras_tools
    mine, ref = Tokenizer(oov_token="<OOV>"), legacy_text.Tokenizer(oov_token="<OOV>")
    mine.fit_on_texts(texts)
    ref.fit_on_texts(texts)
    from_keras = tokenizer_from_json(ref.to_json())
    from_mine = legacy_text.tokenizer_from_json(mine.to_json())
    assert from_keras.word_index == from_mine.word_index == ref.word_index
    assert from_keras.index_word == from_mine.index_word
    assert from_keras.texts_to_sequences(texts) == from_mine.texts_to_sequences(texts)


def test_book_style_example(keras_tools) -> None:
    legacy_text, _ = keras_tools
    sentences = [["farmer", "tired"], ["farmer", "young", "tired"], ["river", "river", "old"]]
    for args in ({}, {"num_words": 3}, {"num_words": 3, "oov_token": "OOV"}):
        mine, ref = Tokenizer(**args), legacy_text.Tokenizer(**args)
        mine.fit_on_texts(sentences)
        ref.fit_on_texts(sentences)
        assert mine.word_index == ref.word_index
        assert mine.texts_to_sequences(sentences) == ref.texts_to_sequences(sentences)


def test_num_words_keeps_indices_below_it() -> None:
    tok = Tokenizer(num_words=3)
    tok.fit_on_texts(["a a a b b c"])
    assert tok.word_index == {"a": 1, "b": 2, "c": 3}  # the vocabulary keeps every word
    assert tok.texts_to_sequences(["a b c"]) == [[1, 2]]  # only indices < 3
    oov = Tokenizer(num_words=3, oov_token="<OOV>")
    oov.fit_on_texts(["a a a b b c"])
    assert oov.texts_to_sequences(["a b c d"]) == [[2, 1, 1, 1]]


def test_pre_tokenized_korean_and_char_level() -> None:
    tok = Tokenizer()
    tok.fit_on_texts([["나", "는", "학교", "에", "간다"], ("학교", "에서", "공부", "한다")])
    assert list(tok.word_index)[:5] == ["학교", "나", "는", "에", "간다"]  # ties: first seen first
    assert tok.texts_to_sequences([["학교", "에", "간다", "없는말"]]) == [[1, 4, 5]]
    chars = Tokenizer(char_level=True)
    chars.fit_on_texts(["aab", "AB!"])
    assert chars.word_index == {"a": 1, "b": 2, "!": 3}  # lowercased, filters not applied
    assert chars.sequences_to_texts([[1, 3]]) == ["a !"]


def test_analyzer_is_used_for_strings() -> None:
    tok = Tokenizer(analyzer=lambda text: text.split("/"))
    tok.fit_on_texts(["가/나/가", "다"])
    assert list(tok.word_counts.items()) == [("가", 2), ("나", 1), ("다", 1)]
    with pytest.raises(TypeError, match="analyzer"):
        Tokenizer(analyzer=lambda text: text).fit_on_texts(["abc"])
    with pytest.raises(TypeError, match="every token must be a str"):
        Tokenizer(analyzer=lambda text: [1, 2]).fit_on_texts(["abc"])


def test_types_of_state() -> None:
    tok = Tokenizer()
    tok.fit_on_texts(["b a b"])
    assert isinstance(tok.word_counts, OrderedDict)
    assert isinstance(tok.word_docs, defaultdict) and isinstance(tok.index_docs, defaultdict)
    assert tok.index_docs == {1: 1, 2: 1}
    assert "words=2" in repr(tok)


def test_generators_and_iterables() -> None:
    tok = Tokenizer()
    tok.fit_on_texts(t for t in ["x y", "y"])
    assert tok.document_count == 2
    assert list(tok.texts_to_sequences_generator(iter(["y x"]))) == [[1, 2]]
    assert list(tok.sequences_to_texts_generator([np.array([1, 2])])) == ["y x"]


def test_fit_on_sequences_and_tfidf_width() -> None:
    tok = Tokenizer(num_words=4)
    tok.fit_on_sequences([[1, 2], [2, 3]])
    assert tok.document_count == 2 and tok.index_docs == {1: 1, 2: 2, 3: 1}
    matrix = tok.sequences_to_matrix([[1, 1, 5]], mode="tfidf")
    assert matrix.shape == (1, 4) and matrix[0, 1] == pytest.approx((1 + np.log(2)) * np.log(2))
    padded = tok.sequences_to_matrix(np.array([[0, 1, 2]]), mode="count")
    assert padded.tolist() == [[1.0, 1.0, 1.0, 0.0]]


# -- Tokenizer: bad input ---------------------------------------------------------------------
def test_tokenizer_bad_arguments() -> None:
    with pytest.raises(ValueError, match="num_words must be a non-negative int"):
        Tokenizer(num_words=-1)
    with pytest.raises(TypeError, match="num_words must be a non-negative int, got float"):
        Tokenizer(num_words=10.5)
    with pytest.raises(ValueError, match="split must be a non-empty str"):
        Tokenizer(split="")
    with pytest.raises(TypeError, match="oov_token must be a str"):
        Tokenizer(oov_token=1)
    with pytest.raises(TypeError, match="filters"):
        Tokenizer(filters=None)
    with pytest.raises(TypeError, match="analyzer"):
        Tokenizer(analyzer="okt")
    with pytest.raises(TypeError, match="Unrecognized keyword"):
        Tokenizer(vocab_size=10)
    with pytest.warns(UserWarning, match="renamed"):
        assert Tokenizer(nb_words=5).num_words == 5


def test_tokenizer_bad_texts() -> None:
    tok = Tokenizer()
    with pytest.raises(TypeError, match="texts is None"):
        tok.fit_on_texts(None)
    with pytest.raises(TypeError, match=r"single str; pass a list"):
        tok.fit_on_texts("a single sentence")
    with pytest.raises(TypeError, match=r"texts\[1\] is NoneType"):
        tok.fit_on_texts(["ok", None])
    with pytest.raises(TypeError, match=r"texts\[0\] is int"):
        tok.fit_on_texts([3])
    with pytest.raises(TypeError, match="every token must be a str"):
        tok.fit_on_texts([["ok", 3]])
    assert tok.document_count == 0 and not tok.word_counts  # failed fits change nothing
    with pytest.raises(TypeError, match="must be a list"):
        tok.fit_on_texts(5)


def test_use_before_fit_is_an_error() -> None:
    tok = Tokenizer(oov_token="<OOV>")
    with pytest.raises(ValueError, match="no vocabulary"):
        tok.texts_to_sequences(["a b"])
    with pytest.raises(ValueError, match="no vocabulary"):
        tok.texts_to_matrix(["a b"])
    with pytest.raises(ValueError, match="matrix width is unknown"):
        tok.sequences_to_matrix([[1]])
    with pytest.raises(ValueError, match="no vocabulary"):
        tok.sequences_to_texts([[1]])
    with pytest.raises(ValueError, match="tfidf needs"):
        Tokenizer(num_words=3).sequences_to_matrix([[1]], mode="tfidf")
    empty = Tokenizer()
    empty.fit_on_texts(["", "!!!"])
    with pytest.raises(ValueError, match="no vocabulary"):
        empty.texts_to_matrix(["a"])


def test_conversion_bad_input() -> None:
    tok = Tokenizer()
    tok.fit_on_texts(["a b c"])
    with pytest.raises(ValueError, match="unknown mode 'tf-idf'"):
        tok.texts_to_matrix(["a"], mode="tf-idf")
    with pytest.raises(ValueError, match="unknown mode"):
        tok.sequences_to_matrix([[1]], mode="onehot")
    with pytest.raises(ValueError, match="negative index -1"):
        tok.sequences_to_matrix([[1, -1]])
    with pytest.raises(TypeError, match=r"for a single sequence pass \[sequence\]"):
        tok.sequences_to_texts([1, 2])
    with pytest.raises(TypeError, match="indices must be ints"):
        tok.sequences_to_texts([[1.0]])
    with pytest.raises(TypeError, match="single str"):
        tok.texts_to_sequences("a b")
    tok.oov_token = "<OOV>"  # set after fitting: not in the vocabulary
    with pytest.raises(ValueError, match="not in word_index"):
        tok.texts_to_sequences(["a"])


# -- saving and loading -----------------------------------------------------------------------
def test_save_and_load(tmp_path) -> None:
    tok = Tokenizer(num_words=5, oov_token="<OOV>")
    tok.fit_on_texts(["한국어 문장 하나", "한국어 문장 둘!"])
    path = tok.save(tmp_path / "vocab.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["class_name"] == "Tokenizer" and data["config"]["num_words"] == 5
    loaded = Tokenizer.load(path)
    assert loaded.word_index == tok.word_index and loaded.index_word == tok.index_word
    assert loaded.texts_to_sequences(["한국어 셋"]) == tok.texts_to_sequences(["한국어 셋"])
    assert isinstance(loaded.word_docs, defaultdict)
    loaded.fit_on_texts(["새 단어"])  # a loaded tokenizer can keep learning (Keras' cannot)
    assert "새" in loaded.word_index
    with pytest.raises(FileNotFoundError, match="no tokenizer file"):
        Tokenizer.load(tmp_path / "missing.json")
    with pytest.raises(ValueError, match="not a Tokenizer JSON"):
        tokenizer_from_json(str(path))
    with pytest.raises(TypeError, match="JSON text"):
        tokenizer_from_json(path)


# -- pad_sequences ----------------------------------------------------------------------------
INTS = st.integers(-3, 300)
SEQUENCES = st.lists(
    st.one_of(
        st.lists(INTS, max_size=9),
        st.tuples(INTS, INTS),
        st.lists(st.floats(-5, 5, allow_nan=False), max_size=4),
        st.lists(INTS, max_size=5).map(np.array),
    ),
    max_size=7,
)


@SETTINGS
@given(
    sequences=SEQUENCES,
    maxlen=st.one_of(st.none(), st.integers(1, 10)),
    dtype=st.sampled_from(["int32", "int64", "float32", "float64", "uint8", "int8", object]),
    padding=st.sampled_from(["pre", "post"]),
    truncating=st.sampled_from(["pre", "post"]),
    value=st.sampled_from([0.0, -1, 0.5, 7]),
)
def test_pad_sequences_matches_keras(keras_tools, sequences, maxlen, dtype, padding, truncating, value) -> None:
    _, utils = keras_tools
    kwargs = {"maxlen": maxlen, "dtype": dtype, "padding": padding, "truncating": truncating}
    kwargs["value"] = value
    if not sequences and maxlen is None:
        with pytest.raises(ValueError, match="sequences is empty"):
            pad_sequences(sequences, **kwargs)
        return
    try:
        expected = utils.pad_sequences(sequences, **kwargs)
    except (ValueError, TypeError, OverflowError):
        with pytest.raises((ValueError, TypeError, OverflowError)):
            pad_sequences(sequences, **kwargs)
        return
    got = pad_sequences(sequences, **kwargs)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    np.testing.assert_array_equal(got, expected)


@SETTINGS
@given(
    shape=st.tuples(st.integers(0, 5), st.integers(0, 6)),
    maxlen=st.one_of(st.none(), st.integers(1, 8)),
    padding=st.sampled_from(["pre", "post"]),
    truncating=st.sampled_from(["pre", "post"]),
)
def test_pad_sequences_numpy_input_matches_keras(keras_tools, shape, maxlen, padding, truncating) -> None:
    _, utils = keras_tools
    array = np.arange(1, 1 + shape[0] * shape[1]).reshape(shape)
    kwargs = {"maxlen": maxlen, "padding": padding, "truncating": truncating}
    if shape[0] == 0 and maxlen is None:
        return  # Keras fails on np.max of no lengths; covered by the empty-input test
    expected = utils.pad_sequences(array, **kwargs)
    got = pad_sequences(array, **kwargs)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    np.testing.assert_array_equal(got, expected)


def test_pad_sequences_examples(keras_tools) -> None:
    _, utils = keras_tools
    seqs = [[1], [2, 3], [4, 5, 6]]
    assert pad_sequences(seqs).tolist() == [[0, 0, 1], [0, 2, 3], [4, 5, 6]]
    assert pad_sequences(seqs, padding="post", maxlen=2, truncating="post").tolist() == [
        [1, 0],
        [2, 3],
        [4, 5],
    ]
    assert pad_sequences(seqs).dtype == np.int32
    assert pad_sequences([[], []]).shape == (2, 0)
    assert pad_sequences([], maxlen=3).shape == (0, 3)
    words = [["나", "는"], ["학교"]]
    got = pad_sequences(words, dtype=object, value="<pad>", padding="post")
    assert got.tolist() == [["나", "는"], ["학교", "<pad>"]]
    vectors = [[[1, 2], [3, 4]], [[5, 6]]]
    np.testing.assert_array_equal(pad_sequences(vectors), utils.pad_sequences(vectors))
    big = [[2**40]]
    assert pad_sequences(big, dtype="int64").tolist() == [[2**40]]


def test_pad_sequences_bad_input() -> None:
    with pytest.raises(TypeError, match="sequences must be a list"):
        pad_sequences(None)
    with pytest.raises(TypeError, match="sequences must be a list"):
        pad_sequences(s for s in [[1]])
    with pytest.raises(TypeError, match=r"sequences\[1\] is int"):
        pad_sequences([[1], 2])
    with pytest.raises(TypeError, match=r"sequences\[0\] is str"):
        pad_sequences(["abc"])
    with pytest.raises(ValueError, match="maxlen must be >= 1"):
        pad_sequences([[1]], maxlen=0)
    with pytest.raises(ValueError, match="maxlen must be >= 1"):
        pad_sequences([[1]], maxlen=-2)
    with pytest.raises(TypeError, match="maxlen must be an int"):
        pad_sequences([[1]], maxlen=2.5)
    with pytest.raises(ValueError, match="padding must be 'pre' or 'post'"):
        pad_sequences([[1]], padding="both")
    with pytest.raises(ValueError, match="truncating must be 'pre' or 'post'"):
        pad_sequences([[1]], truncating="middle")
    with pytest.raises(ValueError, match="dtype=object"):
        pad_sequences([[1]], value="<pad>")
    with pytest.raises(ValueError, match="sequences is empty"):
        pad_sequences([])
    with pytest.raises(ValueError, match="one shape"):
        pad_sequences([[[1, 2], [3]]])  # ragged below the second level
    with pytest.raises(ValueError, match="one shape"):
        pad_sequences([[[1, 2]], [[3, 4, 5]]])
    with pytest.raises(TypeError, match="not a NumPy dtype"):
        pad_sequences([[1]], dtype="integer32")


# -- to_categorical ---------------------------------------------------------------------------
@SETTINGS
@given(
    labels=st.lists(st.integers(0, 9), min_size=1, max_size=12),
    shape=st.sampled_from(["flat", "column", "grid", "scalar"]),
    extra=st.one_of(st.none(), st.integers(0, 3)),
    as_float=st.booleans(),
)
def test_to_categorical_matches_keras(keras_tools, labels, shape, extra, as_float) -> None:
    _, utils = keras_tools
    x = np.array(labels, dtype=np.float64 if as_float else np.int64)
    if shape == "column":
        x = x.reshape(-1, 1)
    elif shape == "grid" and len(labels) % 2 == 0:
        x = x.reshape(2, -1)
    elif shape == "scalar":
        x = x[0]
    num_classes = None if extra is None else int(np.max(x)) + 1 + extra
    expected = utils.to_categorical(x, num_classes=num_classes)
    got = to_categorical(x, num_classes=num_classes)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    np.testing.assert_array_equal(got, expected)
    assert to_categorical(x.tolist(), num_classes=num_classes).tolist() == expected.tolist()


def test_to_categorical_examples() -> None:
    assert to_categorical([0, 2]).tolist() == [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]
    assert to_categorical([1], num_classes=3, dtype="float32").dtype == np.float32
    assert to_categorical([True, False]).tolist() == [[0.0, 1.0], [1.0, 0.0]]
    assert to_categorical([], num_classes=2).shape == (0, 2)
    assert to_categorical(np.array([1, 0], dtype=object)).shape == (2, 2)


def test_to_categorical_bad_input() -> None:
    with pytest.raises(TypeError, match="x is None"):
        to_categorical(None)
    with pytest.raises(ValueError, match="labels must be >= 0, found -1"):
        to_categorical([0, -1, 2])
    with pytest.raises(ValueError, match="whole numbers, found 1.5"):
        to_categorical([0, 1.5])
    with pytest.raises(ValueError, match="whole numbers"):
        to_categorical([0.0, float("nan")])
    with pytest.raises(TypeError, match="map string labels"):
        to_categorical(["cat", "dog"])
    with pytest.raises(TypeError, match="labels must be integers"):
        to_categorical([1, None])
    with pytest.raises(ValueError, match=r"label 3 does not fit num_classes=3"):
        to_categorical([0, 3], num_classes=3)
    with pytest.raises(ValueError, match="num_classes must be >= 1"):
        to_categorical([0], num_classes=0)
    with pytest.raises(TypeError, match="num_classes must be an int"):
        to_categorical([0], num_classes=2.0)
    with pytest.raises(ValueError, match="cannot be inferred"):
        to_categorical([])
    with pytest.raises(ValueError, match="ragged"):
        to_categorical([[1, 2], [3]])


# -- import cost ------------------------------------------------------------------------------
def test_import_is_light() -> None:
    code = (
        "import sys, time\n"
        "t = time.perf_counter()\n"
        "import course_utils\n"
        "from course_utils import Tokenizer, pad_sequences, to_categorical\n"
        "elapsed = time.perf_counter() - t\n"
        "heavy = [m for m in ('tensorflow', 'keras', 'konlpy', 'kss', 'jpype')"
        " if m in sys.modules]\n"
        "print(elapsed, heavy)\n"
    )
    times = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split(
            maxsplit=1
        )
        times.append(float(out[0]))
        assert out[1].strip() == "[]", f"import course_utils pulled in {out[1].strip()}"
    assert min(times) <= 0.3, f"import course_utils took {min(times):.2f} s (budget 0.3 s)"


@pytest.mark.parametrize("mode", ["binary", "count", "freq", "tfidf"])
def test_sequences_to_matrix_skips_numpy_rows_like_keras(keras_tools, mode) -> None:
    """Keras skips a row when ``not seq`` is true: for a one-element NumPy row that is a 0."""
    legacy_text, _ = keras_tools
    texts = ["a b a", "b c"]
    mine, ref = Tokenizer(num_words=4), legacy_text.Tokenizer(num_words=4)
    mine.fit_on_texts(texts)
    ref.fit_on_texts(texts)
    for sequences in (np.array([[1], [0]]), np.array([[0], [3], [0]]), [np.array([0]), [0], np.array([2])]):
        expected = ref.sequences_to_matrix(sequences, mode=mode)
        got = mine.sequences_to_matrix(sequences, mode=mode)
        np.testing.assert_array_equal(got, expected)
    # the case of the issue: the second row stays all zeros, while the list [0] counts index 0
    assert mine.sequences_to_matrix(np.array([[1], [0]]))[1].tolist() == [0.0, 0.0, 0.0, 0.0]
    assert mine.sequences_to_matrix([[1], [0]])[1].tolist() == [1.0, 0.0, 0.0, 0.0]
