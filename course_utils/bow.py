"""Bag of Words, the document-term matrix (DTM) and TF-IDF, written out step by step.

Bag of Words (BoW) forgets word order and keeps only how often each word occurs:

1. give every word of the vocabulary its own integer index (:func:`build_vocabulary`);
2. make a vector whose position ``i`` holds the count of word ``i`` (:func:`bag_of_words`).

Stacking the BoW vectors of ``n`` documents gives the DTM (:func:`document_term_matrix`), an
``n x |V|`` matrix. TF-IDF re-weights it (:func:`tf_idf`), in scikit-learn's conventions::

    tf(t, d)  = count of t in d                      (sublinear_tf=True: 1 + ln(count), 0 stays 0)
    idf(t)    = ln((1 + n) / (1 + df(t))) + 1        (smooth_idf=True, scikit-learn's default)
              = ln(n / df(t)) + 1                    (smooth_idf=False)
    tfidf     = tf * idf, then each row divided by its L2 (or L1) norm (norm=None: not divided)

``df(t)`` is the number of documents that contain ``t``. With ``add_one=False`` the ``+ 1`` after
the logarithm is dropped (``ln(n / df)`` is the textbook idf; a word in every document then gets 0).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from course_utils.validation import as_list

#: Okt part-of-speech tags kept by :func:`content_morphemes`.
CONTENT_TAGS = ("Noun", "Verb", "Adjective", "Alpha")

__all__ = [
    "build_vocabulary",
    "bag_of_words",
    "document_term_matrix",
    "document_frequency",
    "idf",
    "tf_idf",
    "weight_tf_idf",
    "content_morphemes",
]


def _check_docs(docs: Any) -> list[list[str]]:
    items = as_list(docs, "docs", what="a list of token lists", hint="tokenize each document first")
    if not items:
        raise ValueError("docs is empty; pass at least one tokenized document")
    result = []
    for i, doc in enumerate(items):
        if isinstance(doc, str):
            raise TypeError(f"docs[{i}] is a str; every document must be a list of tokens (e.g. text.split())")
        tokens = list(doc)
        for t in tokens:
            if not isinstance(t, str):
                raise TypeError(f"docs[{i}] contains {type(t).__name__} {t!r}; tokens must be str")
        result.append(tokens)
    return result


def build_vocabulary(docs: Iterable[Sequence[str]], *, order: str = "sorted") -> dict[str, int]:
    """Step 1 of BoW: ``{word: index}`` for every distinct token of ``docs``.

    Args:
        order: ``"sorted"`` (alphabetical, as scikit-learn's ``CountVectorizer``) or ``"first"``
            (in order of first appearance).
    """
    documents = _check_docs(docs)
    if order not in ("sorted", "first"):
        raise ValueError(f"order must be 'sorted' or 'first', got {order!r}")
    words = list(dict.fromkeys(t for doc in documents for t in doc))
    if not words:
        raise ValueError("docs contain no tokens; the vocabulary would be empty")
    if order == "sorted":
        words.sort()
    return {w: i for i, w in enumerate(words)}


def _check_vocab(vocab: Any) -> dict[str, int]:
    if not isinstance(vocab, Mapping) or not vocab:
        raise TypeError("vocab must be a non-empty dict {word: index} (see build_vocabulary)")
    indices = sorted(vocab.values())
    if indices != list(range(len(vocab))):
        raise ValueError("vocab indices must be exactly 0 .. len(vocab) - 1")
    return dict(vocab)


def bag_of_words(tokens: Sequence[str], vocab: Mapping[str, int]) -> np.ndarray:
    """Step 2 of BoW: the count vector of ``tokens`` (int64, length ``len(vocab)``).

    Tokens missing from ``vocab`` are ignored, as ``CountVectorizer.transform`` does.
    """
    (doc,) = _check_docs([tokens])
    return _count_vector(doc, _check_vocab(vocab))


def _count_vector(doc: list[str], index: dict[str, int]) -> np.ndarray:
    vector = np.zeros(len(index), dtype=np.int64)  # (|V|,)
    for t in doc:
        if t in index:
            vector[index[t]] += 1
    return vector


def document_term_matrix(
    docs: Iterable[Sequence[str]], vocab: Mapping[str, int] | None = None
) -> tuple[np.ndarray, list[str]]:
    """The DTM of ``docs`` (rows: documents, columns: words) and the column words.

    Without ``vocab`` the vocabulary is ``build_vocabulary(docs)`` (alphabetical).
    """
    documents = _check_docs(docs)
    index = build_vocabulary(documents) if vocab is None else _check_vocab(vocab)
    dtm = np.vstack([_count_vector(doc, index) for doc in documents])  # (n, |V|)
    words = sorted(index, key=index.__getitem__)
    return dtm, words


def _check_dtm(dtm: Any) -> np.ndarray:
    matrix = np.asarray(dtm, dtype=np.float64)
    if matrix.ndim != 2:
        raise ValueError(f"dtm must be a 2-D matrix (documents x words), got shape {matrix.shape}")
    if matrix.shape[0] == 0 or matrix.shape[1] == 0:
        raise ValueError(f"dtm must have at least one document and one word, got shape {matrix.shape}")
    if np.any(matrix < 0) or not np.all(np.isfinite(matrix)):
        raise ValueError("dtm must hold non-negative finite counts")
    return matrix


def document_frequency(dtm: Any) -> np.ndarray:
    """``df(t)``: in how many documents (rows) each word (column) occurs."""
    return (_check_dtm(dtm) > 0).sum(axis=0).astype(np.int64)


def idf(dtm: Any, *, smooth_idf: bool = True, add_one: bool = True) -> np.ndarray:
    """Inverse document frequency of each column of ``dtm``.

    ``smooth_idf`` adds one imaginary document containing every word (``n + 1``, ``df + 1``);
    ``add_one`` adds 1 after the logarithm. ``smooth_idf=False`` needs ``df > 0`` for every column.
    """
    matrix = _check_dtm(dtm)
    n = matrix.shape[0]
    df = document_frequency(matrix).astype(np.float64)
    if smooth_idf:
        n, df = n + 1, df + 1
    elif np.any(df == 0):
        raise ValueError("a word occurs in no document (df = 0): ln(n / 0) is undefined; use smooth_idf=True")
    return np.log(n / df) + (1.0 if add_one else 0.0)


def tf_idf(
    dtm: Any,
    *,
    smooth_idf: bool = True,
    sublinear_tf: bool = False,
    norm: str | None = "l2",
    add_one: bool = True,
) -> np.ndarray:
    """TF-IDF of a count matrix, as scikit-learn's ``TfidfTransformer`` computes it.

    A row whose weights are all 0 stays 0 when normalised.
    """
    matrix = _check_dtm(dtm)
    return weight_tf_idf(
        matrix, idf(matrix, smooth_idf=smooth_idf, add_one=add_one), sublinear_tf=sublinear_tf, norm=norm
    )


def weight_tf_idf(counts: Any, idf_values: Any, *, sublinear_tf: bool = False, norm: str | None = "l2") -> np.ndarray:
    """``tf * idf`` with a given ``idf`` (e.g. learned on training documents), rows normalised.

    The second half of :func:`tf_idf`, and what a fitted ``TfidfVectorizer.transform`` does to new
    documents' counts. A row whose weights are all 0 stays 0 when normalised.
    """
    matrix = _check_dtm(counts)
    weights_idf = np.asarray(idf_values, dtype=np.float64)
    if weights_idf.shape != (matrix.shape[1],):
        raise ValueError(
            f"idf_values must have one value per column, shape ({matrix.shape[1]},), got {weights_idf.shape}"
        )
    if norm not in ("l2", "l1", None):
        raise ValueError(f"norm must be 'l2', 'l1' or None, got {norm!r}")
    tf = matrix.copy()
    if sublinear_tf:
        positive = tf > 0
        tf[positive] = 1.0 + np.log(tf[positive])
    weights = tf * weights_idf  # (n, |V|)
    if norm is None:
        return weights
    lengths = np.sqrt((weights**2).sum(axis=1)) if norm == "l2" else np.abs(weights).sum(axis=1)  # (n,)
    lengths[lengths == 0] = 1.0
    return weights / lengths[:, None]


def content_morphemes(text: str, tags: Sequence[str] = CONTENT_TAGS) -> list[str]:
    """Okt morphemes of ``text`` whose part-of-speech tag is in ``tags``.

    The default keeps nouns, verbs, adjectives and Latin-alphabet words and drops particles
    (조사), endings, punctuation and numbers: a tokenizer for Korean documents, e.g.
    ``TfidfVectorizer(tokenizer=content_morphemes, token_pattern=None, lowercase=False)``.
    Starts KoNLPy's JVM on first use.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if isinstance(tags, str) or not tags:
        raise ValueError("tags must be a non-empty list of Okt tags, e.g. ['Noun', 'Verb']")
    from course_utils.text.korean import get_analyzer

    keep = set(tags)
    return [word for word, tag in get_analyzer("okt").pos(text) if tag in keep]
