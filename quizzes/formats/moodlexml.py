"""Moodle XML question files: reading.

Follows Moodle's importer (question/format/xml/format.php): `<question type="category">`
switches the category for the questions after it, weights are percentages, and each
text carries its own format. The file is read with defusedxml and any DOCTYPE is
refused, so entity tricks ("billion laughs", external entities, external DTDs) are
never expanded or fetched; nesting deeper than any Moodle export is refused too.

Moodle XML has no line numbers worth quoting once parsed, so problems name the question.
"""

import io
from decimal import Decimal
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from quizzes.formats.base import (
    Choice,
    MatchPair,
    NumericAnswer,
    ParsedQuestion,
    ParseResult,
    Problem,
    category_path,
    clean_name,
    default_name,
    fraction_from_percent,
    gettext_noop,
    html_to_plain,
    parse_number,
    question_problems,
    text_to_html,
)

__all__ = ["parse_moodle_xml"]

# Moodle types we recognise but do not import: each is listed, never dropped silently.
_NOT_IMPORTED = {
    "essay": gettext_noop("Essay questions are not imported."),
    "description": gettext_noop("Descriptions (text without an answer) are not imported."),
    "multianswer": gettext_noop("Embedded answers (Cloze) questions are not imported."),
    "calculated": gettext_noop("Calculated questions are not imported."),
    "calculatedsimple": gettext_noop("Calculated questions are not imported."),
    "calculatedmulti": gettext_noop("Calculated questions are not imported."),
    "random": gettext_noop("Random questions are not imported."),
    "randomsamatch": gettext_noop("Random short-answer matching questions are not imported."),
    "ddwtos": gettext_noop("Drag and drop into text questions are not imported."),
    "gapselect": gettext_noop("Select missing words questions are not imported."),
    "ddimageortext": gettext_noop("Drag and drop onto image questions are not imported."),
    "ddmarker": gettext_noop("Drag and drop markers questions are not imported."),
}
_UNKNOWN_TYPE = gettext_noop("This question type is not supported.")
_EMBEDDED_FILES = gettext_noop("Questions with embedded files, such as images, are not imported.")


def parse_moodle_xml(data: bytes | str) -> ParseResult:
    """Every question of a Moodle XML export, with problems and unsupported items listed.

    Never raises: a malformed or unsafe file gives a problem, not an exception.
    """
    result = ParseResult(questions=[], problems=[], unsupported=[])
    if isinstance(data, str):
        data = data.removeprefix("\ufeff")
    try:
        root = _read_tree(data)
    except DefusedXmlException:
        result.problems.append(Problem(_UNSAFE_XML))
        return result
    except _TooDeep:
        result.problems.append(
            Problem(gettext_noop("The file is nested too deeply to be a question file."))
        )
        return result
    except ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else None
        result.problems.append(Problem(gettext_noop("The file is not well-formed XML."), line=line))
        return result
    except ValueError:  # text that cannot even be encoded, such as lone surrogates
        result.problems.append(Problem(gettext_noop("The file is not well-formed XML.")))
        return result
    if root.tag != "quiz":
        result.problems.append(
            Problem(
                gettext_noop("This is not a Moodle XML question file: it should start with <quiz>.")
            )
        )
        return result

    category: tuple[str, ...] = ()
    for element in root.findall("question"):
        question_type = (element.get("type") or "").strip()
        if question_type == "category":
            category = category_path(element.findtext("category/text") or "")
            continue
        reader = _QuestionReader(element, category)
        if question_type not in _READERS:
            message = _NOT_IMPORTED.get(question_type, _UNKNOWN_TYPE)
            result.unsupported.append(Problem(message, name=reader.name))
            continue
        if _has_embedded_files(element):
            result.unsupported.append(Problem(_EMBEDDED_FILES, name=reader.name))
            continue
        question = reader.read(question_type)
        if question is not None:
            result.questions.append(question)
        result.problems += reader.problems
    return result


# A Moodle export nests about six deep; far more is an attack on the parser (or on
# the code that walks the tree), not a question file.
MAX_DEPTH = 64
_UNSAFE_XML = gettext_noop(
    "The file declares a DOCTYPE or XML entities, which are refused for safety."
)


class _TooDeep(Exception):
    pass


def _read_tree(data: bytes | str) -> Element:
    """The parsed file, refusing any DOCTYPE (so no entity, external DTD or expansion)
    and stopping as soon as the nesting passes MAX_DEPTH."""
    source = io.StringIO(data) if isinstance(data, str) else io.BytesIO(data)
    events = iterparse(source, events=("start", "end"), forbid_dtd=True)
    depth = 0
    for event, _element in events:
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            raise _TooDeep
    return events.root


def _has_embedded_files(element: Element) -> bool:
    return element.find(".//file") is not None or any(
        "@@PLUGINFILE@@" in (node.text or "") for node in element.iter()
    )


def _text(element: Element | None) -> str:
    return (element.findtext("text") or "") if element is not None else ""


def _format(element: Element | None, default: str) -> str:
    return (element.get("format") or default) if element is not None else default


def _flag(text: str | None, default: bool) -> bool:
    """Moodle writes flags as true/false or 1/0."""
    if text is None or not text.strip():
        return default
    return text.strip().lower() in ("true", "1", "yes")


class _QuestionReader:
    def __init__(self, element: Element, category: tuple[str, ...]):
        self.element = element
        self.category = category
        question_text = element.find("questiontext")
        self.text_format = _format(question_text, "moodle_auto_format")
        self.text = text_to_html(_text(question_text), self.text_format)
        name = clean_name(element.findtext("name/text") or "")
        self.name = name or default_name(self.text, "")  # the importer names the rest
        self.problems: list[Problem] = []

    def problem(self, message: str) -> None:
        if message not in [problem.message for problem in self.problems]:
            self.problems.append(Problem(message, name=self.name))

    def html(self, element: Element | None, *, inline: bool) -> str:
        return text_to_html(_text(element), _format(element, self.text_format), inline=inline)

    def fraction(self, answer: Element) -> Decimal:
        percent = parse_number(answer.get("fraction") or "0")
        if percent is None:
            self.problem(gettext_noop("An answer weight is not a number."))
            return Decimal(0)
        return fraction_from_percent(percent)

    def read(self, question_type: str) -> ParsedQuestion | None:
        mark = parse_number(self.element.findtext("defaultgrade") or "1")
        if mark is None:
            self.problem(gettext_noop("The mark of a question is not a number."))
        answers = _READERS[question_type](self)
        if self.problems:
            return None
        kind = answers.pop("kind")
        question = ParsedQuestion(
            kind=kind,
            name=self.name,
            text=self.text,
            category=self.category,
            general_feedback=self.html(self.element.find("generalfeedback"), inline=False),
            default_mark=mark,
            **answers,
        )
        for message in question_problems(question):
            self.problem(message)
        return None if self.problems else question

    def multiple_choice(self) -> dict:
        single = _flag(self.element.findtext("single"), default=True)
        choices = [
            Choice(
                text=self.html(answer, inline=True),
                fraction=self.fraction(answer),
                feedback=self.html(answer.find("feedback"), inline=True),
            )
            for answer in self.element.findall("answer")
        ]
        return {"kind": "single" if single else "multi", "choices": choices}

    def true_false(self) -> dict:
        found = {}
        for answer in self.element.findall("answer"):
            word = _text(answer).strip().lower()
            if word in ("true", "false") and word not in found:
                found[word] = (
                    self.fraction(answer),
                    self.html(answer.find("feedback"), inline=False),
                )
        if not found:
            self.problem(
                gettext_noop("A true/false question must have the answers true and false.")
            )
            return {"kind": "truefalse"}
        true_fraction, feedback_true = found.get("true", (None, ""))
        false_fraction, feedback_false = found.get("false", (None, ""))
        correct = true_fraction == 1 if true_fraction is not None else false_fraction != 1
        return {
            "kind": "truefalse",
            "correct": correct,
            "feedback_true": feedback_true,
            "feedback_false": feedback_false,
        }

    def short_answer(self) -> dict:
        choices = [
            Choice(
                text=_text(answer).strip(),
                fraction=self.fraction(answer),
                feedback=self.html(answer.find("feedback"), inline=True),
            )
            for answer in self.element.findall("answer")
        ]
        case_sensitive = _flag(self.element.findtext("usecase"), default=False)
        return {"kind": "shortanswer", "choices": choices, "case_sensitive": case_sensitive}

    def numerical(self) -> dict:
        numeric = []
        for answer in self.element.findall("answer"):
            text = _text(answer).strip()
            tolerance = parse_number(answer.findtext("tolerance") or "0")
            value = None if text == "*" else parse_number(text)
            if (text != "*" and value is None) or tolerance is None:
                self.problem(gettext_noop("A numeric answer is not a number."))
                continue
            numeric.append(
                NumericAnswer(
                    value=value,
                    tolerance=tolerance if value is not None else Decimal(0),
                    fraction=self.fraction(answer),
                    feedback=self.html(answer.find("feedback"), inline=True),
                )
            )
        return {"kind": "numeric", "numeric": numeric}

    def matching(self) -> dict:
        pairs = []
        for subquestion in self.element.findall("subquestion"):
            prompt = self.html(subquestion, inline=True)
            if not html_to_plain(prompt) and "<img" not in prompt:
                prompt = ""  # an answer with no question: a distractor
            answer = (subquestion.findtext("answer/text") or "").strip()
            pairs.append(MatchPair(prompt=prompt, answer=answer))
        return {"kind": "matching", "pairs": pairs}

    def ordering(self) -> dict:
        # qtype_ordering writes each item's place in the right order as its "fraction";
        # without usable places, the items are taken in the order the file lists them.
        answers = self.element.findall("answer")
        places = [parse_number(answer.get("fraction") or "") for answer in answers]
        if None not in places and len(set(places)) == len(places):
            answers = [
                answer
                for _, answer in sorted(zip(places, answers, strict=True), key=lambda p: p[0])
            ]
        items = [html_to_plain(self.html(answer, inline=True)) for answer in answers]
        return {"kind": "ordering", "ordering": items}


_READERS = {
    "multichoice": _QuestionReader.multiple_choice,
    "truefalse": _QuestionReader.true_false,
    "shortanswer": _QuestionReader.short_answer,
    "numerical": _QuestionReader.numerical,
    "matching": _QuestionReader.matching,
    "ordering": _QuestionReader.ordering,
}
