"""Checkers of notebook 07-01 (perceptron)."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.exercises.ch07_01 import (
    X_GATE,
    check_epochs_by_eta,
    check_gate_weights,
    check_xnor_mlp,
    perceptron_train,
    truth_table,
)


def test_not_answered_prints_hint(capsys: pytest.CaptureFixture[str]) -> None:
    assert not check_gate_weights(None)
    assert not check_epochs_by_eta(None)
    assert not check_xnor_mlp(None)
    assert capsys.readouterr().out.count("아직 답을 입력하지 않았습니다") == 3


def test_truth_tables() -> None:
    assert truth_table("NOR").tolist() == [1, 0, 0, 0]
    assert truth_table("XNOR").tolist() == [1, 0, 0, 1]
    with pytest.raises(ValueError, match="unknown gate"):
        truth_table("IMPLY")


def test_gate_weights() -> None:
    assert check_gate_weights((np.array([-0.5, -0.5]), 0.2), gate="NOR")
    assert check_gate_weights(([-1, -1], 0.5), gate="NOR")
    assert check_gate_weights(([0.5, 0.5], -0.7), gate="AND")
    assert "OR 게이트" in check_gate_weights(([0.5, 0.5], -0.2), gate="NOR").message
    assert "NAND 게이트" in check_gate_weights(([-0.5, -0.5], 0.7), gate="NOR").message
    assert "튜플" in check_gate_weights([1, 2, 3]).message
    assert "모양" in check_gate_weights(([1, 2, 3], 0.0)).message
    assert "숫자" in check_gate_weights((["a", "b"], 0.0)).message


def test_perceptron_train_learns_separable_gates_only() -> None:
    for gate in ("AND", "NAND", "OR", "NOR"):
        w, b, epochs = perceptron_train(X_GATE, truth_table(gate), eta=1.0)
        assert epochs is not None
        assert ((X_GATE @ w + b > 0).astype(float) == truth_table(gate)).all()
    assert perceptron_train(X_GATE, truth_table("XOR"), eta=1.0)[2] is None


def test_epochs_by_eta_recomputes_the_measurement() -> None:
    measured = {eta: perceptron_train(X_GATE, truth_table("NAND"), eta)[2] for eta in (0.25, 0.5, 2.0)}
    result = check_epochs_by_eta(measured)
    assert result and "같습니다" in result.message
    wrong = dict(measured)
    wrong[0.5] = measured[0.5] + 1
    assert "0.5" in check_epochs_by_eta(wrong).message
    assert "없습니다" in check_epochs_by_eta({0.25: 6}).message
    assert "딕셔너리" in check_epochs_by_eta([6, 6, 6]).message
    # other gate and learning rates: the checker reruns the rule rather than storing an answer
    other = {eta: perceptron_train(X_GATE, truth_table("OR"), eta)[2] for eta in (0.1, 3.0)}
    assert check_epochs_by_eta(other, gate="OR", etas=(0.1, 3.0))


def test_xnor_mlp() -> None:
    W1 = np.array([[0.5, -0.5], [0.5, -0.5]])  # AND, NOR
    b1 = np.array([-0.7, 0.2])
    W2 = np.array([[0.5], [0.5]])  # OR
    b2 = np.array([-0.2])
    assert check_xnor_mlp((W1, b1, W2, b2))
    assert check_xnor_mlp((W1, b1, W2.ravel(), b2))  # a flat W2 is accepted
    # NAND, OR -> AND is XOR, the opposite
    xor = (np.array([[-0.5, 0.5], [-0.5, 0.5]]), np.array([0.7, -0.2]), np.array([[0.5], [0.5]]), np.array([-0.7]))
    assert "XOR" in check_xnor_mlp(xor).message
    assert "W1" in check_xnor_mlp((W1.T[:, :1].T, b1, W2, b2)).message
    assert "W2" in check_xnor_mlp((W1, b1, np.ones((3, 1)), b2)).message
    assert "네 개" in check_xnor_mlp((W1, b1)).message
