"""course_utils.model_selection: choosing on valid and the valid/test table, against direct computation."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from course_utils import lm
from course_utils.model_selection import (
    MODEL_COLUMN,
    TEST_COLUMN,
    VALID_COLUMN,
    Selection,
    best_on_valid,
    comparison_table,
    select_on_valid,
)

TRAIN = [s.split() for s in ["나는 학교에 간다", "동생은 학교에 간다", "나는 집에 간다", "동생은 밥을 먹는다"]]
VALID = [s.split() for s in ["나는 밥을 먹는다", "동생은 집에 간다"]]
TEST = [s.split() for s in ["동생은 학교에 간다", "나는 도서관에 간다"]]


def _addk_models() -> list[lm.AddK]:
    return [lm.AddK(2, k).fit(TRAIN) for k in (1.0, 0.1, 0.01)]


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=1, max_size=20))
def test_select_on_valid_is_first_argmin(scores: list[float]) -> None:
    chosen = select_on_valid(list(range(len(scores))), lambda i: scores[i])
    assert chosen.index == scores.index(min(scores))  # the first of any tie
    assert chosen.best == chosen.index and chosen.scores == tuple(scores)
    assert chosen.best_score == min(scores)
    assert select_on_valid(list(range(len(scores))), lambda i: scores[i], higher_is_better=True).index == scores.index(
        max(scores)
    )


def test_select_on_valid_accepts_inf_and_returns_selection() -> None:
    chosen = select_on_valid(["mle", "addk"], {"mle": math.inf, "addk": 80.0}.__getitem__)
    assert isinstance(chosen, Selection) and chosen.best == "addk" and chosen.scores == (math.inf, 80.0)


def test_best_on_valid_matches_direct_perplexity() -> None:
    models = _addk_models()
    direct = [m.perplexity(VALID) for m in models]
    assert best_on_valid(models, VALID) is models[direct.index(min(direct))]
    # a custom metric: choose by test perplexity instead (only to see the argument is used)
    on_test = [m.perplexity(TEST) for m in models]
    chosen = best_on_valid(models, TEST, perplexity=lambda m, s: m.perplexity(s))
    assert chosen is models[on_test.index(min(on_test))]


def test_comparison_table_matches_direct_computation() -> None:
    models = _addk_models()
    table = comparison_table(models, VALID, TEST)
    assert list(table.columns) == [MODEL_COLUMN, VALID_COLUMN, TEST_COLUMN]
    expected = pd.DataFrame(
        [{MODEL_COLUMN: repr(m), VALID_COLUMN: m.perplexity(VALID), TEST_COLUMN: m.perplexity(TEST)} for m in models]
    )
    pd.testing.assert_frame_equal(table, expected)
    named = comparison_table({"add-1": models[0], "add-0.1": models[1]}, VALID, TEST)
    assert named[MODEL_COLUMN].tolist() == ["add-1", "add-0.1"]
    assert named[VALID_COLUMN].tolist() == table[VALID_COLUMN].tolist()[:2]


def test_comparison_table_with_a_perplexity_function() -> None:
    class Neural:  # a model without .perplexity, as a Keras model would be
        def __init__(self, ppl: float) -> None:
            self.ppl = ppl

    table = comparison_table({"a": Neural(10.0), "b": Neural(20.0)}, VALID, TEST, perplexity=lambda m, s: m.ppl)
    assert table[TEST_COLUMN].tolist() == [10.0, 20.0]
    with pytest.raises(TypeError, match="has no .perplexity"):
        comparison_table([Neural(1.0)], VALID, TEST)


def test_bad_input_says_what_to_pass() -> None:
    with pytest.raises(ValueError, match="candidates is empty"):
        select_on_valid([], len)
    with pytest.raises(TypeError, match="candidates must be a list"):
        select_on_valid("abc", len)
    with pytest.raises(TypeError, match="score must be a function"):
        select_on_valid([1], 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="NaN"):
        select_on_valid([1, 2], lambda x: math.nan)
    with pytest.raises(TypeError, match="must return a number"):
        select_on_valid([1, 2], lambda x: "low")
    with pytest.raises(ValueError, match="models is empty"):
        comparison_table([], VALID, TEST)
    with pytest.raises(TypeError, match="model names must be str"):
        comparison_table({1: _addk_models()[0]}, VALID, TEST)  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="models must be a list"):
        comparison_table(_addk_models()[0], VALID, TEST)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="perplexity must be a function"):
        best_on_valid(_addk_models(), VALID, perplexity=5)  # type: ignore[arg-type]
