"""Chapter 08's neural models trained longer on the help corpus, next to bench_help's baselines.

Three experiments on the shipped split (``--only char|morph|spacing`` runs one): a character GRU LM
against the char Kneser-Ney 5-gram (08-07's conventions), a morpheme GRU LM against the morpheme
Kneser-Ney 4-gram (08-05's), each also interpolated with its Kneser-Ney model per position, and a
two-layer BiGRU spacing tagger (08-08's data) against Kiwi and the 02-10 logistic-regression spacer,
alone and mixed with the spacer, on help test and on the legal test sentences. Every network trains
a fixed number of epochs and keeps its best epoch on valid; every weight and threshold is chosen on
valid; test is scored once. A full run (about 20 minutes on 2 cores) writes
``benchmarks/results/neural.md``; ``--quick`` (a sliver of the data, one epoch) and ``--only`` write
nothing. Run with ``TF_ENABLE_ONEDNN_OPTS=0 TF_CPP_MIN_LOG_LEVEL=3`` (the Makefile exports them).
"""

from __future__ import annotations

import argparse
import math
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib.metadata import version
from pathlib import Path

import keras
import numpy as np

from course_utils import lm, lm_data
from course_utils.corpora.help import help_texts
from course_utils.generate import sliding_windows

RESULT = Path(__file__).resolve().parent / "results" / "neural.md"
PARTS = ("train", "valid", "test")
MIN_COUNT = lm_data.VOCAB_MIN_COUNT
CELLS = 2**24  # float32 cells (rows x length x width) of one prediction batch: 64 MiB
LAMBDAS = np.round(np.arange(0.0, 1.0001, 0.05), 2)  # interpolation weight of the GRU LM
WEIGHTS = np.round(np.arange(0.0, 1.0001, 0.1), 1)  # mixing weight of the BiGRU tagger
THRESHOLDS = np.round(np.arange(0.2, 0.8001, 0.05), 2)  # a space where P(space) > threshold


@dataclass(frozen=True)
class Setup:
    """Size and training of one network; ``reference`` = bench_help's test figures its baseline must match."""

    embed: int
    units: int
    dropout: float
    window: int
    batch: int
    epochs: int
    lr: float
    reference: tuple[float, float]


CHAR = Setup(embed=64, units=384, dropout=0.2, window=64, batch=64, epochs=12, lr=3e-3, reference=(5.7, 2.507))
MORPH = Setup(embed=128, units=256, dropout=0.3, window=32, batch=64, epochs=10, lr=3e-3, reference=(42.0, 2.698))
SPACING = Setup(embed=64, units=128, dropout=0.25, window=64, batch=64, epochs=14, lr=3e-3, reference=(0.984, 0.959))


@dataclass(frozen=True)
class Trained:
    """Outcome of :func:`train`: the epoch kept, the valid score of every epoch, the wall seconds."""

    best_epoch: int
    curve: list[float]
    seconds: float


def train(
    model: keras.Model,
    windows: Callable[[int], tuple[np.ndarray, np.ndarray]],
    score: Callable[[keras.Model], float],
    setup: Setup,
    maximize: bool = False,
) -> Trained:
    """Train ``setup.epochs`` epochs on ``windows(epoch)``, then restore the epoch best on ``score(model)``.

    Adam at ``setup.lr`` for the first two thirds of the epochs, then halved every epoch.
    """
    sign = -1.0 if maximize else 1.0
    best, best_epoch, best_weights, curve = math.inf, 0, model.get_weights(), []
    start = time.perf_counter()
    for epoch in range(1, setup.epochs + 1):
        rate = setup.lr * 0.5 ** max(0, epoch - 2 * setup.epochs // 3)
        model.optimizer.learning_rate.assign(rate)
        tick = time.perf_counter()
        x, y = windows(epoch)
        loss = model.fit(x, y, batch_size=setup.batch, epochs=1, shuffle=True, verbose=0).history["loss"][0]
        curve.append(score(model))
        if sign * curve[-1] < best:
            best, best_epoch, best_weights = sign * curve[-1], epoch, model.get_weights()
        seconds = time.perf_counter() - tick
        print(f"  epoch {epoch}/{setup.epochs}: lr {rate:.1e}, loss {loss:.4f}, valid {curve[-1]:.4f}, {seconds:.0f} s")
    model.set_weights(best_weights)
    return Trained(best_epoch, curve, time.perf_counter() - start)


def offset(window: int, epoch: int) -> int:
    """A fresh start offset of the packed training windows for each epoch."""
    return int(np.random.default_rng(epoch).integers(window))


def predict_rows(model: keras.Model, rows: list[np.ndarray], width: int, targets: list | None = None) -> list:
    """Outputs of ``model`` for each int row, in length-sorted zero-padded batches of at most ``CELLS``.

    With ``targets`` (one array per row): the probability of each target in a language model's
    ``(B, T, V)`` output (``width = V``); without: the ``(B, T, 1)`` output. One float64 array per row.
    """
    lengths = [len(r) for r in rows]
    order = np.argsort(lengths, kind="stable")
    out: list = [None] * len(rows)
    while len(order):
        n = 1  # grow the group while it fits (sorted: its last row is the longest)
        while n < min(len(order), 512) and (n + 1) * lengths[order[n]] * width <= CELLS:
            n += 1
        group, order = order[:n], order[n:]
        x = np.zeros((n, lengths[group[-1]]), dtype=np.int32)  # (B, T), zero-padded at the end
        y = np.zeros_like(x)  # (B, T) targets
        for k, i in enumerate(group):
            x[k, : lengths[i]], y[k, : lengths[i]] = rows[i], rows[i] if targets is None else targets[i]
        probs = np.asarray(model.predict_on_batch(x))  # (B, T, V) or (B, T, 1)
        picked = probs[..., 0] if targets is None else np.take_along_axis(probs, y[..., None], axis=-1)[..., 0]
        for k, i in enumerate(group):
            out[i] = picked[k, : lengths[i]].astype(np.float64)  # (T_i,)
    return out


def shrink(texts: list[str], part: str, quick: bool) -> list[str]:
    """``texts``, or for ``--quick`` every 25th training paragraph and the first 100 of the other parts."""
    return texts if not quick else texts[::25] if part == "train" else texts[:100]


# ---------------------------------------------------------------------------------------------
# language models (08-05, 08-07)
# ---------------------------------------------------------------------------------------------


def gru_lm(vocab_size: int, setup: Setup) -> keras.Model:
    """Embedding -> Dropout -> GRU -> Dropout -> softmax over the vocabulary, at every step."""
    model = keras.Sequential(
        [
            keras.Input(shape=(None,), dtype="int32"),  # (B, T) token ids
            keras.layers.Embedding(vocab_size, setup.embed),  # (B, T, E)
            keras.layers.Dropout(setup.dropout),
            keras.layers.GRU(setup.units, return_sequences=True),  # (B, T, H)
            keras.layers.Dropout(setup.dropout),
            keras.layers.Dense(vocab_size, activation="softmax"),  # (B, T, V)
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(setup.lr, clipnorm=1.0), loss="sparse_categorical_crossentropy")
    return model


def lm_experiment(unit: str, order: int, setup: Setup, quick: bool) -> tuple[list[str], str]:
    """Kneser-Ney, the GRU LM and their interpolation: the markdown table and a paragraph on who wins."""
    keras.utils.set_random_seed(0)
    corpus = lm_data.load_lm_corpus("help")
    texts = {part: shrink(getattr(corpus, part), part, quick) for part in PARTS}
    tokens = {part: lm_data.tokenize_corpus(texts[part], unit, corpus="help") for part in PARTS}
    start = time.perf_counter()
    kn = lm.KneserNey(order, 0.75, min_count=MIN_COUNT).fit(tokens["train"])
    kn_seconds = time.perf_counter() - start
    vocab = [lm.EOS, lm.UNK] + kn.vocab.tokens[:-2]  # 0 = paragraph end ("\n" for chars), 1 = <unk>
    index = {t: i for i, t in enumerate(vocab)}
    # a paragraph is read from the end symbol and predicts its tokens and the end: "0 w_1 .. w_n 0"
    seqs = {p: [np.array([0] + [index.get(t, 1) for t in s] + [0], dtype=np.int32) for s in tokens[p]] for p in PARTS}
    stream = np.concatenate([np.zeros(1, np.int32)] + [s[1:] for s in seqs["train"]])  # 0 s_1 0 s_2 0 ...
    n_chars = {p: lm_data.count_chars(texts[p]) for p in ("valid", "test")}
    spelling = {p: lm_data.unk_spelling_nll(tokens[p], kn.vocab, unit, corpus="help") for p in ("valid", "test")}

    def figures(p: np.ndarray, part: str) -> tuple[float, float]:
        """Token perplexity and bits/char (``<unk>`` spelling cost added) of per-position probabilities."""
        nll = float(-np.log(np.maximum(p, 1e-30)).sum())
        return math.exp(nll / len(p)), lm_data.bits_per_char(nll + spelling[part], n_chars[part])

    def gru_probs(model: keras.Model, part: str) -> np.ndarray:
        targets = [s[1:] for s in seqs[part]]
        return np.concatenate(predict_rows(model, [s[:-1] for s in seqs[part]], len(vocab), targets))  # (N,)

    kn_p = {p: np.array([q for s in tokens[p] for q in kn.token_probs(s)]) for p in ("valid", "test")}
    kn_test = figures(kn_p["test"], "test")
    assert quick or (round(kn_test[0], 1), round(kn_test[1], 3)) == setup.reference, kn_test  # bench_help's row
    print(f"{unit}: V = {len(vocab):,}; Kneser-Ney {order}-gram test PPL {kn_test[0]:.2f}, {kn_test[1]:.3f} bits/char")
    model = gru_lm(len(vocab), setup)
    trained = train(
        model,
        lambda epoch: sliding_windows(stream[offset(setup.window, epoch) :], setup.window),  # (N, L), (N, L)
        lambda m: figures(gru_probs(m, "valid"), "valid")[1],
        setup,
    )
    gru_p = {p: gru_probs(model, p) for p in ("valid", "test")}
    for part in ("valid", "test"):  # the same positions: every token and the end of every paragraph
        assert len(gru_p[part]) == len(kn_p[part]) == sum(len(s) + 1 for s in tokens[part])
    assert unit != "char" or len(gru_p["test"]) == n_chars["test"]
    lam = float(min(LAMBDAS, key=lambda k: -np.log(k * gru_p["valid"] + (1 - k) * kn_p["valid"]).sum()))
    rows = {
        f"Kneser-Ney {order}-gram (d = 0.75, as in bench_help)": ("–", f"{kn_seconds:.0f}", kn_p),
        f"GRU({setup.units}), embedding {setup.embed}, dropout {setup.dropout}, {setup.window}-token windows, "
        f"batch {setup.batch}": (f"{trained.best_epoch} of {setup.epochs}", f"{trained.seconds:.0f}", gru_p),
        f"interpolation λ·GRU + (1 − λ)·Kneser-Ney, λ = {lam:.2f} (valid)": (
            "–",
            "–",
            {p: lam * gru_p[p] + (1 - lam) * kn_p[p] for p in ("valid", "test")},
        ),
    }
    lines = [
        "| model | V | epoch kept (valid) | train time (s) | valid PPL | valid bits/char | test PPL | test bits/char |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    bits = []
    for name, (epochs, seconds, probs) in rows.items():
        (valid_ppl, valid_bits), (test_ppl, test_bits) = (
            figures(probs["valid"], "valid"),
            figures(probs["test"], "test"),
        )
        bits.append(test_bits)
        lines.append(
            f"| {name} | {len(vocab):,} | {epochs} | {seconds} | {valid_ppl:.2f} | {valid_bits:.3f} | "
            f"{test_ppl:.2f} | {test_bits:.3f} |"
        )
    kn_bits, gru_bits, mix_bits = bits
    prose = (
        f"The GRU alone is {'below' if gru_bits < kn_bits else 'above'} the Kneser-Ney {order}-gram ({gru_bits:.3f} "
        f"against {kn_bits:.3f} test bits/char). Interpolating the two per position (λ = {lam:.2f}, chosen on valid) "
        f"gives {mix_bits:.3f}, {'below' if mix_bits < kn_bits else 'not below'} the Kneser-Ney model (by "
        f"{abs(kn_bits - mix_bits):.3f}). The GRU's valid bits/char by epoch: "
        + ", ".join(f"{v:.3f}" for v in trained.curve)
        + "."
    )
    return lines, prose


# ---------------------------------------------------------------------------------------------
# spacing (08-08)
# ---------------------------------------------------------------------------------------------


def bigru_tagger(vocab_size: int, setup: Setup, layers: int = 2) -> keras.Model:
    """Embedding (0 = padding, masked) -> ``layers`` x (BiGRU -> Dropout) -> P(space after each char)."""
    inputs = keras.Input(shape=(None,), dtype="int32")  # (B, T) char ids
    x = keras.layers.Embedding(vocab_size, setup.embed, mask_zero=True)(inputs)  # (B, T, E)
    for _ in range(layers):
        x = keras.layers.Bidirectional(keras.layers.GRU(setup.units, return_sequences=True))(x)  # (B, T, 2H)
        x = keras.layers.Dropout(setup.dropout)(x)
    model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(x))  # (B, T, 1)
    model.compile(optimizer=keras.optimizers.Adam(setup.lr, clipnorm=1.0), loss="binary_crossentropy")
    return model


def best_threshold(gold: list[list[int]], probs: Sequence[np.ndarray]) -> tuple[float, float]:
    """The threshold of ``THRESHOLDS`` with the highest gap F1 on (``gold``, ``probs``), and that F1."""
    from course_utils.spacing.metrics import score_labels

    f1 = {float(t): score_labels(gold, [(p > t).astype(int).tolist() for p in probs]).f1 for t in THRESHOLDS}
    best = max(f1, key=f1.get)
    return best, f1[best]


def gap_class(left: str, right: str) -> str:
    """What a gap sits between: a digit or Latin letter, two Hangul syllables, or anything else."""
    if any(ch.isascii() and ch.isalnum() for ch in (left, right)):
        return "a digit or Latin letter on a side"
    return "Hangul–Hangul" if all("가" <= ch <= "힣" for ch in (left, right)) else "punctuation or symbol on a side"


def spacing_experiment(setup: Setup, quick: bool) -> tuple[list[str], str]:
    """Kiwi, the 02-10 spacer, the BiGRU tagger and their mix: the markdown tables and a paragraph on who wins."""
    from kiwipiepy import Kiwi

    from course_utils import spacing

    keras.utils.set_random_seed(0)
    texts = {part: shrink(help_texts(part), part, quick) for part in PARTS}
    texts["legal"] = spacing.spacing_corpus_split()[1]
    tagged = {part: [spacing.to_tagging(t) for t in ts] for part, ts in texts.items()}
    counts = Counter(ch for chars, _ in tagged["train"] for ch in chars)
    index = {ch: i for i, ch in enumerate(["<pad>", "<unk>"] + [c for c, n in counts.most_common() if n >= MIN_COUNT])}
    ids = {p: [np.array([index.get(ch, 1) for ch in chars], dtype=np.int32) for chars, _ in tagged[p]] for p in tagged}
    stream = np.concatenate(ids["train"])  # (N,) the training paragraphs packed one after another
    labels = np.array([y for _, labs in tagged["train"] for y in labs[:-1] + [1]], np.float32)  # end = word end
    gold = {p: [labs for _, labs in tagged[p]] for p in tagged}

    def windows(epoch: int) -> tuple[np.ndarray, np.ndarray]:
        start = offset(setup.window, epoch)
        n = (len(stream) - start) // setup.window
        cut = slice(start, start + n * setup.window)
        return stream[cut].reshape(n, -1), labels[cut].reshape(n, setup.window, 1)  # (N, L), (N, L, 1)

    model = bigru_tagger(len(index), setup)
    valid_f1 = lambda m: best_threshold(gold["valid"], predict_rows(m, ids["valid"], 256))[1]  # noqa: E731
    trained = train(model, windows, valid_f1, setup, maximize=True)
    evaluated = ("valid", "test", "legal")
    probs = {"BiGRU": {p: predict_rows(model, ids[p], 256) for p in evaluated}}
    start = time.perf_counter()
    spacer = spacing.KoreanSpacer().fit(texts["train"])
    spacer_seconds = time.perf_counter() - start
    probs["02-10"] = {p: [spacer.space_probabilities(t)[1] for t in texts[p]] for p in evaluated}

    def mixed(w: float, part: str) -> list[np.ndarray]:
        return [w * a + (1 - w) * b for a, b in zip(probs["BiGRU"][part], probs["02-10"][part], strict=True)]

    threshold = best_threshold(gold["valid"], probs["BiGRU"]["valid"])[0]
    w, mix_threshold, _ = max(
        ((float(w), *best_threshold(gold["valid"], mixed(w, "valid"))) for w in WEIGHTS), key=lambda r: r[2]
    )
    probs["mix"] = {p: mixed(w, p) for p in evaluated}
    kiwi = Kiwi()
    models = [
        ("Kiwi", f"Kiwi {version('kiwipiepy')} pretrained `Kiwi().space`", None),
        ("02-10", f"02-10 logistic-regression spacer (`KoreanSpacer()`, fit {spacer_seconds:.0f} s)", 0.5),
        (
            "BiGRU",
            f"BiGRU tagger: 2 x BiGRU({setup.units}), embedding {setup.embed}, dropout {setup.dropout}, epoch "
            f"{trained.best_epoch} of {setup.epochs} kept, {trained.seconds:.0f} s",
            threshold,
        ),
        ("mix", f"mix w·BiGRU + (1 − w)·02-10, w = {w:.1f} (valid)", mix_threshold),
    ]
    lines = [
        "| spacer | threshold | valid F1 | test precision | test recall | test F1 | test eojeol accuracy | "
        "test exact match | legal F1 | legal eojeol accuracy |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    answers, scores = {}, {}
    for key, name, t in models:
        for part in evaluated:
            if key == "Kiwi":
                answers[key, part] = [kiwi.space(spacing.no_space_baseline(text)) for text in texts[part]]
            else:
                answers[key, part] = [
                    spacing.from_tagging(chars, (p > t).astype(int).tolist())
                    for (chars, _), p in zip(tagged[part], probs[key][part], strict=True)
                ]
            s = spacing.metrics.score_answers(texts[part], answers[key, part])
            scores[key, part] = (s.precision, s.recall, s.f1, spacing.eojeol_accuracy(texts[part], answers[key, part]))
            scores[key, part, "exact"] = s.exact_match
        (valid, test, legal), exact = (scores[key, p] for p in evaluated), scores[key, "test", "exact"]
        lines.append(
            f"| {name} | {'–' if t is None else f'{t:.2f}'} | {valid[2]:.3f} | "
            + " | ".join(f"{v:.3f}" for v in (*test, exact, *legal[2:]))
            + " |"
        )
    assert quick or tuple(round(v, 3) for v in scores["02-10", "test"][2:]) == setup.reference  # bench_help's row
    errors = {key: Counter() for key, _, _ in models}
    gaps: Counter[str] = Counter()
    for k, (chars, labs) in enumerate(tagged["test"]):
        classes = [gap_class(chars[i], chars[i + 1]) for i in range(len(chars) - 1)]
        gaps.update(classes)
        for key in errors:
            pred = spacing.to_tagging(answers[key, "test"][k])[1]
            errors[key].update(c for c, a, b in zip(classes, labs, pred, strict=False) if a != b)
    lines += ["", "Wrong gaps (missed + extra spaces) on help test, by what the gap sits between:", ""]
    lines += ["| gap | gaps | " + " | ".join(errors) + " |", "|---|---:|" + "---:|" * len(errors)]
    for c, n in gaps.most_common():
        lines.append(f"| {c} | {n:,} | " + " | ".join(f"{errors[key][c]:,}" for key in errors) + " |")
    test = {key: scores[key, "test"][2:] for key in errors}  # (F1, eojeol accuracy)
    legal = {key: scores[key, "legal"][2] for key in errors}
    return lines, spacing_prose(test, errors, legal, gaps, trained.curve)


def spacing_prose(
    test: dict[str, tuple[float, float]],
    errors: dict[str, Counter],
    legal: dict[str, float],
    gaps: Counter,
    curve: list,
) -> str:
    """A paragraph on who wins where: test (F1, eojeol accuracy), wrong test gaps per gap class, legal F1."""
    names = {"Kiwi": "Kiwi", "02-10": "the 02-10 spacer", "BiGRU": "the BiGRU tagger", "mix": "the mix"}
    wrong = {key: sum(c.values()) for key, c in errors.items()}
    beats = [k for k in ("BiGRU", "mix") if all(test[k][i] > test[b][i] for b in ("Kiwi", "02-10") for i in (0, 1))]
    verdict = (
        " and ".join(
            f"{names[k]} ({wrong['02-10'] - wrong[k]:,} wrong gaps fewer than the 02-10 spacer)" for k in beats
        )
        + f" beat{'s' if len(beats) == 1 else ''} both Kiwi and the 02-10 spacer in F1 and in eojeol accuracy"
        if beats
        else "neither the BiGRU tagger nor the mix beats both Kiwi and the 02-10 spacer in F1 and eojeol accuracy"
    )
    fewest = "; ".join(
        f"{c}: " + " = ".join(names[k] for k in errors if errors[k][c] == min(e[c] for e in errors.values()))
        for c, _ in gaps.most_common()
    )
    return (
        f"Help test F1 / eojeol accuracy / wrong gaps (of {sum(gaps.values()):,}): "
        + "; ".join(f"{names[k]} {f:.3f} / {e:.3f} / {wrong[k]:,}" for k, (f, e) in test.items())
        + f". So {verdict}. Fewest wrong gaps per class: {fewest}. Out of domain (legal F1): "
        + ", ".join(f"{names[k]} {v:.3f}" for k, v in legal.items())
        + ". The BiGRU's valid F1 by epoch: "
        + ", ".join(f"{v:.4f}" for v in curve)
        + "."
    )


# ---------------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------------

INTRO = {
    "char": 'Paragraphs of `lm_data.load_lm_corpus("help")` as in 08-07: vocabulary = training characters seen ≥ 2 '
    "times, id 0 the paragraph end (`\\n`), one `<unk>` id; each paragraph is read from an empty state and the end "
    "symbol, and every character and the end are predicted (63,605 test predictions = the test characters); "
    "bits/char add the `<unk>` spelling cost (`lm_data.unk_spelling_nll`).",
    "morph": 'Okt morphemes as in 08-05 (`lm_data.tokenize_corpus(..., "morpheme", corpus="help")`): vocabulary = '
    "training morphemes seen ≥ 2 times + `</s>` + `<unk>`; each paragraph is read from an empty state and `</s>`, "
    "and its morphemes and the final `</s>` are predicted; bits/char are per test character (63,605), the `<unk>` "
    "spelling cost added.",
    "spacing": "The 08-08 task: every space is removed from a paragraph and each gap between characters is tagged. "
    "Tagger data as in 08-08: the training paragraphs packed into 64-character windows (a paragraph end labelled "
    "a word end), character vocabulary = training characters seen ≥ 2 times, 0 = padding (masked), 1 = `<unk>`; "
    "evaluation paragraph by paragraph. The mix averages the two models' P(space) per gap with weight w (0, 0.1, …, "
    "1); w and the thresholds (0.20, 0.25, …, 0.80; the 02-10 spacer keeps its own 0.5) are chosen on valid F1. "
    "bench_help's scorers (`score_answers`, `eojeol_accuracy`); legal = the 121 test sentences of "
    "`spacing_corpus_split()`, out of domain for every model here.",
}
TRAINING = (
    " Training of the networks: windows packed from the training stream at a fresh random offset each epoch; "
    "Adam (clipnorm 1), learning rate 3e-3 for the first two thirds of the epochs, then halved every epoch; "
    "the weights of the epoch best on valid are kept (early stopping on valid)."
)
LM_MIX = " Interpolation: p = λ·p_GRU + (1 − λ)·p_KN at every predicted position, λ (0, 0.05, …, 1) chosen on valid."


def report(sections: list[tuple[str, str, list[str], str]], seconds: float) -> str:
    """The markdown section written to ``RESULT``."""
    import tensorflow as tf

    lines = [
        "## Longer training on the help corpus (`benchmarks/bench_neural.py`)",
        "",
        f"{platform.machine()}, 2 CPU cores shared with other jobs (every time is in wall seconds), Python "
        f"{platform.python_version()}, NumPy {np.__version__}, TensorFlow {tf.__version__}, Keras {keras.__version__}, "
        "`keras.utils.set_random_seed(0)` (multi-threaded float training: a re-run can differ in the last digits). "
        'The chapter 08 models of the section "Neural models on the help corpus", made larger and trained longer '
        "than a notebook's budget allows, next to the baselines of `bench_help.py` on the same split; every choice "
        f"(epoch, λ, w, threshold) was made on valid and test was scored once. Run time {seconds / 60:.0f} min.",
    ]
    for title, key, table, prose in sections:
        intro = INTRO[key] + TRAINING + (LM_MIX if key != "spacing" else "")
        lines += ["", f"### {title}", "", intro, "", *table, "", prose]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("char", "morph", "spacing"))
    parser.add_argument("--quick", action="store_true", help="smoke run on a sliver of the data; writes nothing")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    experiments = {
        "char": ("Character language model", lambda s: lm_experiment("char", 5, s, args.quick), CHAR),
        "morph": ("Morpheme language model", lambda s: lm_experiment("morpheme", 4, s, args.quick), MORPH),
        "spacing": ("Automatic spacing", lambda s: spacing_experiment(s, args.quick), SPACING),
    }
    sections = []
    for key, (title, run, setup) in experiments.items():
        if args.only in (None, key):
            print(f"== {title}", flush=True)
            table, prose = run(replace(setup, epochs=1) if args.quick else setup)
            print("\n".join(table) + f"\n\n{prose}\n", flush=True)
            sections.append((title, key, table, prose))
    seconds = time.perf_counter() - started
    print(f"total {seconds:.0f} s (wall seconds on a shared 2-core machine)")
    if args.quick or args.only:
        print("--quick / --only: benchmarks/results/neural.md is not written")
        return 0
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(report(sections, seconds), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
