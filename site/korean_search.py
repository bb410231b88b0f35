"""Korean full-text search for the course website (Sphinx ``html_search_language = "ko"``).

Sphinx has no Korean search language. Its default (English) one splits text into ``\\w+`` words, so a Hangul word is
indexed with its particle (조사) attached: "토큰화는", "토큰화를", "모델의". A reader who searches "토큰화" or
"모델" would then miss most pages. This language strips one common particle from the end of a Hangul word, both
when the index is built (Python, ``stem``) and when the reader types a query (JavaScript, ``Stemmer.stemWord``):
the two must agree.
English words keep Sphinx's Porter stemmer, so "tokenization" still finds "tokenize".

The particle list is deliberately short and the stem must keep at least two syllables ("평가" stays "평가", "모델과"
becomes "모델"). It is a search aid, not a morphological analyser: "정확도" is indexed as "정확" and so is the query.
"""

from __future__ import annotations

import json

from sphinx.search.en import SearchEnglish, js_porter_stemmer

# Longest first, so "에서는" is removed whole rather than as "는".
PARTICLES: tuple[str, ...] = tuple(
    sorted(
        [
            "에서는",
            "으로는",
            "에게는",
            "이라는",
            "이라고",
            "으로서",
            "으로써",
            "에서",
            "에게",
            "으로",
            "까지",
            "부터",
            "처럼",
            "보다",
            "이나",
            "라는",
            "에는",
            "와는",
            "과는",
            "로는",
            "과",
            "와",
            "은",
            "는",
            "이",
            "가",
            "을",
            "를",
            "의",
            "에",
            "도",
            "로",
            "만",
        ],
        key=len,
        reverse=True,
    )
)
MIN_STEM = 2  # syllables left after removing a particle


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def strip_particle(word: str) -> str:
    """Remove one trailing particle from a word that ends in a Hangul syllable.

    >>> strip_particle("토큰화는"), strip_particle("평가"), strip_particle("Keras의")
    ('토큰화', '평가', 'Keras')
    """
    if not word or not _is_hangul(word[-1]):
        return word
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= MIN_STEM:
            return word[: -len(particle)]
    return word


# The same rule in JavaScript; Sphinx embeds this as language_data.js and calls new Stemmer().stemWord(word)
# on every (lower-cased) query word.
_JS_KOREAN = """
var KoreanParticles = @PARTICLES@;
var Stemmer = function() {
  var porter = new PorterStemmer();
  this.stemWord = function(w) {
    var last = w.charCodeAt(w.length - 1);
    if (w.length > 0 && last >= 0xAC00 && last <= 0xD7A3) {
      for (var i = 0; i < KoreanParticles.length; i++) {
        var p = KoreanParticles[i];
        if (w.endsWith(p) && w.length - p.length >= @MIN_STEM@) {
          w = w.slice(0, w.length - p.length);
          break;
        }
      }
    }
    return /^[\\x00-\\x7f]+$/.test(w) ? porter.stemWord(w) : w;
  };
};
""".replace("@PARTICLES@", json.dumps(list(PARTICLES), ensure_ascii=False)).replace("@MIN_STEM@", str(MIN_STEM))


class SearchKorean(SearchEnglish):
    """Sphinx search language ``ko``: Korean particles stripped, English words Porter-stemmed."""

    lang = "ko"
    language_name = "Korean"
    js_stemmer_code = (
        js_porter_stemmer.replace("var Stemmer = function()", "var PorterStemmer = function()", 1) + _JS_KOREAN
    )

    def stem(self, word: str) -> str:
        word = strip_particle(word.lower())
        return super().stem(word) if word.isascii() else word
