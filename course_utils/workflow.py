"""Chapter 1's machine-learning workflow and a model artifact that can be saved without pickle.

``export_tfidf_logreg`` turns a fitted scikit-learn ``TfidfVectorizer`` + binary
``LogisticRegression`` into plain JSON-able numbers; :class:`TfidfLogRegModel` reloads them and
predicts with NumPy alone:

    x = tf(t, d) * idf(t),  x <- x / ||x||_2,  p(y=1 | d) = sigmoid(w . x + b)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from course_utils.bow import document_term_matrix, weight_tf_idf
from course_utils.nn.activations import sigmoid

WORKFLOW_STEPS: tuple[tuple[str, str], ...] = (
    ("수집", "Acquisition"),
    ("점검 및 탐색", "Inspection and exploration"),
    ("전처리 및 정제", "Preprocessing and Cleaning"),
    ("모델링 및 훈련", "Modeling and Training"),
    ("평가", "Evaluation"),
    ("배포", "Deployment"),
)

FORMAT = "course_utils.tfidf_logreg/1"


def export_tfidf_logreg(vectorizer: Any, model: Any) -> dict[str, Any]:
    """Return the numbers of a fitted ``TfidfVectorizer`` + binary ``LogisticRegression`` as a dict.

    Only the configuration the NumPy predictor reproduces is accepted: whitespace-separated
    pre-tokenized input (``token_pattern=r"\\S+"``, ``lowercase=False``), unigrams, ``norm="l2"``,
    ``sublinear_tf=False``, ``use_idf=True``, two classes.
    """
    params = vectorizer.get_params()
    expected = {
        "token_pattern": r"\S+",
        "lowercase": False,
        "ngram_range": (1, 1),
        "norm": "l2",
        "sublinear_tf": False,
        "use_idf": True,
        "analyzer": "word",
    }
    wrong = {k: params.get(k) for k, v in expected.items() if params.get(k) != v}
    if wrong:
        raise ValueError(f"vectorizer settings not supported by the JSON predictor: {wrong}; use {expected}")
    classes = [c.item() if hasattr(c, "item") else c for c in model.classes_]
    if len(classes) != 2:
        raise ValueError(f"only binary models are supported, got classes {classes}")
    vocabulary = {str(t): int(i) for t, i in vectorizer.vocabulary_.items()}
    return {
        "format": FORMAT,
        "vocabulary": dict(sorted(vocabulary.items(), key=lambda kv: kv[1])),
        "idf": np.asarray(vectorizer.idf_, dtype=float).tolist(),
        "coef": np.asarray(model.coef_, dtype=float).ravel().tolist(),
        "intercept": float(np.asarray(model.intercept_).ravel()[0]),
        "classes": classes,
    }


@dataclass
class TfidfLogRegModel:
    """A TF-IDF + logistic-regression text classifier that predicts with NumPy only."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    classes: list[Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TfidfLogRegModel:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(
                f"not a {FORMAT} artifact (format={data.get('format') if isinstance(data, dict) else None!r})"
            )
        return cls(
            vocabulary=dict(data["vocabulary"]),
            idf=np.asarray(data["idf"], dtype=float),
            coef=np.asarray(data["coef"], dtype=float),
            intercept=float(data["intercept"]),
            classes=list(data["classes"]),
        )

    def save(self, path: str | Path) -> Path:
        """Write the model as UTF-8 JSON and return the path."""
        path = Path(path)
        data = {
            "format": FORMAT,
            "vocabulary": self.vocabulary,
            "idf": self.idf.tolist(),
            "coef": self.coef.tolist(),
            "intercept": self.intercept,
            "classes": self.classes,
        }
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> TfidfLogRegModel:
        """Read a model written by :meth:`save` (or ``json.dump(export_tfidf_logreg(...))``)."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def transform(self, documents: list[str]) -> np.ndarray:
        """TF-IDF rows, L2-normalised; tokens are separated by whitespace, unknown ones ignored."""
        if isinstance(documents, str) or not isinstance(documents, (list, tuple)):
            raise TypeError("documents must be a list of whitespace-tokenized strings")
        tokens = []
        for row, doc in enumerate(documents):
            if not isinstance(doc, str):
                raise TypeError(f"documents[{row}] must be a str, got {type(doc).__name__}")
            tokens.append(doc.split())
        if not tokens:
            return np.zeros((0, len(self.idf)))
        counts, _ = document_term_matrix(tokens, vocab=self.vocabulary)  # (n, |V|), unknown tokens ignored
        return weight_tf_idf(counts, self.idf, norm="l2")

    def predict_proba(self, documents: list[str]) -> np.ndarray:
        """Probability of ``classes[1]`` for each document: sigmoid(w . x + b)."""
        z = self.transform(documents) @ self.coef + self.intercept
        return sigmoid(z)

    def predict(self, documents: list[str]) -> list[Any]:
        """The predicted class label of each document."""
        return [self.classes[int(p >= 0.5)] for p in self.predict_proba(documents)]
