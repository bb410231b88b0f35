"""Checkers of notebook 08-06 (text generation)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils import Tokenizer, pad_sequences
from course_utils.exercises.ch08_06 import check_temperature_entropy, check_toy_samples, entropy_bits, toy_samples

TEXT = "나는 말이 좋다\n그 말이 맞다"


def test_toy_samples_by_hand() -> None:
    # word_index: 말이 1, 나는 2, 좋다 3, 그 4, 맞다 5; samples [2,1] [2,1,3] [4,1] [4,1,5]
    X, y = toy_samples(TEXT)
    assert X.tolist() == [[0, 2], [2, 1], [0, 4], [4, 1]]
    assert y.tolist() == [1, 3, 1, 5]


def test_not_answered(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_toy_samples(None, TEXT)
    assert not check_temperature_entropy(None, [0.5, 0.5], (1.0,))
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 2


def _learner(text: str, padding: str = "pre") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    tok = Tokenizer()
    tok.fit_on_texts([text])
    seqs = []
    for line in text.split("\n"):
        enc = tok.texts_to_sequences([line])[0]
        for i in range(1, len(enc)):
            seqs.append(enc[: i + 1])
    padded = pad_sequences(seqs, maxlen=max(map(len, seqs)), padding=padding)
    return padded[:, :-1], padded[:, -1], padded


def test_check_toy_samples() -> None:
    X, y, padded = _learner(TEXT)
    assert check_toy_samples((X, y), TEXT)
    assert check_toy_samples([X.tolist(), y.tolist()], TEXT)
    Xp, yp, _ = _learner(TEXT, padding="post")
    assert "padding='pre'" in check_toy_samples((Xp, yp), TEXT).message
    assert "padded[:, :-1]" in check_toy_samples((padded, y), TEXT).message
    onehot = np.eye(6, dtype=int)[y]
    assert "원-핫" in check_toy_samples((X, onehot), TEXT).message
    assert "값이 다릅니다" in check_toy_samples((X, y + 1), TEXT).message
    assert "튜플" in check_toy_samples(X, TEXT).message
    assert "정수 배열" in check_toy_samples((X, ["a"] * 4), TEXT).message


def test_entropy_bits_reference() -> None:
    p = np.array([0.7, 0.2, 0.1, 0.0])
    for T in (0.5, 1.0, 2.0):
        q = p[:3] ** (1 / T)
        q /= q.sum()
        assert entropy_bits(p, T) == pytest.approx(float(-(q * np.log2(q)).sum()), rel=1e-12)
    assert entropy_bits(np.full(8, 1 / 8), 0.3) == pytest.approx(3.0)


def test_check_temperature_entropy() -> None:
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(50) * 0.3)
    temps = (0.5, 1.0, 2.0)
    right = [entropy_bits(p, t) for t in temps]
    assert right[0] < right[1] < right[2]
    assert check_temperature_entropy(right, p, temps)
    assert check_temperature_entropy(np.array(right, dtype=np.float32), p, temps)
    assert "자연로그" in check_temperature_entropy([v * np.log(2) for v in right], p, temps).message
    assert "T=1" in check_temperature_entropy([right[1]] * 3, p, temps).message
    # dividing the probabilities (not the logits) by T is a common slip
    wrong = []
    for t in temps:
        q = p / t
        q = q / q.sum()
        wrong.append(float(-(q * np.log2(q)).sum()))
    assert "로짓" in check_temperature_entropy(wrong, p, temps).message
    assert "리스트" in check_temperature_entropy(right[:2], p, temps).message
    assert "리스트" in check_temperature_entropy("1.0", p, temps).message
