"""Where a spacer goes wrong: mark its errors in the text, and count them by the kind of gap.

::

    mark_errors("모든 국민은 법 앞에 평등하다", "모든국민은 법앞 에 평등하다")
    == "모든∨국민은 법∨앞×에 평등하다"        # ∨: a space is missing, ×: a space was wrongly inserted

Every gap between two characters falls in one category of :data:`GAP_CATEGORIES`, decided by its
neighbours in this order of precedence:

- ``"digit_latin"``: a digit or a Latin letter on either side (``C키``, ``2개``);
- ``"punctuation"``: otherwise, a side that is not a Hangul syllable (``)를``, ``다.``);
- ``"after_particle"``: otherwise, the left syllable is a particle-like one of
  :data:`~course_utils.spacing.baselines.PARTICLE_CHARS` (``은평``);
- ``"hangul"``: any other gap between two Hangul syllables (``서식``).

:func:`error_counts` counts, per category, the gaps, the reference's spaces, the missed spaces and
the wrongly inserted ones, so that two spacers can be compared where their errors differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from course_utils.spacing.baselines import PARTICLE_CHARS
from course_utils.spacing.labels import check_sentences, to_tagging
from course_utils.validation import check_str

__all__ = ["GAP_CATEGORIES", "mark_errors", "gap_category", "error_counts"]

#: The kinds of gap, in the order tables list them (see the module docstring for the rules).
GAP_CATEGORIES: tuple[str, ...] = ("after_particle", "hangul", "digit_latin", "punctuation")
MISSED, INSERTED = "∨", "×"


def _aligned(reference: str, answer: str, where: str = "") -> tuple[str, list[int], list[int]]:
    """``(chars, gold labels, predicted labels)``; ``ValueError`` if the characters differ beyond spaces."""
    chars, gold = to_tagging(reference)
    answer_chars, pred = to_tagging(answer)
    if answer_chars != chars:
        common = min(len(chars), len(answer_chars))
        first = next((i for i in range(common) if chars[i] != answer_chars[i]), common)
        raise ValueError(
            f"answer{where} must keep the reference's characters (only spaces may differ); without spaces they "
            f"differ at character {first}: {chars[first : first + 5]!r} vs {answer_chars[first : first + 5]!r}"
        )
    return chars, gold, pred


def mark_errors(reference: str, answer: str) -> str:
    """The reference text with the spacing errors of ``answer`` marked in place.

    A gap spaced in both keeps its space; a space the answer missed shows ``'∨'``; a space the answer
    wrongly inserted shows ``'×'``. ``answer`` must hold the reference's characters (spaces may differ).
    """
    chars, gold, pred = _aligned(check_str(reference, "reference"), check_str(answer, "answer"))
    marks = {(1, 1): " ", (1, 0): MISSED, (0, 1): INSERTED, (0, 0): ""}
    return "".join(ch + marks[(g, p)] for ch, g, p in zip(chars, gold, pred, strict=True))


def _is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def gap_category(left: str, right: str) -> str:
    """The category in :data:`GAP_CATEGORIES` of the gap between characters ``left`` and ``right``."""
    for name, ch in (("left", left), ("right", right)):
        check_str(ch, name, hint="pass one character")
        if len(ch) != 1 or ch.isspace():
            raise ValueError(f"{name} must be one non-space character, got {ch!r}")
    if any(ch.isdigit() or (ch.isascii() and ch.isalpha()) for ch in (left, right)):
        return "digit_latin"
    if not (_is_hangul(left) and _is_hangul(right)):
        return "punctuation"
    return "after_particle" if left in PARTICLE_CHARS else "hangul"


def error_counts(references: Sequence[str], answers: Sequence[str]) -> dict[str, dict[str, int]]:
    """Per gap category: ``{"gaps", "spaces", "missed", "inserted"}`` counts over all texts.

    ``gaps`` counts the gaps between adjacent characters, ``spaces`` those spaced in the reference,
    ``missed`` the reference's spaces the answer lacks, ``inserted`` the answer's spaces the
    reference lacks. ``answers[k]`` must hold the characters of ``references[k]``.
    """
    refs = check_sentences(references, "references")
    outs = check_sentences(answers, "answers")
    if len(refs) != len(outs):
        raise ValueError(f"got {len(refs)} references but {len(outs)} answers; pass one answer per reference")
    table = {c: {"gaps": 0, "spaces": 0, "missed": 0, "inserted": 0} for c in GAP_CATEGORIES}
    for k, (reference, answer) in enumerate(zip(refs, outs, strict=True)):
        chars, gold, pred = _aligned(reference, answer, f"s[{k}]")
        for i in range(len(chars) - 1):
            row = table[gap_category(chars[i], chars[i + 1])]
            row["gaps"] += 1
            row["spaces"] += gold[i]
            row["missed"] += int(gold[i] == 1 and pred[i] == 0)
            row["inserted"] += int(gold[i] == 0 and pred[i] == 1)
    return table
