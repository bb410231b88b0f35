"""Exercise checkers of notebook 02-03 (stemming, lemmatization and Korean conjugation)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from course_utils.exercises import CheckResult, not_answered, report

REGULAR = "규칙"
IRREGULAR = "불규칙"

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
# Jamo indices inside a precomposed syllable: 0xAC00 + (initial * 21 + medial) * 28 + final
_FINAL_RIEUL = 8
_MEDIAL = {"ㅏ": 0, "ㅓ": 4, "ㅗ": 8, "ㅘ": 9, "ㅙ": 10, "ㅚ": 11, "ㅜ": 13, "ㅝ": 14, "ㅡ": 18,
           "ㅣ": 20, "ㅕ": 6}  # fmt: skip
# Contractions of a final vowel with the ending 아/어 that school grammar counts as regular:
# 보+아 -> 봐, 주+어 -> 줘, 되+어 -> 돼, 마시+어 -> 마셔.
_REGULAR_CONTRACTIONS = {
    _MEDIAL["ㅗ"]: _MEDIAL["ㅘ"],
    _MEDIAL["ㅜ"]: _MEDIAL["ㅝ"],
    _MEDIAL["ㅚ"]: _MEDIAL["ㅙ"],
    _MEDIAL["ㅣ"]: _MEDIAL["ㅕ"],
}


def _jamo(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - _HANGUL_FIRST
    return code // 588, (code % 588) // 28, code % 28


def _is_hangul(text: str) -> bool:
    return bool(text) and all(_HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST for ch in text)


def classify_conjugation(base: str, form: str) -> tuple[str, str]:
    """Classify how the verb/adjective ``base`` (dictionary form, ends in 다) became ``form``.

    Returns ``(kind, reason)``, ``kind`` being ``"규칙"`` (regular) or ``"불규칙"`` (irregular).
    The stem (어간) is ``base[:-1]``. Rules, in order:

    1. ``form`` starts with the stem: regular, except the endings 러 after a 르 stem
       (푸르다 -> 푸르러, 러 불규칙) and 여 after a 하 stem (하다 -> 하여, 여 불규칙).
    2. The last stem syllable changed: regular only for the changes school grammar calls regular,
       ㄹ 탈락 (살다 -> 사는), ㅡ 탈락 (쓰다 -> 써) and vowel contraction (보다 -> 봐);
       any other change (듣다 -> 들어, 돕다 -> 도와, 짓다 -> 지어, 하얗다 -> 하얀, 흐르다 -> 흘러,
       푸다 -> 퍼, 하다 -> 해) is irregular.

    Raises:
        TypeError: ``base`` or ``form`` is not a string.
        ValueError: they are not Hangul syllables, ``base`` does not end in 다, or ``form`` shares
            nothing with the stem (it is not a form of ``base``).
    """
    if not isinstance(base, str) or not isinstance(form, str):
        raise TypeError("base and form must be str, e.g. classify_conjugation('듣다', '들어')")
    base, form = base.strip(), form.strip()
    if not (_is_hangul(base) and _is_hangul(form)):
        raise ValueError(f"base and form must be Hangul syllables without spaces, got {base!r}, {form!r}")
    if len(base) < 2 or not base.endswith("다"):
        raise ValueError(f"base must be a dictionary form ending in 다 (e.g. '듣다'), got {base!r}")
    stem = base[:-1]
    if form.startswith(stem):
        rest = form[len(stem) :]
        if stem.endswith("르") and rest.startswith("러"):
            return IRREGULAR, "어간은 그대로지만 어미 '어'가 '러'로 바뀜 (러 불규칙)"
        if stem.endswith("하") and rest.startswith("여"):
            return IRREGULAR, "어간은 그대로지만 어미 '아'가 '여'로 바뀜 (여 불규칙)"
        return REGULAR, "어간이 그대로 유지됨"
    head, last = stem[:-1], stem[-1]
    if last == "르" and head and form.startswith(head[:-1]) and len(form) >= len(stem):
        before, after = form[len(head) - 1], form[len(head)]
        ini, med, _ = _jamo(head[-1])
        if _jamo(before) == (ini, med, _FINAL_RIEUL) and after in ("라", "러"):
            return IRREGULAR, f"'{stem[-2:]}'가 '{before}{after}'로 바뀜 (르 불규칙)"
    if not form.startswith(head) or len(form) <= len(head):
        raise ValueError(
            f"{form!r} does not look like a form of {base!r}: it should start with the stem "
            f"{stem!r}, or with {head!r} plus a changed last syllable"
        )
    new = form[len(head)]
    ini, med, fin = _jamo(last)
    new_ini, new_med, new_fin = _jamo(new)
    if new_ini != ini:  # every stem change keeps the first consonant of the last syllable
        raise ValueError(
            f"{form!r} does not look like a form of {base!r}: '{last}' became '{new}' with a different first consonant"
        )
    if fin == _FINAL_RIEUL and (new_ini, new_med) == (ini, med) and new_fin != _FINAL_RIEUL:
        return REGULAR, f"받침 ㄹ이 떨어짐 ('{last}' -> '{new}', ㄹ 탈락: 규칙 활용)"
    if fin == 0 and med == _MEDIAL["ㅡ"] and new_ini == ini and new_med in (_MEDIAL["ㅓ"], _MEDIAL["ㅏ"]):
        return REGULAR, f"모음 ㅡ가 떨어짐 ('{last}' -> '{new}', ㅡ 탈락: 규칙 활용)"
    if fin == 0 and new_ini == ini and _REGULAR_CONTRACTIONS.get(med) == new_med:
        return REGULAR, f"어간 끝 모음과 어미가 줄어듦 ('{last}' -> '{new}', 모음 축약: 규칙 활용)"
    return IRREGULAR, f"어간의 모습이 바뀜 ('{last}' -> '{new}')"


def check_lemmas_with_pos(answer: Sequence[str] | None, words: Sequence[str], pos: str) -> CheckResult:
    """The lemmas ``WordNetLemmatizer().lemmatize(w, pos)`` gives for ``words``."""
    from course_utils.setup.nltk_data import use_course_nltk_data

    pending = not_answered(answer, f"lemmatizer.lemmatize(w, '{pos}') 처럼 품사를 함께 넘기세요.")
    if pending is not None:
        return pending
    if isinstance(answer, str) or not isinstance(answer, Sequence):
        return report(False, "", "표제어를 문자열의 리스트로 적어 주세요. 예: ['die', ...]")
    use_course_nltk_data()
    from nltk.stem import WordNetLemmatizer

    lemmatizer = WordNetLemmatizer()
    expected = [lemmatizer.lemmatize(w, pos) for w in words]
    answer = list(answer)
    if answer == expected:
        pairs = ", ".join(f"{w}->{e}" for w, e in zip(words, expected, strict=True))
        return report(True, f"품사 '{pos}'를 알려 주면 WordNet이 기본형을 찾습니다: {pairs}", "")
    if len(answer) != len(expected):
        return report(False, "", f"단어 {len(expected)}개에 표제어 {len(answer)}개를 적었습니다.")
    no_pos = [lemmatizer.lemmatize(w) for w in words]
    if answer == no_pos:
        return report(
            False, "", f"품사 없이(기본값 명사 'n') 구한 결과입니다. lemmatize(w, '{pos}') 로 품사를 넘기세요."
        )
    wrong = [f"{w}: {a!r} 대신 {e!r}" for w, a, e in zip(words, answer, expected, strict=True) if a != e]
    return report(False, "", "다른 표제어: " + ", ".join(wrong))


def check_stemmer_disagreement(answer: Sequence[str] | None, words: Sequence[str]) -> CheckResult:
    """The words of ``words`` whose Porter and Lancaster stems differ, in the order given."""
    from nltk.stem import LancasterStemmer, PorterStemmer

    pending = not_answered(answer, "두 어간 추출기의 결과를 단어마다 비교해 다른 단어만 모으세요.")
    if pending is not None:
        return pending
    if isinstance(answer, str) or not isinstance(answer, Sequence):
        return report(False, "", "단어를 문자열의 리스트로 적어 주세요. 예: ['policy', ...]")
    porter, lancaster = PorterStemmer(), LancasterStemmer()
    stems = {w: (porter.stem(w), lancaster.stem(w)) for w in words}
    expected = [w for w in words if stems[w][0] != stems[w][1]]
    answer = list(answer)
    if answer == expected:
        shorter = sum(len(stems[w][1]) < len(stems[w][0]) for w in expected)
        return report(
            True,
            f"{len(words)}개 중 {len(expected)}개에서 두 알고리즘의 결과가 "
            f"다릅니다. 그중 {shorter}개는 Lancaster 가 더 짧게 잘랐습니다.",
            "",
        )
    if sorted(answer) == sorted(expected):
        return report(False, "", "단어는 모두 맞지만 순서가 다릅니다. 주어진 순서대로 적어 주세요.")
    missing = [w for w in expected if w not in answer]
    extra = [w for w in answer if w not in expected]
    details = []
    if missing:
        details.append(
            "빠진 단어: " + ", ".join(f"{w} (Porter {stems[w][0]!r}, Lancaster {stems[w][1]!r})" for w in missing)
        )
    if extra:
        details.append(
            "결과가 같은 단어: "
            + ", ".join(f"{w} ({stems[w][0]!r})" if w in stems else f"{w} (목록에 없는 단어)" for w in extra)
        )
    return report(False, "", "; ".join(details))


def check_conjugation_types(answer: Mapping[str, str] | None, pairs: Sequence[tuple[str, str]]) -> CheckResult:
    """For each ``(base, form)`` pair, ``answer[base]`` is '규칙' or '불규칙'.

    The expected kinds come from :func:`classify_conjugation`.
    """
    pending = not_answered(
        answer,
        "활용형이 어간(기본형에서 '다'를 뗀 것)으로 시작하는지 보세요. ㄹ 탈락·ㅡ 탈락·모음 축약은 규칙 활용입니다.",
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping):
        return report(False, "", "{'잡다': '규칙', ...} 처럼 기본형을 키로 하는 딕셔너리로 적어 주세요.")
    results = {base: classify_conjugation(base, form) for base, form in pairs}
    forms = dict(pairs)
    missing = [base for base in results if base not in answer]
    if missing:
        return report(False, "", f"답이 없는 기본형: {missing}")
    bad_values = {b: v for b, v in answer.items() if v not in (REGULAR, IRREGULAR)}
    if bad_values:
        return report(False, "", f"값은 '{REGULAR}' 또는 '{IRREGULAR}' 이어야 합니다: {bad_values}")
    wrong = [b for b, (kind, _) in results.items() if answer[b] != kind]
    if not wrong:
        n_irregular = sum(kind == IRREGULAR for kind, _ in results.values())
        return report(
            True, f"{len(results)}개 중 불규칙 활용 {n_irregular}개: 어간이 바뀌거나 특수한 어미를 취합니다.", ""
        )
    lines = [f"{b} -> {forms[b]}: {results[b][0]} ({results[b][1]})" for b in wrong]
    return report(False, "", "다시 볼 것: " + "; ".join(lines))


NORMALIZERS = ("porter", "lancaster", "lemma_n", "lemma_v")


def normalized_vocabulary(words: Sequence[str], method: str) -> set[str]:
    """The distinct forms of ``words`` after ``method``: ``"porter"``/``"lancaster"`` stemming or WordNet
    lemmatization as noun (``"lemma_n"``) or verb (``"lemma_v"``)."""
    if method not in NORMALIZERS:
        raise ValueError(f"method must be one of {NORMALIZERS}, got {method!r}")
    from course_utils.setup.nltk_data import use_course_nltk_data

    use_course_nltk_data()
    from nltk.stem import LancasterStemmer, PorterStemmer, WordNetLemmatizer

    if method == "porter":
        normalize = PorterStemmer().stem
    elif method == "lancaster":
        normalize = LancasterStemmer().stem
    else:
        lemmatizer, pos = WordNetLemmatizer(), method[-1]

        def normalize(word: str) -> str:
            return lemmatizer.lemmatize(word, pos)

    return {normalize(w) for w in words}


def check_normalized_vocab(method: str | None, answer: int | None, words: Sequence[str]) -> CheckResult:
    """Vocabulary size of ``words`` after the normalizer ``method`` (recomputed here)."""
    pending = not_answered(
        None if method is None else answer,
        f"my_method 에 {list(NORMALIZERS)} 중 하나를 고르고, 단어마다 그 방법을 적용한 뒤 len(set(...)) 를 재세요.",
    )
    if pending is not None:
        return pending
    if method not in NORMALIZERS:
        return report(False, "", f"my_method 는 {list(NORMALIZERS)} 중 하나입니다 (입력: {method!r}).")
    if isinstance(answer, bool) or not isinstance(answer, int):
        return report(False, "", f"단어 집합의 크기는 정수입니다 (입력: {answer!r}).")
    words = list(words)
    expected = len(normalized_vocabulary(words, method))
    raw = len(set(words))
    if answer == expected:
        return report(
            True,
            f"{method}: 단어 집합이 {raw}개에서 {expected}개로 {(raw - expected) / raw:.1%} 줄었습니다. "
            "어간 추출은 보통 표제어 추출보다 더 많이 합칩니다(과잉 추출까지 포함해서).",
            "",
        )
    if answer == raw:
        return report(False, "", f"정규화하기 전의 단어 집합 크기({raw})입니다. {method} 를 적용한 뒤 세어 보세요.")
    if answer == len(words):
        return report(False, "", "토큰 수를 셌습니다. 서로 다른 결과의 개수 len(set(...)) 를 세어야 합니다.")
    return report(False, "", f"{method} 로 다시 재면 {expected}개인데 {answer}개를 입력했습니다.")
