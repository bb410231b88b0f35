"""Evaluating a many-to-many RNN language model: ``(B, T)`` ids -> ``(B, T, V)`` next-token softmax.

A sequence ``s = [<s>, w_1, ..., w_n, </s>]`` is scored by reading ``s[:-1]`` and predicting ``s[1:]``::

    -ln P(s) = -sum_{t=0}^{len(s)-2} ln P(s[t+1] | s[:t+1])

:func:`sequence_target_probs` returns every such probability, :func:`sequence_nll` their total
``-ln`` in nats and how many tokens were predicted (perplexity ``exp(nll / count)``). The model is
only called, never imported: ``import course_utils.sequence_lm`` does not load TensorFlow.
(:func:`course_utils.models.lm_target_probs` is the same idea for ``(batch, V)`` models.)
"""

from __future__ import annotations

from typing import Any

import numpy as np

from course_utils.validation import as_list, check_int

__all__ = ["sequence_target_probs", "sequence_nll"]


def _check_sequences(sequences: Any) -> list[np.ndarray]:
    items = as_list(sequences, "sequences", what="a list of id sequences", hint="wrap a single sequence: [ids]")
    if not items:
        raise ValueError("sequences is empty; pass at least one id sequence such as [[bos, w1, w2, eos]]")
    out = []
    for i, seq in enumerate(items):
        ids = np.asarray(seq)
        if ids.ndim != 1:
            raise ValueError(f"sequences[{i}] must be a flat sequence of token ids, got shape {ids.shape}")
        if len(ids) < 2:
            raise ValueError(
                f"sequences[{i}] has {len(ids)} id(s); each sequence needs >= 2 (start symbol first, end symbol last)"
            )
        if not np.issubdtype(ids.dtype, np.integer):
            raise TypeError(f"sequences[{i}] must hold integer token ids, got dtype {ids.dtype}")
        if ids.min() < 0:
            raise ValueError(f"sequences[{i}] holds a negative id {int(ids.min())}; token ids must be >= 0")
        out.append(ids.astype(np.int64))
    return out


def _output_width(model: Any) -> int | None:
    """``V`` from ``model.output_shape`` when the model declares it (Keras does), else ``None``."""
    shape = getattr(model, "output_shape", None)
    width = shape[-1] if isinstance(shape, tuple) and shape else None
    return width if isinstance(width, int) else None


def _check_below(ids: np.ndarray, width: int, what: str) -> None:
    if ids.max() >= width:
        raise ValueError(
            f"{what} holds id {int(ids.max())}, but the model's softmax covers only ids 0..{width - 1} (V = {width}); "
            "encode the sequences with the vocabulary the model was trained on"
        )


def sequence_target_probs(model: Any, sequences: Any, *, batch_size: int = 128, pad_id: int = 0) -> np.ndarray:
    """``P(s[t+1] | s[:t+1])`` for every sequence ``s`` and ``t = 0 .. len(s)-2``, as float64.

    ``sequences`` is a list of id sequences, each with its start symbol at position 0 and its end
    symbol last (length >= 2). The result concatenates the ``len(s) - 1`` probabilities of each
    sequence in the order the sequences were given (total length ``sum(len(s) - 1)``).

    The sequences are sorted by length (stable), ``batch_size`` of them at a time have their inputs
    ``s[:-1]`` right-padded with ``pad_id`` to the batch's width ``T``, and the model runs once per
    batch (``model.predict_on_batch`` if it has one, else ``model(x, training=False)``).

    Right padding is safe only for a causal (left-to-right) model: its output at position ``t``
    depends on ``x[:t+1]`` alone, so the pads after a sequence cannot change its predictions, and the
    outputs at padded positions are dropped. A bidirectional or attention-without-mask model would
    read the pads and give different numbers than each sequence run alone.

    Only the target column of each ``(batch, T, V)`` output is kept (``take_along_axis``), so memory
    stays ``batch_size * T * V`` floats per batch, whatever the number of sequences.
    """
    seqs = _check_sequences(sequences)
    batch_size = check_int(batch_size, "batch_size", minimum=1)
    pad_id = check_int(pad_id, "pad_id", minimum=0)
    width = _output_width(model)
    if width is not None:
        for i, ids in enumerate(seqs):
            _check_below(ids, width, f"sequences[{i}]")
        _check_below(np.array([pad_id]), width, "pad_id")
    predict = getattr(model, "predict_on_batch", None) or (lambda x: model(x, training=False))

    offsets = np.cumsum([0] + [len(s) - 1 for s in seqs])  # where each sequence's probabilities start
    out = np.empty(offsets[-1], dtype=np.float64)
    order = np.argsort([len(s) for s in seqs], kind="stable")
    for start in range(0, len(order), batch_size):
        batch = [seqs[k] for k in order[start : start + batch_size]]
        T = max(len(s) for s in batch) - 1
        x = np.full((len(batch), T), pad_id, dtype=np.int32)  # (b, T) inputs s[:-1], right-padded
        y = np.zeros((len(batch), T), dtype=np.int64)  # (b, T) targets s[1:]
        for row, s in enumerate(batch):
            x[row, : len(s) - 1], y[row, : len(s) - 1] = s[:-1], s[1:]
        probs = np.asarray(predict(x))  # (b, T, V)
        if probs.ndim != 3 or probs.shape[:2] != x.shape or (width is not None and probs.shape[2] != width):
            raise ValueError(
                f"the model must map (batch, T) ids to (batch, T, V) probabilities; for input {x.shape} it returned "
                f"{probs.shape}; pass a many-to-many model (e.g. an RNN with return_sequences=True + Dense softmax)"
            )
        if width is None:  # the model declared no output_shape: check the ids against what it returned
            _check_below(np.concatenate([x.ravel(), y.ravel()]), probs.shape[2], "sequences (or pad_id)")
        p = np.take_along_axis(probs, y[..., None], axis=2)[..., 0]  # (b, T) probability of each target
        for row, k in enumerate(order[start : start + batch_size]):
            n = len(seqs[k]) - 1
            out[offsets[k] : offsets[k] + n] = p[row, :n]  # padded positions dropped
    return out


def sequence_nll(model: Any, sequences: Any, *, batch_size: int = 128, pad_id: int = 0) -> tuple[float, int]:
    """``(-sum ln P(s[t+1] | s[:t+1]), number of predicted tokens)`` in nats (see :func:`sequence_target_probs`).

    A probability that underflowed to 0 in float32 counts as the smallest normal float32
    (``-ln`` of it is about 87.3), as in :func:`course_utils.models.lm_nll`, instead of making the sum infinite.
    """
    p = sequence_target_probs(model, sequences, batch_size=batch_size, pad_id=pad_id)  # (sum(len(s) - 1),)
    tiny = float(np.finfo(np.float32).tiny)
    return float(-np.sum(np.log(np.maximum(p, tiny)))), len(p)
