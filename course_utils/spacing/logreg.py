"""A Korean spacer: logistic regression over the characters around each gap.

:class:`KoreanSpacer` predicts the label ``y_i`` of the gap after ``c_i`` (1: a space) from every
1..``max_n``-gram inside the window ``c_{i-w+1} .. c_{i+w}`` (``w`` = ``window`` characters on each
side), tagged with its offset, plus the character classes of ``c_i`` and ``c_{i+1}``
(:func:`gap_features`). The score of a gap is ``z_i = b + sum_f W[f]`` over its features ``f`` and
``P(space) = sigmoid(z_i)``; a space is predicted when ``P(space) > threshold``.
Training uses scikit-learn (``LogisticRegression``, dual liblinear); prediction is the sum above,
and a fitted model is saved as plain JSON (feature -> weight), never pickled.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from course_utils.nn.activations import sigmoid
from course_utils.spacing.baselines import no_space_baseline
from course_utils.spacing.labels import check_sentences, from_tagging, to_tagging
from course_utils.spacing.metrics import SpacingScores, score_answers
from course_utils.validation import check_int, check_str

BOS, EOS = "\u2402", "\u2403"  # padding symbols before / after a sentence (␂, ␃)


def _char_class(ch: str) -> str:
    if "가" <= ch <= "힣":
        return "H"  # Hangul syllable
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "A"
    if ch in (BOS, EOS):
        return "B"
    return "P"  # punctuation and anything else


def gap_features(chars: str, i: int, window: int = 2, max_n: int = 3) -> list[str]:
    """Features of the gap after ``chars[i]``.

    Every n-gram (1 <= n <= ``max_n``) inside the window ``chars[i-window+1 .. i+window]``
    (padded with ␂/␃ at the ends), named ``"<offset>:<ngram>"`` where offset 0 is ``chars[i]``,
    and ``"T:<class of chars[i]><class of chars[i+1]>"`` (H Hangul, D digit, A Latin, P other).
    Example: ``gap_features("국민은평등", 2)`` contains ``"0:은"``, ``"1:평"``, ``"0:은평"``
    and ``"-1:민은평"``.
    """
    padded = BOS * window + chars + EOS * window
    window_chars = padded[i + 1 : i + 1 + 2 * window]  # chars[i-window+1 .. i+window]
    features = [
        f"{start - window + 1}:{window_chars[start : start + n]}"
        for n in range(1, max_n + 1)
        for start in range(0, 2 * window - n + 1)
    ]
    features.append("T:" + _char_class(padded[i + window]) + _char_class(padded[i + window + 1]))
    return features


class KoreanSpacer:
    """Automatic word spacing with a logistic regression over character n-gram windows.

    >>> spacer = KoreanSpacer().fit(train_sentences)          # doctest: +SKIP
    >>> spacer.space("모든국민은법앞에평등하다.")                  # doctest: +SKIP
    '모든 국민은 법 앞에 평등하다.'
    >>> spacer.evaluate(test_sentences).f1                    # doctest: +SKIP

    Args:
        window: characters on each side of a gap that the features see (1-4).
        max_n: longest n-gram taken inside the window (1 .. 2 * window).
        C: inverse L2 regularisation strength of the logistic regression (> 0).
        threshold: predict a space when ``P(space) > threshold`` (0 < threshold < 1).
    """

    def __init__(self, window: int = 2, max_n: int = 3, C: float = 3.0, threshold: float = 0.5) -> None:
        check_int(window, "window", minimum=1, maximum=4, type_error=ValueError)
        check_int(max_n, "max_n", minimum=1, maximum=2 * window, type_error=ValueError)
        if isinstance(C, bool) or not isinstance(C, (int, float)) or not C > 0:
            raise ValueError(f"C must be a positive number, got {C!r}")
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold < 1:
            raise ValueError(f"threshold must be strictly between 0 and 1, got {threshold!r}")
        self.window = window
        self.max_n = max_n
        self.C = float(C)
        self.threshold = float(threshold)
        self.vocabulary_: dict[str, int] | None = None
        self.coef_: np.ndarray | None = None
        self.intercept_: float = 0.0

    # -- features -------------------------------------------------------
    def _design(self, texts: Sequence[str], grow: bool) -> tuple[Any, list[int]]:
        """Sparse 0/1 matrix of gap features (one row per gap) and the number of gaps per text."""
        from scipy import sparse

        vocabulary = {} if grow else self.vocabulary_
        assert vocabulary is not None
        indices: list[int] = []
        indptr = [0]
        counts = []
        for chars in texts:
            n_gaps = max(len(chars) - 1, 0)
            counts.append(n_gaps)
            for i in range(n_gaps):
                for feature in gap_features(chars, i, self.window, self.max_n):
                    j = vocabulary.get(feature)
                    if j is None and grow:
                        j = vocabulary[feature] = len(vocabulary)
                    if j is not None:
                        indices.append(j)
                indptr.append(len(indices))
        if grow:
            self.vocabulary_ = vocabulary
        matrix = sparse.csr_matrix(
            (
                np.ones(len(indices)),
                np.asarray(indices, dtype=np.int64),
                np.asarray(indptr, dtype=np.int64),
            ),
            shape=(len(indptr) - 1, len(vocabulary)),
        )
        return matrix, counts

    # -- training -------------------------------------------------------
    def fit(self, sentences: Iterable[str]) -> KoreanSpacer:
        """Learn ``W`` and ``b`` from correctly spaced sentences (gaps with and without spaces)."""
        from sklearn.linear_model import LogisticRegression

        items = check_sentences(sentences)
        tagged = [to_tagging(s) for s in items]
        y = np.asarray([label for _, labels in tagged for label in labels[:-1]], dtype=np.int64)
        if y.size == 0 or y.min() == y.max():
            raise ValueError(
                "the training sentences need gaps both with and without a space; "
                "pass spaced sentences "
                "such as '모든 국민은 평등하다'"
            )
        X, _ = self._design([chars for chars, _ in tagged], grow=True)
        # dual liblinear: fast here because there are more features than training gaps
        model = LogisticRegression(C=self.C, solver="liblinear", dual=True, max_iter=1000, random_state=0)
        model.fit(X, y)
        self.coef_ = model.coef_[0].astype(np.float64)
        self.intercept_ = float(model.intercept_[0])
        return self

    def _require_fitted(self) -> None:
        if self.coef_ is None or self.vocabulary_ is None:
            raise RuntimeError(
                "this KoreanSpacer is not fitted yet; call .fit(train_sentences) or KoreanSpacer.load(path)"
            )

    # -- prediction -----------------------------------------------------
    def space_probabilities(self, text: str) -> tuple[str, np.ndarray]:
        """Return ``(chars, p)`` where ``p[i] = P(space after chars[i])`` (last entry 0)."""
        self._require_fitted()
        chars = no_space_baseline(check_str(text))
        if not chars:
            return "", np.zeros(0)
        X, _ = self._design([chars], grow=False)
        z = X @ self.coef_ + self.intercept_
        p = np.zeros(len(chars))
        p[:-1] = sigmoid(z)
        return chars, p

    def space_many(self, texts: Iterable[str]) -> list[str]:
        """:meth:`space` for many texts at once (one matrix product)."""
        self._require_fitted()
        items = [no_space_baseline(check_str(t, "texts[i]")) for t in texts]
        X, counts = self._design(items, grow=False)
        logit_threshold = math.log(self.threshold / (1.0 - self.threshold))
        predicted = (X @ self.coef_ + self.intercept_) > logit_threshold
        results, start = [], 0
        for chars, n_gaps in zip(items, counts, strict=True):
            labels = predicted[start : start + n_gaps].astype(int).tolist() + ([0] if chars else [])
            results.append(from_tagging(chars, labels))
            start += n_gaps
        return results

    def space(self, text: str) -> str:
        """Remove all whitespace from ``text`` and put spaces where the model predicts them."""
        return self.space_many([check_str(text)])[0]

    def evaluate(self, sentences: Iterable[str]) -> SpacingScores:
        """Precision/recall/F1 of predicted spaces and exact match on reference sentences."""
        items = check_sentences(sentences)
        return score_answers(items, self.space_many(items))

    def top_features(self, k: int = 10) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """The ``k`` features that push hardest towards a space and towards no space."""
        self._require_fitted()
        names = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        order = np.argsort(self.coef_, kind="stable")
        towards_space = [(names[j], float(self.coef_[j])) for j in order[::-1][:k]]
        towards_none = [(names[j], float(self.coef_[j])) for j in order[:k]]
        return towards_space, towards_none

    # -- persistence (JSON, no pickle) ----------------------------------
    def to_dict(self) -> dict[str, Any]:
        self._require_fitted()
        names = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        return {
            "format": "course_utils.spacing.KoreanSpacer",
            "version": 1,
            "params": {
                "window": self.window,
                "max_n": self.max_n,
                "C": self.C,
                "threshold": self.threshold,
            },
            "intercept": self.intercept_,
            "weights": {name: float(w) for name, w in zip(names, self.coef_.tolist(), strict=True)},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KoreanSpacer:
        if not isinstance(data, dict) or data.get("format") != "course_utils.spacing.KoreanSpacer":
            raise ValueError(
                "not a saved KoreanSpacer: expected a dict with format 'course_utils.spacing.KoreanSpacer'"
            )
        if data.get("version") != 1:
            raise ValueError(f"unsupported KoreanSpacer format version {data.get('version')!r}; expected 1")
        spacer = cls(**data["params"])
        weights = data["weights"]
        spacer.vocabulary_ = {name: j for j, name in enumerate(weights)}
        spacer.coef_ = np.asarray(list(weights.values()), dtype=np.float64)
        spacer.intercept_ = float(data["intercept"])
        return spacer

    def save(self, path: str | Path) -> Path:
        """Write the model as UTF-8 JSON (parameters, intercept, feature -> weight)."""
        path = Path(path)
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> KoreanSpacer:
        """Read a model written by :meth:`save`."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def __repr__(self) -> str:
        state = f", {len(self.vocabulary_)} features" if self.vocabulary_ is not None else ", not fitted"
        params = f"window={self.window}, max_n={self.max_n}, C={self.C}, threshold={self.threshold}"
        return f"KoreanSpacer({params}{state})"
