"""What every n-gram model of :mod:`course_utils.lm` shares: padding, n-grams, the vocabulary,
counting (:class:`NGramLM`), scoring, perplexity and sampling. The conventions are in
:mod:`course_utils.lm`'s docstring; the smoothed models are in :mod:`course_utils.lm.smoothing`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from course_utils.validation import as_list, check_int

BOS = "<s>"
EOS = "</s>"
UNK = "<unk>"


def _check_n(n: Any) -> int:
    return check_int(n, "n", minimum=1)  # 1 = unigram, 2 = bigram, ...


def _check_tokens(tokens: Any, name: str = "tokens") -> list[str]:
    items = as_list(tokens, name, what="a list of tokens", hint="tokenize it first (e.g. text.split())")
    for t in items:
        if not isinstance(t, str):
            raise TypeError(f"{name} must contain str tokens, found {type(t).__name__} {t!r}")
    return items


def _check_sentences(sentences: Any) -> list[list[str]]:
    items = as_list(sentences, "sentences", what="a list of token lists")
    result = [_check_tokens(s, f"sentences[{i}]") for i, s in enumerate(items)]
    if not result or not any(result):
        raise ValueError("sentences is empty; pass at least one non-empty token list")
    return result


def pad(tokens: Sequence[str], n: int, *, right: int = 1) -> list[str]:
    """Return ``[<s>] * (n - 1) + tokens + [</s>] * right``.

    ``right=1`` is this module's convention; ``right=n - 1`` is what ``nltk.lm``'s
    ``pad_both_ends`` does.
    """
    _check_n(n)
    check_int(right, "right", minimum=0, type_error=ValueError)
    return [BOS] * (n - 1) + _check_tokens(tokens) + [EOS] * right


def ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    """All contiguous n-grams of ``tokens`` (no padding): ``len(tokens) - n + 1`` tuples."""
    _check_n(n)
    items = _check_tokens(tokens)
    return [tuple(items[i : i + n]) for i in range(len(items) - n + 1)]


def training_ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    """The n-grams this module counts for one sentence: for every predicted position of
    ``pad(tokens, n)``, the n-gram ending there and all its shorter suffixes (longest first).

    Feeding these to ``nltk.lm`` (``model.fit([training_ngrams(s, n) for s in sents], vocab)``)
    makes nltk count exactly what :class:`NGramLM` counts.
    """
    padded = pad(tokens, n)
    result = []
    for i in range(n - 1, len(padded)):
        for k in range(n, 0, -1):
            result.append(tuple(padded[i - k + 1 : i + 1]))
    return result


class Vocabulary:
    """The tokens a model predicts: frequent training tokens, ``</s>`` and ``<unk>``.

    "Frequent" means seen at least ``min_count`` times.

    Tokens are ordered by decreasing training count, ties alphabetically; ``</s>`` and ``<unk>``
    come last. :meth:`lookup` maps any other token to ``<unk>``.
    """

    def __init__(self, sentences: Iterable[Sequence[str]], *, min_count: int = 1) -> None:
        check_int(min_count, "min_count", minimum=1, type_error=ValueError)
        sents = _check_sentences(sentences)
        self.min_count = min_count
        self.counts = Counter(t for s in sents for t in s)
        for special in (BOS, EOS, UNK):
            if special in self.counts:
                raise ValueError(f"the training tokens contain the reserved symbol {special!r}; remove it")
        kept = sorted(
            (t for t, c in self.counts.items() if c >= min_count),
            key=lambda t: (-self.counts[t], t),
        )
        self.tokens: list[str] = kept + [EOS, UNK]
        self.index: dict[str, int] = {t: i for i, t in enumerate(self.tokens)}

    def __len__(self) -> int:
        return len(self.tokens)

    def __contains__(self, token: object) -> bool:
        return token in self.index

    def __repr__(self) -> str:
        return f"Vocabulary({len(self)} tokens, min_count={self.min_count})"

    def lookup(self, token: str) -> str:
        """``token`` itself if it is in the vocabulary (or is ``<s>``), else ``<unk>``."""
        return token if token in self.index or token == BOS else UNK

    def lookup_sentence(self, tokens: Sequence[str]) -> list[str]:
        """:meth:`lookup` applied to every token."""
        return [self.lookup(t) for t in _check_tokens(tokens)]


class NGramLM:
    """Base class: counts n-grams of every order ``1 .. n`` and evaluates a model.

    Subclasses define :meth:`prob` (``P(word | context)``) and :meth:`distribution` (the vector of
    ``P(w | context)`` over ``vocab.tokens``).

    Args:
        n: the order (1 = unigram, 2 = bigram, 3 = trigram ...).
        min_count: training tokens seen fewer times become ``<unk>`` (see :class:`Vocabulary`).

    After :meth:`fit`: ``vocab``, ``counts[k][context]`` (a dict ``{next token: count}`` after the
    ``(k-1)``-token ``context``) and ``totals[k][context] = sum(counts[k][context].values())``.
    """

    def __init__(self, n: int, *, min_count: int = 1) -> None:
        self.n = _check_n(n)
        check_int(min_count, "min_count", minimum=1, type_error=ValueError)
        self.min_count = min_count
        self.vocab: Vocabulary | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(n={self.n})"

    # ---------------------------------------------------------------- fitting
    def fit(self, sentences: Iterable[Sequence[str]]) -> NGramLM:
        """Count the n-grams of ``sentences`` (lists of tokens); return ``self``."""
        sents = _check_sentences(sentences)
        self.vocab = Vocabulary(sents, min_count=self.min_count)
        self.counts: dict[int, dict[tuple[str, ...], dict[str, int]]] = {k: {} for k in range(1, self.n + 1)}
        for sent in sents:
            for gram in training_ngrams(self.vocab.lookup_sentence(sent), self.n):
                followers = self.counts[len(gram)].setdefault(gram[:-1], {})
                followers[gram[-1]] = followers.get(gram[-1], 0) + 1
        self.totals = {k: {h: sum(c.values()) for h, c in v.items()} for k, v in self.counts.items()}
        self._fit_extra()
        return self

    def _fit_extra(self) -> None:
        """Hook for subclasses that precompute statistics."""

    def _require_fit(self) -> Vocabulary:
        if self.vocab is None:
            raise RuntimeError(f"{type(self).__name__} is not fitted yet; call .fit(train_sentences) first")
        return self.vocab

    def _history(self, context: Sequence[str] | None) -> tuple[str, ...]:
        vocab = self._require_fit()
        ctx = [] if context is None else _check_tokens(context, "context")
        ctx = [vocab.lookup(t) for t in ctx]
        if len(ctx) < self.n - 1:
            ctx = [BOS] * (self.n - 1 - len(ctx)) + ctx
        return tuple(ctx[len(ctx) - (self.n - 1) :]) if self.n > 1 else ()

    def _word(self, word: str) -> str:
        vocab = self._require_fit()
        if not isinstance(word, str):
            raise TypeError(f"word must be a str token, got {type(word).__name__}")
        if word == BOS:
            raise ValueError("<s> is never predicted; ask for a real token or </s>")
        return vocab.lookup(word)

    def count(self, ngram: Sequence[str]) -> int:
        """How often ``ngram`` (a tuple of 1..n tokens, ``<unk>`` for rare ones) was counted."""
        self._require_fit()
        gram = tuple(_check_tokens(ngram, "ngram"))
        if not 1 <= len(gram) <= self.n:
            raise ValueError(f"ngram must have 1..{self.n} tokens, got {len(gram)}")
        return self.counts[len(gram)].get(gram[:-1], {}).get(gram[-1], 0)

    # --------------------------------------------------------------- scoring
    def prob(self, word: str, context: Sequence[str] | None = None) -> float:
        """``P(word | last n-1 tokens of context)``; a short context is left-padded with ``<s>``."""
        return self._prob(self._word(word), self._history(context))

    def _prob(self, word: str, history: tuple[str, ...]) -> float:
        raise NotImplementedError

    def distribution(self, context: Sequence[str] | None = None) -> np.ndarray:
        """``P(w | context)`` for every ``w`` in ``vocab.tokens`` (a float64 vector)."""
        history = self._history(context)
        vocab = self._require_fit()
        return np.array([self._prob(w, history) for w in vocab.tokens], dtype=np.float64)

    def token_probs(self, tokens: Sequence[str]) -> list[float]:
        """``P(w_i | history)`` for each token of one sentence and then for ``</s>``."""
        items = _check_tokens(tokens)
        padded = [BOS] * (self.n - 1) + [self._require_fit().lookup(t) for t in items] + [EOS]
        return [
            self._prob(padded[i], tuple(padded[i - self.n + 1 : i]) if self.n > 1 else ())
            for i in range(self.n - 1, len(padded))
        ]

    def sentence_logprob(self, tokens: Sequence[str]) -> float:
        """``log P(sentence)`` = sum of the log-probabilities of its tokens and ``</s>``."""
        return sum(math.log(p) if p > 0 else -math.inf for p in self.token_probs(tokens))

    def evaluate(self, sentences: Iterable[Sequence[str]]) -> tuple[float, int]:
        """Return ``(NLL, N)``: summed negative natural-log probability, number of predictions."""
        nll, count = 0.0, 0
        for sent in _check_sentences(sentences):
            probs = self.token_probs(sent)
            count += len(probs)
            nll -= sum(math.log(p) if p > 0 else -math.inf for p in probs)
        return nll, count

    def perplexity(self, sentences: Iterable[Sequence[str]]) -> float:
        """``PPL = exp(NLL / N)`` over all predicted tokens (``inf`` if one of them has P = 0)."""
        nll, count = self.evaluate(sentences)
        return math.exp(nll / count) if math.isfinite(nll) else math.inf

    # -------------------------------------------------------------- sampling
    def generate(
        self,
        rng: np.random.Generator | int,
        *,
        context: Sequence[str] | None = None,
        max_tokens: int = 50,
        exclude_unk: bool = False,
    ) -> list[str]:
        """Sample tokens one by one from ``P(w | history)`` until ``</s>`` or ``max_tokens``.

        ``rng`` is a NumPy ``Generator`` or an int seed. ``</s>`` is not included in the result.
        ``exclude_unk=True`` never draws ``<unk>`` (its probability is set to 0 and the rest
        renormalised), so the text contains only real tokens.
        """
        vocab = self._require_fit()
        if isinstance(rng, (int, np.integer)) and not isinstance(rng, bool):
            rng = np.random.default_rng(int(rng))
        if not isinstance(rng, np.random.Generator):
            raise TypeError("rng must be a numpy.random.Generator or an int seed")
        check_int(max_tokens, "max_tokens", minimum=1, type_error=ValueError)
        history = [] if context is None else _check_tokens(context, "context")
        out: list[str] = []
        for _ in range(max_tokens):
            p = self.distribution(history + out)
            if exclude_unk:
                p[vocab.index[UNK]] = 0.0
            total = p.sum()
            if total <= 0:
                raise ValueError("the model gives probability 0 to every token after this context")
            word = vocab.tokens[int(rng.choice(len(p), p=p / total))]
            if word == EOS:
                break
            out.append(word)
        return out


def perplexity_from_probs(probs: Sequence[float], *, log_space: bool = True) -> float:
    """Perplexity of a sequence from its conditional probabilities ``P(w_i | w_<i)``.

    ``log_space=True``:  ``exp(-(1/N) * sum_i log p_i)`` (numerically safe).
    ``log_space=False``: ``(prod_i p_i) ** (-1/N)``, the textbook formula, which underflows to
    ``0.0`` for long sequences (and then returns ``inf``).
    """
    try:
        values = [float(p) for p in probs]
    except (TypeError, ValueError) as exc:
        raise TypeError("probs must be a sequence of numbers in (0, 1]") from exc
    if not values:
        raise ValueError("probs is empty; pass at least one probability")
    if any(not 0 <= p <= 1 or math.isnan(p) for p in values):
        raise ValueError("every probability must be in [0, 1]")
    n = len(values)
    if log_space:
        if any(p == 0 for p in values):
            return math.inf
        return math.exp(-math.fsum(math.log(p) for p in values) / n)
    product = 1.0
    for p in values:
        product *= p
    return product ** (-1.0 / n) if product > 0 else math.inf
