"""course_utils.nn.optim against keras.optimizers, step by step on the same gradients."""

from __future__ import annotations

import numpy as np
import pytest

from course_utils.nn import optim

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

STEPS = 25
SHAPES = {"W": (3, 2), "b": (2,)}

# (course class, keras class, kwargs). Keras keeps learning_rate in a float32 variable and casts momentum,
# beta_1 (in beta_1**t) and initial_accumulator_value through float32, so the float64 runs use values that
# float32 holds exactly (0.875, 1 - 2**-10, ...): then the two agree to float64 rounding.
CASES = [
    (optim.SGD, keras.optimizers.SGD, {"learning_rate": 0.125}),
    (optim.SGD, keras.optimizers.SGD, {"learning_rate": 0.125, "momentum": 0.875}),
    (optim.Adagrad, keras.optimizers.Adagrad, {"learning_rate": 0.25, "initial_accumulator_value": 0.125}),
    (optim.Adagrad, keras.optimizers.Adagrad, {"learning_rate": 0.25, "initial_accumulator_value": 0.0}),
    (optim.RMSprop, keras.optimizers.RMSprop, {"learning_rate": 0.0625, "rho": 0.8}),
    (optim.Adam, keras.optimizers.Adam, {"learning_rate": 0.0625, "beta_1": 0.875, "beta_2": 1 - 2**-10}),
    (optim.Adam, keras.optimizers.Adam, {"learning_rate": 0.0625, "beta_1": 0.5, "beta_2": 0.75}),
]
IDS = [f"{mine.__name__}-{kw}" for mine, _, kw in CASES]


def _gradients(seed: int) -> list[dict[str, np.ndarray]]:
    rng = np.random.default_rng(seed)
    return [{k: rng.normal(scale=2.0, size=s) for k, s in SHAPES.items()} for _ in range(STEPS)]


def _run(mine_cls, keras_cls, kwargs, dtype: str) -> float:
    rng = np.random.default_rng(1)
    init = {k: rng.normal(size=s) for k, s in SHAPES.items()}
    params = {k: v.copy() for k, v in init.items()}
    variables = {k: keras.Variable(v, dtype=dtype) for k, v in init.items()}
    mine, ref = mine_cls(**kwargs), keras_cls(**kwargs)
    worst = 0.0
    for grads in _gradients(2):
        mine.step(params, grads)
        ref.apply_gradients([(tf.constant(grads[k], dtype=dtype), variables[k]) for k in SHAPES])
        worst = max(worst, max(float(np.max(np.abs(params[k] - variables[k].numpy()))) for k in SHAPES))
    assert mine.iterations == int(ref.iterations.numpy()) == STEPS
    return worst


@pytest.mark.parametrize(("mine_cls", "keras_cls", "kwargs"), CASES, ids=IDS)
def test_matches_keras_float64(mine_cls, keras_cls, kwargs) -> None:
    assert _run(mine_cls, keras_cls, kwargs, "float64") < 1e-12


@pytest.mark.parametrize(("mine_cls", "keras_cls", "kwargs"), CASES, ids=IDS)
def test_matches_keras_float32_defaults(mine_cls, keras_cls, kwargs) -> None:
    kwargs = {"momentum": 0.9} if "momentum" in kwargs else {}  # Keras' default hyperparameters
    assert _run(mine_cls, keras_cls, kwargs, "float32") < 1e-6


def test_functions_follow_the_equations() -> None:
    w, g = np.array([1.0, -2.0]), np.array([0.5, 4.0])
    np.testing.assert_allclose(optim.sgd_update(w, g, 0.1), w - 0.1 * g)
    w1, v1 = optim.momentum_update(w, np.zeros(2), g, 0.1, 0.9)
    np.testing.assert_allclose(v1, -0.1 * g)
    w2, _ = optim.momentum_update(w1, v1, g, 0.1, 0.9)
    np.testing.assert_allclose(w2, w1 + 0.9 * v1 - 0.1 * g)
    _, G = optim.adagrad_update(w, np.full(2, 0.1), g, 0.1, 1e-7)
    np.testing.assert_allclose(G, 0.1 + g**2)
    # Adam's first step moves each weight by about eta against the sign of its gradient
    w3, m, v = optim.adam_update(w, np.zeros(2), np.zeros(2), g, 1, 0.01, 0.9, 0.999, 1e-7)
    np.testing.assert_allclose(w3, w - 0.01 * np.sign(g), atol=1e-8)
    np.testing.assert_allclose(m, 0.1 * g)
    np.testing.assert_allclose(v, 0.001 * g**2)


def test_bad_input() -> None:
    W = np.zeros((2, 2))
    opt = optim.Adam()
    with pytest.raises(ValueError, match=r"grads\['W'\] must have the shape of params\['W'\] \(2, 2\)"):
        opt.step({"W": W}, {"W": np.zeros(2)})
    with pytest.raises(ValueError, match="same names"):
        opt.step({"W": W}, {"V": W})
    with pytest.raises(TypeError, match="float64"):
        opt.step({"W": np.zeros((2, 2), dtype=np.float32)}, {"W": W})
    with pytest.raises(TypeError, match="dicts"):
        opt.step([W], [W])
    with pytest.raises(ValueError, match="NaN"):
        opt.step({"W": W}, {"W": np.full((2, 2), np.nan)})
    with pytest.raises(ValueError, match="learning_rate"):
        optim.SGD(learning_rate=-1.0)
    with pytest.raises(ValueError, match="momentum"):
        optim.SGD(momentum=1.0)
    with pytest.raises(TypeError, match="rho"):
        optim.RMSprop(rho="0.9")
