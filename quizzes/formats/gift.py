"""GIFT, Moodle's plain-text question format: reading and writing.

Reading follows Moodle's importer (question/format/gift/format.php), so a file that
imports in Moodle gives the same questions here: blank lines separate questions,
`//` lines are comments, the answer block's content decides the kind. Where Moodle
would quietly import something broken, this reader reports a problem instead (an
unclosed brace, weights that cannot add up to full marks, a number that isn't one).

A few small, deliberate differences from Moodle, all more forgiving:
- TRUE/FALSE/T/F are recognised in any letter case;
- a weight after `=` in multiple choice (`=%50%answer`) is read as a weight;
- weights may be 100 (Moodle's pattern only reads two digits);
- `$CATEGORY:` may be followed directly by the first question of the category.
"""

import re
from decimal import Decimal

from quizzes.formats.base import (
    WEIGHT_RANGE,
    Choice,
    MatchPair,
    NumericAnswer,
    ParsedQuestion,
    ParseResult,
    Problem,
    category_path,
    category_text,
    clean_name,
    default_name,
    fraction_from_percent,
    gettext_noop,
    parse_number,
    percent_text,
    question_problems,
    text_to_html,
    tidy,
)

__all__ = ["export_gift", "parse_gift"]

# While the structure is read, `\x` escapes stand in as private-use characters so an
# escaped `=` or `#` never splits anything; they become real characters again in the
# finished text. (Moodle does the same with placeholders such as "&&061;".)
_ESCAPES = {":": ":", "#": "#", "=": "=", "{": "{", "}": "}", "~": "~", "n": "\n", "\\": "\\"}
_HIDDEN = {key: chr(0xF0000 + index) for index, key in enumerate(_ESCAPES)}
_REVEAL = str.maketrans({_HIDDEN[key]: value for key, value in _ESCAPES.items()})
_ESCAPE = re.compile(r"\\([:#={}~n\\])")

_CATEGORY = "$CATEGORY:"
_FORMAT_PREFIX = re.compile(r"\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"%([^%\n]{0,20})%")
_PERCENT = re.compile(r"[-+]?(?:\d{1,10}(?:\.\d{0,10})?|\.\d{1,10})")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_BLANK = "_____"


def _hide(text: str) -> str:
    return _ESCAPE.sub(lambda match: _HIDDEN[match.group(1)], text)


def _reveal(text: str) -> str:
    return text.translate(_REVEAL)


def _unescape(text: str) -> str:
    return _reveal(_hide(text))


# --- Reading -----------------------------------------------------------------------


def parse_gift(text: str) -> ParseResult:
    """Every question of a GIFT file, with problems and unsupported items listed.

    Never raises: whatever the text, the answer is a ParseResult.
    """
    result = ParseResult(questions=[], problems=[], unsupported=[])
    category: tuple[str, ...] = ()
    for lines in _blocks(text):
        if lines[0][1].startswith(_CATEGORY):
            category = category_path(_unescape(lines[0][1][len(_CATEGORY) :]))
            lines = lines[1:]
            if not lines:
                continue
        reader = _QuestionReader(lines, category)
        question = reader.read()
        if question is not None:
            result.questions.append(question)
        result.problems += reader.problems
        result.unsupported += reader.unsupported
    return result


def _blocks(text: str):
    """Runs of non-blank lines as (line number, stripped line), comment lines left out."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    block: list[tuple[int, str]] = []
    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.strip()
        if not line:
            if block:
                yield block
            block = []
        elif not line.startswith("//"):
            block.append((number, line))
    if block:
        yield block


class _QuestionReader:
    """Reads one blank-line separated block; offsets are positions in `self.text`."""

    def __init__(self, lines: list[tuple[int, str]], category: tuple[str, ...]):
        self.line_numbers = [number for number, _ in lines]
        self.text = _hide("\n".join(line for _, line in lines))
        self.category = category
        self.name = ""  # the ::name::, else the start of the text
        self.named = False
        self.text_format = "moodle"
        self.text_html = ""
        self.general_feedback = ""
        self.problems: list[Problem] = []
        self.unsupported: list[Problem] = []

    @property
    def first_line(self) -> int:
        return self.line_numbers[0]

    def line_at(self, offset: int) -> int:
        return self.line_numbers[min(self.text.count("\n", 0, offset), len(self.line_numbers) - 1)]

    def problem(self, message: str, offset: int | None = None) -> None:
        line = self.first_line if offset is None else self.line_at(offset)
        self.problems.append(Problem(message, line=line, name=self.name))

    def html(self, text: str, *, inline: bool) -> str:
        text_format, text = _split_format(text, self.text_format)
        return text_to_html(_reveal(text), text_format, inline=inline)

    def read(self) -> ParsedQuestion | None:
        text, start = self.text, 0
        if text.startswith("::"):
            end = text.find("::", 2)
            if end == -1:
                self.problem(gettext_noop("The question name is not closed with ::."))
                return None
            self.name = clean_name(_reveal(text[2:end]))
            self.named = bool(self.name)
            start = end + 2

        opening, closing = text.find("{", start), text.find("}", start)
        if opening == -1 and closing == -1:
            self.set_text(text[start:])
            self.unsupported.append(
                Problem(
                    gettext_noop("Descriptions (text without an answer block) are not imported."),
                    line=self.first_line,
                    name=self.name,
                )
            )
            return None
        if not self.name:
            # Good enough to point at the question until its text is known.
            end = opening if opening != -1 else closing
            self.name = default_name(_reveal(text[start:end]), "")
        if opening == -1 or -1 < closing < opening:
            self.problem(
                gettext_noop("There is a } without a { before it. Write \\} for a brace."), closing
            )
            return None
        closing = text.find("}", opening)
        nested = text.find("{", opening + 1, len(text) if closing == -1 else closing)
        if closing == -1 or nested != -1:
            self.problem(
                gettext_noop("The answer block that starts with { is not closed with }."), opening
            )
            return None
        after = text[closing + 1 :]
        extra = re.search(r"[{}]", after)
        if extra:
            self.problem(
                gettext_noop(
                    "A question can have only one answer block. Write \\{ and \\} for braces."
                ),
                closing + 1 + extra.start(),
            )
            return None

        # Like Moodle: a block inside the sentence leaves a blank to fill in.
        self.set_text(text[start:opening] + (_BLANK + after if after.strip() else ""))
        return self.read_answers(text[opening + 1 : closing], opening + 1)

    def set_text(self, question_text: str) -> None:
        self.text_format, question_text = _split_format(question_text, "moodle")
        self.text_html = text_to_html(_reveal(question_text), self.text_format)
        if not self.named:
            # No fallback name here: the importer names a question without words in
            # the bank's language, and the report already gives its line.
            self.name = default_name(self.text_html, "")

    def read_answers(self, answers: str, base: int) -> ParsedQuestion | None:
        general = ""
        general_at = answers.rfind("####")
        if general_at != -1:
            general, answers = answers[general_at + 4 :], answers[:general_at]
        self.general_feedback = self.html(general, inline=False)

        body = answers.strip()
        if not body:
            self.unsupported.append(
                Problem(
                    gettext_noop("Essay questions are not imported."),
                    line=self.first_line,
                    name=self.name,
                )
            )
            return None
        if body.startswith("#"):
            return self.numeric(answers, base)
        if "~" in body:
            return self.multiple_choice(answers, base)
        if "=" in body and "->" in body:
            return self.matching(answers, base)
        if body.split("#", 1)[0].strip().upper() in _TRUE_FALSE:
            return self.true_false(body)
        return self.short_answer(answers, base)

    def pieces(self, answers: str, base: int, markers: str):
        """(offset, marker, text) for each answer; Moodle splits at every marker character."""
        offset = base
        for index, chunk in enumerate(re.split(f"(?=[{re.escape(markers)}])", answers)):
            if chunk[:1] and chunk[0] in markers:
                yield offset, chunk[0], chunk[1:]
            elif index == 0 and chunk.strip():
                # Text before the first marker still counts as an answer in Moodle.
                yield offset + len(chunk) - len(chunk.lstrip()), "", chunk
            offset += len(chunk)

    def weighted(self, text: str, offset: int, default: Decimal):
        """(fraction, rest of the text), or None after reporting a bad weight."""
        text = text.strip()
        weight = _WEIGHT.match(text)
        inner = weight.group(1).strip() if weight else ""
        if not weight or not re.fullmatch(r"[\s\d.+-]*\d[\s\d.+-]*", inner):
            return default, text  # no weight, or a % that is part of the answer
        if not _PERCENT.fullmatch(inner):
            self.problem(
                # xgettext:no-python-format
                gettext_noop("An answer weight is not a number, for example %50% or %-25%."),
                offset,
            )
            return None
        percent = Decimal(inner)
        if not -100 <= percent <= 100:
            self.problem(WEIGHT_RANGE, offset)
            return None
        return fraction_from_percent(percent), text[weight.end() :].strip()

    def multiple_choice(self, answers: str, base: int) -> ParsedQuestion | None:
        # Moodle: with any `=` answer the learner picks one; without, several (weights).
        kind = "single" if "=" in answers else "multi"
        choices = []
        for offset, marker, piece in self.pieces(answers, base, "~="):
            weighted = self.weighted(piece, offset, Decimal(1 if marker == "=" else 0))
            if weighted is None:
                continue
            fraction, piece = weighted
            text, feedback = _split_feedback(piece)
            choice = Choice(
                self.html(text, inline=True), fraction, self.html(feedback, inline=True)
            )
            if not choice.text:
                self.problem(gettext_noop("An answer is empty."), offset)
                continue
            choices.append(choice)
        return self.finish(kind, choices=choices)

    def short_answer(self, answers: str, base: int) -> ParsedQuestion | None:
        choices = []
        for offset, _marker, piece in self.pieces(answers, base, "="):
            weighted = self.weighted(piece, offset, Decimal(1))
            if weighted is None:
                continue
            fraction, piece = weighted
            text, feedback = _split_feedback(piece)
            text = _reveal(_split_format(text, "plain")[1]).strip()
            if not text:
                self.problem(gettext_noop("An answer is empty."), offset)
                continue
            choices.append(Choice(text, fraction, self.html(feedback, inline=True)))
        return self.finish("shortanswer", choices=choices)

    def numeric(self, answers: str, base: int) -> ParsedQuestion | None:
        hash_at = answers.index("#")
        answers, base = answers[hash_at + 1 :], base + hash_at + 1
        other = None
        # Everything after `~` is feedback for any other number (Moodle's `*` answer).
        tilde = answers.find("~")
        if tilde != -1:
            answers, other = answers[:tilde], answers[tilde + 1 :]
        numeric = []
        for offset, _marker, piece in self.pieces(answers, base, "="):
            weighted = self.weighted(piece, offset, Decimal(1))
            if weighted is None:
                continue
            fraction, piece = weighted
            text, feedback = _split_feedback(piece)
            answer = _numeric_answer(_reveal(text))
            if answer is None:
                self.problem(gettext_noop("A numeric answer is not a number."), offset)
                continue
            answer.fraction, answer.feedback = fraction, self.html(feedback, inline=True)
            numeric.append(answer)
        if other is not None:
            feedback = self.html(_split_feedback(other)[1], inline=True)
            numeric.append(NumericAnswer(value=None, fraction=Decimal(0), feedback=feedback))
        return self.finish("numeric", numeric=numeric)

    def matching(self, answers: str, base: int) -> ParsedQuestion | None:
        pairs = []
        for offset, _marker, piece in self.pieces(answers, base, "="):
            arrow = piece.find("->")
            if arrow == -1:
                self.problem(
                    gettext_noop("Each matching pair needs the form =prompt -> answer."), offset
                )
                continue
            prompt = self.html(piece[:arrow], inline=True)
            pairs.append(MatchPair(prompt=prompt, answer=_reveal(piece[arrow + 2 :]).strip()))
        return self.finish("matching", pairs=pairs)

    def true_false(self, answers: str) -> ParsedQuestion | None:
        # GIFT's first #feedback is for a wrong answer, the second for a right one.
        word, *feedback = answers.split("#", 2)
        correct = _TRUE_FALSE[word.strip().upper()]
        wrong, right = (self.html(text, inline=False) for text in [*feedback, "", ""][:2])
        return self.finish(
            "truefalse",
            correct=correct,
            feedback_true=right if correct else wrong,
            feedback_false=wrong if correct else right,
        )

    def finish(self, kind: str, **answers) -> ParsedQuestion | None:
        if self.problems:
            return None
        question = ParsedQuestion(
            kind=kind,
            name=self.name,
            text=self.text_html,
            category=self.category,
            general_feedback=self.general_feedback,
            source_line=self.first_line,
            **answers,
        )
        for message in question_problems(question):
            self.problem(message)
        return None if self.problems else question


def _split_format(text: str, default: str) -> tuple[str, str]:
    prefix = _FORMAT_PREFIX.match(text)
    if prefix:
        return prefix.group(1).lower(), text[prefix.end() :]
    return default, text


def _split_feedback(text: str) -> tuple[str, str]:
    answer, _, feedback = text.partition("#")
    return answer.strip(), feedback.strip()


def _numeric_answer(text: str) -> NumericAnswer | None:
    """`1822`, `1822:1`, `3.141..3.142` or `*`; None when it is not a number."""
    text = text.strip()
    if text == "*":
        return NumericAnswer(value=None)
    range_at, colon = text.find(".."), text.find(":")
    if range_at > 0:
        low, high = parse_number(text[:range_at]), parse_number(text[range_at + 2 :])
        if low is None or high is None:
            return None
        return NumericAnswer(value=None, minimum=low, maximum=high)
    if colon > 0:
        value, tolerance = parse_number(text[:colon]), parse_number(text[colon + 1 :])
        if value is None or tolerance is None:
            return None
        return NumericAnswer(value=value, tolerance=tolerance)
    value = parse_number(text)
    return None if value is None else NumericAnswer(value=value)


# --- Writing -----------------------------------------------------------------------


def export_gift(questions: list[ParsedQuestion]) -> str:
    """The questions as a GIFT file that parse_gift (and Moodle) read back.

    Texts are written as [html]. GIFT has no place for a question's mark, for case
    sensitivity or for ordering questions: marks come back as 1, short answers as
    case-insensitive, and each ordering question is named in a `//` comment instead.
    """
    chunks = []
    category: tuple[str, ...] = ()
    for question in questions:
        if question.kind not in _ANSWER_WRITERS and question.kind != "truefalse":
            name = " ".join(question.name.split())
            chunks.append(f"// Left out ({question.kind}, which GIFT cannot hold): {name}\n")
            continue
        if question.category != category:
            category = question.category
            path = "/".join(["$course$", "top", *([category_text(category)] if category else [])])
            chunks.append(f"{_CATEGORY} {_escape(path)}\n")
        chunks.append(_write_question(question))
    return "\n".join(chunks)


def _write_question(question: ParsedQuestion) -> str:
    head = f"::{_escape(question.name)}::[html]{_escape(question.text)}"
    general = f"####{_text(question.general_feedback)}" if question.general_feedback else ""
    if question.kind == "truefalse":
        correct = bool(question.correct)
        right, wrong = question.feedback_true, question.feedback_false
        if not correct:
            right, wrong = wrong, right
        feedback = f"#{_text(wrong)}#{_text(right)}" if right else _feedback(wrong)
        return f"{head}{{{'TRUE' if correct else 'FALSE'}{feedback}{general}}}\n"
    lines = _ANSWER_WRITERS[question.kind](question)
    if general:
        lines.append(general)
    opening = "{#" if question.kind == "numeric" else "{"
    return head + opening + "\n" + "".join(f"\t{line}\n" for line in lines) + "}\n"


def _choice_lines(question: ParsedQuestion) -> list[str]:
    lines = []
    # A single-choice question needs one `=` and, to stay multiple choice, one `~`.
    all_full = all(choice.fraction == 1 for choice in question.choices)
    for index, choice in enumerate(question.choices):
        full = question.kind == "single" and choice.fraction == 1
        marker = "=" if full and not (all_full and index > 0) else "~"
        weight = ""
        if (marker == "~" and choice.fraction != 0) or choice.text.startswith("%"):
            weight = f"%{percent_text(choice.fraction)}%"
        lines.append(f"{marker}{weight}{_text(choice.text)}{_feedback(choice.feedback)}")
    return lines


def _short_answer_lines(question: ParsedQuestion) -> list[str]:
    lines = []
    for choice in question.choices:
        weight = ""
        if choice.fraction != 1 or choice.text.startswith("%"):
            weight = f"%{percent_text(choice.fraction)}%"
        feedback = _feedback(_no_arrow(choice.feedback))
        lines.append(f"={weight}{_text(choice.text)}{feedback}")
    return lines


def _numeric_lines(question: ParsedQuestion) -> list[str]:
    lines = []
    for answer in question.numeric:
        weight = "" if answer.fraction == 1 else f"%{percent_text(answer.fraction)}%"
        if answer.value is not None:
            number = _decimal(answer.value)
            if answer.tolerance:
                number += ":" + _decimal(answer.tolerance)
        elif answer.matches_anything:
            number = "*"
        else:
            number = f"{_decimal(answer.minimum)}..{_decimal(answer.maximum)}"
        lines.append(f"={weight}{number}{_feedback(answer.feedback)}")
    return lines


def _matching_lines(question: ParsedQuestion) -> list[str]:
    # The first `->` ends the prompt; in HTML the arrow can be written `-&gt;`.
    return [
        f"={_text(_no_arrow(pair.prompt))} -> {_escape(pair.answer)}" for pair in question.pairs
    ]


_ANSWER_WRITERS = {
    "single": _choice_lines,
    "multi": _choice_lines,
    "shortanswer": _short_answer_lines,
    "numeric": _numeric_lines,
    "matching": _matching_lines,
}


def _escape(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\\", "\\\\")
    for char in "~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def _text(text: str) -> str:
    """An answer's or feedback's text; a leading [ would be read as a format name."""
    return ("[html]" if text.startswith("[") else "") + _escape(text)


def _feedback(text: str) -> str:
    return f"#{_text(text)}" if text else ""


def _no_arrow(html_text: str) -> str:
    return html_text.replace("->", "-&gt;")


def _decimal(number: Decimal | None) -> str:
    # The bank stores six places: 25.000000 is written 25, 0.500000 as 0.5.
    return "" if number is None else format(tidy(number), "f")
