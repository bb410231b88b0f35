"""Exercise checkers of notebook 02-02 (cleaning and normalization)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from course_utils.exercises import CheckResult, not_answered, report
from course_utils.text.normalize import remove_patterns, remove_rare_tokens, remove_short_tokens


def check_vocab_size(answer: int | None, tokens: Sequence[str], k: int, n: int) -> CheckResult:
    """Vocabulary size of ``tokens`` after removing tokens with count < k and length <= n."""
    pending = not_answered(
        answer, "remove_rare_tokens(tokens, k) 와 remove_short_tokens(..., n) 을 거친 뒤 len(set(...)) 을 구하세요."
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, int):
        return report(False, "", f"단어 집합의 크기를 정수로 적어 주세요 (입력: {answer!r}).")
    kept = remove_short_tokens(remove_rare_tokens(tokens, k), n)
    expected = len(set(kept))
    if answer == expected:
        before = len(set(tokens))
        return report(True, f"단어 집합이 {before}개에서 {expected}개로 줄었습니다.", "")
    counts = Counter(tokens)
    if answer == len(kept):
        return report(
            False, "", "남은 토큰의 개수(len(list))를 센 것 같습니다. 단어 집합은 중복을 뺀 종류 수(len(set))입니다."
        )
    if answer == len(set(tokens)):
        return report(False, "", "정제하기 전의 단어 집합 크기입니다. 두 조건으로 토큰을 먼저 걸러 내세요.")
    if answer == len({t for t in tokens if counts[t] > k and len(t) > n}):
        return report(False, "", "빈도가 정확히 k 인 단어는 남겨야 합니다: 제거 조건은 count < k 입니다.")
    if answer == len({t for t in tokens if counts[t] >= k and len(t) >= n}):
        return report(False, "", "길이가 정확히 n 인 단어도 지워야 합니다: 제거 조건은 len <= n 입니다.")
    return report(False, "", "빈도(count < k)와 길이(len <= n) 조건을 모두 적용했는지 확인해 보세요.")


def check_nfc_fix(answer: str | None, original: str) -> CheckResult:
    """``original`` (typically NFD text from macOS) turned into NFC."""
    pending = not_answered(answer, "unicodedata.normalize('NFC', ...) 또는 to_nfc(...) 를 쓰세요.")
    if pending is not None:
        return pending
    if not isinstance(answer, str):
        return report(False, "", f"문자열을 돌려주어야 합니다 (입력 타입: {type(answer).__name__}).")
    expected = unicodedata.normalize("NFC", original)
    if answer == expected:
        return report(True, f"길이 {len(original)} → {len(expected)}: 자모가 음절로 합쳐져 이제 == 비교가 됩니다.", "")
    if unicodedata.normalize("NFC", answer) == expected:
        return report(
            False,
            "",
            f"화면에는 같아 보이지만 아직 자모가 분리된 형태입니다 (길이 {len(answer)}, NFC 는 {len(expected)}).",
        )
    return report(False, "", "글자 자체가 바뀌었습니다. 정규화는 보이는 글자를 바꾸지 않고 표현 방식만 바꿉니다.")


#: Texts the noise-pattern exercise is checked on: chat noise made of bare jamo.
NOISE_EXAMPLES = (
    "배송 빨라요ㅋㅋㅋ 강추합니다",
    "ㅠㅠ 너무 아쉬워요 ㅎㅎ",
    "가격 대비 좋아요 ㅇㅈ? ㅇㅇ",
)
_REFERENCE_NOISE = r"[ㄱ-ㅎㅏ-ㅣ]+"


def check_noise_pattern(answer: str | None, texts: Sequence[str] = NOISE_EXAMPLES) -> CheckResult:
    """A regex that removes bare jamo runs (ㅋㅋ, ㅠㅠ, ㅇㅈ) but keeps complete syllables."""
    pending = not_answered(
        answer, "한글 자음 ㄱ-ㅎ 과 모음 ㅏ-ㅣ 만으로 된 문자 묶음을 찾는 문자 클래스 [...]+ 를 써 보세요."
    )
    if pending is not None:
        return pending
    if not isinstance(answer, str):
        return report(False, "", f"정규 표현식을 문자열로 적어 주세요. 예: r'...' (입력 타입: {type(answer).__name__})")
    try:
        re.compile(answer)
    except re.error as exc:
        return report(False, "", f"정규 표현식 문법 오류입니다: {exc}")
    if not answer:
        return report(False, "", "빈 패턴은 아무것도 지우지 않습니다.")
    for text in texts:
        expected = remove_patterns(text, [_REFERENCE_NOISE])
        got = remove_patterns(text, [answer])
        if got != expected:
            return report(False, "", f"{text!r} → {got!r} 이(가) 되었습니다. 기대한 결과: {expected!r}")
    return report(True, "완성된 음절(가-힣)은 남기고 자음·모음만으로 된 소음만 지웠습니다.", "")


def check_rare_word_measurement(
    k: int | None, vocab_size: int | None, kept_ratio: float | None, tokens: Sequence[str]
) -> CheckResult:
    """Vocabulary size and share of tokens kept after ``remove_rare_tokens(tokens, k)`` (recomputed here)."""
    pending = not_answered(
        None if k is None or vocab_size is None else kept_ratio,
        "my_k 를 고르고 kept = remove_rare_tokens(nouns, my_k) 로 지운 뒤, "
        "len(set(kept)) 와 len(kept) / len(nouns) 를 재세요.",
    )
    if pending is not None:
        return pending
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        return report(False, "", f"my_k 는 1 이상의 정수입니다 (입력: {k!r}).")
    if isinstance(vocab_size, bool) or not isinstance(vocab_size, int):
        return report(False, "", f"단어 집합의 크기는 정수입니다 (입력: {vocab_size!r}).")
    if isinstance(kept_ratio, bool) or not isinstance(kept_ratio, (int, float)) or not 0 <= float(kept_ratio) <= 1:
        return report(False, "", f"남은 토큰의 비율은 0과 1 사이의 숫자입니다 (입력: {kept_ratio!r}).")
    tokens = list(tokens)
    if not tokens:
        raise ValueError("tokens is empty; pass the nouns of the notebook")
    kept = remove_rare_tokens(tokens, k)
    expected_vocab, expected_ratio = len(set(kept)), len(kept) / len(tokens)
    if vocab_size != expected_vocab:
        if vocab_size == len(kept):
            return report(
                False, "", "남은 토큰의 개수를 적었습니다. 단어 집합의 크기는 서로 다른 단어 수 len(set(...)) 입니다."
            )
        return report(
            False, "", f"k={k} 로 다시 재면 단어 집합이 {expected_vocab}개인데 {vocab_size}개를 입력했습니다."
        )
    if abs(float(kept_ratio) - expected_ratio) >= 5e-4 + 1e-12:
        return report(
            False,
            "",
            f"k={k} 로 다시 재면 남은 토큰 비율이 {expected_ratio:.3f} 인데 {float(kept_ratio):.3f} 를 입력했습니다.",
        )
    vocab_share = expected_vocab / len(set(tokens))
    return report(
        True,
        f"k={k}: 단어 집합 {expected_vocab}개(원래의 {vocab_share:.0%}), 토큰은 {expected_ratio:.0%} 남습니다. "
        "단어 종류는 토큰보다 훨씬 빨리 줄어듭니다.",
        "",
    )
