"""Unit tests of course_utils' core: notebook setup, fonts, Java check, doctor, verify, workflow."""

from __future__ import annotations

import os
import random
import warnings

import numpy as np
import pytest

from course_utils import setup_notebook
from course_utils.setup import doctor, java
from course_utils.setup.fonts import bundled_font_file, find_korean_font
from course_utils.setup.paths import data_path
from course_utils.verify import compare_arrays, compare_equal


def test_setup_notebook_seeds_and_quiets(capsys: pytest.CaptureFixture[str]) -> None:
    setup_notebook(7)
    first = (random.random(), float(np.random.rand()))
    setup_notebook(7, verbose=False)
    assert (random.random(), float(np.random.rand())) == first
    assert os.environ["TF_CPP_MIN_LOG_LEVEL"] == "3"
    assert os.environ["TF_ENABLE_ONEDNN_OPTS"] == "0"
    out = capsys.readouterr().out
    assert out.strip() == "노트북 준비 완료: seed=7, 한글 글꼴=NanumGothic"


@pytest.mark.parametrize("bad", [-1, 1.5, "42", None, True])
def test_setup_notebook_rejects_bad_seed(bad: object) -> None:
    with pytest.raises(ValueError, match="seed must be a non-negative int"):
        setup_notebook(bad)  # type: ignore[arg-type]


def test_hangul_renders_without_missing_glyphs(tmp_path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    assert bundled_font_file() is not None
    assert find_korean_font() == "NanumGothic"
    setup_notebook(verbose=False)
    fig, ax = plt.subplots()
    ax.plot([-3, 0, 3], [-1, 0, 1])  # negative tick labels need a minus sign the font has
    ax.set_title("한글 제목")
    ax.set_xlabel("형태소 개수")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)"
        fig.savefig(tmp_path / "hangul.png")
    plt.close(fig)
    assert (tmp_path / "hangul.png").stat().st_size > 1000


def test_require_java_finds_jvm() -> None:
    assert java.require_java()


def test_missing_java_gives_korean_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(java, "find_jvm", lambda: None)
    with pytest.raises(java.JavaNotFoundError) as info:
        java.require_java()
    message = str(info.value)
    assert "Java" in message and "apt-get install" in message and "brew install" in message


def test_analyzer_reports_missing_java(monkeypatch: pytest.MonkeyPatch) -> None:
    from course_utils.text.korean import MorphAnalyzer

    monkeypatch.setattr(java, "find_jvm", lambda: None)
    with pytest.raises(java.JavaNotFoundError):
        MorphAnalyzer("okt").morphs("자바가 없다")


def test_doctor_passes_here(capsys: pytest.CaptureFixture[str]) -> None:
    assert doctor.main() == 0
    out = capsys.readouterr().out
    assert "모든 필수 항목이 준비되었습니다" in out and "NanumGothic" in out


def test_doctor_fails_without_java(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(java, "find_jvm", lambda: None)
    monkeypatch.setattr(doctor, "check_devices", lambda: doctor.Check("CPU/GPU", True, "skipped", required=False))
    assert doctor.main() == 1
    out = capsys.readouterr().out
    assert "!! Java (KoNLPy)" in out and "apt-get install -y default-jdk" in out


def test_compare_arrays() -> None:
    assert compare_arrays([1.0, 2.0], [1.0, 2.0 + 1e-9], label="x") < 1e-8
    with pytest.raises(AssertionError, match="exceeds"):
        compare_arrays([1.0], [1.1])
    with pytest.raises(AssertionError, match="shapes differ"):
        compare_arrays([1.0, 2.0], [[1.0, 2.0]])
    with pytest.raises(TypeError, match="numeric"):
        compare_arrays(["a"], [1.0])


def test_compare_equal(capsys: pytest.CaptureFixture[str]) -> None:
    compare_equal(["a", "b"], ["a", "b"], label="tokens")
    assert capsys.readouterr().out == "tokens: 같음\n"
    with pytest.raises(AssertionError, match="differ"):
        compare_equal(np.array([1, 2]), np.array([1, 3]))


def test_data_path_errors() -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        data_path("no_such_file.txt")
    with pytest.raises(TypeError):
        data_path("")
