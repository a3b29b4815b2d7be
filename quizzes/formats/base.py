"""What the GIFT and Moodle XML readers produce, and the rules both share.

Nothing here touches the database: the import service maps these dataclasses onto the
question bank, so a whole file can be checked, and refused, before anything is saved.

Text fields hold HTML. Question text, general feedback and true/false feedback are
block HTML (`<p>…</p>`); choice text, choice feedback, numeric feedback and matching
prompts are inline HTML (escaped text, `<br>` for line breaks). Short-answer answers
and matching answers are plain text, because learners type or pick them as words.
"""

import html
import re
from dataclasses import dataclass, field
from decimal import Context, Decimal

# Only marks messages for makemessages (an identity function, no settings needed):
# the admin translates each message when it shows the report.
from django.utils.translation import gettext_noop

KINDS = ("single", "multi", "truefalse", "shortanswer", "numeric", "matching", "ordering")


@dataclass
class Choice:
    """A single/multi choice option, or an accepted short answer."""

    text: str  # inline HTML for choices, plain text for short answers
    fraction: Decimal  # -1..1
    feedback: str = ""  # inline HTML


@dataclass
class NumericAnswer:
    """A number (± tolerance) or a range; with neither, it matches any other number.

    GIFT's `{#=1822 ~#feedback}` and Moodle's `*` answer both give that catch-all form.
    """

    value: Decimal | None  # None when given as a range (or for the catch-all)
    tolerance: Decimal = Decimal(0)
    minimum: Decimal | None = None  # for {#a..b} ranges
    maximum: Decimal | None = None
    fraction: Decimal = Decimal(1)
    feedback: str = ""

    @property
    def matches_anything(self) -> bool:
        return self.value is None and self.minimum is None and self.maximum is None


@dataclass
class MatchPair:
    prompt: str  # left side (inline HTML); "" for a distractor answer
    answer: str  # right side (plain)


@dataclass
class ParsedQuestion:
    kind: str  # one of KINDS
    name: str  # GIFT ::name:: or Moodle <name>; if absent, the start of the text
    text: str  # block HTML
    category: tuple[str, ...] = ()  # path, e.g. ("CX", "Metrics")
    general_feedback: str = ""
    choices: list[Choice] = field(default_factory=list)  # single, multi, shortanswer
    numeric: list[NumericAnswer] = field(default_factory=list)
    pairs: list[MatchPair] = field(default_factory=list)
    ordering: list[str] = field(default_factory=list)  # plain text, in the correct order
    correct: bool | None = None  # truefalse
    feedback_true: str = ""  # truefalse: shown when the learner answers True
    feedback_false: str = ""
    default_mark: Decimal = Decimal(1)
    case_sensitive: bool = False  # shortanswer
    source_line: int | None = None  # 1-based line where the question starts (GIFT)


@dataclass
class Problem:
    message: str  # a plain English sentence with no values in it, ready for gettext
    line: int | None = None
    name: str = ""


@dataclass
class ParseResult:
    questions: list[ParsedQuestion]
    problems: list[Problem]  # errors: if any, the import must be refused as a whole
    unsupported: list[Problem]  # recognised but not imported (essay, description, cloze…)


# --- Text formats -----------------------------------------------------------------

# GIFT's [html] [moodle] [plain] [markdown]; Moodle XML's format attribute values.
TEXT_FORMATS = {
    "html": "html",
    "moodle": "moodle",
    "moodle_auto_format": "moodle",
    "plain": "plain",
    "plain_text": "plain",
    "markdown": "markdown",
}
NAME_LENGTH = 60
# What the question bank holds (Question.name, QuestionCategory.name, a matching answer,
# an ordering item); longer text is reported, not cut.
MAX_NAME_LENGTH = 255
MAX_CATEGORY_LENGTH = 150
MAX_ITEM_LENGTH = 255


def text_to_html(text: str, text_format: str, *, inline: bool = False) -> str:
    """Text in one of the TEXT_FORMATS as HTML.

    HTML is kept as written (the importer sanitises it). Moodle and plain text are
    escaped, with `<br>` for line breaks; markdown gets paragraphs, lists, bold and
    italics. Block HTML is wrapped in `<p>`; inline HTML (choices, feedback) is not.
    """
    text = text.strip()
    text_format = TEXT_FORMATS.get(text_format, "moodle")
    if not text or text_format == "html":
        return text
    if text_format == "markdown":
        return _markdown_inline(text) if inline else _markdown_blocks(text)
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return escaped if inline else f"<p>{escaped}</p>"


def html_to_plain(text: str) -> str:
    """The words of an HTML fragment on one line: for names and ordering items."""
    text = re.sub(r"<(?:br|/?(?:p|li|ul|ol|div|h\d|tr|td|th|blockquote))\b[^>]*>", " ", text)
    text = re.sub(r"<[^>]*>", "", text)
    return " ".join(html.unescape(text).split())


def has_content(text_html: str) -> bool:
    """Whether an HTML fragment shows anything: words or an image."""
    return bool(html_to_plain(text_html)) or "<img" in text_html.lower()


def default_name(text_html: str, fallback: str) -> str:
    """A question's name when the file gives none: the start of its text."""
    words = html_to_plain(text_html)
    if not words:
        return fallback
    if len(words) <= NAME_LENGTH:
        return words
    cut = words[: NAME_LENGTH - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def clean_name(name: str) -> str:
    # Never cut here: a name too long for the bank is a problem the report names
    # (question_problems), so a trainer never finds a question renamed in silence.
    return " ".join(name.split())


_LIST_ITEM = re.compile(r"(?:([-*+])|\d+[.)])\s+(.*)")


def _markdown_blocks(text: str) -> str:
    parts: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        # Consecutive lines of one kind ("p", "ul" or "ol") make one element.
        group_tag, group = "", []
        for raw_line in chunk.split("\n"):
            line = raw_line.strip()
            if not line:
                continue
            item = _LIST_ITEM.fullmatch(line)
            tag = ("ul" if item.group(1) else "ol") if item else "p"
            if group and tag != group_tag:
                parts.append(_markdown_element(group_tag, group))
                group = []
            group_tag = tag
            group.append(item.group(2) if item else line)
        if group:
            parts.append(_markdown_element(group_tag, group))
    return "".join(parts)


def _markdown_element(tag: str, lines: list[str]) -> str:
    if tag == "p":
        return f"<p>{_markdown_inline(' '.join(lines))}</p>"
    items = "".join(f"<li>{_markdown_inline(line)}</li>" for line in lines)
    return f"<{tag}>{items}</{tag}>"


def _markdown_inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = text.replace("\\*", "&#42;").replace("\\_", "&#95;")
    text = re.sub(r"\*\*(?![\s*])(.+?)(?<![\s*])\*\*", r"<strong>\1</strong>", text)
    # Underscores only around whole words, so snake_case and the "_____" blank survive.
    text = re.sub(r"(?<![\w_])__(?![\s_])(.+?)(?<![\s_])__(?![\w_])", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])", r"<em>\1</em>", text)
    text = re.sub(r"(?<![\w_])_(?![\s_])(.+?)(?<![\s_])_(?![\w_])", r"<em>\1</em>", text)
    return text.replace("\n", " ")


# --- Categories and numbers --------------------------------------------------------

_CONTEXT = re.compile(r"\$\w+\$")  # $course$, $system$, $module$, $cat1$…


def category_path(raw: str) -> tuple[str, ...]:
    """`$course$/top/CX/Metrics` → ("CX", "Metrics"). A doubled `//` is a slash in a name."""
    parts = [part.replace("\0", "/").strip() for part in raw.replace("//", "\0").split("/")]
    parts = [part for part in parts if part]
    if parts and _CONTEXT.fullmatch(parts[0]):
        parts.pop(0)
    if parts and parts[0] == "top":
        parts.pop(0)
    return tuple(parts)


def category_text(path: tuple[str, ...]) -> str:
    return "/".join(part.replace("/", "//") for part in path)


_SEVEN_PLACES = Decimal("1E-7")
# Plain decimals, with a short exponent at most: nothing a file holds can overflow.
_NUMBER = re.compile(r"[-+]?(?:\d{1,30}(?:\.\d{0,30})?|\.\d{1,30})(?:[eE][-+]?\d{1,2})?")


def parse_number(text: str) -> Decimal | None:
    """Text such as 1822, -0.5 or 1e3 as a Decimal; None when it is not a number."""
    text = text.strip()
    return tidy(Decimal(text)) if _NUMBER.fullmatch(text) else None


_WIDE = Context(prec=400)  # never rounds the numbers a file can hold


def tidy(number: Decimal) -> Decimal:
    """1.0000000 → 1 and 0.5000000 → 0.5, so marks fit the model's decimal places."""
    if not number.is_finite():
        return number
    number = number.normalize(_WIDE)
    if number.as_tuple().exponent > 0:  # 1E+3 → 1000
        return number.quantize(Decimal(1), context=_WIDE)
    return number


def fraction_from_percent(percent: Decimal) -> Decimal:
    """A weight like 33.33333 (%) as a fraction, kept to the 7 places the bank stores."""
    fraction = percent / 100
    if fraction.as_tuple().exponent < -7:
        fraction = fraction.quantize(_SEVEN_PLACES)
    return tidy(fraction)


def percent_text(fraction: Decimal) -> str:
    """0.5 → "50", -0.3333333 → "-33.33333"."""
    return format((fraction * 100).normalize(), "f")


# --- Rules every imported question must meet --------------------------------------

SUM_TOLERANCE = Decimal("0.001")  # three weights of 33.333% are as good as 100%


def question_problems(question: ParsedQuestion) -> list[str]:
    """Why this question cannot be saved, as plain sentences; [] when it can."""
    messages = []
    if question.default_mark <= 0:
        messages.append(gettext_noop("The mark of a question must be more than zero."))
    if len(question.name) > MAX_NAME_LENGTH:
        messages.append(
            gettext_noop("The question name is longer than 255 characters. Shorten it.")
        )
    if any(len(name) > MAX_CATEGORY_LENGTH for name in question.category):
        messages.append(gettext_noop("A category name is longer than 150 characters. Shorten it."))
    check = _CHECKS.get(question.kind)
    if check is None:
        return [*messages, gettext_noop("This question type is not supported.")]
    return messages + check(question)


# The % signs below are GIFT weights, not format placeholders:
# xgettext:no-python-format
WEIGHT_RANGE = gettext_noop("An answer weight must be between -100% and 100%.")


def _choice_problems(question: ParsedQuestion) -> list[str]:
    messages = []
    fractions = [choice.fraction for choice in question.choices]
    if len(fractions) < 2:
        messages.append(gettext_noop("A multiple-choice question needs at least two answers."))
    if any(not choice.text.strip() for choice in question.choices):
        messages.append(gettext_noop("An answer has no text."))
    if not all(-1 <= fraction <= 1 for fraction in fractions):
        return [*messages, WEIGHT_RANGE]  # the sums below would mean nothing
    positive = [fraction for fraction in fractions if fraction > 0]
    if question.kind == "single":
        if fractions and max(fractions) != 1:
            messages.append(gettext_noop("A single-answer question needs one answer worth 100%."))
    elif not positive:
        messages.append(
            # xgettext:no-python-format
            gettext_noop(
                "This multiple-answer question has no correct answer: "
                "give the right answers weights such as %50%."
            )
        )
    elif abs(sum(positive) - 1) > SUM_TOLERANCE:
        messages.append(
            gettext_noop(
                "In a multiple-answer question the weights of the right answers must add up "
                "to 100%."
            )
        )
    return messages


def _short_answer_problems(question: ParsedQuestion) -> list[str]:
    fractions = [choice.fraction for choice in question.choices]
    if not fractions:
        return [gettext_noop("A short-answer question needs at least one accepted answer.")]
    messages = []
    if any(not choice.text.strip() for choice in question.choices):
        messages.append(gettext_noop("An answer has no text."))
    if not all(-1 <= fraction <= 1 for fraction in fractions):
        messages.append(WEIGHT_RANGE)
    elif max(fractions) != 1:
        messages.append(gettext_noop("A short-answer question needs one answer worth 100%."))
    return messages


def _true_false_problems(question: ParsedQuestion) -> list[str]:
    if question.correct is None:
        return [gettext_noop("A true/false question must say whether the statement is true.")]
    return []


def _matching_problems(question: ParsedQuestion) -> list[str]:
    messages = []
    if len([pair for pair in question.pairs if pair.prompt]) < 2:
        messages.append(gettext_noop("A matching question needs at least two pairs."))
    if any(not pair.answer for pair in question.pairs):
        messages.append(gettext_noop("A matching pair has no answer."))
    if any(len(pair.answer) > MAX_ITEM_LENGTH for pair in question.pairs):
        messages.append(
            gettext_noop("A matching answer is longer than 255 characters. Shorten it.")
        )
    return messages


def _ordering_problems(question: ParsedQuestion) -> list[str]:
    messages = []
    if len(question.ordering) < 2:
        messages.append(gettext_noop("An ordering question needs at least two items."))
    if any(not item for item in question.ordering):
        messages.append(gettext_noop("An ordering item has no text."))
    if any(len(item) > MAX_ITEM_LENGTH for item in question.ordering):
        messages.append(gettext_noop("An ordering item is longer than 255 characters. Shorten it."))
    return messages


def _numeric_problems(question: ParsedQuestion) -> list[str]:
    answers = question.numeric
    messages = []
    numbers = [answer for answer in answers if not answer.matches_anything]
    if not numbers:
        messages.append(gettext_noop("A numeric question needs at least one number as an answer."))
    elif max(answer.fraction for answer in numbers) != 1:
        messages.append(gettext_noop("A numeric question needs one answer worth 100%."))
    if not all(-1 <= answer.fraction <= 1 for answer in answers):
        messages.append(WEIGHT_RANGE)
    if any(answer.tolerance < 0 for answer in answers):
        messages.append(gettext_noop("The margin of error of a numeric answer cannot be negative."))
    if any(
        answer.minimum is not None
        and answer.maximum is not None
        and answer.minimum > answer.maximum
        for answer in answers
    ):
        messages.append(
            gettext_noop("In a numeric range the first number must not be bigger than the second.")
        )
    return messages


_CHECKS = {
    "single": _choice_problems,
    "multi": _choice_problems,
    "truefalse": _true_false_problems,
    "shortanswer": _short_answer_problems,
    "numeric": _numeric_problems,
    "matching": _matching_problems,
    "ordering": _ordering_problems,
}
