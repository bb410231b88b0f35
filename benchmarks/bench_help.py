"""Baselines on the Korean LibreOffice help corpus and its fixed split (``course_utils.corpora.help``).

Three tasks, each on the shipped split (train / valid / test; hyper-parameters chosen on valid,
figures reported on test), so that chapters 07 and 08 can put their neural models next to them:

1. Language models (``course_utils.lm``) with the course's conventions (``lm_data``: units eojeol,
   morpheme, char; vocabulary min count 2; bits per character with the ``<unk>`` spelling cost),
   plus the data-size curve for 03-01: char Kneser-Ney trained on 1/8, 1/4, 1/2 and all of the
   help train split and on the legal train split, evaluated on both test splits.
2. Classification of paragraphs by module (``HELP_CLASSES``): majority class, TF-IDF + logistic
   regression on eojeol and on Okt morphemes.
3. Spacing of the test paragraphs with every space removed: no spaces, the 02-10 logistic
   regression spacer trained on help train, Kiwi's pretrained ``Kiwi().space``.

Writes ``benchmarks/results/help.md``. Run: ``.venv/bin/python benchmarks/bench_help.py``
(a few minutes on 2 cores; the char n-gram models dominate).
"""

from __future__ import annotations

import math
import os
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from course_utils import lm, lm_data
from course_utils.corpora import help as help_corpus

RESULT = Path(__file__).resolve().parent / "results" / "help.md"
MIN_COUNT = lm_data.VOCAB_MIN_COUNT
ADD_K_GRID = (1.0, 0.1, 0.03, 0.01, 0.003, 0.001)
KN_ORDERS = {"eojeol": range(1, 6), "morpheme": range(1, 7), "char": range(1, 9)}
C_GRID = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
FRACTIONS = (8, 4, 2, 1)  # train on every k-th training paragraph


# ---------------------------------------------------------------------------------------------
# language models
# ---------------------------------------------------------------------------------------------


def kn_orders(top: lm.KneserNey, orders: Sequence[int]) -> dict[int, lm.KneserNey]:
    """Kneser-Ney models of every order in ``orders`` from one fitted ``top`` model.

    The counts of orders 1..k do not depend on the model's order (every model pads with ``<s>``
    and counts all suffixes), so a k-gram model is the top model's counts cut at k; only
    Kneser-Ney's continuation counts are recomputed. (Checked against a direct fit in ``main``.)
    """
    models = {}
    for k in orders:
        model = lm.KneserNey(k, top.discount, min_count=top.min_count)
        model.vocab = top.vocab
        model.counts = {j: top.counts[j] for j in range(1, k + 1)}
        model.totals = {j: top.totals[j] for j in range(1, k + 1)}
        model._fit_extra()
        models[k] = model
    return models


def best_kn(train: list[list[str]], valid: list[list[str]], orders: Sequence[int]) -> tuple[lm.KneserNey, float]:
    """The Kneser-Ney order with the lowest valid NLL, and the seconds to fit the top order."""
    start = time.perf_counter()
    top = lm.KneserNey(max(orders), 0.75, min_count=MIN_COUNT).fit(train)
    seconds = time.perf_counter() - start
    models = kn_orders(top, orders)
    return min(models.values(), key=lambda m: m.evaluate(valid)[0]), seconds


def spelled_bits(model: lm.NGramLM, test: list[list[str]], n_chars: int, spell: lm_data.CharSpeller) -> float:
    """Bits per character, ``<unk>`` tokens paying their spelling cost under ``spell``."""
    nll, _ = model.evaluate(test)
    nll += sum(spell.nll(t) for s in test for t in s if t not in model.vocab)
    return lm_data.bits_per_char(nll, n_chars)


def lm_rows(corpus: lm_data.LMCorpus) -> tuple[list[dict], dict]:
    n_chars = lm_data.count_chars(corpus.test)
    rows, char_data = [], {}
    for unit in lm_data.UNITS:
        data = {
            part: lm_data.tokenize_corpus(getattr(corpus, part), unit, corpus="help")
            for part in ("train", "valid", "test")
        }
        train, valid, test = data["train"], data["valid"], data["test"]

        def add(
            name: str, model: lm.NGramLM, seconds: float, unit: str = unit, test: list = test, valid: list = valid
        ) -> None:
            nll, count = model.evaluate(test)
            valid_nll, valid_count = model.evaluate(valid)
            spelled = nll + lm_data.unk_spelling_nll(test, model.vocab, unit, corpus="help")
            rows.append(
                {
                    "model": name,
                    "unit": unit,
                    "V": len(model.vocab),
                    "unk": sum(t not in model.vocab for s in test for t in s) / sum(len(s) for s in test),
                    "valid_ppl": math.exp(valid_nll / valid_count),
                    "test_ppl": math.exp(nll / count),
                    "bpc": lm_data.bits_per_char(spelled, n_chars),
                    "seconds": seconds,
                }
            )

        start = time.perf_counter()
        unigram = lm.Laplace(1, min_count=MIN_COUNT).fit(train)
        add("add-1 unigram", unigram, time.perf_counter() - start)
        start = time.perf_counter()
        add_k = lm.AddK(3, 1.0, min_count=MIN_COUNT).fit(train)
        seconds = time.perf_counter() - start
        valid_nll = {}
        for k in ADD_K_GRID:  # k only enters at prediction time: one fit serves the whole grid
            add_k.k = k
            valid_nll[k] = add_k.evaluate(valid)[0]
        add_k.k = min(valid_nll, key=valid_nll.get)
        add(f"add-k 3-gram (k={add_k.k:g}, valid)", add_k, seconds)
        kn, seconds = best_kn(train, valid, KN_ORDERS[unit])
        add(f"Kneser-Ney {kn.n}-gram (d=0.75, n on valid)", kn, seconds)
        if unit == "char":
            char_data = {"train": train, "valid": valid, "test": test, "kn": kn, "n_chars": n_chars}
    return rows, char_data


def data_size_curve(help_char: dict) -> list[dict]:
    """Char Kneser-Ney (n on the training corpus' valid split) on growing help train subsets and on legal."""
    legal = lm_data.load_lm_corpus("legal")
    legal_data = {part: lm_data.tokenize_corpus(getattr(legal, part), "char") for part in ("train", "valid", "test")}
    tests = {
        "help": (help_char["test"], help_char["n_chars"]),
        "legal": (legal_data["test"], lm_data.count_chars(legal.test)),
    }
    runs = [("legal train", legal_data["train"], legal_data["valid"])]
    for k in FRACTIONS:
        subset = help_char["train"][::k]
        runs.append((f"help train 1/{k}" if k > 1 else "help train (all)", subset, help_char["valid"]))
    rows = []
    for name, train, valid in runs:
        if train is help_char["train"] or len(train) == len(help_char["train"]):
            model = help_char["kn"]
        else:
            model, _ = best_kn(train, valid, KN_ORDERS["char"])
        spell = lm_data.CharSpeller().fit(train)  # the spelling model sees only the same training text
        row = {"train": name, "chars": sum(len(s) + 1 for s in train), "n": model.n}
        for corpus, (test, n_chars) in tests.items():
            row[corpus] = spelled_bits(model, test, n_chars, spell)
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------
# classification
# ---------------------------------------------------------------------------------------------


def classification_rows() -> list[dict]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score

    parts = help_corpus.help_classification_split()
    y = {part: df["label"].to_numpy() for part, df in parts.items()}
    majority = Counter(y["train"].tolist()).most_common(1)[0][0]
    rows = []
    for part in ("valid", "test"):
        pred = np.full_like(y[part], majority)
        rows.append(
            {"part": part, "acc": accuracy_score(y[part], pred), "f1": f1_score(y[part], pred, average="macro")}
        )
    results = [{"model": f"majority class ({help_corpus.HELP_CLASSES[majority]})", "C": "", **_pair(rows)}]
    morphemes = help_corpus.help_morphemes()
    analyzers: dict[str, Callable[[str], list[str]]] = {
        "eojeol": str.split,
        "Okt morphemes": lambda text: list(morphemes[text]),
    }
    for unit, analyzer in analyzers.items():
        vectorizer = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=1)
        X = {part: None for part in parts}
        X["train"] = vectorizer.fit_transform(parts["train"]["text"])
        X["valid"] = vectorizer.transform(parts["valid"]["text"])
        X["test"] = vectorizer.transform(parts["test"]["text"])
        scored = []
        for C in C_GRID:
            # newton-cg: the same optimum as lbfgs, about ten times faster on this sparse problem here
            model = LogisticRegression(C=C, solver="newton-cg", max_iter=1000).fit(X["train"], y["train"])
            scored.append((accuracy_score(y["valid"], model.predict(X["valid"])), C, model))
        _, C, model = max(scored, key=lambda s: (s[0], -s[1]))
        rows = []
        for part in ("valid", "test"):
            pred = model.predict(X[part])
            rows.append(
                {"part": part, "acc": accuracy_score(y[part], pred), "f1": f1_score(y[part], pred, average="macro")}
            )
        results.append(
            {
                "model": f"TF-IDF ({unit}, {len(vectorizer.vocabulary_):,} terms) + logistic regression",
                "C": f"{C:g}",
                **_pair(rows),
            }
        )
    return results


def _pair(rows: list[dict]) -> dict:
    return {f"{r['part']}_{m}": r[m] for r in rows for m in ("acc", "f1")}


# ---------------------------------------------------------------------------------------------
# spacing
# ---------------------------------------------------------------------------------------------


def spacing_rows(train: list[str], test: list[str]) -> list[dict]:
    from course_utils.spacing import KoreanSpacer, eojeol_accuracy, evaluate_spacing, no_space_baseline

    def kiwi_spacer() -> Callable[[str], str]:
        from kiwipiepy import Kiwi

        kiwi = Kiwi()
        return lambda text: kiwi.space(text)

    start = time.perf_counter()
    spacer = KoreanSpacer().fit(train)
    fit_seconds = time.perf_counter() - start
    spaced = dict(zip([no_space_baseline(t) for t in test], spacer.space_many(test), strict=True))
    spacers = {
        "no spaces (every gap 'no space')": no_space_baseline,
        f"02-10 logistic-regression spacer (`KoreanSpacer()`, help train, fit {fit_seconds:.0f} s)": spaced.__getitem__,
        f"Kiwi {_kiwi_version()} pretrained `Kiwi().space`": kiwi_spacer(),
    }
    rows = []
    for name, space in spacers.items():
        answers: list[str] = []

        def recording(text: str, space: Callable[[str], str] = space, answers: list[str] = answers) -> str:
            answer = space(text)
            answers.append(answer)
            return answer

        start = time.perf_counter()
        scores = evaluate_spacing(recording, test)
        seconds = time.perf_counter() - start
        rows.append({"model": name, **scores.as_dict(), "eojeol": eojeol_accuracy(test, answers), "seconds": seconds})
    return rows


def _kiwi_version() -> str:
    from importlib.metadata import version

    return version("kiwipiepy")


# ---------------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------------


def corpus_lines(df) -> list[str]:
    parts = help_corpus.PARTS
    modules = df["module"].value_counts().index.tolist()
    lines = [
        "| module | paragraphs | characters | train | valid | test | class label |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for module in modules + ["all"]:
        sub = df if module == "all" else df[df["module"] == module]
        counts = sub["split"].value_counts()
        label = help_corpus.HELP_CLASSES.index(module) if module in help_corpus.HELP_CLASSES else "–"
        lines.append(
            f"| {module} | {len(sub):,} | {int(sub['text'].str.len().sum()):,} | "
            + " | ".join(f"{int(counts.get(p, 0)):,}" for p in parts)
            + f" | {label} |"
        )
    return lines


def near_duplicate_lines(df) -> list[str]:
    """Near-duplicates across the split, and what a page-only grouping would have left."""
    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold

    texts = df["text"].tolist()
    parts = df["split"].tolist()

    def leaks(parts: list[str], threshold: float) -> int:
        return help_corpus.count_near_duplicates(
            [t for t, p in zip(texts, parts, strict=True) if p == "test"],
            [t for t, p in zip(texts, parts, strict=True) if p == "train"],
            threshold,
        )

    page_parts = ["train"] * len(texts)
    folds = StratifiedGroupKFold(n_splits=10, shuffle=False).split(np.zeros(len(texts)), df["module"], df["page"])
    for k, (_, held_out) in enumerate(folds):
        for i in held_out:
            page_parts[i] = {8: "valid", 9: "test"}.get(k, "train")
    n_test, n_page_test = parts.count("test"), page_parts.count("test")
    return [
        "| test paragraphs with a near-duplicate in train | Jaccard ≥ 0.5 | Jaccard ≥ 0.3 |",
        "|---|---:|---:|",
        f"| the shipped split (pages and near-duplicate groups kept whole) | {leaks(parts, 0.5)} of {n_test:,} | "
        f"{leaks(parts, 0.3)} of {n_test:,} |",
        f"| for comparison: the same folds grouped by page only | {leaks(page_parts, 0.5)} of {n_page_test:,} | "
        f"{leaks(page_parts, 0.3)} of {n_page_test:,} |",
    ]


def main() -> int:
    started = time.perf_counter()
    # the shortcut of kn_orders must equal a direct fit (checked on the small legal corpus)
    legal = lm_data.load_lm_corpus("legal")
    tr, va = (lm_data.tokenize_corpus(getattr(legal, p), "char") for p in ("train", "valid"))
    direct = lm.KneserNey(4, 0.75, min_count=MIN_COUNT).fit(tr).evaluate(va)[0]
    derived = kn_orders(lm.KneserNey(7, 0.75, min_count=MIN_COUNT).fit(tr), [4])[4].evaluate(va)[0]
    assert math.isclose(direct, derived, rel_tol=1e-12), (direct, derived)

    load_times = []
    for _ in range(3):  # the first load of a process (file read, sha256 check, parse); pandas is imported
        help_corpus._load.cache_clear()
        start = time.perf_counter()
        df = help_corpus.load_help()
        load_times.append(time.perf_counter() - start)
    load_seconds = min(load_times)
    corpus = lm_data.load_lm_corpus("help")
    timings = {}
    start = time.perf_counter()
    lm_table, char_data = lm_rows(corpus)
    timings["language models"] = time.perf_counter() - start
    start = time.perf_counter()
    curve = data_size_curve(char_data)
    timings["data-size curve"] = time.perf_counter() - start
    start = time.perf_counter()
    classes = classification_rows()
    timings["classification"] = time.perf_counter() - start
    start = time.perf_counter()
    spacing = spacing_rows(corpus.train, corpus.test)
    timings["spacing"] = time.perf_counter() - start

    n_chars = lm_data.count_chars(corpus.test)
    lines = [
        "## The LibreOffice Korean help corpus: split and baselines (`benchmarks/bench_help.py`)",
        "",
        f"{platform.machine()}, {os.cpu_count()} CPU cores (shared), Python {platform.python_version()}, "
        f"NumPy {np.__version__}. Corpus: `course_utils.corpora.help.load_help()` "
        f"(`data/help_ko.tsv.gz`, Debian `libreoffice-help-ko` 4:7.4.7-1+deb12u14, MPL-2.0; see data/README.md); "
        f"loading took {load_seconds:.2f} s (best of 3; pandas already imported). "
        "Every figure below is on the shipped split "
        "(column `split`: grouped by page and by near-duplicate group, stratified by module, folds 0-7/8/9 of "
        "`StratifiedGroupKFold(10)`); hyper-parameters were chosen on valid.",
        "",
        *corpus_lines(df),
        "",
        "Near-duplicates (character 5-gram Jaccard, spaces removed; "
        "`course_utils.corpora.help.count_near_duplicates`):",
        "",
        *near_duplicate_lines(df),
        "",
        "### Language models on the help split",
        "",
        f'Sentences = paragraphs (`lm_data.load_lm_corpus("help")`): {len(corpus.train):,} / {len(corpus.valid):,} / '
        f"{len(corpus.test):,}; the test set has {n_chars:,} characters (Σ len + 1). Same conventions as the "
        "legal-corpus table (`bench_lm.py`): vocabulary = training tokens seen ≥ 2 times + `</s>` + `<unk>`; "
        "bits/char adds "
        "the spelling cost of every `<unk>` token under a character unigram fitted on the help train tokens of the "
        'same unit (`lm_data.unk_spelling_nll(..., corpus="help")`). Kneser-Ney orders are compared on valid '
        "from one fit of the highest order (lower orders are its counts cut short: identical to a direct fit). "
        "Train time = one fit (for Kneser-Ney: of the highest order tried).",
        "",
        "| model | unit | V | `<unk>` rate | valid PPL | test PPL (token) | bits/char | train time (s) |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in lm_table:
        lines.append(
            f"| {r['model']} | {r['unit']} | {r['V']:,} | {r['unk']:.1%} | {r['valid_ppl']:,.1f} | "
            f"{r['test_ppl']:,.1f} | {r['bpc']:.3f} | {r['seconds']:.1f} |"
        )
    lines += [
        "",
        "**More data (for 03-01).** Char Kneser-Ney (d = 0.75, order n chosen on the valid split of the corpus it "
        "is trained on, from 1-8), trained on every k-th help training paragraph or on the legal train split "
        '(`lm_data.load_lm_corpus("legal")`, 473 sentences), scored in bits per character on both test sets; the '
        "`<unk>` spelling model is fitted on the same training text as the model.",
        "",
        "| training text | training chars | n (valid) | bits/char on help test | bits/char on legal test |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in curve:
        lines.append(f"| {r['train']} | {r['chars']:,} | {r['n']} | {r['help']:.3f} | {r['legal']:.3f} |")
    lines += [
        "",
        "### Classification of paragraphs by module",
        "",
        f"Classes `HELP_CLASSES` = {', '.join(help_corpus.HELP_CLASSES)} "
        f"(labels 0-{len(help_corpus.HELP_CLASSES) - 1}; "
        "`help_classification_split()`), the other modules left out: "
        + " / ".join(f"{len(df):,}" for df in help_corpus.help_classification_split().values())
        + " paragraphs in train / valid / test. TF-IDF with sublinear tf on train; scikit-learn "
        "`LogisticRegression` (multinomial, newton-cg solver), C chosen on valid accuracy from "
        f"{', '.join(f'{c:g}' for c in C_GRID)}.",
        "",
        "| model | C (valid) | valid accuracy | valid macro-F1 | test accuracy | test macro-F1 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in classes:
        lines.append(
            f"| {r['model']} | {r['C']} | {r['valid_acc']:.3f} | {r['valid_f1']:.3f} | "
            f"{r['test_acc']:.3f} | {r['test_f1']:.3f} |"
        )
    s0 = spacing[0]
    lines += [
        "",
        "### Automatic spacing of the test paragraphs",
        "",
        f"Each of the {s0['n_sentences']:,} test paragraphs loses every space; the spacer puts them back. One scorer "
        f"for all (`course_utils.spacing.evaluate_spacing`): precision / recall / F1 of spaces over the "
        f"{s0['n_gaps']:,} gaps between characters ({s0['n_true_spaces']:,} of them spaces), exact match = paragraphs "
        "spaced entirely right, eojeol accuracy = reference eojeol reproduced exactly (both ends split, nothing "
        "split inside).",
        "",
        "| spacer | precision | recall | F1 | eojeol accuracy | exact match | time (s) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in spacing:
        lines.append(
            f"| {r['model']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['eojeol']:.3f} | "
            f"{r['exact_match']:.3f} | {r['seconds']:.1f} |"
        )
    lines += [
        "",
        "Run time of this benchmark: "
        + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items())
        + f"; total {time.perf_counter() - started:.0f} s.",
    ]
    text = "\n".join(lines) + "\n"
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
