"""Finding the Java runtime that KoNLPy needs, with a Korean message when it is missing."""

from __future__ import annotations

import platform

JAVA_INSTALL_HELP = """\
KoNLPy의 형태소 분석기(Okt, Kkma, Komoran, Hannanum)는 Java(JDK 8 이상)가 있어야 동작합니다.
Java를 찾지 못했습니다. 운영체제에 맞게 설치한 뒤 커널을 다시 시작하세요.
  - Ubuntu/Debian : sudo apt-get install -y default-jdk
  - macOS (Homebrew): brew install openjdk  (안내에 따라 JAVA_HOME 설정)
  - Windows       : https://adoptium.net 에서 Temurin JDK 설치 후 JAVA_HOME 환경 변수 설정
설치 확인: 터미널에서 `java -version`, 그리고 `python -m course_utils doctor`"""


class JavaNotFoundError(RuntimeError):
    """Raised when no Java virtual machine can be found for KoNLPy."""

    def __init__(self, detail: str = "") -> None:
        message = JAVA_INSTALL_HELP
        if detail:
            message += f"\n(세부 정보: {detail})"
        super().__init__(message)


def find_jvm() -> str | None:
    """Return the path of the JVM library JPype would start, or ``None`` when there is none."""
    try:
        import jpype
    except ImportError:  # JPype1 comes with KoNLPy; without it there is no JVM to find.
        return None
    try:
        return str(jpype.getDefaultJVMPath())
    except Exception:  # JPype raises JVMNotFoundException or a platform-specific error.
        return None


def require_java() -> str:
    """Return the JVM path, or raise :class:`JavaNotFoundError` with the install command per OS."""
    path = find_jvm()
    if path is None:
        raise JavaNotFoundError(f"JPype가 JVM을 찾지 못함 (OS: {platform.system()})")
    return path
