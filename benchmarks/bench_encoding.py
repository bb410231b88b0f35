"""Speed of course_utils.encoding against Keras on 120k+ real Korean sentences (same outputs asserted).

Corpus: the cleaned sentences of KoNLPy's constitution (kolaw) and ten bills (kobill), from
``course_utils.corpora.legal.corpus_sentences()``, repeated and shuffled (seed 0) until there are at
least 120,000 lines. Each row times the same call on both sides, asserts that the outputs are
identical, and reports the best CPU time of N alternating runs. Writes ``benchmarks/results/encoding.md``.

Run: ``.venv/bin/python benchmarks/bench_encoding.py``
"""

from __future__ import annotations

import gc
import os
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")

N_LINES = 120_000
RESULT = Path(__file__).resolve().parent / "results" / "encoding.md"


def build_corpus(n_lines: int = N_LINES, seed: int = 0) -> tuple[list[str], int]:
    """Real sentences repeated and shuffled to ``n_lines`` lines; also the number of distinct ones."""
    from course_utils.corpora.legal import corpus_sentences

    sentences = corpus_sentences()
    repeats = -(-n_lines // len(sentences))
    lines = sentences * repeats
    random.Random(seed).shuffle(lines)
    return lines, len(sentences)


def best_of_interleaved(
    keras_fn: Callable[[], Any], mine_fn: Callable[[], Any], runs: int
) -> tuple[float, float, Any, Any]:
    """Best CPU time (``time.process_time``) of each side, runs alternating K, M, K, M, ...

    CPU time of this process and alternation make the numbers robust to other work on a shared
    machine; everything timed here runs on one thread.
    """
    times: dict[str, list[float]] = {"keras": [], "mine": []}
    results: dict[str, Any] = {}
    for _ in range(runs):
        for side, fn in (("keras", keras_fn), ("mine", mine_fn)):
            gc.collect()
            start = time.process_time()
            results[side] = fn()
            times[side].append(time.process_time() - start)
    return min(times["keras"]), min(times["mine"]), results["keras"], results["mine"]


def same(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray):
        return a.dtype == b.dtype and a.shape == b.shape and bool(np.array_equal(a, b))
    return a == b


def main() -> int:
    import keras
    from keras.src.legacy.preprocessing.text import Tokenizer as KerasTokenizer
    from keras.src.legacy.preprocessing.text import tokenizer_from_json

    from course_utils.encoding import Tokenizer, pad_sequences, to_categorical

    lines, distinct = build_corpus()
    eojeol_lists = [line.split() for line in lines]

    def fit_and_encode(cls: type, texts: list, **kwargs: Any) -> Callable[[], Any]:
        def run() -> Any:
            tokenizer = cls(**kwargs)
            tokenizer.fit_on_texts(texts)
            return tokenizer.word_index, tokenizer.texts_to_sequences(texts)

        return run

    seqs = fit_and_encode(Tokenizer, lines)()[1]
    small = Tokenizer(num_words=1000)
    small.fit_on_texts(lines)
    keras_small = tokenizer_from_json(small.to_json())  # same fitted vocabulary on both sides
    labels = np.random.default_rng(0).integers(0, 10, size=200_000)

    rows: list[tuple[str, Callable[[], Any], Callable[[], Any], int]] = [
        (
            "Tokenizer() fit_on_texts + texts_to_sequences",
            fit_and_encode(KerasTokenizer, lines),
            fit_and_encode(Tokenizer, lines),
            3,
        ),
        (
            'Tokenizer(num_words=2000, oov_token="<OOV>") fit + texts_to_sequences',
            fit_and_encode(KerasTokenizer, lines, num_words=2000, oov_token="<OOV>"),
            fit_and_encode(Tokenizer, lines, num_words=2000, oov_token="<OOV>"),
            3,
        ),
        (
            "Tokenizer() on pre-tokenized lists (eojeol) fit + texts_to_sequences",
            fit_and_encode(KerasTokenizer, eojeol_lists),
            fit_and_encode(Tokenizer, eojeol_lists),
            3,
        ),
        (
            "Tokenizer(char_level=True) fit + texts_to_sequences",
            fit_and_encode(KerasTokenizer, lines, char_level=True),
            fit_and_encode(Tokenizer, lines, char_level=True),
            3,
        ),
        (
            "texts_to_matrix(10k lines, num_words=1000, mode='tfidf')",
            lambda: keras_small.texts_to_matrix(lines[:10_000], mode="tfidf"),
            lambda: small.texts_to_matrix(lines[:10_000], mode="tfidf"),
            3,
        ),
        (
            "pad_sequences(seqs) (maxlen = longest, pre)",
            lambda: keras.utils.pad_sequences(seqs),
            lambda: pad_sequences(seqs),
            5,
        ),
        (
            "pad_sequences(seqs, maxlen=20, padding='post', truncating='post')",
            lambda: keras.utils.pad_sequences(seqs, maxlen=20, padding="post", truncating="post"),
            lambda: pad_sequences(seqs, maxlen=20, padding="post", truncating="post"),
            5,
        ),
        (
            "to_categorical(200k labels, 10 classes)",
            lambda: keras.utils.to_categorical(labels),
            lambda: to_categorical(labels),
            5,
        ),
    ]

    table = [
        "| task | Keras (s) | course_utils (s) | speed-up |",
        "|---|---:|---:|---:|",
    ]
    for name, keras_fn, mine_fn, runs in rows:
        t_keras, t_mine, expected, got = best_of_interleaved(keras_fn, mine_fn, runs)
        if not same(got, expected):
            print(f"outputs differ: {name}", file=sys.stderr)
            return 1
        table.append(f"| {name} | {t_keras:.3f} | {t_mine:.3f} | {t_keras / t_mine:.1f}× |")
        print(table[-1], flush=True)

    tokens = sum(map(len, seqs))
    section = "\n".join(
        [
            "## Integer encoding, padding, one-hot (`course_utils.encoding` vs Keras)",
            "",
            f"{len(lines):,} lines ({distinct} distinct real sentences of KoNLPy's kolaw + kobill, "
            f"repeated and shuffled; {tokens:,} tokens); best CPU time of 3-5 alternating runs; "
            "outputs asserted "
            f"identical. {platform.machine()}, {os.cpu_count()} CPU cores (shared), "
            f"Python {platform.python_version()}, NumPy {np.__version__}, Keras {keras.__version__} "
            "(`keras.src.legacy.preprocessing.text.Tokenizer` = TF 2.x `tf.keras` Tokenizer).",
            "",
            *table,
            "",
        ]
    )
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(section, encoding="utf-8")
    print()
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
