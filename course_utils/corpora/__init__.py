"""The course's texts and their fixed splits: ``legal`` (KoNLPy's kolaw/kobill; one cleaner,
``legal_sentences(faithful_spacing=...)``, gives both the language-model and the spacing corpus)
and ``help`` (the LibreOffice Korean help). Import the modules by path, e.g.
``from course_utils.corpora.help import load_help``."""
