"""Count-based n-gram language models: counts, smoothing, perplexity and sampling.

A language model assigns a probability to a token sequence ``W = w_1 ... w_N`` by the chain rule,
with the history cut to the last ``n - 1`` tokens (the Markov assumption of an n-gram model)::

    P(W) = prod_i P(w_i | w_1 ... w_{i-1})  ~  prod_i P(w_i | w_{i-n+1} ... w_{i-1})

Conventions (the same for every model here):

- A sentence is a list of tokens. It is padded with ``n - 1`` start symbols ``<s>`` on the left and
  **one** end symbol ``</s>`` on the right: the model predicts every token and then ``</s>``;
  ``<s>`` is never predicted. (``nltk.lm`` pads with ``n - 1`` ``</s>`` on the right as well; see
  :func:`training_ngrams`.)
- The vocabulary (:class:`Vocabulary`) holds the tokens the model can predict: training tokens seen
  at least ``min_count`` times, ``</s>`` and ``<unk>``. Every other token is read as ``<unk>``.
  ``V = len(vocab)``.
- For each predicted position the counter records the n-gram ending there **and all its
  suffixes** (orders ``1 .. n``), so ``count(context + (w,))`` at every order counts predicted
  positions only: unigram counts never include ``<s>``.
- Log-probabilities are natural logs. ``perplexity = exp(NLL / N)`` where ``NLL`` is the summed
  negative log-probability of the ``N`` predicted tokens (``</s>`` included).

Models (scikit-learn style: construct with hyper-parameters, then ``fit(sentences)``):

- :class:`MLE`: ``P(w | h) = c(h, w) / c(h)``; an unseen history gives 0.0.
- :class:`AddK`: ``P(w | h) = (c(h, w) + k) / (c(h) + k V)`` (``k = 1``: Laplace); an unseen
  history gives the uniform ``1 / V``.
- :class:`KneserNey`: interpolated Kneser-Ney with absolute discount ``d``; an unseen history
  backs off to the shorter history.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from course_utils.validation import as_list

BOS = "<s>"
EOS = "</s>"
UNK = "<unk>"

__all__ = [
    "BOS",
    "EOS",
    "UNK",
    "pad",
    "ngrams",
    "training_ngrams",
    "Vocabulary",
    "NGramLM",
    "MLE",
    "AddK",
    "Laplace",
    "KneserNey",
    "perplexity_from_probs",
]


def _check_n(n: Any) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be an int (1 = unigram, 2 = bigram, ...), got {type(n).__name__}")
    if n < 1:
        raise ValueError(f"n must be >= 1 (1 = unigram, 2 = bigram, ...), got {n}")
    return n


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
    if isinstance(right, bool) or not isinstance(right, int) or right < 0:
        raise ValueError(f"right must be a non-negative int, got {right!r}")
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
        if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
            raise ValueError(f"min_count must be an int >= 1, got {min_count!r}")
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
        if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
            raise ValueError(f"min_count must be an int >= 1, got {min_count!r}")
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

    def logprob(self, word: str, context: Sequence[str] | None = None) -> float:
        """Natural log of :meth:`prob` (``-inf`` when the probability is 0)."""
        p = self.prob(word, context)
        return math.log(p) if p > 0 else -math.inf

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
        if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
            raise ValueError(f"max_tokens must be an int >= 1, got {max_tokens!r}")
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
