"""Tests of course_utils.split: X/y separation and train/test splits with scikit-learn's sizes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.model_selection import train_test_split

from course_utils.split import (
    shuffle_split,
    split_array,
    split_dataframe,
    train_test_sizes,
    unzip_pairs,
)

# ---------------------------------------------------------------- unzip_pairs


def test_unzip_pairs_matches_zip_star() -> None:
    pairs = [["배송이 빨라요", 1], ["별로예요", 0], ("좋아요", 1)]
    X, y = unzip_pairs(pairs)
    assert X == ["배송이 빨라요", "별로예요", "좋아요"]
    assert y == [1, 0, 1]
    zx, zy = zip(*pairs, strict=True)
    assert X == list(zx) and y == list(zy)


def test_unzip_pairs_accepts_a_generator() -> None:
    X, y = unzip_pairs((i, i * i) for i in range(3))
    assert X == [0, 1, 2] and y == [0, 1, 4]


@pytest.mark.parametrize(
    ("pairs", "error", "match"),
    [
        ([], ValueError, "empty"),
        ([("a", 1), ("b", 0, "extra")], ValueError, r"pairs\[1\]"),
        ([("a", 1), "ab"], ValueError, r"pairs\[1\]"),
        ([("a", 1), 3], ValueError, r"pairs\[1\]"),
        ("ab", TypeError, "string"),
        (5, TypeError, "iterable"),
    ],
)
def test_unzip_pairs_rejects_bad_input(pairs, error, match) -> None:
    with pytest.raises(error, match=match):
        unzip_pairs(pairs)


# ---------------------------------------------------------------- split_dataframe


def test_split_dataframe_keeps_index_and_columns() -> None:
    df = pd.DataFrame({"text": ["a", "b", "c"], "length": [1, 1, 1], "label": [0, 1, 0]}, index=[10, 11, 12])
    X, y = split_dataframe(df, "label")
    assert list(X.columns) == ["text", "length"]
    assert y.tolist() == [0, 1, 0]
    assert X.index.tolist() == [10, 11, 12] and y.name == "label"
    assert "label" in df.columns  # the input is not modified


def test_split_dataframe_errors() -> None:
    df = pd.DataFrame({"text": ["a"], "label": [1]})
    with pytest.raises(ValueError, match="not a column"):
        split_dataframe(df, "y")
    with pytest.raises(TypeError, match="DataFrame"):
        split_dataframe([["a", 1]], "label")
    with pytest.raises(ValueError, match="no rows"):
        split_dataframe(df.iloc[0:0], "label")
    with pytest.raises(ValueError, match="feature column"):
        split_dataframe(df[["label"]], "label")


# ---------------------------------------------------------------- split_array


def test_split_array_last_and_middle_column() -> None:
    arr = np.arange(12).reshape(3, 4)
    X, y = split_array(arr)
    np.testing.assert_array_equal(X, arr[:, :3])
    np.testing.assert_array_equal(y, arr[:, 3])
    X, y = split_array(arr, label_index=1)
    np.testing.assert_array_equal(X, arr[:, [0, 2, 3]])
    np.testing.assert_array_equal(y, arr[:, 1])


@pytest.mark.parametrize(
    ("array", "kwargs", "error", "match"),
    [
        (np.arange(4), {}, ValueError, "2-D"),
        (np.zeros((0, 3)), {}, ValueError, "no rows"),
        (np.zeros((3, 1)), {}, ValueError, "at least 2 columns"),
        (np.zeros((3, 3)), {"label_index": 3}, ValueError, "out of range"),
        (np.zeros((3, 3)), {"label_index": 1.0}, TypeError, "int"),
    ],
)
def test_split_array_rejects_bad_input(array, kwargs, error, match) -> None:
    with pytest.raises(error, match=match):
        split_array(array, **kwargs)


# ---------------------------------------------------------------- sizes


@pytest.mark.parametrize(
    ("n", "test_size", "expected"),
    [
        (10, 0.25, (7, 3)),
        (10, 0.2, (8, 2)),
        (7, 0.5, (3, 4)),
        (48, 0.25, (36, 12)),
        (10, 3, (7, 3)),
    ],
)
def test_train_test_sizes_examples(n, test_size, expected) -> None:
    assert train_test_sizes(n, test_size) == expected


@given(
    n=st.integers(min_value=2, max_value=5000),
    test_size=st.floats(min_value=1e-6, max_value=1 - 1e-6, allow_nan=False),
)
def test_train_test_sizes_match_sklearn_for_fractions(n: int, test_size: float) -> None:
    X = np.zeros(n)
    try:
        X_train, X_test = train_test_split(X, test_size=test_size, random_state=0)
    except ValueError:
        with pytest.raises(ValueError):
            train_test_sizes(n, test_size)
        return
    assert train_test_sizes(n, test_size) == (len(X_train), len(X_test))


@given(st.data())
def test_train_test_sizes_match_sklearn_for_counts(data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=2, max_value=500))
    count = data.draw(st.integers(min_value=1, max_value=n - 1))
    X_train, X_test = train_test_split(np.zeros(n), test_size=count, random_state=0)
    assert train_test_sizes(n, count) == (len(X_train), len(X_test))


@pytest.mark.parametrize(
    ("n", "test_size", "error", "match"),
    [
        (10, 0.0, ValueError, "between 0 and 1"),
        (10, 1.0, ValueError, "between 0 and 1"),
        (10, -0.2, ValueError, "between 0 and 1"),
        (10, float("nan"), ValueError, "between 0 and 1"),
        (10, 0, ValueError, "between 1 and"),
        (10, 10, ValueError, "between 1 and"),
        (10, True, TypeError, "bool"),
        (10, "0.2", TypeError, "float"),
        (1, 0.5, ValueError, "at least 2"),
        (2.0, 0.5, TypeError, "n_samples"),
        (2, 0.99, ValueError, "empty"),
    ],
)
def test_train_test_sizes_rejects_bad_input(n, test_size, error, match) -> None:
    with pytest.raises(error, match=match):
        train_test_sizes(n, test_size)


def test_numpy_scalars_are_accepted() -> None:
    assert train_test_sizes(np.int64(10), np.float64(0.25)) == (7, 3)
    assert train_test_sizes(10, np.int32(4)) == (6, 4)


# ---------------------------------------------------------------- shuffle_split


def test_shuffle_split_is_a_permutation_with_sklearn_sizes() -> None:
    X = [f"문장{i}" for i in range(23)]
    y = list(range(23))
    X_train, X_test, y_train, y_test = shuffle_split(X, y, test_size=0.3, seed=1)
    sk = train_test_split(X, y, test_size=0.3, random_state=1)
    assert [len(part) for part in (X_train, X_test, y_train, y_test)] == [len(part) for part in sk]
    assert sorted(y_train + y_test) == y
    assert all(X[i] == x for i, x in zip(y_train + y_test, X_train + X_test, strict=True))
    assert isinstance(X_train, list)


def test_shuffle_split_uses_the_seeded_generator() -> None:
    X = np.arange(10) * 10
    y = np.arange(10)
    X_train, X_test, y_train, y_test = shuffle_split(X, y, test_size=0.2, seed=7)
    order = np.random.default_rng(7).permutation(10)
    np.testing.assert_array_equal(y_train, order[:8])
    np.testing.assert_array_equal(y_test, order[8:])
    np.testing.assert_array_equal(X_test, order[8:] * 10)
    again = shuffle_split(X, y, test_size=0.2, seed=7)
    np.testing.assert_array_equal(again[1], X_test)


def test_shuffle_split_without_shuffle_slices_in_order() -> None:
    X_train, X_test, y_train, y_test = shuffle_split(list("abcde"), [1, 2, 3, 4, 5], test_size=2, shuffle=False)
    assert X_train == ["a", "b", "c"] and X_test == ["d", "e"]
    assert y_train == [1, 2, 3] and y_test == [4, 5]


def test_shuffle_split_keeps_pandas_types_and_index() -> None:
    df = pd.DataFrame({"text": list("abcdefgh")}, index=range(100, 108))
    labels = pd.Series([0, 1] * 4, index=df.index)
    X_train, X_test, y_train, y_test = shuffle_split(df, labels, test_size=0.25, seed=0)
    assert isinstance(X_train, pd.DataFrame) and isinstance(y_test, pd.Series)
    assert X_train.index.tolist() == y_train.index.tolist()
    assert X_test.index.tolist() == y_test.index.tolist()
    assert len(X_test) == 2


def test_shuffle_split_tuple_input_gives_tuples() -> None:
    X_train, X_test, _, _ = shuffle_split(("a", "b", "c", "d"), (0, 1, 0, 1), test_size=0.5)
    assert isinstance(X_train, tuple) and isinstance(X_test, tuple)


@pytest.mark.parametrize(
    ("X", "y", "kwargs", "error", "match"),
    [
        ([1, 2, 3], [1, 2], {}, ValueError, "3 samples but y has 2"),
        ([], [], {}, ValueError, "empty"),
        ([1, 2, 3, 4], [1, 2, 3, 4], {"test_size": 1.5}, ValueError, "between 0 and 1"),
        ([1, 2, 3, 4], [1, 2, 3, 4], {"test_size": 4}, ValueError, "between 1 and"),
        ([1, 2, 3, 4], [1, 2, 3, 4], {"seed": -1}, ValueError, "seed"),
        ([1, 2, 3, 4], [1, 2, 3, 4], {"seed": 1.5}, ValueError, "seed"),
        ("abcd", [1, 2, 3, 4], {}, TypeError, "string"),
        (5, [1], {}, TypeError, "len"),
    ],
)
def test_shuffle_split_rejects_bad_input(X, y, kwargs, error, match) -> None:
    with pytest.raises(error, match=match):
        shuffle_split(X, y, **kwargs)
