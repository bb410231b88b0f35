"""Optimizers' update rules in NumPy (chapter 07-04), with the same formulas as ``keras.optimizers`` (Keras 3).

Notation: ``w`` a parameter, ``g = dL/dw`` its gradient, ``eta`` the learning rate, ``t = 1, 2, ...`` the step.

- SGD:       ``w <- w - eta g``
- Momentum:  ``v <- mu v - eta g``;  ``w <- w + v``           (Keras' sign: ``v`` is the step itself, ``v_0 = 0``)
- Adagrad:   ``G <- G + g**2``;  ``w <- w - eta g / sqrt(G + eps)``           (``G_0 = 0.1`` in Keras)
- RMSprop:   ``v <- rho v + (1 - rho) g**2``;  ``w <- w - eta g / sqrt(v + eps)``
- Adam:      ``m <- m + (1 - beta_1)(g - m)``; ``v <- v + (1 - beta_2)(g**2 - v)``;
             ``alpha_t = eta sqrt(1 - beta_2**t) / (1 - beta_1**t)``;  ``w <- w - alpha_t m / (sqrt(v) + eps)``

Note where ``eps`` sits: inside the square root for Adagrad and RMSprop, outside it for Adam (and Adam's
bias correction is folded into ``alpha_t``, so ``eps`` is not rescaled). The functions are pure and return
the new values; the classes keep the state (``v``, ``G``, ``m``, ``t``) per parameter name and update the
arrays in place, like ``optimizer.apply_gradients``. Defaults are Keras' defaults.

Precision: these functions use the hyperparameters exactly as given (float64). Keras keeps ``learning_rate``
in a float32 variable and casts ``momentum``, Adam's ``beta_1``/``beta_2`` (for ``beta**t``) and Adagrad's
``initial_accumulator_value`` through float32, so even float64 Keras variables differ slightly unless those
values are exact in float32 (0.5, 0.875, 1 - 2**-10, ...); notebook 07-04 shows the effect on Adam.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

# --- one update per rule: pure functions named after the equations -----------------------------------


def sgd_update(w: np.ndarray, g: np.ndarray, eta: float) -> np.ndarray:
    """``w - eta g``."""
    return w - eta * g


def momentum_update(
    w: np.ndarray, v: np.ndarray, g: np.ndarray, eta: float, mu: float
) -> tuple[np.ndarray, np.ndarray]:
    """``v = mu v - eta g``; ``w = w + v``. Returns ``(w, v)``."""
    v = mu * v - eta * g
    return w + v, v


def adagrad_update(
    w: np.ndarray, G: np.ndarray, g: np.ndarray, eta: float, eps: float
) -> tuple[np.ndarray, np.ndarray]:
    """``G = G + g**2``; ``w = w - eta g / sqrt(G + eps)``. Returns ``(w, G)``."""
    G = G + g**2
    return w - eta * g / np.sqrt(G + eps), G


def rmsprop_update(
    w: np.ndarray, v: np.ndarray, g: np.ndarray, eta: float, rho: float, eps: float
) -> tuple[np.ndarray, np.ndarray]:
    """``v = rho v + (1 - rho) g**2``; ``w = w - eta g / sqrt(v + eps)``. Returns ``(w, v)``."""
    v = rho * v + (1.0 - rho) * g**2
    return w - eta * g / np.sqrt(v + eps), v


def adam_update(
    w: np.ndarray,
    m: np.ndarray,
    v: np.ndarray,
    g: np.ndarray,
    t: int,
    eta: float,
    beta_1: float,
    beta_2: float,
    eps: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Adam step ``t`` (1-based), Keras' form. Returns ``(w, m, v)``.

    ``m = m + (1 - beta_1)(g - m)``, ``v = v + (1 - beta_2)(g**2 - v)``,
    ``alpha_t = eta sqrt(1 - beta_2**t) / (1 - beta_1**t)``, ``w = w - alpha_t m / (sqrt(v) + eps)``.
    """
    m = m + (1.0 - beta_1) * (g - m)
    v = v + (1.0 - beta_2) * (g**2 - v)
    alpha_t = eta * np.sqrt(1.0 - beta_2**t) / (1.0 - beta_1**t)
    return w - alpha_t * m / (np.sqrt(v) + eps), m, v


# --- stateful optimizers: one state entry per parameter name ------------------------------------------


def _check_rate(value: float, name: str, *, low: float = 0.0, high: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)):
        raise TypeError(f"{name} must be a number, got {type(value).__name__}")
    value = float(value)
    if not np.isfinite(value) or value < low or (high is not None and value >= high):
        bound = f"[{low}, {high})" if high is not None else f">= {low}"
        raise ValueError(f"{name} must be {bound}, got {value}")
    return value


class Optimizer:
    """Base class: ``step(params, grads)`` updates every ``params[name]`` in place with ``grads[name]``.

    ``params`` maps names to float64 arrays (updated in place); ``grads`` maps the same names to arrays
    of the same shapes. State arrays are created on the first step, like Keras' slot variables.
    """

    def __init__(self, learning_rate: float) -> None:
        self.learning_rate = _check_rate(learning_rate, "learning_rate")
        self.iterations = 0  # number of steps taken, as optimizer.iterations
        self.state: dict[str, dict[str, np.ndarray]] = {}

    def step(self, params: Mapping[str, np.ndarray], grads: Mapping[str, np.ndarray]) -> None:
        """Apply one update to every parameter (in place) and count one iteration."""
        if not isinstance(params, Mapping) or not isinstance(grads, Mapping):
            raise TypeError("params and grads must be dicts {name: array}, e.g. {'W': W, 'b': b}")
        if set(params) != set(grads):
            raise ValueError(f"params and grads must have the same names, got {sorted(params)} and {sorted(grads)}")
        self.iterations += 1
        for name, w in params.items():
            if not isinstance(w, np.ndarray) or w.dtype != np.float64:
                raise TypeError(f"params[{name!r}] must be a float64 np.ndarray (updated in place), got {w!r:.60}")
            g = np.asarray(grads[name], dtype=np.float64)
            if g.shape != w.shape:
                raise ValueError(f"grads[{name!r}] must have the shape of params[{name!r}] {w.shape}, got {g.shape}")
            if not np.all(np.isfinite(g)):
                raise ValueError(f"grads[{name!r}] contains NaN or inf")
            if name not in self.state:
                self.state[name] = self._init_state(w)
            w[...] = self._update(w, g, self.state[name])

    def _init_state(self, w: np.ndarray) -> dict[str, np.ndarray]:
        return {}

    def _update(self, w: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> np.ndarray:
        raise NotImplementedError


class SGD(Optimizer):
    """``keras.optimizers.SGD(learning_rate, momentum)``: plain SGD, or momentum when ``momentum > 0``."""

    def __init__(self, learning_rate: float = 0.01, momentum: float = 0.0) -> None:
        super().__init__(learning_rate)
        self.momentum = _check_rate(momentum, "momentum", high=1.0)

    def _init_state(self, w: np.ndarray) -> dict[str, np.ndarray]:
        return {"v": np.zeros_like(w)} if self.momentum else {}

    def _update(self, w: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> np.ndarray:
        if not self.momentum:
            return sgd_update(w, g, self.learning_rate)
        w_new, state["v"] = momentum_update(w, state["v"], g, self.learning_rate, self.momentum)
        return w_new


class Adagrad(Optimizer):
    """``keras.optimizers.Adagrad``: the accumulator ``G`` starts at ``initial_accumulator_value = 0.1``."""

    def __init__(
        self, learning_rate: float = 0.001, initial_accumulator_value: float = 0.1, epsilon: float = 1e-7
    ) -> None:
        super().__init__(learning_rate)
        self.initial_accumulator_value = _check_rate(initial_accumulator_value, "initial_accumulator_value")
        self.epsilon = _check_rate(epsilon, "epsilon")

    def _init_state(self, w: np.ndarray) -> dict[str, np.ndarray]:
        return {"G": np.full_like(w, self.initial_accumulator_value)}

    def _update(self, w: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> np.ndarray:
        w_new, state["G"] = adagrad_update(w, state["G"], g, self.learning_rate, self.epsilon)
        return w_new


class RMSprop(Optimizer):
    """``keras.optimizers.RMSprop(learning_rate, rho, epsilon)`` (no momentum, not centered)."""

    def __init__(self, learning_rate: float = 0.001, rho: float = 0.9, epsilon: float = 1e-7) -> None:
        super().__init__(learning_rate)
        self.rho = _check_rate(rho, "rho", high=1.0)
        self.epsilon = _check_rate(epsilon, "epsilon")

    def _init_state(self, w: np.ndarray) -> dict[str, np.ndarray]:
        return {"v": np.zeros_like(w)}

    def _update(self, w: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> np.ndarray:
        w_new, state["v"] = rmsprop_update(w, state["v"], g, self.learning_rate, self.rho, self.epsilon)
        return w_new


class Adam(Optimizer):
    """``keras.optimizers.Adam(learning_rate, beta_1, beta_2, epsilon)`` (no amsgrad)."""

    def __init__(
        self, learning_rate: float = 0.001, beta_1: float = 0.9, beta_2: float = 0.999, epsilon: float = 1e-7
    ) -> None:
        super().__init__(learning_rate)
        self.beta_1 = _check_rate(beta_1, "beta_1", high=1.0)
        self.beta_2 = _check_rate(beta_2, "beta_2", high=1.0)
        self.epsilon = _check_rate(epsilon, "epsilon")

    def _init_state(self, w: np.ndarray) -> dict[str, np.ndarray]:
        return {"m": np.zeros_like(w), "v": np.zeros_like(w)}

    def _update(self, w: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> np.ndarray:
        w_new, state["m"], state["v"] = adam_update(
            w, state["m"], state["v"], g, self.iterations, self.learning_rate, self.beta_1, self.beta_2, self.epsilon
        )
        return w_new


__all__ = [
    "SGD",
    "Adagrad",
    "Adam",
    "Optimizer",
    "RMSprop",
    "adagrad_update",
    "adam_update",
    "momentum_update",
    "rmsprop_update",
    "sgd_update",
]
