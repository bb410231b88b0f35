"""course_utils.nn.init: sample statistics against Keras' formulas and Keras' own initializers.

NumPy and Keras use different random generators, so the samples differ; what must agree is their
distribution. With n = 256 * 512 = 131,072 samples the sample variance of a distribution with kurtosis
< 3 has a relative standard error below sqrt(2 / n) = 0.4 %, so a 3 % tolerance fails only on a wrong
formula (He vs Glorot differ by a factor 2 to 3 here; a forgotten truncation correction by 29 %).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from course_utils.nn import init

keras = pytest.importorskip("keras")

SHAPE = (256, 512)
FAN_IN, FAN_OUT = SHAPE
GLOROT_VAR = 2.0 / (FAN_IN + FAN_OUT)
HE_VAR = 2.0 / FAN_IN
CASES = [
    ("glorot_uniform", init.glorot_uniform, keras.initializers.GlorotUniform, GLOROT_VAR, "uniform"),
    ("glorot_normal", init.glorot_normal, keras.initializers.GlorotNormal, GLOROT_VAR, "normal"),
    ("he_uniform", init.he_uniform, keras.initializers.HeUniform, HE_VAR, "uniform"),
    ("he_normal", init.he_normal, keras.initializers.HeNormal, HE_VAR, "normal"),
]
IDS = [c[0] for c in CASES]


@pytest.mark.parametrize(("name", "mine", "keras_cls", "variance", "kind"), CASES, ids=IDS)
def test_sample_statistics_follow_the_formula(name, mine, keras_cls, variance, kind) -> None:
    W = mine(SHAPE, np.random.default_rng(0))
    reference = np.asarray(keras_cls(seed=0)(SHAPE, dtype="float64"))
    assert W.shape == SHAPE and W.dtype == np.float64
    for sample in (W, reference):
        assert abs(sample.mean()) < 3 * math.sqrt(variance / sample.size)
        assert sample.var() == pytest.approx(variance, rel=0.03)
    if kind == "uniform":  # support [-limit, limit] with limit = sqrt(3 * variance)
        limit = math.sqrt(3 * variance)
        assert np.abs(W).max() <= limit and np.abs(W).max() > 0.99 * limit
        assert np.abs(reference).max() <= limit * (1 + 1e-6)
    else:  # truncated at two standard deviations of the untruncated normal
        cut = 2 * math.sqrt(variance) / init.TRUNCATED_STD
        assert np.abs(W).max() <= cut and np.abs(W).max() > 0.99 * cut
        assert np.abs(reference).max() <= cut * (1 + 1e-6)
        # same shape of distribution: share of |w| beyond one standard deviation, NumPy vs Keras
        sd = math.sqrt(variance)
        assert np.mean(np.abs(W) > sd) == pytest.approx(np.mean(np.abs(reference) > sd), abs=0.01)


def test_truncated_std_constant() -> None:
    z = init.truncated_normal((400_000,), 1.0, np.random.default_rng(1))
    assert np.abs(z).max() <= 2.0
    assert z.std() == pytest.approx(init.TRUNCATED_STD, rel=0.005)


def test_seeds_repeat_and_rng_is_consumed() -> None:
    np.testing.assert_array_equal(init.he_normal((3, 4), 7), init.he_normal((3, 4), np.random.default_rng(7)))
    rng = np.random.default_rng(3)
    assert not np.array_equal(init.glorot_uniform((3, 4), rng), init.glorot_uniform((3, 4), rng))


def test_compute_fans_and_bad_input() -> None:
    assert init.compute_fans((3, 5)) == (3, 5)
    assert init.compute_fans(np.array([3, 5])) == (3, 5)
    with pytest.raises(ValueError, match="two ints"):
        init.glorot_uniform((3, 4, 5))
    with pytest.raises(ValueError, match="fan_in >= 1"):
        init.he_normal((0, 4))
    with pytest.raises(TypeError, match="shape must be a tuple"):
        init.he_uniform(5)
    with pytest.raises(TypeError, match="rng must be"):
        init.glorot_normal((3, 4), rng="seed")
    with pytest.raises(ValueError, match="stddev"):
        init.truncated_normal((3,), 0.0)
