"""Korean automatic word spacing (띄어쓰기) as per-character tagging.

A sentence with its spaces removed is a string of characters ``c_0 c_1 ... c_{n-1}``; spacing
it back means deciding, for every gap after ``c_i``, whether a space goes there::

    "모든 국민은 평등하다"  ->  chars "모든국민은평등하다",  labels y_i = [0,1,0,0,1,0,0,0,0]
                                                       (y_i = 1: a space follows c_i)

One module per piece, so that any spacer (02-10's logistic regression, chapter 08's BiLSTM
tagger) shares the labels, the scores and the baselines:

- :mod:`~course_utils.spacing.labels`: sentence <-> ``(chars, labels)`` (``to_tagging``, ``from_tagging``);
- :mod:`~course_utils.spacing.metrics`: precision/recall/F1 of spaces (``evaluate_spacing``, ``SpacingScores``)
  and the share of words spaced right (``eojeol_accuracy``);
- :mod:`~course_utils.spacing.baselines`: never a space, a space after particle-like syllables;
- :mod:`~course_utils.spacing.corpus`: the spacing corpus of kolaw/kobill and its split that keeps
  near-duplicate sentences on one side (``spacing_corpus_split``);
- :mod:`~course_utils.spacing.logreg`: :class:`KoreanSpacer`, a logistic regression over character
  n-gram windows (``gap_features``);
- :mod:`~course_utils.spacing.windows`: paragraphs packed into fixed-length training windows for a
  sequence tagger (``pack_windows``);
- :mod:`~course_utils.spacing.errors`: a spacer's errors marked in the text (``mark_errors``) and
  counted by kind of gap (``gap_category``, ``GAP_CATEGORIES``, ``error_counts``).

Every name is re-exported here: ``from course_utils.spacing import KoreanSpacer`` works.
"""

from course_utils.spacing.baselines import PARTICLE_CHARS, no_space_baseline, particle_rule_baseline
from course_utils.spacing.corpus import near_duplicate_split, spacing_corpus, spacing_corpus_split
from course_utils.spacing.errors import GAP_CATEGORIES, error_counts, gap_category, mark_errors
from course_utils.spacing.labels import from_tagging, to_tagging
from course_utils.spacing.logreg import KoreanSpacer, gap_features
from course_utils.spacing.metrics import SpacingScores, eojeol_accuracy, evaluate_spacing
from course_utils.spacing.windows import pack_windows

__all__ = [
    "to_tagging",
    "from_tagging",
    "gap_features",
    "spacing_corpus",
    "spacing_corpus_split",
    "near_duplicate_split",
    "SpacingScores",
    "evaluate_spacing",
    "eojeol_accuracy",
    "no_space_baseline",
    "particle_rule_baseline",
    "PARTICLE_CHARS",
    "KoreanSpacer",
    "pack_windows",
    "mark_errors",
    "gap_category",
    "GAP_CATEGORIES",
    "error_counts",
]
