"""How good a spacer is: precision, recall and F1 of the predicted spaces, and exact match.

Counted over every gap between two characters of the reference sentences (a "positive" is a
space)::

    precision = TP / (TP + FP)     recall = TP / (TP + FN)     F1 = 2 P R / (P + R)

``exact_match`` is the share of sentences whose spacing is entirely right. Any spacer that maps a
text without spaces to a spaced text can be scored with :func:`evaluate_spacing`.

:func:`eojeol_accuracy` scores by words instead of gaps: the share of the reference eojeol
(space-separated words) that the answer reproduces exactly, both ends split and nothing split inside.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass

from course_utils.spacing.baselines import no_space_baseline
from course_utils.spacing.labels import check_sentences, to_tagging
from course_utils.validation import as_list, check_str


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


def score_labels(gold: Sequence[list[int]], pred: Sequence[list[int]]) -> SpacingScores:
    """Scores of predicted label lists ``pred`` against ``gold`` (one list per sentence, as
    :func:`~course_utils.spacing.labels.to_tagging` gives; the last label of each is ignored)."""
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


def score_answers(references: Sequence[str], answers: Sequence[str]) -> SpacingScores:
    """Scores of a spacer's ``answers`` (spaced texts) against the spaced ``references``."""
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
    return score_labels(gold, pred)


def evaluate_spacing(space: Callable[[str], str], sentences: Iterable[str]) -> SpacingScores:
    """Score any spacer ``space(text_without_spaces) -> spaced_text`` on reference sentences.

    Each reference sentence is stripped of its spaces, given to ``space``, and the gaps of the
    answer are compared with the reference. ``space`` must keep every character (only add spaces).
    """
    if not callable(space):
        raise TypeError(f"space must be a function str -> str, got {type(space).__name__}")
    items = check_sentences(sentences)
    return score_answers(items, [space(no_space_baseline(s)) for s in items])


def eojeol_accuracy(references: Sequence[str], answers: Sequence[str]) -> float:
    """Share of the reference eojeol that the answers reproduce exactly.

    A reference eojeol ``chars[s .. e]`` is right when the answer splits at both its ends (a space,
    or the start or end of the sentence) and puts no space inside it::

        reference "모든 국민은 평등하다", answer "모든국민은 평등하다"
        -> 모든 (no space after it) ✗, 국민은 (no space before it) ✗, 평등하다 ✓  -> 1 / 3

    One wrong gap spoils the eojeol on both of its sides, so this is stricter than gap F1.
    ``answers[k]`` is a spacer's output for ``references[k]`` and must keep its characters (only
    spaces may differ); whitespace runs count as one space, as in :func:`evaluate_spacing`.
    """
    refs = check_sentences(references, "references")
    outs = as_list(answers, "answers", what="a list of spaced texts, one per reference")
    if len(outs) != len(refs):
        raise ValueError(f"references and answers differ in length: {len(refs)} and {len(outs)}; pass one answer each")
    right = total = 0
    for k, (reference, answer) in enumerate(zip(refs, outs, strict=True)):
        chars, gold = to_tagging(reference)
        if not chars:
            raise ValueError(f"references[{k}] is empty or only whitespace; remove it")
        answer_chars, pred = to_tagging(check_str(answer, f"answers[{k}]", "pass the spaced text as a string"))
        if answer_chars != chars:
            raise ValueError(
                f"answers[{k}] changed the characters: {chars!r} -> {answer_chars!r}; a spacer may only add spaces"
            )
        last, start = len(gold) - 1, 0
        for i, label in enumerate(gold):
            if label == 1 or i == last:  # the reference eojeol chars[start .. i]
                starts = start == 0 or pred[start - 1] == 1
                ends = i == last or pred[i] == 1
                total += 1
                right += starts and ends and not any(pred[start:i])
                start = i + 1
    return right / total
