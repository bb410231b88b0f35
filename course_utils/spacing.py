"""Korean automatic word spacing (띄어쓰기) as per-character tagging.

A sentence with its spaces removed is a string of characters ``c_0 c_1 ... c_{n-1}``; spacing
it back means deciding, for every gap after ``c_i``, whether a space goes there::

    "모든 국민은 평등하다"  ->  chars "모든국민은평등하다",  labels y_i = [0,1,0,0,1,0,0,0,0]
                                                       (y_i = 1: a space follows c_i)

:class:`KoreanSpacer` predicts ``y_i`` with a logistic regression on the characters around the
gap: every 1..``max_n``-gram inside the window ``c_{i-w+1} .. c_{i+w}`` (``w`` = ``window``
characters on each side), tagged with its offset, plus the character classes of ``c_i`` and
``c_{i+1}``. The score of a gap is ``z_i = b + sum_f W[f]`` over its features ``f`` and
``P(space) = sigmoid(z_i)``; a space is predicted when ``P(space) > threshold``.
Training uses scikit-learn (``LogisticRegression``, dual liblinear); prediction is the sum above,
and a fitted model is saved as plain JSON (feature -> weight), never pickled.

The training text is real Korean shipped with KoNLPy: the constitution (``kolaw``) and ten bills
(``kobill``), cleaned into sentences by :func:`spacing_corpus` and split by
:func:`spacing_corpus_split` so that near-duplicate sentences never straddle train and test.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from course_utils.validation import as_list, check_str

__all__ = [
    "to_tagging",
    "from_tagging",
    "gap_features",
    "spacing_corpus",
    "spacing_corpus_split",
    "near_duplicate_split",
    "SpacingScores",
    "evaluate_spacing",
    "no_space_baseline",
    "particle_rule_baseline",
    "KoreanSpacer",
]

_WHITESPACE = re.compile(r"\s+")
BOS, EOS = "\u2402", "\u2403"  # padding symbols before / after a sentence (␂, ␃)


# ---------------------------------------------------------------------------
# sentence <-> (characters, labels)
# ---------------------------------------------------------------------------


def to_tagging(sentence: str) -> tuple[str, list[int]]:
    """Turn a spaced sentence into ``(chars, labels)``.

    ``chars`` is the sentence without whitespace; ``labels[i] = 1`` if whitespace follows
    ``chars[i]`` in the sentence, else 0. The last label is always 0 (leading/trailing
    whitespace is ignored and a run of whitespace counts as one space).
    """
    check_str(sentence, "sentence")
    chars: list[str] = []
    labels: list[int] = []
    for piece in _WHITESPACE.split(sentence.strip()):
        if not piece:
            continue
        if labels:
            labels[-1] = 1
        chars.extend(piece)
        labels.extend([0] * len(piece))
    return "".join(chars), labels


def from_tagging(chars: str, labels: Sequence[int]) -> str:
    """Inverse of :func:`to_tagging`: put a space after ``chars[i]`` where ``labels[i] == 1``."""
    check_str(chars, "chars")
    if any(ch.isspace() for ch in chars):
        raise ValueError("chars must not contain whitespace; pass the text with its spaces removed")
    labels = list(labels)
    if len(labels) != len(chars):
        raise ValueError(f"got {len(labels)} labels for {len(chars)} characters; need one label per character")
    parts = []
    for ch, label in zip(chars, labels, strict=True):
        if label not in (0, 1):
            raise ValueError(f"labels must be 0 or 1, got {label!r}")
        parts.append(ch + (" " if label == 1 else ""))
    return "".join(parts).rstrip(" ")


# ---------------------------------------------------------------------------
# corpus: KoNLPy's kolaw + kobill cleaned into sentences
# ---------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"^\s*-\s*\d+\s*-\s*$")
_LAYOUT = re.compile(r"^[\s\-=.]*$")
_NEW_PARAGRAPH = re.compile(r"^(\s|[①-⑳○∙*•<]|\d+\.\s|[가-하]\.\s+\S|\(\d+\))")
_TITLE_END = re.compile(r"(법률안|동의안|사유서|추계서)$")
_ARTICLE_START = re.compile(r"^제\d+조")
_SENTENCE_END = re.compile(r"(?<=[가-힣][.?!])\s+")
_LEADING_MARK = re.compile(r"^(\s|[①-⑳○∙*•·:\-]|\(?\d+\)\s|\d+\.\s|[가-하]\.\s)+")
_ARTICLE_HEADER = re.compile(r"^제\d+조(의\d+)?(\([^)]*\)\s*|\s+)")
_ALLOWED = re.compile(r"^[가-힣0-9A-Za-z .,·()｢｣「」“”‘’'\"%~∼:;?!ㆍ․‧・<>/\[\]-]+$")


def _paragraphs(text: str) -> list[str]:
    """Re-join the hard-wrapped lines of a KoNLPy corpus file into paragraphs.

    The bills were extracted from PDFs: a line that ends with whitespace broke at a word
    boundary, a line that does not broke inside a word (``"자\\n\\n녀"`` is ``"자녀"``).
    Indented lines, list items, short lines (titles) and table lines start new paragraphs.
    """
    paragraphs: list[str] = []
    current, previous, previous_trailing = "", "", False
    for raw in text.replace("\x0c", "\n").split("\n"):
        if not raw.strip() or _PAGE_NUMBER.match(raw):
            continue
        line = raw.strip()
        # table rules and letter-spaced titles ("부      칙") stand alone
        if _LAYOUT.match(raw) or re.search(r"\S\s{3,}\S", line):
            paragraphs.extend(p for p in (current, line) if p)
            current, previous, previous_trailing = "", "", False
            continue
        starts_new = (
            not current
            or _NEW_PARAGRAPH.match(raw) is not None
            or (
                not previous_trailing
                and (
                    len(previous) < 24
                    or previous.endswith(".")
                    or _TITLE_END.search(previous) is not None
                    or _ARTICLE_START.match(line) is not None
                )
            )
        )
        if starts_new:
            if current:
                paragraphs.append(current)
            current = line
        else:
            current += (" " if previous_trailing else "") + line
        previous, previous_trailing = line, raw != raw.rstrip()
    if current:
        paragraphs.append(current)
    return paragraphs


def _drop_comparison_table(text: str) -> str:
    """Remove a bill's old/new comparison table (신·구조문대비표): its two columns interleave."""
    start = re.search(r"구\s*조문\s*대비표", text)
    if start is None:
        return text
    cut_from = text.rfind("\n", 0, start.start())
    after = re.search(r"비용추계", text[start.end() :])
    if after is None:
        return text[:cut_from]
    resume = text.rfind("\n", 0, start.end() + after.start())
    return text[:cut_from] + "\n" + text[resume:]


def _clean_sentence(sentence: str) -> str:
    sentence = _LEADING_MARK.sub("", sentence).strip()
    sentence = _ARTICLE_HEADER.sub("", sentence)
    return re.sub(r"\s*[①-⑳]\s*", " ", sentence).strip()


def _keep(sentence: str) -> bool:
    """Keep sentences of ordinary Hangul prose with trustworthy spacing."""
    if not _ALLOWED.match(sentence) or "--" in sentence:
        return False
    chars = sentence.replace(" ", "")
    words = sentence.split()
    if len(chars) < 10 or len(words) < 2:
        return False
    if sum("가" <= ch <= "힣" for ch in chars) / len(chars) < 0.6:
        return False
    run = 0
    for word in words:  # three one-syllable words in a row: letter-spaced layout ("이 내 (여 자")
        run = run + 1 if len(word) == 1 and "가" <= word <= "힣" else 0
        if run >= 3:
            return False
    return True


@lru_cache(maxsize=1)
def _corpus() -> tuple[str, ...]:
    from course_utils.legal_corpus import read_bills, read_constitution

    documents = [read_constitution(), *(_drop_comparison_table(text) for text in read_bills().values())]
    seen: set[str] = set()
    sentences: list[str] = []
    for document in documents:
        for paragraph in _paragraphs(document):
            paragraph = _WHITESPACE.sub(" ", paragraph).strip()
            for sentence in _SENTENCE_END.split(paragraph):
                sentence = _clean_sentence(sentence)
                key = sentence.replace(" ", "")
                if _keep(sentence) and key not in seen:
                    seen.add(key)
                    sentences.append(sentence)
    return tuple(sentences)


def spacing_corpus() -> list[str]:
    """Correctly spaced Korean sentences from KoNLPy's ``kolaw`` and ``kobill`` corpora.

    Steps: drop each bill's interleaved comparison table, re-join hard-wrapped lines
    (:func:`_paragraphs`), split after ``[가-힣][.?!]``, strip list markers and article headers
    (``제1조``, ``①``), keep sentences of mostly Hangul with at least 3 words and 10 characters,
    and drop exact duplicates (ignoring spaces). The result is in document order; the source text
    is read from the installed KoNLPy package (no download).
    """
    return list(_corpus())


def _char_ngrams(sentence: str, n: int = 5) -> set[str]:
    chars = sentence.replace(" ", "")
    return {chars[i : i + n] for i in range(len(chars) - n + 1)} or {chars}


def _near_duplicate_groups(sentences: Sequence[str], threshold: float = 0.5) -> list[int]:
    """Group id per sentence; two sentences share a group if their character 5-gram sets have
    Jaccard similarity >= ``threshold`` (groups are closed under that relation)."""
    grams = [_char_ngrams(s) for s in sentences]
    index: dict[str, list[int]] = {}
    for i, g in enumerate(grams):
        for gram in g:
            index.setdefault(gram, []).append(i)
    parent = list(range(len(sentences)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, g in enumerate(grams):
        candidates = {j for gram in g for j in index[gram] if j > i}
        for j in sorted(candidates):
            if len(g & grams[j]) / len(g | grams[j]) >= threshold:
                parent[find(i)] = find(j)
    return [find(i) for i in range(len(sentences))]


def near_duplicate_split(
    sentences: Sequence[str], *, test_size: float = 0.2, seed: int = 0
) -> tuple[list[str], list[str]]:
    """Split ``sentences`` into ``(train, test)`` without near-duplicates across the two sides.

    Sentences whose character 5-gram sets have Jaccard similarity >= 0.5 (e.g. the same clause
    in the 국가공무원법 and 지방공무원법 bills) form a group; groups are shuffled with
    ``numpy.random.default_rng(seed)`` and moved, whole, to the test side until it holds at
    least ``ceil(test_size * len(sentences))`` sentences. Both lists keep the input order.
    """
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError(f"seed must be a non-negative int, got {seed!r}")
    if isinstance(test_size, bool) or not isinstance(test_size, (int, float)):
        raise TypeError(f"test_size must be a float fraction, got {type(test_size).__name__}")
    if not 0 < test_size < 1:
        raise ValueError(f"test_size must be strictly between 0 and 1, got {test_size!r}")
    items = _check_sentences(sentences)
    if len(items) < 2:
        raise ValueError("need at least 2 sentences to split")
    groups = _near_duplicate_groups(items)
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    group_ids = sorted(members)
    order = np.random.default_rng(seed).permutation(len(group_ids))
    target = math.ceil(test_size * len(items))
    test_idx: set[int] = set()
    for k in order.tolist():
        if len(test_idx) >= target:
            break
        test_idx.update(members[group_ids[k]])
    if len(test_idx) == len(items):
        raise ValueError("every sentence landed in the test part; use a smaller test_size")
    train = [s for i, s in enumerate(items) if i not in test_idx]
    test = [s for i, s in enumerate(items) if i in test_idx]
    return train, test


def spacing_corpus_split(seed: int = 0, test_size: float = 0.2) -> tuple[list[str], list[str]]:
    """The course's train/test split of :func:`spacing_corpus` (``near_duplicate_split`` of it).

    No test sentence has a near-copy in training, so the test score measures spacing of
    unseen text. Notebooks 02-10 and 08-08 both use ``spacing_corpus_split(seed=0)`` so their
    scores are comparable; carve a validation set out of the train part with
    ``near_duplicate_split(train, seed=1)``.
    """
    return near_duplicate_split(spacing_corpus(), test_size=test_size, seed=seed)


# ---------------------------------------------------------------------------
# evaluation and baselines
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SpacingScores:
    """Scores of predicted spaces against the reference spacing.

    precision = TP / (TP + FP), recall = TP / (TP + FN), f1 = 2PR / (P + R), counted over every
    gap between two characters (a "positive" is a space); exact_match = share of sentences whose
    spacing is entirely right. P, R or F1 is 0 when its denominator is 0.
    """

    precision: float
    recall: float
    f1: float
    exact_match: float
    n_sentences: int
    n_gaps: int
    n_true_spaces: int
    n_predicted_spaces: int

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def _check_sentences(sentences: Any, name: str = "sentences") -> list[str]:
    items = as_list(sentences, name, what="a list of sentences", hint="wrap a single sentence: [sentence]")
    if not items:
        raise ValueError(f"{name} is empty; pass at least one sentence")
    for i, s in enumerate(items):
        if not isinstance(s, str):
            raise TypeError(f"{name}[{i}] must be a str, got {type(s).__name__}")
    return items


def _scores(gold: Sequence[list[int]], pred: Sequence[list[int]]) -> SpacingScores:
    tp = fp = fn = gaps = exact = 0
    for g, p in zip(gold, pred, strict=True):
        g_gaps, p_gaps = g[:-1], p[:-1]
        gaps += len(g_gaps)
        exact += g_gaps == p_gaps
        for a, b in zip(g_gaps, p_gaps, strict=True):
            tp += a == 1 and b == 1
            fp += a == 0 and b == 1
            fn += a == 1 and b == 0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return SpacingScores(
        precision=precision,
        recall=recall,
        f1=f1,
        exact_match=exact / len(gold),
        n_sentences=len(gold),
        n_gaps=gaps,
        n_true_spaces=tp + fn,
        n_predicted_spaces=tp + fp,
    )


def _score_answers(references: Sequence[str], answers: Sequence[str]) -> SpacingScores:
    gold, pred = [], []
    for sentence, answer in zip(references, answers, strict=True):
        chars, labels = to_tagging(sentence)
        if not chars:
            raise ValueError("a reference sentence is empty or only whitespace; remove it")
        predicted_chars, predicted = to_tagging(check_str(answer, "the spacer's output"))
        if predicted_chars != chars:
            raise ValueError(
                f"the spacer changed the characters: {chars!r} -> {predicted_chars!r}; it may only add spaces"
            )
        gold.append(labels)
        pred.append(predicted)
    return _scores(gold, pred)


def evaluate_spacing(space: Callable[[str], str], sentences: Iterable[str]) -> SpacingScores:
    """Score any spacer ``space(text_without_spaces) -> spaced_text`` on reference sentences.

    Each reference sentence is stripped of its spaces, given to ``space``, and the gaps of the
    answer are compared with the reference. ``space`` must keep every character (only add spaces).
    """
    if not callable(space):
        raise TypeError(f"space must be a function str -> str, got {type(space).__name__}")
    items = _check_sentences(sentences)
    return _score_answers(items, [space(no_space_baseline(s)) for s in items])


def no_space_baseline(text: str) -> str:
    """Majority-class baseline: never predict a space (most gaps in Korean text have none)."""
    return _WHITESPACE.sub("", check_str(text))


PARTICLE_CHARS = "은는이가을를에의와과도로"


def particle_rule_baseline(text: str, particles: str = PARTICLE_CHARS) -> str:
    """Rule baseline: a space after every character in ``particles`` (조사-like syllables such as
    은/는/이/가/을/를/에/의) when a Hangul syllable follows. It is wrong whenever such a
    syllable sits inside a word (이해, 국가, 과학 ...), which the rule cannot know."""
    chars = no_space_baseline(text)
    labels = [
        int(ch in particles and i + 1 < len(chars) and "가" <= chars[i + 1] <= "힣") for i, ch in enumerate(chars)
    ]
    return from_tagging(chars, labels)


# ---------------------------------------------------------------------------
# the model
# ---------------------------------------------------------------------------


def _char_class(ch: str) -> str:
    if "가" <= ch <= "힣":
        return "H"  # Hangul syllable
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "A"
    if ch in (BOS, EOS):
        return "B"
    return "P"  # punctuation and anything else


def gap_features(chars: str, i: int, window: int = 2, max_n: int = 3) -> list[str]:
    """Features of the gap after ``chars[i]``.

    Every n-gram (1 <= n <= ``max_n``) inside the window ``chars[i-window+1 .. i+window]``
    (padded with ␂/␃ at the ends), named ``"<offset>:<ngram>"`` where offset 0 is ``chars[i]``,
    and ``"T:<class of chars[i]><class of chars[i+1]>"`` (H Hangul, D digit, A Latin, P other).
    Example: ``gap_features("국민은평등", 2)`` contains ``"0:은"``, ``"1:평"``, ``"0:은평"``
    and ``"-1:민은평"``.
    """
    padded = BOS * window + chars + EOS * window
    window_chars = padded[i + 1 : i + 1 + 2 * window]  # chars[i-window+1 .. i+window]
    features = [
        f"{start - window + 1}:{window_chars[start : start + n]}"
        for n in range(1, max_n + 1)
        for start in range(0, 2 * window - n + 1)
    ]
    features.append("T:" + _char_class(padded[i + window]) + _char_class(padded[i + window + 1]))
    return features


class KoreanSpacer:
    """Automatic word spacing with a logistic regression over character n-gram windows.

    >>> spacer = KoreanSpacer().fit(train_sentences)          # doctest: +SKIP
    >>> spacer.space("모든국민은법앞에평등하다.")                  # doctest: +SKIP
    '모든 국민은 법 앞에 평등하다.'
    >>> spacer.evaluate(test_sentences).f1                    # doctest: +SKIP

    Args:
        window: characters on each side of a gap that the features see (1-4).
        max_n: longest n-gram taken inside the window (1 .. 2 * window).
        C: inverse L2 regularisation strength of the logistic regression (> 0).
        threshold: predict a space when ``P(space) > threshold`` (0 < threshold < 1).
    """

    def __init__(self, window: int = 2, max_n: int = 3, C: float = 3.0, threshold: float = 0.5) -> None:
        if isinstance(window, bool) or not isinstance(window, int) or not 1 <= window <= 4:
            raise ValueError(f"window must be an int from 1 to 4, got {window!r}")
        if isinstance(max_n, bool) or not isinstance(max_n, int) or not 1 <= max_n <= 2 * window:
            raise ValueError(f"max_n must be an int from 1 to 2 * window = {2 * window}, got {max_n!r}")
        if isinstance(C, bool) or not isinstance(C, (int, float)) or not C > 0:
            raise ValueError(f"C must be a positive number, got {C!r}")
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold < 1:
            raise ValueError(f"threshold must be strictly between 0 and 1, got {threshold!r}")
        self.window = window
        self.max_n = max_n
        self.C = float(C)
        self.threshold = float(threshold)
        self.vocabulary_: dict[str, int] | None = None
        self.coef_: np.ndarray | None = None
        self.intercept_: float = 0.0

    # -- features -------------------------------------------------------
    def _design(self, texts: Sequence[str], grow: bool) -> tuple[Any, list[int]]:
        """Sparse 0/1 matrix of gap features (one row per gap) and the number of gaps per text."""
        from scipy import sparse

        vocabulary = {} if grow else self.vocabulary_
        assert vocabulary is not None
        indices: list[int] = []
        indptr = [0]
        counts = []
        for chars in texts:
            n_gaps = max(len(chars) - 1, 0)
            counts.append(n_gaps)
            for i in range(n_gaps):
                for feature in gap_features(chars, i, self.window, self.max_n):
                    j = vocabulary.get(feature)
                    if j is None and grow:
                        j = vocabulary[feature] = len(vocabulary)
                    if j is not None:
                        indices.append(j)
                indptr.append(len(indices))
        if grow:
            self.vocabulary_ = vocabulary
        matrix = sparse.csr_matrix(
            (
                np.ones(len(indices)),
                np.asarray(indices, dtype=np.int64),
                np.asarray(indptr, dtype=np.int64),
            ),
            shape=(len(indptr) - 1, len(vocabulary)),
        )
        return matrix, counts

    # -- training -------------------------------------------------------
    def fit(self, sentences: Iterable[str]) -> KoreanSpacer:
        """Learn ``W`` and ``b`` from correctly spaced sentences (gaps with and without spaces)."""
        from sklearn.linear_model import LogisticRegression

        items = _check_sentences(sentences)
        tagged = [to_tagging(s) for s in items]
        y = np.asarray([label for _, labels in tagged for label in labels[:-1]], dtype=np.int64)
        if y.size == 0 or y.min() == y.max():
            raise ValueError(
                "the training sentences need gaps both with and without a space; "
                "pass spaced sentences "
                "such as '모든 국민은 평등하다'"
            )
        X, _ = self._design([chars for chars, _ in tagged], grow=True)
        # dual liblinear: fast here because there are more features than training gaps
        model = LogisticRegression(C=self.C, solver="liblinear", dual=True, max_iter=1000, random_state=0)
        model.fit(X, y)
        self.coef_ = model.coef_[0].astype(np.float64)
        self.intercept_ = float(model.intercept_[0])
        return self

    def _require_fitted(self) -> None:
        if self.coef_ is None or self.vocabulary_ is None:
            raise RuntimeError(
                "this KoreanSpacer is not fitted yet; call .fit(train_sentences) or KoreanSpacer.load(path)"
            )

    # -- prediction -----------------------------------------------------
    def space_probabilities(self, text: str) -> tuple[str, np.ndarray]:
        """Return ``(chars, p)`` where ``p[i] = P(space after chars[i])`` (last entry 0)."""
        self._require_fitted()
        chars = no_space_baseline(check_str(text))
        if not chars:
            return "", np.zeros(0)
        X, _ = self._design([chars], grow=False)
        z = X @ self.coef_ + self.intercept_
        p = np.zeros(len(chars))
        p[:-1] = 1.0 / (1.0 + np.exp(-z))
        return chars, p

    def space_many(self, texts: Iterable[str]) -> list[str]:
        """:meth:`space` for many texts at once (one matrix product)."""
        self._require_fitted()
        items = [no_space_baseline(check_str(t, "texts[i]")) for t in texts]
        X, counts = self._design(items, grow=False)
        logit_threshold = math.log(self.threshold / (1.0 - self.threshold))
        predicted = (X @ self.coef_ + self.intercept_) > logit_threshold
        results, start = [], 0
        for chars, n_gaps in zip(items, counts, strict=True):
            labels = predicted[start : start + n_gaps].astype(int).tolist() + ([0] if chars else [])
            results.append(from_tagging(chars, labels))
            start += n_gaps
        return results

    def space(self, text: str) -> str:
        """Remove all whitespace from ``text`` and put spaces where the model predicts them."""
        return self.space_many([check_str(text)])[0]

    def evaluate(self, sentences: Iterable[str]) -> SpacingScores:
        """Precision/recall/F1 of predicted spaces and exact match on reference sentences."""
        items = _check_sentences(sentences)
        return _score_answers(items, self.space_many(items))

    def top_features(self, k: int = 10) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """The ``k`` features that push hardest towards a space and towards no space."""
        self._require_fitted()
        names = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        order = np.argsort(self.coef_, kind="stable")
        towards_space = [(names[j], float(self.coef_[j])) for j in order[::-1][:k]]
        towards_none = [(names[j], float(self.coef_[j])) for j in order[:k]]
        return towards_space, towards_none

    # -- persistence (JSON, no pickle) ----------------------------------
    def to_dict(self) -> dict[str, Any]:
        self._require_fitted()
        names = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        return {
            "format": "course_utils.spacing.KoreanSpacer",
            "version": 1,
            "params": {
                "window": self.window,
                "max_n": self.max_n,
                "C": self.C,
                "threshold": self.threshold,
            },
            "intercept": self.intercept_,
            "weights": {name: float(w) for name, w in zip(names, self.coef_.tolist(), strict=True)},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KoreanSpacer:
        if not isinstance(data, dict) or data.get("format") != "course_utils.spacing.KoreanSpacer":
            raise ValueError(
                "not a saved KoreanSpacer: expected a dict with format 'course_utils.spacing.KoreanSpacer'"
            )
        if data.get("version") != 1:
            raise ValueError(f"unsupported KoreanSpacer format version {data.get('version')!r}; expected 1")
        spacer = cls(**data["params"])
        weights = data["weights"]
        spacer.vocabulary_ = {name: j for j, name in enumerate(weights)}
        spacer.coef_ = np.asarray(list(weights.values()), dtype=np.float64)
        spacer.intercept_ = float(data["intercept"])
        return spacer

    def save(self, path: str | Path) -> Path:
        """Write the model as UTF-8 JSON (parameters, intercept, feature -> weight)."""
        path = Path(path)
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> KoreanSpacer:
        """Read a model written by :meth:`save`."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def __repr__(self) -> str:
        state = f", {len(self.vocabulary_)} features" if self.vocabulary_ is not None else ", not fitted"
        params = f"window={self.window}, max_n={self.max_n}, C={self.C}, threshold={self.threshold}"
        return f"KoreanSpacer({params}{state})"
