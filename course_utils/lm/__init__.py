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

Two modules: :mod:`~course_utils.lm.ngram` (padding, n-grams, the vocabulary, counting, scoring,
perplexity and sampling: what every model shares) and :mod:`~course_utils.lm.smoothing` (the
models, which differ only in how they turn counts into ``P(w | h)``). Every name is re-exported
here, so ``from course_utils import lm; lm.KneserNey(3)`` works.

Models (scikit-learn style: construct with hyper-parameters, then ``fit(sentences)``):

- :class:`MLE`: ``P(w | h) = c(h, w) / c(h)``; an unseen history gives 0.0.
- :class:`AddK`: ``P(w | h) = (c(h, w) + k) / (c(h) + k V)`` (``k = 1``: Laplace); an unseen
  history gives the uniform ``1 / V``.
- :class:`KneserNey`: interpolated Kneser-Ney with absolute discount ``d``; an unseen history
  backs off to the shorter history.
"""

from course_utils.lm.ngram import (
    BOS,
    EOS,
    UNK,
    NGramLM,
    Vocabulary,
    ngrams,
    pad,
    perplexity_from_probs,
    training_ngrams,
)
from course_utils.lm.smoothing import MLE, AddK, KneserNey, Laplace

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
