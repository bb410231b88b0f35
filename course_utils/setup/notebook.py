"""One call at the top of every notebook: quiet logs, fixed seeds, Hangul in plots."""

from __future__ import annotations

import logging
import os
import random
import sys
import warnings

from course_utils.validation import check_int

# Environment variables TensorFlow reads once, when it is first imported.
_TF_ENV = {
    "TF_CPP_MIN_LOG_LEVEL": "3",  # C++ INFO/WARNING/ERROR lines on stderr
    "TF_ENABLE_ONEDNN_OPTS": "0",  # oneDNN reorders float sums: turn off for repeatable numbers
}


def quiet_tensorflow_env() -> None:
    """Set TensorFlow's logging environment; must run before ``import tensorflow``."""
    for key, value in _TF_ENV.items():
        os.environ.setdefault(key, value)


def _use_course_nltk_data() -> None:
    """Point NLTK at the course's data folder (built by ``make``), without importing NLTK."""
    from course_utils.setup.paths import nltk_data_dir

    os.environ.setdefault("NLTK_DATA", str(nltk_data_dir()))
    if "nltk.data" in sys.modules:  # NLTK read NLTK_DATA when it was imported: update its path too
        from course_utils.setup.nltk_data import use_course_nltk_data

        use_course_nltk_data()


def _seed_tensorflow(seed: int) -> str:
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(seed)  # Python, NumPy and TensorFlow in one call
    tf.config.experimental.enable_op_determinism()
    tf.get_logger().setLevel(logging.ERROR)
    return tf.__version__


def setup_notebook(seed: int = 42, *, tensorflow: bool = False, verbose: bool = True) -> None:
    """Prepare a notebook kernel for the course.

    - sets TensorFlow's log level and oneDNN switch before TensorFlow is imported;
    - points NLTK at the course's offline data folder (``.nltk_data``, see ``course_utils.setup.nltk_data``);
    - seeds Python's ``random`` and NumPy (and TensorFlow with op determinism if ``tensorflow=True``);
    - silences absl and the loggers of kss/KoNLPy/JPype at the source;
    - registers a Hangul font for matplotlib and sets pandas display options.

    Args:
        seed: a non-negative integer used for every random generator.
        tensorflow: import and seed TensorFlow too (takes a few seconds; only notebooks that use it).
        verbose: print one line saying what was set.
    """
    check_int(seed, "seed", minimum=0, type_error=ValueError)
    if tensorflow and "tensorflow" in sys.modules and "TF_CPP_MIN_LOG_LEVEL" not in os.environ:
        warnings.warn(
            "TensorFlow was imported before setup_notebook(); call setup_notebook() first "
            "so its log settings take effect.",
            stacklevel=2,
        )
    quiet_tensorflow_env()
    _use_course_nltk_data()
    os.environ.setdefault("PYTHONHASHSEED", str(seed))  # for subprocesses started from here

    random.seed(seed)
    import numpy as np

    np.random.seed(seed)

    for name in ("absl", "kss", "konlpy", "jpype", "matplotlib.font_manager"):
        logging.getLogger(name).setLevel(logging.ERROR)

    tf_version = _seed_tensorflow(seed) if tensorflow else None

    import matplotlib

    from course_utils.setup.fonts import use_korean_font

    matplotlib.rcParams["figure.dpi"] = 100
    font = use_korean_font()

    import pandas as pd

    pd.set_option("display.max_columns", 20)
    pd.set_option("display.width", 120)
    pd.set_option("display.precision", 4)

    if verbose:
        parts = [f"seed={seed}", f"한글 글꼴={font or '없음 (python -m course_utils doctor 참고)'}"]
        if tf_version:
            parts.append(f"TensorFlow {tf_version}")
        print("노트북 준비 완료: " + ", ".join(parts))
