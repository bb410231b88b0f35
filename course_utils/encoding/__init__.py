"""Integer encoding, padding, one-hot vectors: Keras 2's Tokenizer, pad_sequences, to_categorical.

The three tools of the book's chapter 02, in pure Python/NumPy (no TensorFlow import), with the
arguments, defaults and outputs of the Keras versions, one module each:

- :mod:`~course_utils.encoding.tokenizer`: ``Tokenizer`` (``tf.keras.preprocessing.text.Tokenizer``);
- :mod:`~course_utils.encoding.matrix`: its document-term matrices (``sequences_to_matrix`` modes);
- :mod:`~course_utils.encoding.tokenizer_json`: its JSON form (``tokenizer_from_json``);
- :mod:`~course_utils.encoding.padding`: ``pad_sequences`` (``keras.utils.pad_sequences``);
- :mod:`~course_utils.encoding.one_hot`: ``to_categorical`` (``keras.utils.to_categorical``);
- :mod:`~course_utils.encoding._fast` (private): the vectorized loops behind them, each trick
  explained in its comments.

Example::

    >>> tok = Tokenizer(oov_token="<OOV>")
    >>> tok.fit_on_texts(["the cat sat", "the dog sat down"])
    >>> tok.texts_to_sequences(["the bird sat"])
    [[2, 1, 3]]
    >>> pad_sequences([[2, 1, 3], [4]], maxlen=3).tolist()
    [[2, 1, 3], [0, 0, 4]]
"""

from course_utils.encoding.matrix import MATRIX_MODES
from course_utils.encoding.one_hot import to_categorical
from course_utils.encoding.padding import pad_sequences
from course_utils.encoding.tokenizer import DEFAULT_FILTERS, Tokenizer
from course_utils.encoding.tokenizer_json import tokenizer_from_json

__all__ = ["DEFAULT_FILTERS", "MATRIX_MODES", "Tokenizer", "pad_sequences", "to_categorical", "tokenizer_from_json"]
