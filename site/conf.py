"""Sphinx configuration of the course website. Sources are staged by site/build.py; run `make site`."""

from __future__ import annotations

import sys
from pathlib import Path

SITE = Path(__file__).resolve().parent
STAGE = SITE.parent / "_build" / "site-stage"
sys.path.insert(0, str(SITE))

from korean_search import SearchKorean  # noqa: E402

project = "딥 러닝을 이용한 자연어 처리 입문"
html_title = "딥 러닝을 이용한 자연어 처리 입문: 실행되는 한국어 강의"
author = "nlp-course-ko"
copyright = "nlp-course-ko, MIT License"
language = "ko"

extensions = ["myst_nb", "sphinx_copybutton", "sphinx.ext.mathjax", "sphinx.ext.githubpages"]  # .nojekyll
exclude_patterns = ["**/.ipynb_checkpoints"]

# --- Notebooks: render the stored outputs, never execute -------------------------------------------------------
nb_execution_mode = "off"
nb_merge_streams = True
nb_code_prompt_show = "접어 둔 셀 보기"  # solution cells say "풀이 보기" (set per cell by build.py)
nb_code_prompt_hide = "셀 접기"
myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence"]
myst_heading_anchors = 3
# The notebooks' headings are the lesson's, not the site's: an "## 정리" under "# 08-01 ..." is fine.
suppress_warnings = ["myst.header"]

# --- Math: MathJax 2.7 shipped in _static/mathjax (from the jupyter-server-mathjax package), nothing from a CDN ---
myst_update_mathjax = False  # MyST would write a MathJax 3 config; this site runs MathJax 2
mathjax_path = "mathjax/MathJax.js?config=TeX-AMS-MML_HTMLorMML-full"
mathjax2_config = {
    "tex2jax": {
        "inlineMath": [["\\(", "\\)"]],
        "displayMath": [["\\[", "\\]"]],
        "processEscapes": True,
        "processEnvironments": True,
        "ignoreClass": "tex2jax_ignore|mathjax_ignore",
    },
    # Only the STIX-Web fonts are in the package: tell MathJax not to look for its TeX fonts or image fonts.
    # MathJax declares a never-loading font at url('about:blank'), which Chromium reports as a CORS error on the
    # console; a local() source that does not exist never loads either, without a request.
    "HTML-CSS": {
        "availableFonts": ["STIX-Web"],
        "preferredFont": "STIX-Web",
        "webFont": "STIX-Web",
        "imageFont": None,
        "styles": {"@font-face": {"font-family": "MathJax_Blank", "src": "local('MathJax_Blank_None')"}},
    },
    "messageStyle": "none",
}

# --- Theme ------------------------------------------------------------------------------------------------------
html_theme = "sphinx_book_theme"
html_theme_options = {
    "home_page_in_toc": True,
    "show_navbar_depth": 1,
    "show_toc_level": 2,
    "use_download_button": False,
    "use_fullscreen_button": False,
}
html_static_path = ["_static", str(STAGE / "static")]  # course.css; MathJax and NanumGothic staged by build.py
html_extra_path = [str(STAGE / "extra")]  # notebooks/*.ipynb, unchanged, beside their pages
html_css_files = ["course.css"]
html_favicon = "_static/favicon.svg"
html_context = {"default_mode": "auto"}  # light/dark follows the reader's system; "" logs a console error
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt = None
html_search_language = "ko"
copybutton_exclude = ".linenos, .gp, .go"


def setup(app):  # type: ignore[no-untyped-def]
    app.add_search_language(SearchKorean)
