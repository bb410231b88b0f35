"""A matplotlib font that renders Hangul, on any operating system.

The course depends on the PyPI package ``koreanize-matplotlib`` only for the NanumGothic font
files it ships (its module itself is not imported: it uses ``distutils``, gone in Python 3.12).
If those files are missing, common system fonts with Hangul are tried.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

KOREAN_FONT_CANDIDATES = (
    "NanumGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "AppleGothic",
    "Malgun Gothic",
)


def bundled_font_file() -> Path | None:
    """Return the NanumGothic.ttf shipped by ``koreanize-matplotlib``, or ``None`` if not installed."""
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "fonts" / "NanumGothic.ttf"
        if path.exists():
            return path
    return None


def find_korean_font() -> str | None:
    """Return the family name of a font that has Hangul glyphs, registering the bundled one first."""
    from matplotlib import font_manager

    bundled = bundled_font_file()
    if bundled is not None:
        font_manager.fontManager.addfont(str(bundled))
    available = {f.name for f in font_manager.fontManager.ttflist}
    for name in KOREAN_FONT_CANDIDATES:
        if name in available:
            return name
    return None


def use_korean_font() -> str | None:
    """Make matplotlib draw Hangul (and a plain minus sign); return the family used or ``None``."""
    import matplotlib

    family = find_korean_font()
    if family is not None:
        matplotlib.rcParams["font.family"] = family
    # Fonts with Hangul often lack U+2212 (the typographic minus) that matplotlib uses by default.
    # Log-axis tick labels are math text, which ignores this setting: notebooks give such axes a plain formatter.
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family
