"""Exercise checkers of notebook 02-06 (integer encoding)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain

from course_utils.exercises import CheckResult, not_answered, report


def _check_sentences(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    if isinstance(sentences, str) or not all(
        isinstance(s, (list, tuple)) and all(isinstance(w, str) for w in s) for s in sentences
    ):
        raise TypeError("sentences must be a list of token lists, e.g. [['farmer', 'tired'], ...]")
    return [list(s) for s in sentences]


def top_k_word_to_index(sentences: Sequence[Sequence[str]], k: int) -> dict[str, int]:
    """``{word: rank}`` of the ``k`` most frequent words, rank 1 = most frequent.

    Words with equal counts keep the order in which they first appear (as ``Counter.most_common``
    and Keras' ``Tokenizer`` do).
    """
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a positive int, got {k!r}")
    counts = Counter(chain.from_iterable(_check_sentences(sentences)))
    return {word: rank for rank, (word, _) in enumerate(counts.most_common(k), start=1)}


def check_word_to_index(answer: Mapping[str, int] | None, sentences: Sequence[Sequence[str]], k: int) -> CheckResult:
    """The ``{word: index}`` dict of the ``k`` most frequent words (index 1 = most frequent)."""
    pending = not_answered(
        answer, "Counter(모든 토큰).most_common(k) 를 enumerate(..., start=1) 로 돌며 {단어: 번호} 사전을 만드세요."
    )
    if pending is not None:
        return pending
    if not isinstance(answer, Mapping):
        return report(False, "", f"{{단어: 정수}} 모양의 dict 를 만들어 주세요 (입력 타입: {type(answer).__name__}).")
    expected = top_k_word_to_index(sentences, k)
    answer = dict(answer)
    if answer == expected:
        return report(True, f"가장 자주 나온 단어 '{next(iter(expected))}' 가 1번입니다: {expected}", "")
    if sorted(answer.values()) == list(range(len(answer))) and answer:
        return report(
            False,
            "",
            "번호가 0부터 시작합니다. 0은 패딩(02-07)에 쓰려고 비워 두므로 enumerate(..., start=1) 을 쓰세요.",
        )
    if len(answer) != len(expected):
        return report(False, "", f"단어가 {len(answer)}개입니다. 빈도 상위 {k}개만 남겨야 합니다.")
    missing = [w for w in expected if w not in answer]
    if missing:
        return report(
            False, "", f"빈도 상위 {k}개에 드는 {missing} 이(가) 빠졌습니다. 빈도가 높은 순서로 골랐는지 보세요."
        )
    word = next(w for w in expected if answer[w] != expected[w])
    return report(
        False, "", f"'{word}' 의 번호가 {answer[word]} 입니다. 빈도 순위대로라면 {expected[word]} 이어야 합니다."
    )


def check_encoded(
    answer: Sequence[Sequence[int]] | None,
    sentences: Sequence[Sequence[str]],
    word_to_index: Mapping[str, int],
    oov_index: int,
) -> CheckResult:
    """``sentences`` encoded with ``word_to_index``; words not in it become ``oov_index``."""
    pending = not_answered(answer, "문장마다 [word_to_index.get(w, oov_index) for w in sentence] 처럼 바꾸면 됩니다.")
    if pending is not None:
        return pending
    if isinstance(answer, str) or not all(isinstance(s, (list, tuple)) for s in answer):
        return report(False, "", "문장마다 정수 리스트 하나, 곧 리스트의 리스트를 만들어 주세요.")
    sentences = _check_sentences(sentences)
    expected = [[word_to_index.get(w, oov_index) for w in s] for s in sentences]
    answer = [list(s) for s in answer]
    if answer == expected:
        n_oov = sum(row.count(oov_index) for row in expected)
        return report(True, f"단어 집합에 없던 단어 {n_oov}개 → OOV 번호 {oov_index}. 문장 길이는 그대로입니다.", "")
    if len(answer) != len(expected):
        return report(False, "", f"문장 {len(expected)}개를 모두 바꿔야 합니다 (입력: {len(answer)}개).")
    dropped = [[word_to_index[w] for w in s if w in word_to_index] for s in sentences]
    if answer == dropped:
        return report(
            False,
            "",
            f"모르는 단어를 지웠습니다. 지우지 말고 OOV 번호(oov_index={oov_index})를 넣어야 문장 길이가 유지됩니다.",
        )
    for i, (got, want) in enumerate(zip(answer, expected, strict=True)):
        if got != want:
            return report(False, "", f"{i + 1}번째 문장 {sentences[i]}: 기대한 값 {want}, 입력한 값 {got}.")
    return report(False, "", "결과가 다릅니다.")  # pragma: no cover - covered by the loop above


def kept_word_count(sentences: Sequence[Sequence[str]], num_words: int, oov_token: str | None) -> int:
    """How many distinct real words (OOV excluded) ``Tokenizer(num_words, oov_token)`` can output."""
    from course_utils.encoding import Tokenizer

    tokenizer = Tokenizer(num_words=num_words, oov_token=oov_token)
    tokenizer.fit_on_texts(_check_sentences(sentences))
    oov = tokenizer.word_index.get(oov_token) if oov_token is not None else None
    return sum(1 for i in tokenizer.index_word if i != oov and (not num_words or i < num_words))


def check_num_words(
    answer: int | None, sentences: Sequence[Sequence[str]], num_words: int, oov_token: str | None
) -> CheckResult:
    """Number of distinct real words that survive ``texts_to_sequences`` with ``num_words``."""
    pending = not_answered(
        answer,
        "num_words=N 이면 번호가 N 보다 작은 단어만 남습니다. 0번은 비어 있고, OOV 토큰이 있으면 1번을 차지합니다.",
    )
    if pending is not None:
        return pending
    if isinstance(answer, bool) or not isinstance(answer, int):
        return report(False, "", f"단어 개수를 정수로 적어 주세요 (입력: {answer!r}).")
    expected = kept_word_count(sentences, num_words, oov_token)
    if answer == expected:
        detail = "OOV 가 1번을 차지하므로 " if oov_token is not None else ""
        return report(True, f"{detail}번호 1 ~ {num_words - 1} 중 실제 단어는 {expected}개입니다.", "")
    if answer == num_words:
        return report(False, "", "num_words 개가 아닙니다. 남는 번호는 num_words 보다 '작은' 1 ~ num_words-1 입니다.")
    if oov_token is not None and answer == expected + 1:
        return report(False, "", "OOV 토큰도 센 것 같습니다. OOV 토큰은 1번을 차지하지만 실제 단어가 아닙니다.")
    return report(False, "", f"기대한 값과 다릅니다 (입력: {answer}). 번호 < num_words 인 단어를 세어 보세요.")


def oov_rate(
    train_sentences: Sequence[Sequence[str]], test_sentences: Sequence[Sequence[str]], num_words: int | None
) -> float:
    """Share of the test tokens that ``Tokenizer(num_words, oov_token="<OOV>")`` fitted on train maps to ``<OOV>``."""
    from course_utils.encoding import Tokenizer

    if num_words is not None and (isinstance(num_words, bool) or not isinstance(num_words, int) or num_words < 2):
        raise ValueError(f"num_words must be None or an int >= 2, got {num_words!r}")
    tokenizer = Tokenizer(num_words=num_words, oov_token="<OOV>")
    tokenizer.fit_on_texts(_check_sentences(train_sentences))
    ids = [i for seq in tokenizer.texts_to_sequences(_check_sentences(test_sentences)) for i in seq]
    if not ids:
        raise ValueError("test_sentences has no tokens")
    return sum(i == tokenizer.word_index["<OOV>"] for i in ids) / len(ids)


def check_oov_rate(
    num_words: int | None,
    answer: float | None,
    train_sentences: Sequence[Sequence[str]],
    test_sentences: Sequence[Sequence[str]],
) -> CheckResult:
    """The OOV rate on held-out sentences that the learner measured for their ``num_words`` (recomputed here)."""
    pending = not_answered(
        answer,
        "Tokenizer(num_words=my_num_words, oov_token='<OOV>') 를 law_train 으로 fit_on_texts 하고, law_test 를 "
        "texts_to_sequences 로 바꾼 뒤 전체 번호 중 1(<OOV>)의 비율을 구하세요.",
    )
    if pending is not None:
        return pending
    if num_words is not None and (isinstance(num_words, bool) or not isinstance(num_words, int) or num_words < 2):
        return report(False, "", f"my_num_words 는 2 이상의 정수이거나 None(전부) 이어야 합니다 (입력: {num_words!r}).")
    if isinstance(answer, bool) or not isinstance(answer, (int, float)) or not 0 <= float(answer) <= 1:
        return report(False, "", f"OOV 비율은 0과 1 사이의 숫자입니다 (입력: {answer!r}). 백분율이면 100으로 나누세요.")
    expected = oov_rate(train_sentences, test_sentences, num_words)
    full = oov_rate(train_sentences, test_sentences, None)
    if abs(float(answer) - expected) < 5e-4 + 1e-12:
        if num_words is None:
            extra = "단어 집합 전부를 써도 테스트 토큰의 이만큼은 훈련에서 본 적 없는 형태소입니다."
        else:
            extra = (
                f"단어 집합 전부(num_words=None)를 쓰면 {full:.1%}: 줄인 만큼 OOV가 {expected - full:.1%}p 늘었습니다."
            )
        return report(True, f"num_words={num_words} 이면 테스트 토큰의 {expected:.1%}가 <OOV> 입니다. {extra}", "")
    train_rate = oov_rate(train_sentences, train_sentences, num_words)
    if abs(float(answer) - train_rate) < 5e-4 + 1e-12:
        return report(
            False, "", "훈련 문장(law_train)에서 잰 비율입니다. 단어 집합을 만들 때 쓰지 않은 law_test 로 재세요."
        )
    return report(
        False,
        "",
        f"num_words={num_words} 로 다시 재면 OOV 비율이 {expected:.3f} 인데 {float(answer):.3f} 를 입력했습니다. "
        "oov_token='<OOV>' 를 주었는지, 1번(<OOV>)의 개수를 전체 토큰 수로 나눴는지 확인하세요.",
    )


__all__ = [
    "check_encoded",
    "check_oov_rate",
    "check_num_words",
    "check_word_to_index",
    "kept_word_count",
    "oov_rate",
    "top_k_word_to_index",
]
