"""The JSON model artifact of notebook 01-01 predicts exactly like scikit-learn."""

from __future__ import annotations

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from course_utils.workflow import WORKFLOW_STEPS, TfidfLogRegModel, export_tfidf_logreg

DOCS = ["가 나 다", "가 가 라", "마 바 사", "마 사 사 아", "가 다 다", "바 아 아"]
LABELS = ["A", "A", "B", "B", "A", "B"]


def _fit(**vec_kwargs):
    vec = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, **vec_kwargs)
    model = LogisticRegression(C=10.0).fit(vec.fit_transform(DOCS), LABELS)
    return vec, model


def test_roundtrip_matches_sklearn(tmp_path) -> None:
    vec, model = _fit()
    deployed = TfidfLogRegModel.from_dict(export_tfidf_logreg(vec, model))
    path = deployed.save(tmp_path / "m.json")
    reloaded = TfidfLogRegModel.load(path)
    queries = ["가 나", "사 아 모름", "", "다 다 다 바"]
    expected = model.predict_proba(vec.transform(queries))[:, 1]
    assert reloaded.predict_proba(queries) == pytest.approx(expected, abs=1e-12)
    assert reloaded.predict(queries) == model.predict(vec.transform(queries)).tolist()


def test_unsupported_settings_are_refused() -> None:
    vec, model = _fit(sublinear_tf=True)
    with pytest.raises(ValueError, match="sublinear_tf"):
        export_tfidf_logreg(vec, model)


def test_bad_artifact_and_input() -> None:
    with pytest.raises(ValueError, match="artifact"):
        TfidfLogRegModel.from_dict({"format": "other"})
    vec, model = _fit()
    deployed = TfidfLogRegModel.from_dict(export_tfidf_logreg(vec, model))
    with pytest.raises(TypeError, match="list"):
        deployed.predict("가 나")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"documents\[1\]"):
        deployed.predict(["가", 3])  # type: ignore[list-item]


def test_workflow_has_six_steps() -> None:
    assert [k for k, _ in WORKFLOW_STEPS] == [
        "수집",
        "점검 및 탐색",
        "전처리 및 정제",
        "모델링 및 훈련",
        "평가",
        "배포",
    ]
