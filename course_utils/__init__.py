"""Companion package of the Korean course for "딥 러닝을 이용한 자연어 처리 입문".

Importing this package is cheap: it never imports TensorFlow, KoNLPy or kss. Modules that
need them import them inside the functions that use them.

Typical first cell of a notebook::

    from course_utils import setup_notebook
    setup_notebook()
"""

from course_utils.encoding import Tokenizer, pad_sequences, to_categorical
from course_utils.setup.notebook import setup_notebook

__version__ = "0.1.0"

__all__ = ["setup_notebook", "Tokenizer", "pad_sequences", "to_categorical", "__version__"]
