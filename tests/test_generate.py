"""course_utils.generate: sample builders against hand-made examples, sampling checked statistically."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import chi2

from course_utils.generate import (
    greedy,
    prefix_samples,
    sample_temperature,
    sample_top_k,
    shift_targets,
    sliding_windows,
    temperature_probs,
    top_k_probs,
)

# --- sample builders ---------------------------------------------------------------------------


def test_prefix_samples_hand_made() -> None:
    sentence = "경마장에 있는 말이 뛰고 있다".split()
    assert prefix_samples([sentence]) == [
        ["경마장에", "있는"],
        ["경마장에", "있는", "말이"],
        ["경마장에", "있는", "말이", "뛰고"],
        ["경마장에", "있는", "말이", "뛰고", "있다"],
    ]
    assert prefix_samples([[1, 2, 3], [4], [5, 6]]) == [[1, 2], [1, 2, 3], [5, 6]]
    assert prefix_samples([np.array([7, 8, 9])], min_length=3) == [[7, 8, 9]]
    assert prefix_samples([]) == []


def test_prefix_samples_count() -> None:
    # the book's toy corpus: 5 + 3 + 6 eojeol -> 4 + 2 + 5 = 11 samples
    text = ["경마장에 있는 말이 뛰고 있다", "그의 말이 법이다", "가는 말이 고와야 오는 말이 곱다"]
    assert len(prefix_samples([t.split() for t in text])) == 11


def test_shift_targets_hand_made() -> None:
    assert shift_targets([1, 2, 3, 4]) == ([1, 2, 3], [2, 3, 4])
    assert shift_targets(list("말이")) == (["말"], ["이"])
    with pytest.raises(ValueError, match="at least 2"):
        shift_targets([1])


def test_sliding_windows_hand_made() -> None:
    X, Y = sliding_windows(np.arange(10), 3)  # packed: starts 0, 3, 6 (9 + 1 > 9 is cut)
    assert X.tolist() == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    assert Y.tolist() == [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    X, Y = sliding_windows([5, 6, 7, 8, 9], 2, stride=1)
    assert X.tolist() == [[5, 6], [6, 7], [7, 8]]
    assert Y.tolist() == [[6, 7], [7, 8], [8, 9]]
    X, Y = sliding_windows([1, 2, 3, 4, 5, 6], 3)  # 6 tokens: one window (start 3 would need 7)
    assert X.tolist() == [[1, 2, 3]] and Y.tolist() == [[2, 3, 4]]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 50), min_size=2, max_size=60), st.integers(1, 10), st.integers(1, 10))
def test_sliding_windows_targets_are_shifted_inputs(ids: list[int], window: int, stride: int) -> None:
    if len(ids) < window + 1:
        with pytest.raises(ValueError, match="needs at least"):
            sliding_windows(ids, window, stride)
        return
    X, Y = sliding_windows(ids, window, stride)
    assert X.shape == Y.shape and X.shape[1] == window
    for i, (x, y) in enumerate(zip(X.tolist(), Y.tolist(), strict=True)):
        start = i * stride
        assert x == ids[start : start + window]
        assert y == ids[start + 1 : start + window + 1]
    assert (len(X) - 1) * stride + window + 1 <= len(ids) < len(X) * stride + window + 1


def test_sample_builder_errors() -> None:
    with pytest.raises(TypeError, match="single str"):
        prefix_samples("경마장에 있는 말이")
    with pytest.raises(TypeError, match="got a str"):
        prefix_samples(["경마장에 있는 말이"])
    with pytest.raises(ValueError, match="1-D"):
        sliding_windows(np.zeros((2, 5), dtype=int), 2)
    with pytest.raises(TypeError, match="integer"):
        sliding_windows(np.linspace(0, 1, 5), 2)
    with pytest.raises(ValueError, match="window must be >= 1"):
        sliding_windows([1, 2, 3], 0)


# --- sampling ---------------------------------------------------------------------------------


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())
    return e / e.sum()


LOGITS = np.array([2.0, 1.0, 0.5, 0.0, -1.0, -3.0])


def test_greedy_is_argmax() -> None:
    rng = np.random.default_rng(0)
    for _ in range(20):
        z = rng.normal(size=30)
        assert greedy(z) == int(np.argmax(z))
        assert greedy(_softmax(z), probs=True) == int(np.argmax(z))
    assert isinstance(greedy(LOGITS), int)


def test_temperature_probs_formula() -> None:
    for T in (0.3, 1.0, 2.5):
        np.testing.assert_allclose(temperature_probs(LOGITS, T), _softmax(LOGITS / T), rtol=1e-12)
        # probabilities in: p^(1/T) renormalised, the same distribution
        np.testing.assert_allclose(temperature_probs(_softmax(LOGITS), T, probs=True), _softmax(LOGITS / T), rtol=1e-9)
    assert temperature_probs(LOGITS, 0.01)[0] > 0.999  # T -> 0: greedy
    np.testing.assert_allclose(temperature_probs(LOGITS, 1e6), np.full(6, 1 / 6), rtol=1e-4)  # T -> inf: uniform
    np.testing.assert_allclose(temperature_probs([1000.0, 999.0]), _softmax(np.array([1.0, 0.0])))  # no overflow


@pytest.mark.parametrize("T", [0.5, 1.0, 2.0])
def test_temperature_sampling_frequencies_chi_square(T: float) -> None:
    rng = np.random.default_rng(12345)
    n = 20_000
    draws = np.array([sample_temperature(LOGITS, T, rng) for _ in range(n)])
    expected = n * _softmax(LOGITS / T)
    observed = np.bincount(draws, minlength=len(LOGITS))
    keep = expected >= 5  # the chi-square approximation needs expected counts >= 5; pool the rest
    obs = np.append(observed[keep], observed[~keep].sum())
    exp = np.append(expected[keep], expected[~keep].sum())
    if exp[-1] == 0:
        obs, exp = obs[:-1], exp[:-1]
    stat = float(((obs - exp) ** 2 / exp).sum())
    assert stat < chi2.ppf(0.999, df=len(exp) - 1), (stat, observed, expected)
    # and the test has power: the T = 1 distribution is rejected for T = 2 draws
    if T == 2.0:
        wrong = n * _softmax(LOGITS)
        assert float(((observed - wrong) ** 2 / wrong).sum()) > chi2.ppf(0.999, df=len(LOGITS) - 1)


def test_sampling_is_reproducible_with_a_seed() -> None:
    a = [sample_temperature(LOGITS, 1.0, np.random.default_rng(7)) for _ in range(5)]
    rng1, rng2 = np.random.default_rng(3), np.random.default_rng(3)
    assert [sample_top_k(LOGITS, 3, rng1) for _ in range(50)] == [sample_top_k(LOGITS, 3, rng2) for _ in range(50)]
    assert len(set(a)) == 1


def test_top_k_never_leaves_the_top_k() -> None:
    rng = np.random.default_rng(0)
    z = rng.normal(size=40)
    for k in (1, 3, 10):
        top = set(np.argsort(-z)[:k].tolist())
        draws = {sample_top_k(z, k, rng, temperature=5.0) for _ in range(2_000)}
        assert draws <= top
        if k > 1:
            assert len(draws) == k  # at T = 5 every kept token shows up
    assert {sample_top_k(z, 1, rng) for _ in range(50)} == {int(np.argmax(z))}  # k = 1 is greedy


def test_top_k_probs_formula_and_ties() -> None:
    p = top_k_probs(LOGITS, 3, temperature=0.7)
    expected = np.zeros(6)
    expected[:3] = _softmax(LOGITS[:3] / 0.7)
    np.testing.assert_allclose(p, expected, rtol=1e-12)
    np.testing.assert_allclose(top_k_probs(LOGITS, 6), _softmax(LOGITS), rtol=1e-12)  # k = V
    tied = top_k_probs([1.0, 3.0, 1.0, 1.0], 2)  # a tie at 2nd place: the lower index wins
    assert np.count_nonzero(tied) == 2 and tied[1] > 0 and tied[0] > 0


def test_probability_input_with_zeros() -> None:
    p = np.array([0.5, 0.0, 0.3, 0.2])
    rng = np.random.default_rng(0)
    assert 1 not in {sample_temperature(p, 2.0, rng, probs=True) for _ in range(500)}
    assert top_k_probs(p, 4, probs=True)[1] == 0.0


@pytest.mark.parametrize("T", [0, -1.0, float("nan"), float("inf")])
def test_bad_temperature(T: float) -> None:
    with pytest.raises(ValueError, match="temperature must be > 0"):
        temperature_probs(LOGITS, T)
    with pytest.raises(ValueError, match="temperature must be > 0"):
        sample_temperature(LOGITS, T, np.random.default_rng(0))


def test_bad_inputs() -> None:
    rng = np.random.default_rng(0)
    for k in (0, -2, 7):
        with pytest.raises(ValueError, match="k must be from 1 to 6"):
            sample_top_k(LOGITS, k, rng)
    with pytest.raises(TypeError, match="k must be an int"):
        top_k_probs(LOGITS, 2.0)
    with pytest.raises(ValueError, match="NaN at index 1"):
        greedy([0.1, float("nan"), 0.3])
    with pytest.raises(ValueError, match=r"model.predict\(x\)\[0\]"):
        sample_temperature(LOGITS[None, :], 1.0, rng)
    with pytest.raises(ValueError, match="1-D"):
        greedy(3.0)
    with pytest.raises(ValueError, match="empty"):
        greedy([])
    with pytest.raises(ValueError, match="sum to 1"):
        sample_temperature(np.abs(LOGITS), 1.0, rng, probs=True)
    with pytest.raises(ValueError, match=">= 0"):
        temperature_probs([-0.5, 1.5], probs=True)
    with pytest.raises(TypeError, match="default_rng"):
        sample_temperature(LOGITS, 1.0, 42)
    with pytest.raises(TypeError, match="number > 0"):
        temperature_probs(LOGITS, "1")
    with pytest.raises(ValueError, match="finite"):
        temperature_probs([float("inf"), 0.0])
