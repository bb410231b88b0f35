"""Text tools of chapter 02: tokenizers, sentence splitters, normalization, stopwords."""
