"""How a quiz answer is marked, and nothing else. Pure: no Django, no database.

The caller builds a `QuestionKey` from the question bank and passes the learner's
parsed form value to `score()`. Every rule a trainer might ask about lives here:

Single choice
    The chosen option's fraction. Nothing chosen scores 0.
Multiple choice
    The sum of the chosen options' fractions, kept between 0 and 1: a wrong option
    with a negative fraction takes marks away, but the question never scores below 0.
    When the question turns negative marks off, wrong options simply count 0.
    Choosing the same option twice counts once.
True / false
    Full marks for the right answer, 0 otherwise.
Short answer
    The best fraction among the accepted answers that match. Matching ignores
    capital letters (unless the question is case-sensitive), spaces at either end,
    and runs of spaces inside the answer ("  No   One " matches "no one"); it does
    not ignore spaces altogether ("noone" does not match "no one"). In an accepted
    answer, `*` stands for any text, including none ("*colour*" accepts "the colour
    red"); write `\\*` for a real asterisk.
Numeric
    "." is the decimal point, and so is a single "," when there is no "." ("-12,5"
    is -12.5). Thousands separators are refused, so "1.000,5" and "1,000,000" are
    sent back to the learner; note that "1.000" therefore reads as one, not one
    thousand. A "%" at the end is ignored ("80%" is 80). An answer matches when it
    is within the tolerance of the expected value (both ends included: 1822 ± 1
    accepts 1821 and 1823), or inside an answer's minimum–maximum range (ends
    included); an answer with neither a value nor a range accepts any number. The
    best fraction among matching answers counts.
Matching
    Each prompt paired with its right answer earns an equal share: 3 of 4 right
    scores 0.75. A prompt left empty earns nothing.
Ordering
    Each item in its right position earns an equal share: with A B C D correct,
    "A B D C" scores 0.5. Nothing moved into place scores 0.

Every result is a fraction from 0 to 1, rounded to 4 places (0.66665 → 0.6667).
An answer in the wrong shape (unknown option, wrong type, too long, more than 50
choices) raises `InvalidResponse`; its message is a short English sentence that
`makemessages` collects, so the caller can show `gettext(str(error))`.
A key that makes no sense (unknown kind, true/false without the right answer,
negative marks in `quiz_percent`) raises a plain `ValueError`: that is a bug in
the caller, not the learner's mistake.
"""

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from courses.completion import GRADING_METHODS, grade_across  # noqa: F401 - GRADING_METHODS is part of this API

__all__ = [
    "InvalidResponse",
    "NumericAnswer",
    "Option",
    "QuestionKey",
    "Result",
    "grade_attempts",
    "quiz_percent",
    "score",
    "validate",
]


def gettext_noop(message: str) -> str:
    # Marks the message for `makemessages` without importing Django.
    return message


WRONG_SHAPE = gettext_noop("This answer is not in the expected form.")
UNKNOWN_CHOICE = gettext_noop("This choice is not one of the options.")
UNKNOWN_PROMPT = gettext_noop("This item is not part of the question.")
TOO_MANY = gettext_noop("Too many choices were sent.")
TOO_LONG = gettext_noop("This answer is too long.")
NOT_TRUE_FALSE = gettext_noop("Choose true or false.")
NOT_A_NUMBER = gettext_noop("Enter a number.")
SEPARATORS = gettext_noop("Use digits only, with . or , for decimals.")
AMBIGUOUS = gettext_noop(
    "Write thousands without a separator: 250000, not 250.000 (or 2.5 for two and a half)."
)
NOT_A_PERMUTATION = gettext_noop("Put every item in the list exactly once.")

MAX_CHOICES = 50
MAX_TEXT_LENGTH = 500
MAX_NUMBER_LENGTH = 50

KINDS = ("single", "multi", "truefalse", "shortanswer", "numeric", "matching", "ordering")

ZERO = Decimal(0)
ONE = Decimal(1)
_FOUR_PLACES = Decimal("0.0001")
_TWO_PLACES = Decimal("0.01")
# Wide enough that a 50-digit answer compared with a stored value never rounds; the
# caller's own decimal context (if it changed one) does not leak in.
_CONTEXT = Context(prec=120, rounding=ROUND_HALF_UP)

_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")
# Digits mixed with separators or spaces: a number written with thousands separators.
_SEPARATED_NUMBER = re.compile(r"[+-]?[0-9., ]*[0-9][0-9., ]*")
# "250.000" is 250 thousand to an Indonesian and 250 to an English reader: refuse
# it with a message rather than guess. "0.125" and "12.5" are not ambiguous.
_AMBIGUOUS_THOUSANDS = re.compile(r"[+-]?[1-9][0-9]{0,2}[.,][0-9]{3}")
_TRUE_WORDS = {"true": True, "1": True, "false": False, "0": False}


@dataclass(frozen=True)
class Option:
    """One choice of a single- or multiple-choice question. The learner submits
    `id` (an opaque string), never a position."""

    id: str
    fraction: Decimal  # -1..1


@dataclass(frozen=True)
class NumericAnswer:
    """An accepted number: `value` ± `tolerance`, or the range `minimum`..`maximum`
    (either end may be open). With no value and no range, any number matches."""

    value: Decimal | None
    tolerance: Decimal = Decimal(0)
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    fraction: Decimal = Decimal(1)


@dataclass(frozen=True)
class QuestionKey:
    """Everything needed to mark one question, built by the caller from the bank."""

    kind: str  # one of KINDS
    options: tuple[Option, ...] = ()  # single, multi
    accepted: tuple[tuple[str, Decimal], ...] = ()  # shortanswer: (answer text, fraction)
    case_sensitive: bool = False
    numeric: tuple[NumericAnswer, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()  # matching: (prompt id, correct answer id)
    distractors: tuple[str, ...] = ()  # matching: extra answer ids that belong to no prompt
    order: tuple[str, ...] = ()  # ordering: item ids in the correct order
    correct: bool | None = None  # truefalse
    negative_marks: bool = True  # multi: if False, negative fractions count as 0


@dataclass(frozen=True)
class Result:
    """The mark for one answer. `chosen` echoes the normalised answer for review and
    item analysis: option ids (in the question's order), "true"/"false", the tidied
    text, the number with "." as decimal point, the learner's answer id for each
    prompt in the question's order ("" for a prompt left empty), or the item ids in
    the learner's order. Empty when the question was left unanswered."""

    fraction: Decimal  # 0..1, 4 places
    right: bool  # fraction == 1
    partial: bool  # 0 < fraction < 1
    chosen: tuple[str, ...] = ()


class InvalidResponse(ValueError):
    """The response is malformed for this question (wrong type, unknown id, too long...).
    Its message is a short English sentence; the caller translates."""


# --- Public API ---------------------------------------------------------------------


def validate(key: QuestionKey, response: object) -> object:
    """Check the learner's answer against the question's shape and return it tidied:

    - single: the option id, or None when unanswered;
    - multi: a tuple of distinct option ids in the question's order (empty = unanswered);
    - truefalse: True, False, or None;
    - shortanswer: the text with spaces trimmed and collapsed, or None;
    - numeric: a Decimal, or None;
    - matching: a dict {prompt id: answer id} of the answered prompts;
    - ordering: a tuple of item ids, or None when unanswered.

    Raises InvalidResponse when the answer cannot be for this question. Validating a
    tidied answer again returns it unchanged.
    """
    validator = _VALIDATORS.get(key.kind)
    if validator is None:
        raise ValueError(f"Unknown question kind {key.kind!r}; expected one of {KINDS}.")
    return validator(key, response)


def score(key: QuestionKey, response: object) -> Result:
    """Mark one answer (rules in the module docstring). Validates first, so it raises
    InvalidResponse for a malformed answer; an unanswered question scores 0."""
    answer = validate(key, response)
    with localcontext(_CONTEXT):
        fraction, chosen = _SCORERS[key.kind](key, answer)
        fraction = _round(min(max(Decimal(fraction), ZERO), ONE), _FOUR_PLACES)
    return Result(
        fraction=fraction, right=fraction == ONE, partial=ZERO < fraction < ONE, chosen=chosen
    )


def grade_attempts(fractions: list[Decimal], method: str) -> Decimal | None:
    """The quiz grade from several attempts (given oldest first): the highest, the
    last, the first, or the average (rounded to 4 places). None when there is no
    attempt yet. The rule itself is the courses' one (`grade_across`)."""
    return grade_across(fractions, method, _FOUR_PLACES)


def quiz_percent(results: list[tuple[Result, Decimal]]) -> Decimal:
    """The quiz score as a percentage (0–100, 2 places): each question's fraction
    weighted by its mark. A 2-mark question answered half right and a 1-mark
    question answered right give (1 + 1) / 3 = 66.67. A quiz worth no marks scores 0."""
    with localcontext(_CONTEXT):
        total = ZERO
        earned = ZERO
        for result, mark in results:
            if mark < 0:
                raise ValueError("A question's mark cannot be negative.")
            total += mark
            earned += result.fraction * mark
        if not total:
            return ZERO.quantize(_TWO_PLACES)
        return _round(earned * 100 / total, _TWO_PLACES)


# --- Validation, one function per kind ----------------------------------------------


def _validate_single(key: QuestionKey, response: object) -> str | None:
    if response is None:
        return None
    if not isinstance(response, str):
        raise InvalidResponse(WRONG_SHAPE)
    if not response:
        return None
    if response not in {option.id for option in key.options}:
        raise InvalidResponse(UNKNOWN_CHOICE)
    return response


def _validate_multi(key: QuestionKey, response: object) -> tuple[str, ...]:
    if response is None:
        return ()
    if not isinstance(response, list | tuple | set | frozenset):
        raise InvalidResponse(WRONG_SHAPE)
    if len(response) > MAX_CHOICES:
        raise InvalidResponse(TOO_MANY)
    if not all(isinstance(item, str) for item in response):
        raise InvalidResponse(WRONG_SHAPE)
    chosen = set(response)
    known = [option.id for option in key.options]
    if not chosen.issubset(known):
        raise InvalidResponse(UNKNOWN_CHOICE)
    return tuple(dict.fromkeys(option_id for option_id in known if option_id in chosen))


def _validate_truefalse(key: QuestionKey, response: object) -> bool | None:
    if response is None or isinstance(response, bool):
        return response
    if not isinstance(response, str):
        raise InvalidResponse(WRONG_SHAPE)
    word = response.strip().lower()
    if not word:
        return None
    if word not in _TRUE_WORDS:
        raise InvalidResponse(NOT_TRUE_FALSE)
    return _TRUE_WORDS[word]


def _validate_shortanswer(key: QuestionKey, response: object) -> str | None:
    if response is None:
        return None
    if not isinstance(response, str):
        raise InvalidResponse(WRONG_SHAPE)
    if len(response) > MAX_TEXT_LENGTH:
        raise InvalidResponse(TOO_LONG)
    return _tidy(response) or None


def _validate_numeric(key: QuestionKey, response: object) -> Decimal | None:
    if response is None:
        return None
    if isinstance(response, bool):
        raise InvalidResponse(WRONG_SHAPE)
    if isinstance(response, str):
        return _parse_number(response)
    if isinstance(response, int):
        # Compared before converting: str() of a huge int is itself slow (and capped).
        if abs(response) >= 10**MAX_NUMBER_LENGTH:
            raise InvalidResponse(TOO_LONG)
        number = Decimal(response)
    elif isinstance(response, float):
        if not math.isfinite(response):
            raise InvalidResponse(NOT_A_NUMBER)
        number = Decimal(repr(response))
    elif isinstance(response, Decimal):
        if not response.is_finite():
            raise InvalidResponse(NOT_A_NUMBER)
        number = response
    else:
        raise InvalidResponse(WRONG_SHAPE)
    if _plain_length(number) > MAX_NUMBER_LENGTH:
        raise InvalidResponse(TOO_LONG)
    return number


def _validate_matching(key: QuestionKey, response: object) -> dict[str, str]:
    if response is None:
        return {}
    if not isinstance(response, Mapping):
        raise InvalidResponse(WRONG_SHAPE)
    if len(response) > MAX_CHOICES:
        raise InvalidResponse(TOO_MANY)
    prompts = [prompt for prompt, _ in key.pairs]
    answers = {answer for _, answer in key.pairs} | set(key.distractors)
    given = {}
    for prompt, answer in response.items():
        if not isinstance(prompt, str) or not (answer is None or isinstance(answer, str)):
            raise InvalidResponse(WRONG_SHAPE)
        if prompt not in prompts:
            raise InvalidResponse(UNKNOWN_PROMPT)
        if not answer:  # the "choose…" entry of a drop-down: this prompt is unanswered
            continue
        if answer not in answers:
            raise InvalidResponse(UNKNOWN_CHOICE)
        given[prompt] = answer
    return {prompt: given[prompt] for prompt in dict.fromkeys(prompts) if prompt in given}


def _validate_ordering(key: QuestionKey, response: object) -> tuple[str, ...] | None:
    if response is None:
        return None
    if not isinstance(response, list | tuple):
        raise InvalidResponse(WRONG_SHAPE)
    if len(response) > MAX_CHOICES:
        raise InvalidResponse(TOO_MANY)
    if not all(isinstance(item, str) for item in response):
        raise InvalidResponse(WRONG_SHAPE)
    if not response:
        return None
    if sorted(response) != sorted(key.order):
        raise InvalidResponse(NOT_A_PERMUTATION)
    return tuple(response)


_VALIDATORS = {
    "single": _validate_single,
    "multi": _validate_multi,
    "truefalse": _validate_truefalse,
    "shortanswer": _validate_shortanswer,
    "numeric": _validate_numeric,
    "matching": _validate_matching,
    "ordering": _validate_ordering,
}


# --- Scoring, one function per kind (answers already validated) ----------------------


def _score_single(key: QuestionKey, answer: str | None) -> tuple[Decimal, tuple[str, ...]]:
    if answer is None:
        return ZERO, ()
    fraction = next(option.fraction for option in key.options if option.id == answer)
    return fraction, (answer,)


def _score_multi(key: QuestionKey, answer: tuple[str, ...]) -> tuple[Decimal, tuple[str, ...]]:
    fractions = {option.id: option.fraction for option in key.options}
    total = ZERO
    for option_id in answer:
        fraction = fractions[option_id]
        total += fraction if key.negative_marks else max(fraction, ZERO)
    return total, answer


def _score_truefalse(key: QuestionKey, answer: bool | None) -> tuple[Decimal, tuple[str, ...]]:
    if key.correct is None:
        raise ValueError("A true/false question needs its correct answer.")
    if answer is None:
        return ZERO, ()
    return (ONE if answer == key.correct else ZERO), ("true" if answer else "false",)


def _score_shortanswer(key: QuestionKey, answer: str | None) -> tuple[Decimal, tuple[str, ...]]:
    if answer is None:
        return ZERO, ()
    text = _fold(answer, key.case_sensitive)
    matching = [
        fraction
        for accepted, fraction in key.accepted
        if _wildcard_match(text, _pattern(_fold(_tidy(accepted), key.case_sensitive)))
    ]
    return max(matching, default=ZERO), (answer,)


def _score_numeric(key: QuestionKey, answer: Decimal | None) -> tuple[Decimal, tuple[str, ...]]:
    if answer is None:
        return ZERO, ()
    matching = [expected.fraction for expected in key.numeric if _number_matches(answer, expected)]
    return max(matching, default=ZERO), (format(answer, "f"),)


def _score_matching(key: QuestionKey, answer: dict[str, str]) -> tuple[Decimal, tuple[str, ...]]:
    if not key.pairs:
        return ZERO, ()
    right = sum(1 for prompt, correct in key.pairs if answer.get(prompt) == correct)
    chosen = tuple(answer.get(prompt, "") for prompt, _ in key.pairs) if answer else ()
    return Decimal(right) / len(key.pairs), chosen


def _score_ordering(
    key: QuestionKey, answer: tuple[str, ...] | None
) -> tuple[Decimal, tuple[str, ...]]:
    if answer is None or not key.order:
        return ZERO, ()
    in_place = sum(1 for given, correct in zip(answer, key.order, strict=True) if given == correct)
    return Decimal(in_place) / len(key.order), answer


_SCORERS = {
    "single": _score_single,
    "multi": _score_multi,
    "truefalse": _score_truefalse,
    "shortanswer": _score_shortanswer,
    "numeric": _score_numeric,
    "matching": _score_matching,
    "ordering": _score_ordering,
}


# --- Helpers -------------------------------------------------------------------------


def _round(value: Decimal, places: Decimal) -> Decimal:
    return value.quantize(places, rounding=ROUND_HALF_UP)


def _tidy(text: str) -> str:
    """Trim, collapse every run of whitespace to one space, and unify Unicode forms
    (an "é" typed as one character or as e + accent is the same answer)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _fold(text: str, case_sensitive: bool) -> str:
    return text if case_sensitive else text.casefold()


def _pattern(accepted: str) -> tuple[str, ...]:
    """Split an accepted answer on its `*` wildcards into literal pieces; `\\*` is a
    literal asterisk. "a*b" → ("a", "b"); "abc" → ("abc",); "*" → ("", "")."""
    pieces = [""]
    i = 0
    while i < len(accepted):
        if accepted.startswith("\\*", i):
            pieces[-1] += "*"
            i += 2
            continue
        if accepted[i] == "*":
            pieces.append("")
        else:
            pieces[-1] += accepted[i]
        i += 1
    return tuple(pieces)


def _wildcard_match(text: str, pieces: tuple[str, ...]) -> bool:
    # Plain string search rather than a regular expression: no character of the
    # trainer's answer is special except `*`, and matching time stays linear-ish
    # however many wildcards there are.
    if len(pieces) == 1:
        return text == pieces[0]
    first, *middle, last = pieces
    if len(text) < len(first) + len(last):
        return False
    if not (text.startswith(first) and text.endswith(last)):
        return False
    position, end = len(first), len(text) - len(last)
    for piece in middle:
        found = text.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def _parse_number(text: str) -> Decimal | None:
    if len(text) > MAX_NUMBER_LENGTH:
        raise InvalidResponse(TOO_LONG)
    text = text.strip().replace("\u2212", "-")  # a typographic minus sign is still a minus
    if text.endswith("%"):
        text = text[:-1].rstrip()
        if not text:
            raise InvalidResponse(NOT_A_NUMBER)
    if not text:
        return None
    if _AMBIGUOUS_THOUSANDS.fullmatch(text):
        raise InvalidResponse(AMBIGUOUS)
    if _NUMBER.fullmatch(text):
        return Decimal(text.replace(",", "."))
    if _SEPARATED_NUMBER.fullmatch(text):
        raise InvalidResponse(SEPARATORS)
    raise InvalidResponse(NOT_A_NUMBER)


def _plain_length(number: Decimal) -> int:
    """How many characters the number takes written out without an exponent."""
    _sign, digits_tuple, exponent = number.as_tuple()
    digits = len(digits_tuple)
    if exponent >= 0:
        return digits + exponent
    return max(digits, -exponent + 1) + 1


def _number_matches(answer: Decimal, expected: NumericAnswer) -> bool:
    if expected.value is not None and abs(answer - expected.value) <= abs(expected.tolerance):
        return True
    if expected.minimum is None and expected.maximum is None:
        return expected.value is None  # no value, no range: any number
    return (expected.minimum is None or expected.minimum <= answer) and (
        expected.maximum is None or answer <= expected.maximum
    )
