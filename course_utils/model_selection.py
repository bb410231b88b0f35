"""Choose a setting on validation data, then report every candidate on valid and test: one rule for all LM notebooks.

03-01 writes these steps inline (n-gram models); 07-12 NNLM, 08-05 RNNLM and 08-07 char RNN import them so that
every language model in the course is chosen and reported the same way:

1. fit each candidate (a value of ``k``, ``n``, a hidden size, ...) on train;
2. keep the one with the lowest perplexity on **valid** (:func:`select_on_valid`, :func:`best_on_valid`);
3. report valid and **test** perplexity side by side (:func:`comparison_table`); test never takes part in choosing.

A model is anything with a ``perplexity(sentences) -> float`` method (``course_utils.lm`` models have one); for other
models pass ``perplexity=lambda model, sentences: ...``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from numbers import Real
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:  # pandas is imported when a table is built, not with course_utils
    import pandas as pd

T = TypeVar("T")

#: Column names of :func:`comparison_table` (Korean, as the notebooks print them).
MODEL_COLUMN, VALID_COLUMN, TEST_COLUMN = "모델", "검증 PPL", "시험 PPL"

PerplexityFn = Callable[[Any, Any], float]


@dataclass(frozen=True)
class Selection(Generic[T]):
    """Outcome of :func:`select_on_valid`: the chosen candidate, its position, and every candidate's score."""

    best: T
    index: int
    scores: tuple[float, ...]

    @property
    def best_score(self) -> float:
        """The chosen candidate's validation score."""
        return self.scores[self.index]


def _as_score(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError(f"{what} must return a number, got {type(value).__name__} {value!r}")
    score = float(value)
    if math.isnan(score):
        raise ValueError(f"{what} returned NaN; a score must be a number (inf is allowed, e.g. MLE perplexity)")
    return score


def select_on_valid(
    candidates: Sequence[T], score: Callable[[T], float], *, higher_is_better: bool = False
) -> Selection[T]:
    """Score every candidate with ``score(candidate)`` (a validation metric) and keep the best one.

    Lower is better unless ``higher_is_better`` (e.g. accuracy). Ties go to the earlier candidate, so list the
    simpler settings first. ``inf`` is a valid score (a model that gives some validation token probability 0).

    >>> select_on_valid([3, 1, 2], lambda x: x).best
    1
    """
    if isinstance(candidates, (str, bytes)) or not isinstance(candidates, Sequence):
        raise TypeError(f"candidates must be a list of models or settings, got {type(candidates).__name__}")
    if len(candidates) == 0:
        raise ValueError("candidates is empty; pass at least one fitted model or setting to choose from")
    if not callable(score):
        raise TypeError(f"score must be a function candidate -> number, got {type(score).__name__}")
    scores = tuple(_as_score(score(c), f"score({c!r})") for c in candidates)
    sign = -1.0 if higher_is_better else 1.0
    index = min(range(len(scores)), key=lambda i: (sign * scores[i], i))
    return Selection(best=candidates[index], index=index, scores=scores)


def _perplexity(model: Any, sentences: Any, perplexity: PerplexityFn | None) -> float:
    if perplexity is not None:
        if not callable(perplexity):
            raise TypeError(
                f"perplexity must be a function (model, sentences) -> float, got {type(perplexity).__name__}"
            )
        return _as_score(perplexity(model, sentences), f"perplexity({model!r}, ...)")
    method = getattr(model, "perplexity", None)
    if not callable(method):
        raise TypeError(
            f"{model!r} has no .perplexity(sentences) method; "
            "pass perplexity=lambda model, sentences: ... to compute it"
        )
    return _as_score(method(sentences), f"{model!r}.perplexity(...)")


def best_on_valid(models: Sequence[T], valid: Any, *, perplexity: PerplexityFn | None = None) -> T:
    """The model with the lowest perplexity on ``valid`` (ties: the earlier model).

    ``models`` are already fitted on train; ``valid`` is what their ``perplexity`` takes (e.g. token lists).
    """
    return select_on_valid(models, lambda m: _perplexity(m, valid, perplexity)).best


def comparison_table(
    models: Mapping[str, Any] | Sequence[Any],
    valid: Any,
    test: Any,
    *,
    perplexity: PerplexityFn | None = None,
) -> pd.DataFrame:
    """One row per model: its name, validation perplexity and test perplexity (columns ``모델, 검증 PPL, 시험 PPL``).

    ``models`` is a ``{name: model}`` mapping or a list (names are then ``repr(model)``). Rows keep the given order.
    Print it with ``table.round(2).to_string(index=False)``.
    """
    import pandas as pd

    if isinstance(models, Mapping):
        named = list(models.items())
        for name, _ in named:
            if not isinstance(name, str):
                raise TypeError(f"model names must be str, got {type(name).__name__} {name!r}")
    elif isinstance(models, Sequence) and not isinstance(models, (str, bytes)):
        named = [(repr(m), m) for m in models]
    else:
        raise TypeError(f"models must be a list of models or a {{name: model}} dict, got {type(models).__name__}")
    if not named:
        raise ValueError("models is empty; pass at least one fitted model")
    rows = [
        {
            MODEL_COLUMN: name,
            VALID_COLUMN: _perplexity(model, valid, perplexity),
            TEST_COLUMN: _perplexity(model, test, perplexity),
        }
        for name, model in named
    ]
    return pd.DataFrame(rows, columns=[MODEL_COLUMN, VALID_COLUMN, TEST_COLUMN])


__all__ = [
    "MODEL_COLUMN",
    "TEST_COLUMN",
    "VALID_COLUMN",
    "Selection",
    "best_on_valid",
    "comparison_table",
    "select_on_valid",
]
