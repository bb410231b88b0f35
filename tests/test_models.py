"""course_utils.models: Keras builders, the per-epoch log and language-model NLL against NumPy."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest

from course_utils import models


def test_import_does_not_load_tensorflow() -> None:
    code = "import sys, course_utils.models; print('tensorflow' in sys.modules or 'keras' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_mlp_classifier_layers_shapes_and_parameters() -> None:
    import keras

    model = models.mlp_classifier(1000, 6)
    kinds = [type(layer).__name__ for layer in model.layers]
    assert kinds == ["Dense", "Dropout", "Dense", "Dropout", "Dense"]
    assert [layer.units for layer in model.layers if isinstance(layer, keras.layers.Dense)] == [256, 128, 6]
    assert [layer.get_config()["activation"] for layer in model.layers[::2]] == ["relu", "relu", "softmax"]
    assert [layer.rate for layer in model.layers[1::2]] == [0.5, 0.5]
    assert model.output_shape == (None, 6)
    assert model.count_params() == 1001 * 256 + 257 * 128 + 129 * 6
    probs = np.asarray(model.predict(np.random.default_rng(0).random((3, 1000)), verbose=0))
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-6)
    small = models.mlp_classifier(10, 3, hidden=(4,), dropout=0.0)
    assert small.count_params() == 11 * 4 + 5 * 3
    assert models.mlp_classifier(10, 3, hidden=()).count_params() == 11 * 3  # logistic regression


def test_nnlm_layers_shapes_and_parameters() -> None:
    V, n, m, H = 50, 3, 8, 16
    model = models.nnlm(V, n, m, H, input_dim=V + 1)
    assert [layer.name for layer in model.layers] == ["E", "z", "h", "p"]
    assert model.get_layer("E").output.shape == (None, n, m)
    assert model.get_layer("z").output.shape == (None, n * m)
    assert model.output_shape == (None, V)
    assert model.count_params() == (V + 1) * m + (n * m + 1) * H + (H + 1) * V
    assert models.nnlm(V, n, m, H).get_layer("E").input_dim == V


def _forward_by_hand(model, X: np.ndarray) -> np.ndarray:
    E = model.get_layer("E").get_weights()[0].astype(np.float64)  # (V+1, m)
    U, c = (w.astype(np.float64) for w in model.get_layer("h").get_weights())  # (n m, H), (H,)
    W, b = (w.astype(np.float64) for w in model.get_layer("p").get_weights())  # (H, V), (V,)
    z = E[X].reshape(len(X), -1)  # (B, n m)
    h = np.tanh(z @ U + c)  # (B, H)
    logits = h @ W + b  # (B, V)
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@pytest.fixture(scope="module")
def small_lm():
    V, n = 40, 3
    model = models.nnlm(V, n, 6, 12, input_dim=V + 1)
    rng = np.random.default_rng(1)
    X = rng.integers(0, V + 1, size=(103, n)).astype(np.int32)
    y = rng.integers(0, V, size=103)
    return model, X, y


def test_nnlm_forward_equals_the_equations(small_lm) -> None:
    model, X, _ = small_lm
    np.testing.assert_allclose(np.asarray(model.predict(X, verbose=0)), _forward_by_hand(model, X), atol=1e-6)


def test_lm_nll_equals_numpy_from_predict(small_lm) -> None:
    model, X, y = small_lm
    probs = np.asarray(model.predict(X, verbose=0), dtype=np.float64)  # (N, V) at once: fine for a test
    expected = -np.sum(np.log(probs[np.arange(len(y)), y]))
    for batch_size in (1, 10, 64, 1000):  # 103 rows: a last partial batch in every case but 1
        assert models.lm_nll(model, X, y, batch_size=batch_size) == pytest.approx(expected, rel=1e-6)
    np.testing.assert_allclose(
        models.lm_target_probs(model, X, y, batch_size=7), probs[np.arange(len(y)), y], rtol=1e-6
    )
    assert models.perplexity(expected, len(y)) == pytest.approx(np.exp(expected / len(y)))
    assert models.perplexity(0.0, 5) == 1.0


def test_lm_nll_bad_input(small_lm) -> None:
    model, X, y = small_lm
    with pytest.raises(ValueError, match="one per row"):
        models.lm_nll(model, X, y[:-1])
    with pytest.raises(ValueError, match=r"\[0, 39\]"):
        models.lm_nll(model, X, np.full(len(X), 40))
    with pytest.raises(TypeError, match="integer"):
        models.lm_nll(model, X, y.astype(float))
    with pytest.raises(ValueError, match="batch_size"):
        models.lm_nll(model, X, y, batch_size=0)
    with pytest.raises(ValueError, match="at least one"):
        models.lm_nll(model, X[:0], y[:0])
    with pytest.raises(ValueError, match="nll"):
        models.perplexity(-1.0, 3)
    with pytest.raises(ValueError, match="n_tokens"):
        models.perplexity(1.0, 0)


def test_saved_and_reloaded_models_predict_identically(tmp_path, small_lm) -> None:
    import keras

    model, X, _ = small_lm
    mlp = models.mlp_classifier(20, 4)
    x = np.random.default_rng(2).random((5, 20)).astype(np.float32)
    for built, inputs in ((model, X), (mlp, x)):
        path = tmp_path / f"{built.name}.keras"
        built.save(path)
        again = keras.models.load_model(path)
        np.testing.assert_array_equal(
            np.asarray(again.predict(inputs, verbose=0)), np.asarray(built.predict(inputs, verbose=0))
        )


def test_builders_reject_bad_arguments() -> None:
    with pytest.raises(ValueError, match="n_classes"):
        models.mlp_classifier(10, 1)
    with pytest.raises(TypeError, match="n_features"):
        models.mlp_classifier(10.0, 3)
    with pytest.raises(ValueError, match="dropout"):
        models.mlp_classifier(10, 3, dropout=1.0)
    with pytest.raises(TypeError, match="hidden"):
        models.mlp_classifier(10, 3, hidden=256)
    with pytest.raises(ValueError, match=r"hidden\[1\]"):
        models.mlp_classifier(10, 3, hidden=(8, 0))
    with pytest.raises(ValueError, match="input_dim"):
        models.nnlm(10, 3, 4, 8, input_dim=9)
    with pytest.raises(ValueError, match="context"):
        models.nnlm(10, 0, 4, 8)
    with pytest.raises(AttributeError):
        models.no_such_builder  # noqa: B018


def test_format_epoch() -> None:
    logs = {"loss": 0.5123, "accuracy": 0.83, "val_loss": 0.61, "val_accuracy": 0.78, "learning_rate": 0.001}
    assert models.format_epoch(3, logs) == "epoch 3: loss 0.512 acc 0.830 | val_loss 0.610 val_acc 0.780"
    assert models.format_epoch(1, {"loss": 2.0}, digits=1) == "epoch 1: loss 2.0"
    with pytest.raises(ValueError, match="epoch"):
        models.format_epoch(0, logs)
    with pytest.raises(TypeError, match="dict"):
        models.format_epoch(1, [0.5])


def test_epoch_log_prints_one_line_per_epoch(capsys: pytest.CaptureFixture[str]) -> None:
    import keras

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x, y = rng.random((64, 5)).astype(np.float32), rng.integers(0, 3, 64)
    model = models.mlp_classifier(5, 3, hidden=(8,))
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    log = models.EpochLog(prefix="[t] ")
    history = model.fit(x, y, epochs=3, batch_size=16, validation_data=(x, y), verbose=0, callbacks=[log])
    lines = capsys.readouterr().out.splitlines()
    assert lines == log.lines and len(lines) == 3
    pattern = r"\[t\] epoch \d: loss \d\.\d{3} acc \d\.\d{3} \| val_loss \d\.\d{3} val_acc \d\.\d{3}"
    assert all(re.fullmatch(pattern, line) for line in lines)
    assert lines[-1].endswith(f"val_acc {history.history['val_accuracy'][-1]:.3f}")
    sparse = models.EpochLog(every=2)
    model.fit(x, y, epochs=3, batch_size=16, verbose=0, callbacks=[sparse])
    assert [line.split(":")[0] for line in capsys.readouterr().out.splitlines()] == ["epoch 2", "epoch 3"]
    assert isinstance(log, keras.callbacks.Callback)
    with pytest.raises(ValueError, match="every"):
        models.EpochLog(every=0)


def test_print_summary_is_plain_text_with_light_lines(capsys) -> None:
    from course_utils.models import print_summary

    model = models.mlp_classifier(4, 3, hidden=(5,))
    print_summary(model, line_length=60)
    out = capsys.readouterr().out
    assert "Total params: 43" in out  # (4*5 + 5) + (5*3 + 3)
    assert "━" not in out and "\x1b[" not in out and "─" in out
    with pytest.raises(TypeError, match="summary"):
        print_summary(object())
