"""Tests of course_utils.lm: counting, smoothing, perplexity, sampling; nltk.lm as the oracle."""

from __future__ import annotations

import math

import nltk.lm
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_utils import lm

TRAIN = [
    s.split()
    for s in [
        "나는 학교에 간다",
        "나는 집에 간다",
        "너는 학교에 간다",
        "우리는 집에 있다",
        "나는 집에 있다 그리고 간다",
        "그리고 우리는 간다",
    ]
]
TEST = [s.split() for s in ["너는 집에 간다", "우리는 학교에 있다", "나는 도서관에 간다"]]


def _nltk_twin(mine: lm.NGramLM, nltk_cls, *args, **kwargs):
    """An nltk.lm model holding exactly the counts and vocabulary of ``mine``."""
    vocab = nltk.lm.Vocabulary([t for t in mine.vocab.tokens if t != lm.UNK], unk_label=lm.UNK)
    theirs = nltk_cls(*args, vocabulary=vocab, **kwargs)
    theirs.counts.update(lm.training_ngrams(mine.vocab.lookup_sentence(s), mine.n) for s in TRAIN)
    return theirs


def _positions(model: lm.NGramLM, sentences):
    n = model.n
    for s in sentences:
        padded = [lm.BOS] * (n - 1) + model.vocab.lookup_sentence(s) + [lm.EOS]
        for i in range(n - 1, len(padded)):
            yield padded[i], tuple(padded[i - n + 1 : i])


# --- helpers ------------------------------------------------------------------------------


def test_pad_and_ngrams() -> None:
    assert lm.pad(["a", "b"], 3) == ["<s>", "<s>", "a", "b", "</s>"]
    assert lm.pad(["a"], 3, right=2) == ["<s>", "<s>", "a", "</s>", "</s>"]
    assert lm.pad(["a"], 1) == ["a", "</s>"]
    assert lm.ngrams(["a", "b", "c"], 2) == [("a", "b"), ("b", "c")]
    assert lm.ngrams(["a"], 2) == []


def test_training_ngrams_are_suffixes_of_predicted_positions() -> None:
    grams = lm.training_ngrams(["a", "b"], 2)
    assert grams == [("<s>", "a"), ("a",), ("a", "b"), ("b",), ("b", "</s>"), ("</s>",)]
    assert all(g[-1] != lm.BOS for g in lm.training_ngrams(["x", "y", "z"], 4))


@pytest.mark.parametrize("bad", [0, -1])
def test_n_below_one_is_rejected(bad: int) -> None:
    with pytest.raises(ValueError, match="n must be >= 1"):
        lm.MLE(bad)
    with pytest.raises(ValueError, match="n must be >= 1"):
        lm.ngrams(["a"], bad)


def test_n_must_be_int() -> None:
    with pytest.raises(TypeError, match="n must be an int"):
        lm.KneserNey(2.0)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [[], [[]], [[], []]])
def test_empty_corpus_is_rejected(bad) -> None:
    with pytest.raises(ValueError, match="sentences is empty"):
        lm.MLE(2).fit(bad)


def test_string_instead_of_tokens_is_rejected() -> None:
    with pytest.raises(TypeError, match="got a str"):
        lm.MLE(2).fit("나는 학교에 간다")
    with pytest.raises(TypeError, match="list of tokens"):
        lm.MLE(2).fit(["나는 학교에 간다"])
    with pytest.raises(TypeError, match="str tokens"):
        lm.MLE(2).fit([[1, 2]])


def test_reserved_symbols_in_training_text_are_rejected() -> None:
    with pytest.raises(ValueError, match="reserved symbol"):
        lm.MLE(2).fit([["<s>", "a"]])


def test_unfitted_model_says_fit_first() -> None:
    with pytest.raises(RuntimeError, match="fit"):
        lm.MLE(2).prob("a")


def test_bad_hyper_parameters() -> None:
    with pytest.raises(ValueError, match="k must be"):
        lm.AddK(2, 0)
    with pytest.raises(ValueError, match="discount"):
        lm.KneserNey(2, 1.5)
    with pytest.raises(ValueError, match="min_count"):
        lm.MLE(2, min_count=0)


def test_bos_is_never_predicted() -> None:
    with pytest.raises(ValueError, match="never predicted"):
        lm.MLE(2).fit(TRAIN).prob("<s>")


# --- vocabulary ---------------------------------------------------------------------------


def test_vocabulary_min_count_and_unk() -> None:
    vocab = lm.Vocabulary(TRAIN, min_count=2)
    assert vocab.tokens[-2:] == [lm.EOS, lm.UNK]
    assert "간다" in vocab and "너는" not in vocab
    assert vocab.lookup("너는") == lm.UNK and vocab.lookup("<s>") == "<s>"
    assert vocab.tokens[0] == "간다"  # most frequent first
    assert len(lm.Vocabulary(TRAIN)) == len({t for s in TRAIN for t in s}) + 2


# --- MLE ----------------------------------------------------------------------------------


def test_mle_bigram_by_hand() -> None:
    model = lm.MLE(2).fit(TRAIN)
    # "나는" is followed by 학교에 (1) and 집에 (2)
    assert model.prob("집에", ["나는"]) == pytest.approx(2 / 3)
    assert model.prob("나는") == pytest.approx(3 / 6)  # after <s>: 나는 x3, 너는, 우리는, 그리고
    assert model.count(("나는", "집에")) == 2
    assert model.prob("간다", ["학교에"]) == 1.0


def test_mle_unseen_ngram_and_unseen_context_give_zero() -> None:
    model = lm.MLE(2).fit(TRAIN)
    assert model.prob("있다", ["학교에"]) == 0.0
    assert model.prob("간다", ["도서관에"]) == 0.0  # <unk> never seen as a context: documented 0.0
    assert model.perplexity(TEST) == math.inf


def test_context_is_cut_and_padded() -> None:
    model = lm.MLE(2).fit(TRAIN)
    assert model.prob("집에", ["아무", "말", "나는"]) == model.prob("집에", ["나는"])
    assert model.prob("나는", []) == model.prob("나는", None) == model.prob("나는", ["<s>"])


# --- smoothing: normalisation and oracles -------------------------------------------------


@pytest.mark.parametrize(
    "model",
    [
        lm.AddK(2, 0.1),
        lm.Laplace(3),
        lm.KneserNey(1),
        lm.KneserNey(2),
        lm.KneserNey(3, 0.5),
        lm.KneserNey(4),
        lm.KneserNey(3, interpolate_uniform=False),
        lm.MLE(3),
        lm.KneserNey(3, min_count=2),
    ],
    ids=repr,
)
@pytest.mark.parametrize("context", [None, ["나는"], ["나는", "집에"], ["모르는", "말"], ["그리고"]])
def test_distributions_sum_to_one_and_match_prob(model: lm.NGramLM, context) -> None:
    model.fit(TRAIN)
    p = model.distribution(context)
    scalar = np.array([model.prob(w, context) for w in model.vocab.tokens])
    np.testing.assert_allclose(p, scalar, atol=1e-15)
    if isinstance(model, lm.MLE) and p.sum() == 0:
        return  # unseen context under MLE: documented all-zero row
    assert p.sum() == pytest.approx(1.0, abs=1e-12)
    assert np.all(p >= 0)


def test_addk_unseen_context_is_uniform() -> None:
    model = lm.AddK(2, 0.5).fit(TRAIN)
    assert model.prob("간다", ["도서관에"]) == pytest.approx(1 / len(model.vocab))


def test_kneser_ney_unseen_context_backs_off() -> None:
    model = lm.KneserNey(3).fit(TRAIN)
    assert model.prob("간다", ["도서관에", "학교에"]) == pytest.approx(model.prob("간다", ["학교에"]))
    lower = lm.KneserNey(3).fit(TRAIN)
    assert lower.prob("간다", ["도서관에", "도서관에"]) > 0


def test_kneser_ney_by_hand_bigram() -> None:
    d = 0.75
    model = lm.KneserNey(2, d).fit(TRAIN)
    vocab_size = len(model.vocab)
    # unigram level: continuation counts N1+(. w) over bigram types
    bigram_types = {(h[0], w) for h, c in model.counts[2].items() for w in c}
    n_types = len(bigram_types)
    cont = {w: sum(1 for _, x in bigram_types if x == w) for w in model.vocab.tokens}
    k_unigram = sum(1 for v in cont.values() if v > 0)
    p_uni = max(cont["간다"] - d, 0) / n_types + d * k_unigram / n_types / vocab_size
    # bigram level for history 학교에: followed by 간다 x2, 있다 x0 -> one follower type
    followers = model.counts[2][("학교에",)]
    total = sum(followers.values())
    expected = max(followers["간다"] - d, 0) / total + d * len(followers) / total * p_uni
    assert model.prob("간다", ["학교에"]) == pytest.approx(expected, abs=1e-15)


@pytest.mark.parametrize("n", [1, 2, 3, 4])
@pytest.mark.parametrize("min_count", [1, 2])
@pytest.mark.parametrize(
    "make_pair",
    [
        lambda n, mc: (lm.Laplace(n, min_count=mc), nltk.lm.Laplace, (n,)),
        lambda n, mc: (lm.AddK(n, 0.1, min_count=mc), nltk.lm.Lidstone, (0.1, n)),
        lambda n, mc: (lm.MLE(n, min_count=mc), nltk.lm.MLE, (n,)),
        lambda n, mc: (
            lm.KneserNey(n, 0.75, interpolate_uniform=False, min_count=mc),
            nltk.lm.KneserNeyInterpolated,
            (n, 0.75),
        ),
        lambda n, mc: (
            lm.KneserNey(n, 0.1, interpolate_uniform=False, min_count=mc),
            nltk.lm.KneserNeyInterpolated,
            (n,),
        ),
    ],
    ids=["Laplace", "Lidstone", "MLE", "KneserNey_d075", "KneserNey_nltk_default_d"],
)
def test_probabilities_match_nltk_on_identical_counts(n: int, min_count: int, make_pair) -> None:
    mine, nltk_cls, args = make_pair(n, min_count)
    mine.fit(TRAIN)
    theirs = _nltk_twin(mine, nltk_cls, *args)
    if n == 1 and nltk_cls is nltk.lm.KneserNeyInterpolated:
        # nltk's KneserNeyInterpolated needs bigram counts: a unigram model divides by zero,
        # while ours is defined for n = 1 (tested separately).
        word, history = next(_positions(mine, TRAIN))
        with pytest.raises(ZeroDivisionError):
            theirs.unmasked_score(word, history or None)
        return
    assert len(theirs.vocab) == len(mine.vocab)
    pairs = list(_positions(mine, TRAIN + TEST))
    ours = np.array([mine.prob(w, list(h)) for w, h in pairs])
    ref = np.array([theirs.unmasked_score(w, h or None) for w, h in pairs])
    np.testing.assert_allclose(ours, ref, rtol=0, atol=1e-12)
    # perplexity: exp of our mean NLL equals 2 ** nltk's cross-entropy formula on the same scores
    if np.all(ref > 0):
        nll, count = mine.evaluate(TRAIN + TEST)
        assert count == len(pairs)
        nltk_ppl = 2 ** (-np.mean(np.log2(ref)))
        assert math.exp(nll / count) == pytest.approx(nltk_ppl, rel=1e-12)


def test_nltk_default_pipeline_differs_as_documented() -> None:
    """nltk's default pipeline puts <s> in V; its KN unigram level is undiscounted (documented)."""
    from nltk.lm.preprocessing import padded_everygram_pipeline

    train_ngrams, vocab_text = padded_everygram_pipeline(2, TRAIN)
    theirs = nltk.lm.Laplace(2)
    theirs.fit(train_ngrams, vocab_text)
    mine = lm.Laplace(2).fit(TRAIN)
    assert len(theirs.vocab) == len(mine.vocab) + 1  # <s> counted in V
    c_h = mine.totals[2][("나는",)]
    c_hw = mine.count(("나는", "집에"))
    assert theirs.score("집에", ["나는"]) == pytest.approx((c_hw + 1) / (c_h + len(mine.vocab) + 1), abs=1e-15)
    assert mine.prob("집에", ["나는"]) == pytest.approx((c_hw + 1) / (c_h + len(mine.vocab)), abs=1e-15)
    # KN: a word that never follows another word gets 0 in nltk, > 0 here
    kn_nltk = nltk.lm.KneserNeyInterpolated(2)
    kn_nltk.fit(*padded_everygram_pipeline(2, TRAIN))
    assert kn_nltk.score("도서관에", ["나는"]) == 0.0
    assert lm.KneserNey(2, 0.1).fit(TRAIN).prob("도서관에", ["나는"]) > 0


# --- perplexity ---------------------------------------------------------------------------


def test_perplexity_of_uniform_model_is_vocab_size() -> None:
    model = lm.AddK(1, 1e9).fit(TRAIN)  # huge k: practically uniform
    assert model.perplexity(TEST) == pytest.approx(len(model.vocab), rel=1e-6)


def test_perplexity_from_probs_product_and_log_forms() -> None:
    probs = [0.5, 0.25, 0.1, 0.8]
    product = 0.5 * 0.25 * 0.1 * 0.8
    assert lm.perplexity_from_probs(probs, log_space=False) == pytest.approx(product**-0.25)
    assert lm.perplexity_from_probs(probs) == pytest.approx(product**-0.25)
    long = [0.01] * 400  # 1e-800 underflows to 0.0
    assert lm.perplexity_from_probs(long, log_space=False) == math.inf
    assert lm.perplexity_from_probs(long) == pytest.approx(100.0)
    assert lm.perplexity_from_probs([0.5, 0.0]) == math.inf


@pytest.mark.parametrize("bad", [[], [1.5], [-0.1], [float("nan")]])
def test_perplexity_from_probs_rejects_bad_input(bad) -> None:
    with pytest.raises(ValueError):
        lm.perplexity_from_probs(bad)


def test_sentence_logprob_is_sum_of_token_logs() -> None:
    model = lm.KneserNey(3).fit(TRAIN)
    probs = model.token_probs(TEST[0])
    assert len(probs) == len(TEST[0]) + 1
    assert model.sentence_logprob(TEST[0]) == pytest.approx(sum(math.log(p) for p in probs))
    nll, count = model.evaluate(TEST)
    assert count == sum(len(s) + 1 for s in TEST)
    assert model.perplexity(TEST) == pytest.approx(math.exp(nll / count))


# --- sampling -----------------------------------------------------------------------------


def test_generate_is_reproducible_and_stops() -> None:
    model = lm.KneserNey(3).fit(TRAIN)
    a = model.generate(0, max_tokens=20)
    assert a == model.generate(np.random.default_rng(0), max_tokens=20)
    assert len(model.generate(1, max_tokens=3)) <= 3
    assert all(t in model.vocab for t in a)
    mle = lm.MLE(2).fit(TRAIN)
    for seed in range(5):
        sentence = mle.generate(seed)
        assert mle.sentence_logprob(sentence) > -math.inf  # MLE only walks seen bigrams


def test_generate_can_exclude_unk() -> None:
    model = lm.KneserNey(2, min_count=2).fit(TRAIN)
    drawn = [t for seed in range(30) for t in model.generate(seed, exclude_unk=True)]
    assert drawn and lm.UNK not in drawn
    assert lm.UNK in [t for seed in range(30) for t in model.generate(seed)]


def test_generate_bad_arguments() -> None:
    model = lm.MLE(2).fit(TRAIN)
    with pytest.raises(TypeError, match="rng"):
        model.generate("seed")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_tokens"):
        model.generate(0, max_tokens=0)
    with pytest.raises(ValueError, match="probability 0"):
        model.generate(0, context=["도서관에"])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(list("abcde")), min_size=1, max_size=6), min_size=1, max_size=6),
    st.integers(min_value=1, max_value=4),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_kneser_ney_always_normalised(sentences, n, d) -> None:
    model = lm.KneserNey(n, d).fit(sentences)
    for context in (None, ["a"], ["b", "a"], ["z", "z", "z"]):
        assert model.distribution(context).sum() == pytest.approx(1.0, abs=1e-12)
