"""``python -m course_utils doctor``: is this machine ready for the course? (messages in Korean)

Prints versions, Java, CPU/GPU, the Hangul font and the NLTK resources, and exits 1 when
something required is missing, saying how to fix it.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib import metadata

from course_utils.setup.notebook import quiet_tensorflow_env
from course_utils.text.display import pad_to_width

# (distribution name, label shown). TensorFlow ships as tensorflow-cpu on Linux x86-64.
PACKAGES = (
    (("tensorflow", "tensorflow-cpu"), "TensorFlow"),
    (("keras",), "Keras"),
    (("numpy",), "NumPy"),
    (("pandas",), "pandas"),
    (("scikit-learn",), "scikit-learn"),
    (("nltk",), "NLTK"),
    (("kss",), "kss"),
    (("konlpy",), "KoNLPy"),
    (("matplotlib",), "matplotlib"),
    (("jupyterlab",), "JupyterLab"),
    (("nbval",), "nbval"),
)


@dataclass
class Check:
    """One line of the report."""

    label: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True


def _version(names: tuple[str, ...]) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def check_python() -> Check:
    ok = (3, 11) <= sys.version_info[:2] <= (3, 13)
    return Check(
        "Python", ok, platform.python_version(), "Python 3.11~3.13 으로 .venv 를 다시 만드세요 (make clean-venv)"
    )


def check_packages() -> list[Check]:
    checks = []
    for names, label in PACKAGES:
        version = _version(names)
        checks.append(
            Check(
                label,
                version is not None,
                version or "설치되지 않음",
                "make clean-venv 후 make test 로 다시 설치하세요",
            )
        )
    return checks


def check_java() -> Check:
    from course_utils.setup.java import JAVA_INSTALL_HELP, find_jvm

    jvm = find_jvm()
    return Check("Java (KoNLPy)", jvm is not None, "JVM 찾음" if jvm else "JVM 없음", JAVA_INSTALL_HELP)


def check_devices() -> Check:
    quiet_tensorflow_env()
    try:
        import tensorflow as tf
    except Exception as exc:  # a broken TensorFlow install is reported, not raised
        return Check("CPU/GPU", False, f"TensorFlow를 불러오지 못함: {exc}", "make clean-venv 후 다시 설치하세요")
    gpus = tf.config.list_physical_devices("GPU")
    detail = f"GPU {len(gpus)}개" if gpus else "CPU만 사용 (이 강의는 CPU로 충분합니다)"
    return Check("CPU/GPU", True, detail, required=False)


def check_font() -> Check:
    from course_utils.setup.fonts import find_korean_font

    family = find_korean_font()
    return Check(
        "한글 글꼴",
        family is not None,
        family or "없음",
        "pip install koreanize-matplotlib (NanumGothic 포함) 또는 OS에 나눔고딕/Noto Sans CJK KR 설치",
    )


def check_nltk() -> Check:
    from course_utils.setup.nltk_data import RESOURCES, missing_resources
    from course_utils.setup.paths import nltk_data_dir

    missing = missing_resources()
    present = [name for name in RESOURCES.values() if name not in missing]
    detail = f"{nltk_data_dir().name}/: 있음 {present}" + (f", 없음 {missing}" if missing else "")
    return Check("NLTK 데이터", not missing, detail, "python scripts/build_nltk_data.py (make 가 자동 실행)")


def run_checks() -> list[Check]:
    """Run every check and return them in display order."""
    return [check_python(), *check_packages(), check_java(), check_devices(), check_font(), check_nltk()]


def main() -> int:
    """Print the report; return 0 when everything required is there, else 1."""
    print("course_utils doctor: 강의 환경 점검")
    checks = run_checks()
    for c in checks:
        mark = "OK " if c.ok else ("!! " if c.required else "-- ")
        print(f"  {mark}{pad_to_width(c.label, 16)}  {c.detail}")
    problems = [c for c in checks if c.required and not c.ok]
    for c in problems:
        print(f"\n[{c.label}] 해결 방법:\n{c.fix}")
    print(
        "\n결과: "
        + (
            "모든 필수 항목이 준비되었습니다."
            if not problems
            else f"필수 항목 {len(problems)}개가 준비되지 않았습니다."
        )
    )
    return 0 if not problems else 1
