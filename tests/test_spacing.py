"""Tests of course_utils.spacing: tagging, corpus split, scores, baselines and KoreanSpacer."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils.near_duplicates import char_ngrams
from course_utils.spacing import (
    KoreanSpacer,
    SpacingScores,
    eojeol_accuracy,
    evaluate_spacing,
    from_tagging,
    gap_features,
    near_duplicate_split,
    no_space_baseline,
    particle_rule_baseline,
    spacing_corpus,
    spacing_corpus_split,
    to_tagging,
)

#: sha256 of the test sentences of spacing_corpus_split(seed=0), joined by newlines (first 16 hex digits)
TEST_SHA256_PREFIX = "3acec7cd1fab3f91"

# ---------------------------------------------------------------- tagging


def test_to_tagging_example() -> None:
    chars, labels = to_tagging("모든 국민은 평등하다")
    assert chars == "모든국민은평등하다"
    assert labels == [0, 1, 0, 0, 1, 0, 0, 0, 0]


def test_to_tagging_collapses_whitespace_and_ignores_the_ends() -> None:
    assert to_tagging("  나는\t\n학생  이다 ") == ("나는학생이다", [0, 1, 0, 1, 0, 0])
    assert to_tagging("") == ("", [])
    assert to_tagging("   ") == ("", [])


@pytest.mark.parametrize("sentence", ["가", "나는 학생이다.", "a b  c", "제1조 대한민국은 민주공화국이다."])
def test_round_trip(sentence: str) -> None:
    assert from_tagging(*to_tagging(sentence)) == " ".join(sentence.split())


def test_tagging_errors() -> None:
    with pytest.raises(TypeError, match="str"):
        to_tagging(["나는", "학생"])
    with pytest.raises(ValueError, match="one label per character"):
        from_tagging("나는", [0])
    with pytest.raises(ValueError, match="0 or 1"):
        from_tagging("나는", [2, 0])
    with pytest.raises(ValueError, match="whitespace"):
        from_tagging("나 는", [0, 0, 0])


def test_gap_features_window() -> None:
    features = gap_features("국민은평등", 2, window=2, max_n=3)
    assert {"0:은", "1:평", "-1:민", "2:등", "0:은평", "-1:민은평", "T:HH"} <= set(features)
    assert len(features) == 4 + 3 + 2 + 1
    edge = gap_features("가나", 0, window=2, max_n=1)
    assert "-1:\u2402" in edge and "2:\u2403" in edge


# ---------------------------------------------------------------- corpus and split


@pytest.fixture(scope="module")
def split() -> tuple[list[str], list[str]]:
    return spacing_corpus_split(seed=0)


def test_corpus_is_clean_and_unique() -> None:
    sentences = spacing_corpus()
    assert len(sentences) > 400
    keys = [s.replace(" ", "") for s in sentences]
    assert len(set(keys)) == len(keys)
    assert all(s == " ".join(s.split()) for s in sentences)
    assert "대한민국은 민주공화국이다." in sentences
    assert not any("--" in s or "①" in s for s in sentences)
    assert spacing_corpus() == sentences


def test_split_is_deterministic_disjoint_and_complete(split) -> None:
    train, test = split
    assert (train, test) == spacing_corpus_split(seed=0)
    assert not set(train) & set(test)
    assert sorted(train + test) == sorted(spacing_corpus())
    assert 0.18 <= len(test) / (len(train) + len(test)) <= 0.3
    assert spacing_corpus_split(seed=1)[1] != test


def test_split_is_the_one_the_notebooks_show(split) -> None:
    """02-09, 02-10 and 08's spacing notebook print scores of this exact split: 482 / 121 sentences."""
    train, test = split
    assert (len(train), len(test)) == (482, 121)
    digest = hashlib.sha256("\n".join(test).encode("utf-8")).hexdigest()
    assert digest[:16] == TEST_SHA256_PREFIX


def test_no_near_duplicate_crosses_the_split(split) -> None:
    train, test = split
    train_grams = [char_ngrams(s) for s in train]
    for sentence in test:
        g = char_ngrams(sentence)
        assert all(len(g & t) / len(g | t) < 0.5 for t in train_grams), sentence


def test_near_duplicate_split_keeps_groups_together() -> None:
    sentences = [
        "국가공무원법 일부를 다음과 같이 개정한다.",
        "지방공무원법 일부를 다음과 같이 개정한다.",
        "교육공무원법 일부를 다음과 같이 개정한다.",
        "대한민국은 민주공화국이다.",
        "국회는 국민의 보통·평등·직접·비밀선거에 의하여 선출된 국회의원으로 구성한다.",
        "모든 국민은 근로의 권리를 가진다.",
    ]
    for seed in range(10):
        train, test = near_duplicate_split(sentences, test_size=0.2, seed=seed)
        side = [s in test for s in sentences[:3]]
        assert all(side) or not any(side)
        assert sorted(train + test) == sorted(sentences)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"seed": -1}, ValueError),
        ({"seed": 1.0}, ValueError),
        ({"test_size": 0}, ValueError),
        ({"test_size": 1.0}, ValueError),
        ({"test_size": "0.2"}, TypeError),
    ],
)
def test_near_duplicate_split_rejects_bad_arguments(kwargs, error) -> None:
    with pytest.raises(error):
        near_duplicate_split(["가나다 라마", "바사 아자차"], **kwargs)
    with pytest.raises(ValueError, match="at least 2"):
        near_duplicate_split(["가나다 라마"])


# ---------------------------------------------------------------- scores and baselines


def test_scores_by_hand() -> None:
    reference = ["나는 학교에 간다", "오늘 비가 온다"]
    answers = {"나는학교에간다": "나는 학교 에간다", "오늘비가온다": "오늘 비가 온다"}
    scores = evaluate_spacing(lambda chars: answers[chars], reference)
    # gold spaces: 2 + 2 = 4; predicted: 2 + 2 = 4; correct: 1 + 2 = 3
    assert scores.n_true_spaces == 4 and scores.n_predicted_spaces == 4
    assert scores.precision == pytest.approx(3 / 4)
    assert scores.recall == pytest.approx(3 / 4)
    assert scores.f1 == pytest.approx(3 / 4)
    assert scores.exact_match == pytest.approx(1 / 2)
    assert scores.n_gaps == 6 + 5
    assert isinstance(scores.as_dict()["f1"], float)


def test_perfect_and_empty_spacers(split) -> None:
    _, test = split
    truth = {no_space_baseline(s): s for s in test}
    perfect = evaluate_spacing(truth.__getitem__, test)
    assert perfect.f1 == 1.0 and perfect.exact_match == 1.0
    nothing = evaluate_spacing(no_space_baseline, test)
    assert nothing.f1 == 0.0 and nothing.precision == 0.0 and nothing.n_predicted_spaces == 0


def _eojeol_spans(text: str) -> set[tuple[int, int]]:
    """(start, end) character offsets, spaces not counted, of each space-separated word."""
    spans, start = set(), 0
    for word in text.split():
        spans.add((start, start + len(word)))
        start += len(word)
    return spans


def _eojeol_accuracy_by_brute_force(references: list[str], answers: list[str]) -> float:
    right = sum(len(_eojeol_spans(r) & _eojeol_spans(a)) for r, a in zip(references, answers, strict=True))
    return right / sum(len(r.split()) for r in references)


def test_eojeol_accuracy_by_hand() -> None:
    references = ["모든 국민은 평등하다", "나는 학교에 간다", "오늘 비가 온다"]
    answers = [
        "모든국민은 평등하다",  # one missing space spoils 모든 and 국민은: 평등하다 right (1 of 3)
        "나는 학교 에간다",  # 나는 right; 학교에 split inside, 간다 not split at its start (1 of 3)
        "오늘 비가 온다",  # all right (3 of 3)
    ]
    assert eojeol_accuracy(references, answers) == pytest.approx(5 / 9)
    assert eojeol_accuracy(references, answers) == _eojeol_accuracy_by_brute_force(references, answers)
    assert eojeol_accuracy(["가 나다"], ["가 나 다"]) == pytest.approx(1 / 2)  # an extra space inside 나다
    assert eojeol_accuracy(["가나다"], ["가 나다"]) == 0.0
    assert eojeol_accuracy(["  가  나다 "], ["가 나다"]) == 1.0  # whitespace runs are one space
    assert eojeol_accuracy(references, references) == 1.0
    assert eojeol_accuracy(references, [no_space_baseline(r) for r in references]) == 0.0


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="가나다", min_size=1, max_size=9), st.integers(0, 2**9 - 1), st.integers(0, 2**9 - 1)
        ),
        min_size=1,
        max_size=4,
    )
)
def test_eojeol_accuracy_equals_brute_force(cases: list[tuple[str, int, int]]) -> None:
    def spaced(chars: str, bits: int) -> str:  # bit i set: a space after chars[i]
        return "".join(c + (" " if bits >> i & 1 and i < len(chars) - 1 else "") for i, c in enumerate(chars))

    references = [spaced(chars, gold) for chars, gold, _ in cases]
    answers = [spaced(chars, pred) for chars, _, pred in cases]
    assert eojeol_accuracy(references, answers) == pytest.approx(_eojeol_accuracy_by_brute_force(references, answers))


def test_eojeol_accuracy_errors() -> None:
    with pytest.raises(ValueError, match="differ in length: 2 and 1"):
        eojeol_accuracy(["가 나", "다 라"], ["가 나"])
    with pytest.raises(ValueError, match=r"answers\[0\] changed the characters"):
        eojeol_accuracy(["가 나"], ["가 나!"])
    with pytest.raises(ValueError, match=r"references\[1\] is empty"):
        eojeol_accuracy(["가 나", " "], ["가 나", ""])
    with pytest.raises(ValueError, match="references is empty"):
        eojeol_accuracy([], [])
    with pytest.raises(TypeError, match=r"answers\[0\] must be a str"):
        eojeol_accuracy(["가 나"], [None])
    with pytest.raises(TypeError, match="answers must be a list"):
        eojeol_accuracy(["가 나"], "가 나")


def test_evaluate_spacing_errors() -> None:
    with pytest.raises(TypeError, match="function"):
        evaluate_spacing("not callable", ["가 나"])
    with pytest.raises(ValueError, match="changed the characters"):
        evaluate_spacing(lambda chars: chars + "!", ["가 나"])
    with pytest.raises(ValueError, match="empty"):
        evaluate_spacing(no_space_baseline, [])
    with pytest.raises(TypeError, match="single str"):
        evaluate_spacing(no_space_baseline, "가 나")
    with pytest.raises(ValueError, match="only whitespace"):
        evaluate_spacing(no_space_baseline, ["  "])


def test_particle_rule_baseline() -> None:
    assert particle_rule_baseline("국민은법앞에평등하다") == "국민은 법앞에 평등하다"
    assert particle_rule_baseline("이해") == "이 해"  # the rule's weakness: 이 inside a word
    assert particle_rule_baseline("나는.") == "나는."  # no space before punctuation


# ---------------------------------------------------------------- KoreanSpacer


@pytest.fixture(scope="module")
def spacer(split) -> KoreanSpacer:
    train, _ = split
    return KoreanSpacer().fit(train)


def test_spacer_beats_the_baselines_on_held_out_text(spacer, split) -> None:
    _, test = split
    model = spacer.evaluate(test)
    rule = evaluate_spacing(particle_rule_baseline, test)
    none = evaluate_spacing(no_space_baseline, test)
    assert model.f1 > 0.9
    assert model.f1 > rule.f1 + 0.2 > none.f1
    assert model.exact_match > rule.exact_match
    assert model == evaluate_spacing(spacer.space, test)


def test_spacer_is_deterministic(spacer, split) -> None:
    train, test = split
    again = KoreanSpacer().fit(train)
    np.testing.assert_array_equal(again.coef_, spacer.coef_)
    assert again.space_many(test[:20]) == spacer.space_many(test[:20])


def test_spacer_output_keeps_characters(spacer) -> None:
    text = "제가이렇게띄어쓰기를전혀하지않고글을썼다고하더라도글을이해할수있습니다."
    spaced = spacer.space(text)
    assert spaced.replace(" ", "") == text
    assert "  " not in spaced and spaced == spaced.strip()
    assert spacer.space("모든 국민은 법 앞에 평등하다.") == spacer.space("모든국민은법앞에평등하다.")
    assert spacer.space("") == "" and spacer.space("   ") == "" and spacer.space("가") == "가"


def test_space_probabilities(spacer) -> None:
    chars, p = spacer.space_probabilities("대한민국은 민주공화국이다.")
    assert chars == "대한민국은민주공화국이다."
    assert p.shape == (len(chars),) and p[-1] == 0.0
    assert ((0 <= p) & (p <= 1)).all()
    assert p[chars.index("은")] > 0.5 > p[chars.index("한")]


def test_top_features(spacer) -> None:
    towards_space, towards_none = spacer.top_features(5)
    assert len(towards_space) == len(towards_none) == 5
    assert towards_space[0][1] > 0 > towards_none[0][1]


def test_json_round_trip(spacer, split, tmp_path) -> None:
    _, test = split
    path = spacer.save(tmp_path / "spacer.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "course_utils.spacing.KoreanSpacer" and data["params"]["window"] == 2
    loaded = KoreanSpacer.load(path)
    assert loaded.space_many(test) == spacer.space_many(test)
    assert "features" in repr(loaded)


def test_load_rejects_other_json(tmp_path) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match="not a saved KoreanSpacer"):
        KoreanSpacer.load(path)
    with pytest.raises(ValueError, match="version"):
        KoreanSpacer.from_dict({"format": "course_utils.spacing.KoreanSpacer", "version": 9})


@pytest.mark.parametrize(
    "kwargs",
    [
        {"window": 0},
        {"window": 5},
        {"window": 2.0},
        {"max_n": 5},
        {"max_n": 0},
        {"C": 0},
        {"C": True},
    ]
    + [{"threshold": 0.0}, {"threshold": 1.0}],
)
def test_spacer_rejects_bad_parameters(kwargs) -> None:
    with pytest.raises(ValueError):
        KoreanSpacer(**kwargs)


def test_spacer_rejects_bad_training_data_and_use_before_fit() -> None:
    with pytest.raises(RuntimeError, match="not fitted"):
        KoreanSpacer().space("가나다")
    with pytest.raises(TypeError, match="single str"):
        KoreanSpacer().fit("나는 학생이다")
    with pytest.raises(TypeError, match=r"sentences\[1\]"):
        KoreanSpacer().fit(["나는 학생이다", 3])
    with pytest.raises(ValueError, match="both with and without"):
        KoreanSpacer().fit(["나는학생이다", "가나다"])
    with pytest.raises(ValueError, match="empty"):
        KoreanSpacer().fit([])
    with pytest.raises(TypeError, match="str"):
        KoreanSpacer().fit(["가 나다"]).space(123)


def test_scores_type(spacer, split) -> None:
    assert isinstance(spacer.evaluate(split[1][:5]), SpacingScores)


# ---------------------------------------------------------------- one cleaner of kolaw/kobill


def test_both_corpora_come_from_legal_sentences() -> None:
    from course_utils.corpora.legal import corpus_sentences, legal_sentences

    lm_sentences = legal_sentences()
    spacing_sentences = legal_sentences(faithful_spacing=True)
    assert (len(lm_sentences), len(spacing_sentences)) == (591, 603)  # printed by 02-09, 02-10, 03-01
    assert corpus_sentences() == lm_sentences and spacing_corpus() == spacing_sentences
    # why the spacing flavour re-joins wrapped lines by layout: the default join leaves a space
    # inside a word where a bill line broke, which would be a wrong label for a spacer
    assert any("아니 하거나" in s for s in lm_sentences)
    assert not any("아니 하거나" in s for s in spacing_sentences)
    assert any("아니하거나" in s for s in spacing_sentences)
    with pytest.raises(TypeError, match="faithful_spacing must be True or False"):
        legal_sentences(faithful_spacing="yes")  # type: ignore[arg-type]
