"""The KoNLPy analyzer interface and the kss wrapper."""

from __future__ import annotations

import pytest

from course_utils.text.korean import ANALYZERS, MorphAnalyzer, get_analyzer
from course_utils.text.sentences import split_korean_sentences


@pytest.mark.parametrize("name", sorted(ANALYZERS))
def test_every_analyzer_splits_josa(name: str) -> None:
    analyzer = get_analyzer(name)
    morphs = analyzer.morphs("나는 학교에 간다")
    assert "학교" in morphs and "에" in morphs
    assert all(isinstance(t, tuple) and len(t) == 2 for t in analyzer.pos("나는 학교에 간다"))
    assert "학교" in analyzer.nouns("나는 학교에 간다")
    assert analyzer.morphs("   ") == []


def test_okt_stem() -> None:
    assert get_analyzer("okt").morphs("먹었다", stem=True) == ["먹다"]


def test_bad_input() -> None:
    with pytest.raises(ValueError, match="unknown analyzer"):
        MorphAnalyzer("mecab")
    with pytest.raises(TypeError, match="text must be a str"):
        get_analyzer("okt").morphs(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="only supported by Okt"):
        get_analyzer("kkma").morphs("먹었다", stem=True)


def test_kss_seed_example() -> None:
    text = (
        "딥 러닝 자연어 처리가 재미있기는 합니다. "
        "그런데 문제는 영어보다 한국어로 할 때 너무 어렵습니다. 이제 해보면 알걸요?"
    )
    assert split_korean_sentences(text) == [
        "딥 러닝 자연어 처리가 재미있기는 합니다.",
        "그런데 문제는 영어보다 한국어로 할 때 너무 어렵습니다.",
        "이제 해보면 알걸요?",
    ]
    assert split_korean_sentences("") == []
    with pytest.raises(TypeError):
        split_korean_sentences(["문장"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="backend"):
        split_korean_sentences("문장.", backend="mecab")
