"""Two spacers any model must beat, on the same test sentences.

- :func:`no_space_baseline`: the majority class (most gaps in Korean text have no space);
- :func:`particle_rule_baseline`: a space after every particle-like syllable (은/는/이/가/...).
"""

from __future__ import annotations

from course_utils.spacing.labels import WHITESPACE, from_tagging
from course_utils.validation import check_str

#: Syllables that often end an eojeol as a particle (조사): 은 는 이 가 을 를 에 의 와 과 도 로.
PARTICLE_CHARS = "은는이가을를에의와과도로"


def no_space_baseline(text: str) -> str:
    """Majority-class baseline: never predict a space (most gaps in Korean text have none)."""
    return WHITESPACE.sub("", check_str(text))


def particle_rule_baseline(text: str, particles: str = PARTICLE_CHARS) -> str:
    """Rule baseline: a space after every character in ``particles`` (조사-like syllables such as
    은/는/이/가/을/를/에/의) when a Hangul syllable follows. It is wrong whenever such a
    syllable sits inside a word (이해, 국가, 과학 ...), which the rule cannot know."""
    chars = no_space_baseline(text)
    labels = [
        int(ch in particles and i + 1 < len(chars) and "가" <= chars[i + 1] <= "힣") for i, ch in enumerate(chars)
    ]
    return from_tagging(chars, labels)
