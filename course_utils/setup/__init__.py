"""The environment, not course content: what a notebook's first cell and ``make`` need.

- :mod:`~course_utils.setup.notebook`: ``setup_notebook()`` (seeds, quiet logs, Hangul font);
- :mod:`~course_utils.setup.fonts`: a matplotlib font that renders Hangul;
- :mod:`~course_utils.setup.java`: finding the Java runtime KoNLPy needs;
- :mod:`~course_utils.setup.doctor`: ``python -m course_utils doctor``;
- :mod:`~course_utils.setup.paths`: where the repository, ``data/`` and the NLTK data are;
- :mod:`~course_utils.setup.nltk_data`: pointing NLTK at the course's data (built by
  ``scripts/build_nltk_data.py``).
"""

from course_utils.setup.notebook import setup_notebook

__all__ = ["setup_notebook"]
