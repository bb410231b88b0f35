"""Held-out quality of count-based n-gram language models on the course's shared LM split.

Data: ``course_utils.lm_data.load_lm_corpus()`` (KoNLPy's constitution and ten bills, 591 cleaned
sentences; sentence ``i`` goes to valid if ``i % 10 == 8``, to test if ``i % 10 == 9``, else to
train). Units: eojeol, Okt morphemes (eojeol starts marked with ``▁``) and characters. Every model
uses the course's vocabulary rule (training tokens seen at least twice, plus ``</s>`` and
``<unk>``). Hyper-parameters (add-k's ``k``, Kneser-Ney's order ``n``) are chosen on valid; the
table reports test.
Writes ``benchmarks/results/lm.md``; chapters 07 and 08 add their NNLM, RNNLM and char-RNN rows
computed on the identical test set with the same conventions.

Run: ``.venv/bin/python benchmarks/bench_lm.py``
"""

from __future__ import annotations

import hashlib
import math
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from course_utils import lm, lm_data

RESULT = Path(__file__).resolve().parent / "results" / "lm.md"
ADD_K_GRID = (1.0, 0.1, 0.03, 0.01, 0.003, 0.001)
KN_ORDERS = {"eojeol": range(1, 6), "morpheme": range(1, 7), "char": range(1, 11)}
REPEATS = 3

HEADER = """\
## Language models on the shared Korean split (`benchmarks/bench_lm.py`)

{machine}, {cores} CPU cores (shared), Python {python}, NumPy {numpy}; count-based models from
`course_utils.lm`.

- **Split** (`course_utils.lm_data.load_lm_corpus()`): 591 cleaned, de-duplicated sentences of
  KoNLPy's constitution (kolaw) and ten bills (kobill); sentence *i* goes to valid if *i* % 10 == 8,
  to test if *i* % 10 == 9, else to train: {n_train} / {n_valid} / {n_test} sentences; the test set
  has {n_chars:,} characters; the sha256 of the test sentences joined by newlines starts `{digest}`.
- **Units**: eojeol (split on spaces), Okt morphemes (an eojeol's first morpheme carries `▁`, so
  spaces are kept), characters (space included). Vocabulary: training tokens seen at least
  {min_count} times + `</s>` + `<unk>`; `<unk>` rate = share of test tokens read as `<unk>`.
- **Token PPL** = exp(NLL / N) over the N predicted test tokens, `</s>` included, `<unk>` scored as
  a token. It is not comparable across units or vocabularies.
- **Per character**: chars = Σ (len(sentence) + 1) over the test sentences (single spaces counted,
  +1 for the end of sentence). bits/char = (NLL + spelling cost of every `<unk>` token) / ln 2 /
  chars, char PPL = 2^(bits/char). The spelling cost is −log of a character-unigram model with
  add-one smoothing fitted on the same unit's training tokens (`lm_data.unk_spelling_nll`), so a
  model is not rewarded for mapping many words to `<unk>`. For the char unit, char PPL ≈ token PPL.
- Hyper-parameters marked *valid* were picked by validation NLL; train time = median of {repeats}
  fits (tokenization excluded: Okt took {okt_seconds:.1f} s for the whole corpus, JVM start
  included).
"""
TABLE_HEAD = (
    "| model | unit | V | `<unk>` rate | valid PPL | test PPL (token) | bits/char | char PPL | train time (s) |"
)


def fit_timed(model: lm.NGramLM, train: list[list[str]]) -> tuple[lm.NGramLM, float]:
    """Fit ``REPEATS`` times; return the model and the median wall time in seconds."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        model.fit(train)
        times.append(time.perf_counter() - start)
    return model, statistics.median(times)


def row(name: str, unit: str, model: lm.NGramLM, seconds: float, data: dict) -> dict:
    test = data["test"]
    nll, count = model.evaluate(test)
    valid_nll, valid_count = model.evaluate(data["valid"])
    spelled = nll + lm_data.unk_spelling_nll(test, model.vocab, unit)
    return {
        "model": name,
        "unit": unit,
        "V": len(model.vocab),
        "unk": sum(t not in model.vocab for s in test for t in s) / sum(len(s) for s in test),
        "valid_ppl": math.exp(valid_nll / valid_count),
        "test_ppl": math.exp(nll / count),
        "bpc": lm_data.bits_per_char(spelled, data["chars"]),
        "char_ppl": lm_data.char_perplexity(spelled, data["chars"]),
        "seconds": seconds,
    }


def best_on_valid(candidates: list[lm.NGramLM], valid: list[list[str]]) -> lm.NGramLM:
    return min(candidates, key=lambda m: m.evaluate(valid)[0])


def main() -> int:
    corpus = lm_data.load_lm_corpus()
    n_chars = lm_data.count_chars(corpus.test)
    min_count = lm_data.VOCAB_MIN_COUNT
    rows = []
    tokenize_seconds = {}
    for unit in lm_data.UNITS:
        start = time.perf_counter()
        data = {part: lm_data.tokenize_corpus(getattr(corpus, part), unit) for part in ("train", "valid", "test")}
        tokenize_seconds[unit] = time.perf_counter() - start
        data["chars"] = n_chars
        train = data["train"]

        model, sec = fit_timed(lm.Laplace(1, min_count=min_count), train)
        rows.append(row("add-1 unigram", unit, model, sec, data))
        model, sec = fit_timed(lm.Laplace(3, min_count=min_count), train)
        rows.append(row("add-1 (Laplace) 3-gram", unit, model, sec, data))

        add_k = best_on_valid([lm.AddK(3, k, min_count=min_count).fit(train) for k in ADD_K_GRID], data["valid"])
        model, sec = fit_timed(lm.AddK(3, add_k.k, min_count=min_count), train)
        rows.append(row(f"add-k 3-gram (k={add_k.k:g}, valid)", unit, model, sec, data))

        model, sec = fit_timed(lm.KneserNey(3, 0.75, min_count=min_count), train)
        rows.append(row("Kneser-Ney 3-gram (d=0.75)", unit, model, sec, data))

        kn = best_on_valid(
            [lm.KneserNey(n, 0.75, min_count=min_count).fit(train) for n in KN_ORDERS[unit]],
            data["valid"],
        )
        model, sec = fit_timed(lm.KneserNey(kn.n, 0.75, min_count=min_count), train)
        rows.append(row(f"Kneser-Ney {kn.n}-gram (d=0.75, n on valid)", unit, model, sec, data))

    digest = hashlib.sha256("\n".join(corpus.test).encode("utf-8")).hexdigest()[:16]
    header = HEADER.format(
        machine=platform.machine(),
        cores=os.cpu_count(),
        python=platform.python_version(),
        numpy=np.__version__,
        n_train=len(corpus.train),
        n_valid=len(corpus.valid),
        n_test=len(corpus.test),
        n_chars=n_chars,
        digest=digest,
        min_count=min_count,
        repeats=REPEATS,
        okt_seconds=tokenize_seconds["morpheme"],
    )
    lines = [header.rstrip("\n"), "", TABLE_HEAD, "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['model']} | {r['unit']} | {r['V']:,} | {r['unk']:.1%} | {r['valid_ppl']:,.1f} | "
            f"{r['test_ppl']:,.1f} | {r['bpc']:.3f} | {r['char_ppl']:.2f} | {r['seconds']:.3f} |"
        )
    text = "\n".join(lines) + "\n"
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
