"""Keras builders shared by chapters 07-08, a one-line-per-epoch training log, and language-model NLL.

Each builder is a short function whose layers read like the notebook's equations; the notebook
that introduces a model writes it inline first and then checks it against the builder here.

- :func:`mlp_classifier`: the book's text classifier (07-11): Dense 256 relu -> Dropout 0.5 ->
  Dense 128 relu -> Dropout 0.5 -> softmax over the classes.
- :func:`nnlm`: the feed-forward neural language model (07-12)::

      z = [E(w_{t-n+1}); ...; E(w_{t-1})]   # Embedding "E" + Flatten "z": lookup, no activation
      h = tanh(U z + c)                      # Dense "h" (kernel = U^T, bias = c)
      p = softmax(W h + b)                   # Dense "p" (kernel = W^T, bias = b)

- :class:`EpochLog`: a Keras callback printing ``epoch 3: loss 0.512 acc 0.830 | val_loss 0.610
  val_acc 0.780`` once per epoch (use with ``verbose=0``: no progress bars in stored outputs).
- :func:`lm_target_probs` / :func:`lm_nll`: ``P(y_i | X_i)`` of a language model whose output is a
  softmax over the vocabulary, and the total NLL ``-sum_i ln P(y_i | X_i)`` in nats, computed batch by
  batch (never the ``(N, V)`` probabilities of a whole test set at once). Per token: ``nll / N``
  (perplexity ``exp(nll / N)``); per character: ``lm_data.bits_per_char(nll + unk spelling, chars)``.

Keras (and so TensorFlow) is imported inside the functions: ``import course_utils.models`` stays cheap.
``EpochLog`` is created on first access for the same reason (a module ``__getattr__``).

Builders return uncompiled models; compile them as the notebook explains, e.g.
``model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])``.
"""

from __future__ import annotations

import math
from functools import lru_cache
from numbers import Real
from typing import Any

import numpy as np

from course_utils.validation import check_int

__all__ = [  # noqa: F822 (EpochLog comes from the module __getattr__ below)
    "EpochLog",
    "mlp_classifier",
    "nnlm",
    "lm_target_probs",
    "lm_nll",
    "perplexity",
    "format_epoch",
]


def _check_rate(dropout: Any) -> float:
    if isinstance(dropout, bool) or not isinstance(dropout, Real) or not 0 <= float(dropout) < 1:
        raise ValueError(f"dropout must be a number in [0, 1) (0 = no dropout), got {dropout!r}")
    return float(dropout)


def _check_hidden(hidden: Any) -> tuple[int, ...]:
    if isinstance(hidden, (str, bytes)) or not hasattr(hidden, "__iter__"):
        raise TypeError(f"hidden must be a tuple of layer sizes such as (256, 128), got {type(hidden).__name__}")
    return tuple(check_int(units, f"hidden[{i}]", minimum=1) for i, units in enumerate(hidden))


def mlp_classifier(n_features: int, n_classes: int, hidden: tuple[int, ...] = (256, 128), dropout: float = 0.5) -> Any:
    """The book's MLP text classifier as a ``keras.Sequential`` (uncompiled).

    ``Input(n_features)`` -> for each size in ``hidden``: ``Dense(size, relu)`` -> ``Dropout(dropout)``
    -> ``Dense(n_classes, softmax)``. Parameters:
    ``sum over Dense layers of (d_in + 1) * d_out``; with the defaults
    ``(n_features + 1) * 256 + 257 * 128 + 129 * n_classes``.

    Args:
        n_features: width of one input row (e.g. ``num_words`` of ``Tokenizer.texts_to_matrix``).
        n_classes: number of classes (>= 2); the output is a probability per class.
        hidden: sizes of the hidden layers, in order (``()`` gives multinomial logistic regression).
        dropout: dropout rate after each hidden layer, in ``[0, 1)``.
    """
    n_features = check_int(n_features, "n_features", minimum=1)
    n_classes = check_int(n_classes, "n_classes", minimum=2)
    sizes = _check_hidden(hidden)
    rate = _check_rate(dropout)
    import keras

    model = keras.Sequential(name="mlp_classifier")
    model.add(keras.Input(shape=(n_features,)))
    for units in sizes:
        model.add(keras.layers.Dense(units, activation="relu"))
        model.add(keras.layers.Dropout(rate))
    model.add(keras.layers.Dense(n_classes, activation="softmax"))
    return model


def nnlm(vocab_size: int, context: int, embed_dim: int, hidden: int, *, input_dim: int | None = None) -> Any:
    """A feed-forward neural language model (Bengio et al. 2003, without direct connections), uncompiled.

    Input: ``(batch, context)`` token ids of the previous ``context`` tokens. Layers (names follow the
    equations in the module docstring): ``Embedding(input_dim, embed_dim, name="E")`` ->
    ``Flatten(name="z")`` (the concatenation, ``(batch, context * embed_dim)``) ->
    ``Dense(hidden, tanh, name="h")`` -> ``Dense(vocab_size, softmax, name="p")``.
    Parameters: ``input_dim * embed_dim + (context * embed_dim + 1) * hidden + (hidden + 1) * vocab_size``.

    Args:
        vocab_size: V, the number of tokens the model predicts (the softmax width).
        context: n - 1, how many previous tokens it reads.
        embed_dim: m, the size of one embedding.
        hidden: H, the size of the tanh layer.
        input_dim: rows of the embedding table; default ``vocab_size``. Pass ``vocab_size + 1`` when the
            context also holds a start symbol ``<s>`` (id ``vocab_size``) that is never predicted.
    """
    vocab_size = check_int(vocab_size, "vocab_size", minimum=2)
    context = check_int(context, "context", minimum=1)
    embed_dim = check_int(embed_dim, "embed_dim", minimum=1)
    hidden = check_int(hidden, "hidden", minimum=1)
    rows = vocab_size if input_dim is None else check_int(input_dim, "input_dim", minimum=vocab_size)
    import keras

    return keras.Sequential(
        [
            keras.Input(shape=(context,), dtype="int32"),  # (B, n-1) ids
            keras.layers.Embedding(rows, embed_dim, name="E"),  # (B, n-1, m): rows of E, no activation
            keras.layers.Flatten(name="z"),  # (B, (n-1) m): z = [E(w_{t-n+1}); ...; E(w_{t-1})]
            keras.layers.Dense(hidden, activation="tanh", name="h"),  # (B, H): h = tanh(U z + c)
            keras.layers.Dense(vocab_size, activation="softmax", name="p"),  # (B, V): p = softmax(W h + b)
        ],
        name="nnlm",
    )


# --------------------------------------------------------------------------------------------
# training log
# --------------------------------------------------------------------------------------------

_SHORT = {"accuracy": "acc", "val_accuracy": "val_acc"}


#: rich draws the header of ``model.summary()`` with heavy box lines (``┏━━┓``), which read like Keras'
#: ``━━━━`` progress bars in a stored notebook; the same table with light lines.
_LIGHT_BOX = str.maketrans("━┃┏┓┗┛┡┩┣┫┳┻╇╋", "─│┌┐└┘├┤├┤┬┴┼┼")


def print_summary(model: Any, **kwargs: Any) -> None:
    """``model.summary(**kwargs)`` printed as plain text (no colour codes) with light box lines."""
    if not hasattr(model, "summary"):
        raise TypeError(f"model must be a Keras model with .summary(), got {type(model).__name__}")

    def print_line(line: str) -> None:
        print(line.translate(_LIGHT_BOX))

    model.summary(print_fn=print_line, **kwargs)


def format_epoch(epoch: int, logs: dict[str, float], digits: int = 3) -> str:
    """``"epoch 3: loss 0.512 acc 0.830 | val_loss 0.610 val_acc 0.780"`` (``epoch`` counted from 1).

    Training metrics come first, validation metrics (``val_*``) after a ``|``; ``accuracy`` is
    shortened to ``acc``. Other keys (e.g. ``learning_rate``) are left out.
    """
    epoch = check_int(epoch, "epoch", minimum=1)
    if not isinstance(logs, dict):
        raise TypeError(f"logs must be a dict of metric values, got {type(logs).__name__}")

    def part(keys: list[str]) -> str:
        return " ".join(f"{_SHORT.get(k, k)} {float(logs[k]):.{digits}f}" for k in keys)

    keys = sorted(logs, key=lambda k: k.removeprefix("val_") != "loss")  # loss first, then the metrics
    train = [k for k in keys if not k.startswith("val_") and k != "learning_rate"]
    valid = [k for k in keys if k.startswith("val_")]
    line = f"epoch {epoch}: {part(train)}"
    return f"{line} | {part(valid)}" if valid else line


@lru_cache(maxsize=1)
def _epoch_log_class() -> type:
    import keras

    class EpochLog(keras.callbacks.Callback):
        """Print one short line per epoch (see :func:`format_epoch`) and keep the lines in ``self.lines``.

        Use with ``fit(..., verbose=0)``. ``every=k`` prints every k-th epoch and the last one;
        ``prefix`` starts each printed line (e.g. the mode being trained). Lines are printed with
        ``print``, so they store in a notebook as plain text (no carriage returns, no bars).
        """

        def __init__(self, every: int = 1, prefix: str = "", digits: int = 3) -> None:
            super().__init__()
            self.every = check_int(every, "every", minimum=1)
            if not isinstance(prefix, str):
                raise TypeError(f"prefix must be a str, got {type(prefix).__name__}")
            self.prefix = prefix
            self.digits = check_int(digits, "digits", minimum=0)
            self.lines: list[str] = []

        def on_train_begin(self, logs: dict | None = None) -> None:
            self.epochs = self.params.get("epochs") if self.params else None

        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            line = self.prefix + format_epoch(epoch + 1, dict(logs or {}), self.digits)
            self.lines.append(line)
            if (epoch + 1) % self.every == 0 or epoch + 1 == self.epochs:
                print(line)

    EpochLog.__module__ = __name__
    return EpochLog


def __getattr__(name: str) -> Any:
    if name == "EpochLog":  # built on first use: subclassing keras.callbacks.Callback imports Keras
        return _epoch_log_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------------------------
# language-model evaluation
# --------------------------------------------------------------------------------------------


def lm_target_probs(model: Any, X: Any, y: Any, *, batch_size: int = 1024) -> np.ndarray:
    """``P(y_i | X_i)`` for every example: the softmax output of ``model`` at the target id (float64).

    ``model`` maps a batch of inputs to ``(batch, V)`` probabilities (a softmax output layer);
    ``X`` holds ``N`` inputs (first axis), ``y`` the ``N`` target ids in ``[0, V)``. The model runs on
    ``batch_size`` rows at a time and only the target column of each batch is kept, so memory stays
    ``batch_size * V`` floats however long the test set is.
    """
    X = np.asarray(X)
    y = np.asarray(y)
    if X.ndim < 1 or len(X) == 0:
        raise ValueError("X must hold at least one example (first axis = examples)")
    if y.ndim != 1 or len(y) != len(X):
        raise ValueError(f"y must be a 1-D array of {len(X)} target ids (one per row of X), got shape {y.shape}")
    if not np.issubdtype(y.dtype, np.integer):
        raise TypeError(f"y must hold integer token ids, got dtype {y.dtype}")
    batch_size = check_int(batch_size, "batch_size", minimum=1)
    width = model.output_shape[-1]
    if y.min() < 0 or y.max() >= width:
        raise ValueError(
            f"target ids must be in [0, {width - 1}] for a softmax over {width} tokens, "
            f"got {int(y.min())}..{int(y.max())}"
        )
    out = np.empty(len(y), dtype=np.float64)
    for start in range(0, len(y), batch_size):
        stop = min(start + batch_size, len(y))
        probs = np.asarray(model.predict_on_batch(X[start:stop]))  # (b, V)
        if probs.ndim != 2 or probs.shape[1] != width:
            raise ValueError(f"the model must return (batch, V) probabilities, got shape {probs.shape}")
        out[start:stop] = probs[np.arange(stop - start), y[start:stop]]  # (b,)
    return out


def lm_nll(model: Any, X: Any, y: Any, *, batch_size: int = 1024) -> float:
    """Total negative log-likelihood ``-sum_i ln P(y_i | X_i)`` in nats (see :func:`lm_target_probs`).

    A probability that underflowed to 0 in float32 counts as the smallest normal float32
    (``-ln`` of it is about 87.3) instead of making the sum infinite.
    """
    p = lm_target_probs(model, X, y, batch_size=batch_size)
    tiny = float(np.finfo(np.float32).tiny)
    return float(-np.sum(np.log(np.maximum(p, tiny))))


def perplexity(nll: float, n_tokens: int) -> float:
    """``exp(nll / n_tokens)``: the per-token perplexity of a total NLL in nats."""
    n_tokens = check_int(n_tokens, "n_tokens", minimum=1)
    if isinstance(nll, bool) or not isinstance(nll, Real) or nll < 0 or math.isnan(nll):
        raise ValueError(f"nll must be a non-negative number (a sum of -ln p), got {nll!r}")
    return math.exp(nll / n_tokens)
