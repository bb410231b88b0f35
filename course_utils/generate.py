"""Text generation helpers: training samples for next-token models, and picking the next token.

Samples (chapter 08: 08-05 RNNLM, 08-06 text generation, 08-07 char RNN)

- :func:`prefix_samples`: the book's many-to-one samples. A tokenized sentence ``[w1, w2, ..., wn]``
  gives ``[w1, w2]``, ``[w1, w2, w3]``, ..., ``[w1, ..., wn]``; the last token of each sample is the
  label, the tokens before it the input (after pre-padding: ``X = padded[:, :-1]``, ``y = padded[:, -1]``).
- :func:`shift_targets`: one sequence as input and target shifted by one step,
  ``x = s[:-1]``, ``y = s[1:]`` (many-to-many, teacher forcing).
- :func:`sliding_windows`: a long id stream cut into windows of ``window`` inputs, each with its
  target shifted by one (``s = i * stride``): ``X[i] = ids[s : s + window]``, ``Y[i] = ids[s + 1 : s + window + 1]``.
  With ``stride == window`` the stream is packed into non-overlapping windows (no padding wasted).

Choosing the next token from a model's scores over a vocabulary of ``V`` tokens (a 1-D array):
the functions take logits ``z`` (any real numbers; pass ``probs=True`` for probabilities ``p``, read as
``z = ln p``) and a seeded ``numpy.random.Generator`` (``np.random.default_rng(seed)``).

- :func:`greedy`: ``argmax_i z_i`` (the same token for logits and probabilities).
- :func:`temperature_probs` / :func:`sample_temperature`:
  ``P_T(i) = exp(z_i / T) / sum_j exp(z_j / T)``, ``T > 0``. ``T = 1`` is the model's own distribution,
  ``T < 1`` sharpens it (``T -> 0`` tends to greedy), ``T > 1`` flattens it (``T -> inf`` tends to uniform).
  For probabilities, ``P_T(i) = p_i^(1/T) / sum_j p_j^(1/T)``.
- :func:`top_k_probs` / :func:`sample_top_k`: keep the ``k`` largest scores ``K`` (ties broken by the
  lower index), ``P(i) = exp(z_i / T) / sum_{j in K} exp(z_j / T)`` for ``i`` in ``K``, 0 elsewhere.
  ``k = 1`` is greedy, ``k = V`` is plain temperature sampling.
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Real
from typing import Any

import numpy as np

from course_utils.validation import check_int

__all__ = [
    "prefix_samples",
    "shift_targets",
    "sliding_windows",
    "greedy",
    "temperature_probs",
    "sample_temperature",
    "top_k_probs",
    "sample_top_k",
]


# --------------------------------------------------------------------------------------------
# training samples
# --------------------------------------------------------------------------------------------


def _as_sequence(seq: Any, name: str) -> list[Any]:
    if isinstance(seq, (str, bytes)):
        raise TypeError(f"{name} must be a list of tokens or ids, got a str; tokenize it first (e.g. text.split())")
    if isinstance(seq, np.ndarray):
        if seq.ndim != 1:
            raise ValueError(f"{name} must be 1-D (one sequence), got shape {seq.shape}")
        return seq.tolist()
    try:
        return list(seq)
    except TypeError:
        raise TypeError(f"{name} must be a list of tokens or ids, got {type(seq).__name__}") from None


def prefix_samples(sequences: Sequence[Sequence[Any]], min_length: int = 2) -> list[list[Any]]:
    """Every prefix of length ``>= min_length`` of every sequence, in order (the book's text-generation samples).

    ``[[1, 2, 3], [4, 5]]`` -> ``[[1, 2], [1, 2, 3], [4, 5]]``. A sequence shorter than
    ``min_length`` gives no sample. The last item of a sample is its label.
    """
    min_length = check_int(min_length, "min_length", minimum=2)
    if isinstance(sequences, (str, bytes)):
        raise TypeError("sequences must be a list of token lists (one per sentence), got a single str")
    samples: list[list[Any]] = []
    for i, seq in enumerate(sequences):
        items = _as_sequence(seq, f"sequences[{i}]")
        for end in range(min_length, len(items) + 1):
            samples.append(items[:end])
    return samples


def shift_targets(sequence: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """``(sequence[:-1], sequence[1:])``: inputs and the next-token targets of one sequence (length >= 2)."""
    items = _as_sequence(sequence, "sequence")
    if len(items) < 2:
        raise ValueError(f"sequence must hold at least 2 tokens to have an input and a target, got {len(items)}")
    return items[:-1], items[1:]


def sliding_windows(
    ids: Sequence[int] | np.ndarray, window: int, stride: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Windows of ``window`` input ids over ``ids`` and their targets shifted by one step.

    ``X[i] = ids[i * stride : i * stride + window]`` and ``Y[i] = ids[i * stride + 1 : i * stride + window + 1]``,
    for every ``i`` whose target window fits inside ``ids`` (a shorter tail is dropped).
    ``stride`` defaults to ``window`` (non-overlapping, packed windows). Returns two ``(N, window)``
    int arrays; ``ValueError`` if ``ids`` is too short for one window (``len(ids) < window + 1``).
    """
    arr = np.asarray(_as_sequence(ids, "ids") if not isinstance(ids, np.ndarray) else ids)
    if arr.ndim != 1:
        raise ValueError(
            f"ids must be a 1-D stream of token ids, got shape {arr.shape}; concatenate the sentences first"
        )
    if arr.size and not np.issubdtype(arr.dtype, np.integer):
        raise TypeError(f"ids must be integer token ids, got dtype {arr.dtype}")
    window = check_int(window, "window", minimum=1)
    stride = window if stride is None else check_int(stride, "stride", minimum=1)
    if len(arr) < window + 1:
        raise ValueError(f"ids has {len(arr)} tokens; one window of {window} inputs needs at least {window + 1}")
    starts = np.arange(0, len(arr) - window, stride)  # (N,) so that start + window <= len - 1
    offsets = np.arange(window)  # (window,)
    X = arr[starts[:, None] + offsets]  # (N, window)
    Y = arr[starts[:, None] + offsets + 1]  # (N, window)
    return X, Y


# --------------------------------------------------------------------------------------------
# choosing the next token
# --------------------------------------------------------------------------------------------


def _as_logits(scores: Any, probs: bool) -> np.ndarray:
    """Scores as a float64 1-D array of logits (``ln p`` when ``probs=True``); ValueError on bad input."""
    try:
        z = np.asarray(scores, dtype=np.float64)
    except (TypeError, ValueError):
        raise TypeError(f"scores must be a 1-D array of numbers, got {type(scores).__name__}") from None
    if z.ndim != 1:
        hint = " (take one row, e.g. model.predict(x)[0])" if z.ndim == 2 and z.shape[0] == 1 else ""
        raise ValueError(f"scores must be 1-D (V,) for one next token, got shape {z.shape}{hint}")
    if z.size == 0:
        raise ValueError("scores is empty; pass one score per vocabulary token")
    if np.isnan(z).any():
        raise ValueError(f"scores contain NaN at index {int(np.flatnonzero(np.isnan(z))[0])}; check the model output")
    if probs:
        if (z < 0).any() or np.isinf(z).any():
            raise ValueError("probabilities must be finite and >= 0 (did you pass logits? then leave probs=False)")
        total = float(z.sum())
        if abs(total - 1.0) > 1e-3:
            raise ValueError(
                f"probabilities must sum to 1, got {total:.6g} (did you pass logits? then leave probs=False)"
            )
        with np.errstate(divide="ignore"):
            return np.log(z)  # (V,) p = 0 -> -inf: never sampled
    if np.isposinf(z).any() or not np.isfinite(z).any():
        raise ValueError("logits must be finite (-inf allowed for excluded tokens, but not all of them)")
    return z


def _check_temperature(temperature: Any) -> float:
    if isinstance(temperature, bool) or not isinstance(temperature, Real):
        raise TypeError(f"temperature must be a number > 0, got {type(temperature).__name__}")
    t = float(temperature)
    if not t > 0 or np.isinf(t):
        raise ValueError(f"temperature must be > 0 and finite, got {temperature!r}; use greedy() for the T -> 0 limit")
    return t


def _check_rng(rng: Any) -> np.random.Generator:
    if not isinstance(rng, np.random.Generator):
        raise TypeError(
            f"rng must be a numpy.random.Generator, got {type(rng).__name__}; pass np.random.default_rng(seed)"
        )
    return rng


def greedy(scores: Any, *, probs: bool = False) -> int:
    """``argmax_i`` of the scores (logits or probabilities: the same token), as a Python int."""
    return int(np.argmax(_as_logits(scores, probs)))


def temperature_probs(scores: Any, temperature: float = 1.0, *, probs: bool = False) -> np.ndarray:
    """``softmax(z / T)``: ``P_T(i) = exp(z_i / T) / sum_j exp(z_j / T)`` as a float64 ``(V,)`` array."""
    z = _as_logits(scores, probs) / _check_temperature(temperature)  # (V,)
    z = z - z.max()  # (V,) subtract the max: exp never overflows, the ratio is unchanged
    e = np.exp(z)  # (V,)
    return e / e.sum()


def sample_temperature(scores: Any, temperature: float, rng: np.random.Generator, *, probs: bool = False) -> int:
    """One token id drawn from ``softmax(z / T)`` with ``rng`` (see :func:`temperature_probs`)."""
    rng = _check_rng(rng)
    p = temperature_probs(scores, temperature, probs=probs)  # (V,)
    return int(rng.choice(len(p), p=p))


def top_k_probs(scores: Any, k: int, temperature: float = 1.0, *, probs: bool = False) -> np.ndarray:
    """``softmax(z / T)`` over the ``k`` largest scores only, 0 for every other token (float64 ``(V,)``).

    Ties at the ``k``-th place are broken by the lower index (a stable sort), so exactly ``k``
    tokens can be drawn. ``ValueError`` unless ``1 <= k <= V``.
    """
    z = _as_logits(scores, probs)  # (V,)
    k = check_int(k, "k", minimum=1, maximum=len(z))
    t = _check_temperature(temperature)
    keep = np.argsort(-z, kind="stable")[:k]  # (k,) indices of the k largest
    out = np.zeros_like(z)  # (V,)
    out[keep] = temperature_probs(z[keep], t)  # (k,) renormalised over the kept tokens
    return out


def sample_top_k(
    scores: Any, k: int, rng: np.random.Generator, temperature: float = 1.0, *, probs: bool = False
) -> int:
    """One token id drawn from :func:`top_k_probs` with ``rng``: never a token outside the top ``k``."""
    rng = _check_rng(rng)
    p = top_k_probs(scores, k, temperature, probs=probs)  # (V,)
    return int(rng.choice(len(p), p=p))
