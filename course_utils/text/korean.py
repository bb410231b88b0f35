"""One interface over KoNLPy's four morpheme analyzers: Okt, Kkma, Komoran and Hannanum.

The JVM that KoNLPy needs starts lazily, on the first analysis, and a missing Java gives a
Korean error with the install command (:class:`course_utils.setup.java.JavaNotFoundError`) instead of
a JVM stack trace.

Example::

    >>> okt = get_analyzer("okt")
    >>> okt.morphs("열심히 코딩한 당신")
    ['열심히', '코딩', '한', '당신']
"""

from __future__ import annotations

from functools import cache
from typing import Any

from course_utils.validation import check_str

ANALYZERS: dict[str, str] = {
    "okt": "Okt",
    "kkma": "Kkma",
    "komoran": "Komoran",
    "hannanum": "Hannanum",
}


class MorphAnalyzer:
    """A KoNLPy analyzer behind ``morphs``/``pos``/``nouns``, created on first use.

    Args:
        name: one of ``"okt"``, ``"kkma"``, ``"komoran"``, ``"hannanum"`` (case-insensitive).
    """

    def __init__(self, name: str = "okt") -> None:
        if not isinstance(name, str) or name.lower() not in ANALYZERS:
            raise ValueError(f"unknown analyzer {name!r}; choose one of {sorted(ANALYZERS)}")
        self.name = name.lower()
        self._tagger: Any = None

    def __repr__(self) -> str:
        return f"MorphAnalyzer({self.name!r})"

    @property
    def tagger(self) -> Any:
        """The underlying ``konlpy.tag`` object (starts the JVM the first time)."""
        if self._tagger is None:
            from course_utils.setup.java import require_java

            require_java()
            import konlpy.tag

            self._tagger = getattr(konlpy.tag, ANALYZERS[self.name])()
        return self._tagger

    def _stem_kwargs(self, stem: bool) -> dict[str, bool]:
        if not stem:
            return {}
        if self.name != "okt":
            raise ValueError(
                f"stem=True is only supported by Okt; {ANALYZERS[self.name]} already returns "
                "the stem (어간) and ending (어미) as separate morphemes"
            )
        return {"stem": True}

    def morphs(self, text: str, *, stem: bool = False) -> list[str]:
        """Split ``text`` into morphemes. ``stem=True`` (Okt only) turns verbs into their base form."""
        if not check_str(text, "text", "pass one sentence or document").strip():
            return []
        return list(self.tagger.morphs(text, **self._stem_kwargs(stem)))

    def pos(self, text: str, *, stem: bool = False) -> list[tuple[str, str]]:
        """Return ``(morpheme, tag)`` pairs; the tag set depends on the analyzer."""
        if not check_str(text, "text", "pass one sentence or document").strip():
            return []
        return [tuple(pair) for pair in self.tagger.pos(text, **self._stem_kwargs(stem))]

    def nouns(self, text: str) -> list[str]:
        """Return the nouns of ``text``."""
        if not check_str(text, "text", "pass one sentence or document").strip():
            return []
        return list(self.tagger.nouns(text))


@cache
def get_analyzer(name: str = "okt") -> MorphAnalyzer:
    """Return a shared :class:`MorphAnalyzer` (one per name per process)."""
    return MorphAnalyzer(name)
