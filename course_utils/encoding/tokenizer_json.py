"""A :class:`~course_utils.encoding.tokenizer.Tokenizer` as JSON, in Keras 2's format (never pickle).

:func:`tokenizer_config` is ``Tokenizer.get_config()``: the settings plus the vocabulary dicts,
each dict written as a JSON string, exactly as Keras writes them, so that Keras'
``tokenizer_from_json`` reads ours and :func:`tokenizer_from_json` reads Keras'.
"""

from __future__ import annotations

import json
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from course_utils.validation import describe

if TYPE_CHECKING:
    from course_utils.encoding.tokenizer import Tokenizer

__all__ = ["tokenizer_config", "tokenizer_from_json"]


def tokenizer_config(tokenizer: Tokenizer) -> dict[str, Any]:
    """The tokenizer's settings and vocabulary in Keras' format (dicts as JSON strings)."""
    return {
        "num_words": tokenizer.num_words,
        "filters": tokenizer.filters,
        "lower": tokenizer.lower,
        "split": tokenizer.split,
        "char_level": tokenizer.char_level,
        "oov_token": tokenizer.oov_token,
        "document_count": tokenizer.document_count,
        "word_counts": json.dumps(tokenizer.word_counts),
        "word_docs": json.dumps(tokenizer.word_docs),
        "index_docs": json.dumps(tokenizer.index_docs),
        "index_word": json.dumps(tokenizer.index_word),
        "word_index": json.dumps(tokenizer.word_index),
    }


def tokenizer_from_json(json_string: str, *, analyzer: Callable[[str], Iterable[str]] | None = None) -> Tokenizer:
    """Rebuild a :class:`Tokenizer` from :meth:`Tokenizer.to_json` text (ours or Keras').

    JSON turns integer keys into strings; ``index_word``/``index_docs`` get int keys back.
    ``analyzer`` (not stored in JSON) may be passed again.
    """
    if not isinstance(json_string, str):
        raise TypeError(f"json_string must be the JSON text (str), got {describe(json_string)}")
    try:
        data = json.loads(json_string)
        config = dict(data["config"])
        word_counts = json.loads(config.pop("word_counts"))
        word_docs = json.loads(config.pop("word_docs"))
        index_docs = {int(k): v for k, v in json.loads(config.pop("index_docs")).items()}
        index_word = {int(k): v for k, v in json.loads(config.pop("index_word")).items()}
        word_index = json.loads(config.pop("word_index"))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(
            "not a Tokenizer JSON (expected the text of tokenizer.to_json(); to read a file use "
            f"Tokenizer.load(path)): {exc}"
        ) from None
    from course_utils.encoding.tokenizer import Tokenizer  # tokenizer.py imports this module

    tokenizer = Tokenizer(analyzer=analyzer, **config)
    tokenizer.word_counts = OrderedDict(word_counts)
    tokenizer.word_docs = defaultdict(int, word_docs)
    tokenizer.index_docs = defaultdict(int, index_docs)
    tokenizer.word_index = word_index
    tokenizer.index_word = index_word
    return tokenizer
