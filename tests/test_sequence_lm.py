"""course_utils.sequence_lm: batched, right-padded scoring vs each sequence run alone through a Keras RNNLM."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from course_utils.sequence_lm import sequence_nll, sequence_target_probs

V = 11


@pytest.fixture(scope="module")
def rnnlm():
    import keras

    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input(shape=(None,), dtype="int32"),  # (B, T)
            keras.layers.Embedding(V, 8),  # (B, T, 8)
            keras.layers.GRU(12, return_sequences=True),  # (B, T, 12)
            keras.layers.Dense(V, activation="softmax"),  # (B, T, V)
        ]
    )
    return model


def sequences_of(lengths: list[int], seed: int = 1) -> list[list[int]]:
    rng = np.random.default_rng(seed)
    return [[1] + rng.integers(2, V, size=n - 2).tolist() + [1] for n in lengths]  # <s>=</s>=1, pad 0


def alone(model, sequences: list[list[int]]) -> np.ndarray:
    """Reference: every sequence run by itself, unpadded, and its targets read one by one."""
    out = []
    for s in sequences:
        probs = np.asarray(model(np.array([s[:-1]], dtype=np.int32), training=False))[0]  # (len(s) - 1, V)
        out.extend(float(probs[t, s[t + 1]]) for t in range(len(s) - 1))
    return np.array(out)


LENGTHS = [7, 2, 12, 5, 5, 9, 3]  # unsorted on purpose: the result must follow this order


def test_import_does_not_load_tensorflow() -> None:
    code = "import sys, course_utils.sequence_lm; print('tensorflow' in sys.modules or 'keras' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_matches_each_sequence_run_alone_in_input_order(rnnlm) -> None:
    seqs = sequences_of(LENGTHS)
    reference = alone(rnnlm, seqs)
    got = sequence_target_probs(rnnlm, seqs, batch_size=3)
    assert got.dtype == np.float64 and got.shape == (sum(n - 1 for n in LENGTHS),)
    assert np.max(np.abs(got - reference)) < 1e-6
    # a sorted order would put the length-2 sequence's single probability first
    assert abs(got[6] - reference[6]) < 1e-6 and abs(got[0] - reference[6]) > 1e-6


def test_batch_size_does_not_change_the_result(rnnlm) -> None:
    seqs = sequences_of(LENGTHS, seed=2)
    one = sequence_target_probs(rnnlm, seqs, batch_size=1)
    three = sequence_target_probs(rnnlm, seqs, batch_size=3)
    everything = sequence_target_probs(rnnlm, np.array(seqs, dtype=object).tolist(), batch_size=128)
    assert np.max(np.abs(one - three)) < 1e-6 and np.max(np.abs(one - everything)) < 1e-6


def test_pad_id_does_not_leak_into_a_causal_model(rnnlm) -> None:
    seqs = sequences_of(LENGTHS, seed=3)
    np.testing.assert_allclose(
        sequence_target_probs(rnnlm, seqs, pad_id=0), sequence_target_probs(rnnlm, seqs, pad_id=V - 1), atol=1e-6
    )


def test_sequence_nll_is_minus_the_sum_of_log_probabilities(rnnlm) -> None:
    seqs = sequences_of(LENGTHS, seed=4)
    reference = alone(rnnlm, seqs)
    nll, count = sequence_nll(rnnlm, seqs, batch_size=2)
    assert count == sum(n - 1 for n in LENGTHS) == len(reference)
    assert isinstance(nll, float) and isinstance(count, int)
    assert abs(nll - float(-np.log(reference).sum())) < 1e-5


class BigramTable:
    """A causal stand-in without ``predict_on_batch`` or ``output_shape``: row ``x_t`` of a softmax table."""

    def __init__(self, table: np.ndarray) -> None:
        self.table = table  # (V, V)

    def __call__(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        assert training is False
        return self.table[x]  # (B, T, V)


def test_a_plain_callable_model_and_underflow() -> None:
    table = np.full((4, 4), 0.25, dtype=np.float32)
    table[2, 3] = 0.0  # underflowed: counts as float32's smallest normal
    nll, count = sequence_nll(BigramTable(table), [[1, 2, 3], [1, 1]], batch_size=1)
    tiny = float(np.finfo(np.float32).tiny)
    assert count == 3
    assert abs(nll - (-2 * np.log(0.25) - np.log(tiny))) < 1e-9
    p = sequence_target_probs(BigramTable(table), [[1, 2, 3], [1, 1]])
    np.testing.assert_array_equal(p, [0.25, 0.0, 0.25])


@pytest.mark.parametrize(
    ("sequences", "error", "match"),
    [
        ([], ValueError, "sequences is empty"),
        ("abc", TypeError, "list of id sequences"),
        ([[1, 2, 1], [1]], ValueError, r"sequences\[1\] has 1 id"),
        ([[1, 2.5, 1]], TypeError, "integer token ids"),
        ([[1, -3, 1]], ValueError, "negative id -3"),
        ([[1, V, 1]], ValueError, f"holds id {V}.*0..{V - 1}"),
        ([[[1, 2], [3, 4]]], ValueError, "flat sequence"),
    ],
)
def test_bad_sequences(rnnlm, sequences, error, match) -> None:
    with pytest.raises(error, match=match):
        sequence_target_probs(rnnlm, sequences)


def test_bad_options_and_models(rnnlm) -> None:
    seqs = [[1, 2, 1]]
    with pytest.raises(ValueError, match="batch_size must be >= 1"):
        sequence_nll(rnnlm, seqs, batch_size=0)
    with pytest.raises(ValueError, match="pad_id holds id"):
        sequence_nll(rnnlm, seqs, pad_id=V)
    with pytest.raises(ValueError, match=r"\(batch, T, V\).*return_sequences=True"):
        sequence_nll(lambda x, training=False: np.full((len(x), 5), 0.2), seqs)  # many-to-one
    with pytest.raises(ValueError, match="returned"):
        sequence_nll(lambda x, training=False: np.full((len(x), 1, 5), 0.2), [[1, 2, 3, 1]])  # T lost
    with pytest.raises(ValueError, match="model's softmax covers only ids 0..2"):
        sequence_nll(lambda x, training=False: np.full((*x.shape, 3), 1 / 3), [[1, 2, 4]])
