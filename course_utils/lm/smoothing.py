"""Smoothing: how an n-gram model turns counts into ``P(w | h)`` (chapter 03).

- :class:`MLE`: ``P(w | h) = c(h, w) / c(h)``; an unseen history gives 0.0.
- :class:`AddK` / :class:`Laplace`: ``P(w | h) = (c(h, w) + k) / (c(h) + k V)``.
- :class:`KneserNey`: interpolated Kneser-Ney with absolute discount ``d``.

Each model only defines ``_prob`` and ``distribution``; counting, scoring and sampling come from
:class:`course_utils.lm.ngram.NGramLM`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from course_utils.lm.ngram import NGramLM


class MLE(NGramLM):
    """Maximum-likelihood n-gram model: ``P(w | h) = c(h, w) / c(h)``.

    No smoothing: an n-gram never seen in training gets 0 (perplexity becomes ``inf``), and a
    history never seen in training gives 0.0 for every word.
    """

    def _prob(self, word: str, history: tuple[str, ...]) -> float:
        total = self.totals[self.n].get(history, 0)
        return self.counts[self.n][history].get(word, 0) / total if total else 0.0

    def distribution(self, context: Sequence[str] | None = None) -> np.ndarray:
        history = self._history(context)
        vocab = self._require_fit()
        p = np.zeros(len(vocab))
        total = self.totals[self.n].get(history, 0)
        for w, c in self.counts[self.n].get(history, {}).items():
            p[vocab.index[w]] = c / total
        return p


class AddK(NGramLM):
    """Add-k (Lidstone) smoothing: ``P(w | h) = (c(h, w) + k) / (c(h) + k V)``.

    ``k = 1`` is Laplace (add-one). An unseen history gives ``1 / V`` for every word. Equals
    ``nltk.lm.Lidstone(k, n)`` when both count the same n-grams over the same vocabulary.
    """

    def __init__(self, n: int, k: float = 1.0, *, min_count: int = 1) -> None:
        super().__init__(n, min_count=min_count)
        if isinstance(k, bool) or not isinstance(k, (int, float)) or not k > 0:
            raise ValueError(f"k must be a number > 0 (1 = Laplace), got {k!r}")
        self.k = float(k)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(n={self.n}, k={self.k:g})"

    def _prob(self, word: str, history: tuple[str, ...]) -> float:
        total = self.totals[self.n].get(history, 0)
        count = self.counts[self.n].get(history, {}).get(word, 0)
        return (count + self.k) / (total + self.k * len(self.vocab))

    def distribution(self, context: Sequence[str] | None = None) -> np.ndarray:
        history = self._history(context)
        vocab = self._require_fit()
        p = np.full(len(vocab), self.k)
        for w, c in self.counts[self.n].get(history, {}).items():
            p[vocab.index[w]] += c
        return p / (self.totals[self.n].get(history, 0) + self.k * len(vocab))


class Laplace(AddK):
    """Add-one smoothing: :class:`AddK` with ``k = 1``."""

    def __init__(self, n: int, *, min_count: int = 1) -> None:
        super().__init__(n, 1.0, min_count=min_count)

    def __repr__(self) -> str:
        return f"Laplace(n={self.n})"


class KneserNey(NGramLM):
    """Interpolated Kneser-Ney smoothing (Chen & Goodman 1998; Jurafsky & Martin, SLP3 ch. 3).

    For a history ``h`` of length ``m`` (``h'`` is ``h`` without its first token)::

        P(w | h) = max(c*(h, w) - d, 0) / T(h)  +  lambda(h) * P(w | h')
        lambda(h) = d * K(h) / T(h)

    where ``c*`` is the raw count ``c(h, w)`` at the top order (``m = n - 1``) and the
    continuation count ``N1+(. h w)`` (how many different tokens precede ``h w``) at lower orders,
    ``T(h) = sum_w c*(h, w)`` and ``K(h) = |{w : c*(h, w) > 0}|``. A history with ``T(h) = 0``
    (never seen) backs off completely: ``P(w | h) = P(w | h')``. The recursion ends at the unigram
    level, which is interpolated with the uniform distribution ``1 / V`` so that every token of the
    vocabulary, ``<unk>`` included, gets a probability above 0::

        P(w) = max(N1+(. w) - d, 0) / N1+(. .)  +  d * K() / N1+(. .) * 1 / V

    Args:
        n: the order.
        discount: ``d`` in ``[0, 1]`` (0.75 is the usual choice; ``nltk.lm`` defaults to 0.1).
        interpolate_uniform: ``False`` uses the undiscounted ``N1+(. w) / N1+(. .)`` at the unigram
            level, as ``nltk.lm.KneserNeyInterpolated`` does: a token that never follows another
            token in training then gets probability 0. (nltk's ``lambda`` at lower orders counts
            the raw followers of ``h``; with this module's counting they equal ``K(h)``, so given
            the same n-gram counts the two agree exactly.)
        min_count: see :class:`Vocabulary`.
    """

    def __init__(
        self,
        n: int,
        discount: float = 0.75,
        *,
        interpolate_uniform: bool = True,
        min_count: int = 1,
    ) -> None:
        super().__init__(n, min_count=min_count)
        if isinstance(discount, bool) or not isinstance(discount, (int, float)) or not 0 <= discount <= 1:
            raise ValueError(f"discount must be a number in [0, 1], got {discount!r}")
        self.discount = float(discount)
        self.interpolate_uniform = bool(interpolate_uniform)

    def __repr__(self) -> str:
        return f"KneserNey(n={self.n}, discount={self.discount:g})"

    def _fit_extra(self) -> None:
        # c*: raw counts at the top order, continuation counts N1+(. h w) below it.
        self.kn_counts: dict[int, dict[tuple[str, ...], dict[str, int]]] = {self.n: self.counts[self.n]}
        for k in range(1, self.n):
            cont: dict[tuple[str, ...], dict[str, int]] = {}
            for longer_history, followers in self.counts[k + 1].items():
                row = cont.setdefault(longer_history[1:], {})
                for w in followers:
                    row[w] = row.get(w, 0) + 1  # one more distinct token before (h, w)
            self.kn_counts[k] = cont
        self.kn_totals = {k: {h: sum(c.values()) for h, c in v.items()} for k, v in self.kn_counts.items()}

    def _level(self, history: tuple[str, ...]) -> tuple[dict[str, int], int, float]:
        """``(c*, T, lambda)`` for ``history`` at order ``len(history) + 1``."""
        k = len(history) + 1
        counts = self.kn_counts[k].get(history)
        if not counts:
            return {}, 0, 1.0
        total = self.kn_totals[k][history]
        return counts, total, self.discount * len(counts) / total

    def _prob(self, word: str, history: tuple[str, ...]) -> float:
        counts, total, lam = self._level(history)
        if history:
            lower = self._prob(word, history[1:])
            if total == 0:
                return lower
            return max(counts.get(word, 0) - self.discount, 0.0) / total + lam * lower
        if total == 0:
            return 1.0 / len(self.vocab)
        if not self.interpolate_uniform:
            return counts.get(word, 0) / total
        return max(counts.get(word, 0) - self.discount, 0.0) / total + lam / len(self.vocab)

    def distribution(self, context: Sequence[str] | None = None) -> np.ndarray:
        history = self._history(context)
        vocab = self._require_fit()
        p = np.zeros(len(vocab))
        for start in range(len(history), -1, -1):  # shortest history first
            h = history[start:]
            counts, total, lam = self._level(h)
            if total == 0:
                if not h:
                    p[:] = 1.0 / len(vocab)
                continue
            alpha = np.zeros(len(vocab))
            d = 0.0 if (not h and not self.interpolate_uniform) else self.discount
            for w, c in counts.items():
                alpha[vocab.index[w]] = max(c - d, 0.0) / total
            if h:
                p = alpha + lam * p
            else:
                p = alpha + (lam / len(vocab) if self.interpolate_uniform else 0.0)
        return p
