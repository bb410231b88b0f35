"""Exercise checkers of notebook 02-01 (tokenization)."""

from __future__ import annotations

from collections.abc import Sequence

from course_utils.exercises import CheckResult, as_str_list, not_answered, report


def _first_difference(answer: list[str], expected: list[str]) -> str:
    for i, (a, e) in enumerate(zip(answer, expected, strict=False)):
        if a != e:
            return f"{i + 1}번째 토큰이 다릅니다: {a!r} 자리에 {e!r} 이(가) 와야 합니다."
    if len(answer) < len(expected):
        return f"토큰이 {len(expected) - len(answer)}개 모자랍니다. 다음에 올 토큰: {expected[len(answer)]!r}"
    return f"토큰이 {len(answer) - len(expected)}개 많습니다. 남는 토큰: {answer[len(expected) :]!r}"


def check_wordpunct_tokens(answer: Sequence[str] | None, sentence: str) -> CheckResult:
    """The tokens ``WordPunctTokenizer`` gives for ``sentence``, written by hand."""
    from course_utils.text.tokenize import wordpunct_tokenize

    pending = not_answered(
        answer, "WordPunctTokenizer 는 글자·숫자 묶음(\\w+)과 구두점 묶음([^\\w\\s]+)을 각각 토큰으로 자릅니다."
    )
    if pending is not None:
        return pending
    tokens = as_str_list(answer)
    if tokens is None:
        return report(False, "", "토큰을 문자열의 리스트로 적어 주세요. 예: ['Don', \"'\", 't']")
    expected = wordpunct_tokenize(sentence)
    if tokens == expected:
        return report(True, f"아포스트로피·마침표·하이픈도 따로 잘라 {len(expected)}개 토큰이 됩니다.", "")
    return report(False, "", _first_difference(tokens, expected) + " 아포스트로피(')와 마침표(.)도 하나의 토큰입니다.")


def check_josa(answer: Sequence[str] | None, sentence: str) -> CheckResult:
    """The particles (조사) Okt finds in ``sentence``, in order."""
    from course_utils.text.korean import get_analyzer

    pending = not_answered(answer, "okt.pos(sentence) 에서 품사가 'Josa' 인 형태소만 순서대로 모으세요.")
    if pending is not None:
        return pending
    tokens = as_str_list(answer)
    if tokens is None:
        return report(False, "", "조사를 문자열의 리스트로 적어 주세요. 예: ['가', '에게']")
    tagged = get_analyzer("okt").pos(sentence)
    expected = [morph for morph, tag in tagged if tag == "Josa"]
    if tokens == expected:
        return report(
            True, f"어절에 붙은 조사 {len(expected)}개를 떼어 냈습니다: 체언은 그대로이고 조사만 바뀝니다.", ""
        )
    eojeols = sentence.split()
    if any(t in eojeols for t in tokens):
        return report(False, "", "어절 전체가 아니라 어절 끝에 붙은 조사만 적어야 합니다 (예: '그에게' → '에게').")
    if sorted(tokens) == sorted(expected):
        return report(False, "", "조사는 모두 찾았지만 순서가 다릅니다. 문장에 나오는 순서대로 적어 주세요.")
    return report(False, "", _first_difference(tokens, expected))


def check_sentence_count(answer: int | None, text: str) -> CheckResult:
    """How many sentences NLTK's punkt model finds in ``text``."""
    from course_utils.text.sentences import split_english_sentences

    pending = not_answered(answer, "마침표가 모두 문장의 끝은 아닙니다: 약어, 소수점, IP 주소, e-mail 을 살펴보세요.")
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, int):
        return report(False, "", f"문장 개수를 정수로 적어 주세요 (입력: {answer!r}).")
    sentences = split_english_sentences(text)
    expected = len(sentences)
    if answer == expected:
        return report(True, f"punkt 는 약어와 숫자 속 마침표를 문장 끝으로 보지 않아 {expected}문장으로 나눕니다.", "")
    naive = text.count(".") + text.count("?") + text.count("!")
    if answer == naive:
        return report(False, "", f"'.', '?', '!' 개수({naive})를 센 것 같습니다. 문장을 끝내지 않는 마침표가 있습니다.")
    direction = "많습니다" if answer > expected else "적습니다"
    return report(
        False, "", f"{answer}문장은 punkt 결과보다 {direction}. 문장 끝 부호 뒤에 새 문장이 시작하는지 확인해 보세요."
    )


def vocabulary_size(text: str, unit: str) -> int:
    """Number of distinct tokens of ``text`` when it is cut into ``unit``s.

    ``unit`` is ``"eojeol"`` (split on whitespace) or a KoNLPy analyzer name (``"okt"``, ``"kkma"``,
    ``"komoran"``, ``"hannanum"``: its ``morphs``).
    """
    from course_utils.text.korean import ANALYZERS, get_analyzer

    if not isinstance(text, str) or not text.strip():
        raise ValueError("text must be a non-empty str")
    if unit == "eojeol":
        return len(set(text.split()))
    if unit not in ANALYZERS:
        raise ValueError(f"unit must be 'eojeol' or one of {sorted(ANALYZERS)}, got {unit!r}")
    return len(set(get_analyzer(unit).morphs(text)))


def check_vocabulary_size(unit: str | None, answer: int | None, text: str) -> CheckResult:
    """The vocabulary size of ``text`` that the learner measured with the tokenizer ``unit`` (recomputed here)."""
    from course_utils.text.korean import ANALYZERS

    pending = not_answered(
        None if unit is None else answer,
        "my_unit 에 'okt', 'kkma', 'komoran', 'hannanum' 중 하나를 고르고, 그 분석기의 morphs(text) 결과에서 "
        "서로 다른 토큰 수 len(set(...))를 재세요.",
    )
    if pending is not None:
        return pending
    if unit != "eojeol" and unit not in ANALYZERS:
        return report(False, "", f"my_unit 은 'eojeol' 또는 {sorted(ANALYZERS)} 중 하나입니다 (입력: {unit!r}).")
    if isinstance(answer, bool) or not isinstance(answer, int):
        return report(False, "", f"단어 집합의 크기는 정수입니다 (입력: {answer!r}). len(set(tokens)) 를 쓰세요.")
    expected = vocabulary_size(text, unit)
    eojeol = vocabulary_size(text, "eojeol")
    if answer == expected:
        if unit == "eojeol":
            return report(
                True, f"어절 단위 단어 집합은 {expected}개입니다. 이제 형태소 분석기로 바꿔 다시 재 보세요.", ""
            )
        change = (expected - eojeol) / eojeol
        why = (
            "조사·어미가 떨어져 같은 체언이 한 단어로 모였습니다."
            if change < 0
            else "어절 하나가 여러 형태소로 나뉘면서 종류가 늘었습니다."
        )
        return report(
            True,
            f"{unit} 형태소 단위 단어 집합은 {expected}개로, 어절 단위 {eojeol}개보다 {abs(change):.0%} "
            f"{'적습니다' if change < 0 else '많습니다'}: {why}",
            "",
        )
    if answer == eojeol:
        return report(
            False, "", f"어절 단위({eojeol}개)로 잰 것 같습니다. {unit} 의 morphs(text) 로 나눈 뒤 세어 보세요."
        )
    return report(
        False,
        "",
        f"{unit} 로 다시 재면 {expected}개인데 {answer}개를 입력했습니다. 토큰 개수가 아니라 서로 다른 토큰 수"
        "(len(set(...)))인지 확인하세요.",
    )
