"""Moodle XML import, checked against a Moodle export with nested categories and our
fixture of every question type."""

from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes.formats.base import MatchPair, NumericAnswer, ParsedQuestion, ParseResult
from quizzes.formats.gift import export_gift, parse_gift
from quizzes.formats.moodlexml import parse_moodle_xml

INTEROP = Path(__file__).resolve().parents[3] / "shared" / "interop"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def nested() -> ParseResult:
    path = INTEROP / "moodle-xml-nested-categories.xml"
    if not path.exists():
        pytest.skip(f"../shared/interop not found: no Moodle XML export at {path}")
    return parse_moodle_xml(path.read_bytes())


@pytest.fixture(scope="module")
def every_kind() -> ParseResult:
    return parse_moodle_xml((FIXTURES / "every-kind.xml").read_bytes())


def named(result: ParseResult, name: str) -> ParsedQuestion:
    [question] = [q for q in result.questions if q.name == name]
    return question


def quiz(*questions: str) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>"


def multichoice(name: str, single: bool, *fractions: str) -> str:
    answers = "".join(
        f'<answer fraction="{fraction}"><text>Option {index}</text></answer>'
        for index, fraction in enumerate(fractions)
    )
    return (
        f'<question type="multichoice"><name><text>{name}</text></name>'
        f'<questiontext format="html"><text>Pick.</text></questiontext>'
        f"<single>{str(single).lower()}</single>{answers}</question>"
    )


# --- A real Moodle export with nested categories ----------------------------------


def test_nested_categories_follow_the_category_entries(nested):
    assert nested.problems == []
    assert [(q.name, q.category) for q in nested.questions] == [
        ("Iota Question", ("Iota",)),
        ("Kappa Question", ("Iota", "Kappa")),
        ("Lambda Question", ("Iota", "Kappa", "Lambda")),
        ("Mu Question", ("Iota", "Mu")),
    ]


def test_nested_true_false_questions(nested):
    iota = named(nested, "Iota Question")
    assert iota.kind == "truefalse"
    assert iota.correct is True
    assert iota.text == "<p>Testing Iota Question</p>"
    assert iota.default_mark == 1


def test_nested_essay_is_listed_as_unsupported(nested):
    assert [(p.name, p.message) for p in nested.unsupported] == [
        ("Kappa Essay Question", "Essay questions are not imported.")
    ]


# --- Our fixture: every type -------------------------------------------------------


def test_fixture_kinds_and_categories(every_kind):
    assert every_kind.problems == []
    assert Counter(q.kind for q in every_kind.questions) == {
        "single": 1,
        "multi": 1,
        "truefalse": 1,
        "numeric": 1,
        "shortanswer": 1,
        "matching": 1,
        "ordering": 1,
    }
    assert {q.name: q.category for q in every_kind.questions} == {
        "NPS scale": ("CX", "Metrics"),
        "Loyalty signals": ("CX", "Metrics"),
        "NPS asks about satisfaction": ("CX", "Metrics"),
        "First response time": ("CX", "Metrics"),
        "Recovery paradox": ("CX", "Service recovery"),
        "Channels": ("CX", "Service recovery"),
        "Complaint handling steps": ("CX", "Service recovery"),
    }


def test_fixture_unsupported_questions_are_listed(every_kind):
    assert [(p.name, p.message) for p in every_kind.unsupported] == [
        ("Turnaround story", "Essay questions are not imported."),
        ("Welcome", "Descriptions (text without an answer) are not imported."),
        ("Cloze greeting", "Embedded answers (Cloze) questions are not imported."),
        ("Smile in the photo", "Questions with embedded files, such as images, are not imported."),
    ]


def test_fixture_single_choice(every_kind):
    nps = named(every_kind, "NPS scale")
    assert nps.kind == "single"
    assert nps.default_mark == 2
    assert [(c.text, c.fraction) for c in nps.choices] == [
        ("0 to 10", 1),
        ("1 to 5", 0),
        ("1 to 7", 0),
    ]
    assert nps.choices[0].feedback == "Right: promoters answer <b>9 or 10</b>."
    assert nps.general_feedback == (
        "<p>NPS is the share of promoters minus the share of detractors.</p>"
    )


def test_fixture_multiple_answers_with_thirds_and_a_penalty(every_kind):
    loyalty = named(every_kind, "Loyalty signals")
    assert loyalty.kind == "multi"
    assert [c.fraction for c in loyalty.choices] == [
        Decimal("0.3333333"),
        Decimal("0.3333333"),
        Decimal("0.3333333"),
        Decimal("-0.5"),
    ]
    # moodle_auto_format and plain_text are escaped; line breaks kept.
    assert loyalty.text == (
        "<p>Which of these are signs of a loyal customer?<br>Tick every one that applies.</p>"
    )
    assert loyalty.choices[1].text == "Recommending you to friends &amp; family"


def test_fixture_true_false_feedback(every_kind):
    statement = named(every_kind, "NPS asks about satisfaction")
    assert statement.correct is False
    assert statement.feedback_true == "<p>No: NPS asks whether they would recommend you.</p>"
    assert statement.feedback_false == "<p>Right: that would be CSAT.</p>"


def test_fixture_numeric_tolerance_and_other_answers(every_kind):
    assert named(every_kind, "First response time").numeric == [
        NumericAnswer(value=Decimal(45), feedback="Exactly."),
        NumericAnswer(
            value=Decimal(45),
            tolerance=Decimal(5),
            fraction=Decimal("0.5"),
            feedback="Close: count the minutes exactly.",
        ),
        NumericAnswer(
            value=None, fraction=Decimal(0), feedback="Count the minutes from 09:00 to 09:45."
        ),
    ]


def test_fixture_short_answer_case_sensitive_and_markdown(every_kind):
    paradox = named(every_kind, "Recovery paradox")
    assert paradox.case_sensitive is True
    assert [(c.text, c.fraction) for c in paradox.choices] == [
        ("Paradox", 1),
        ("Effect", Decimal("0.5")),
    ]
    assert "<strong>well-handled</strong>" in paradox.text
    assert "<em>more</em>" in paradox.text


def test_fixture_matching_with_distractor(every_kind):
    channels = named(every_kind, "Channels")
    assert channels.default_mark == 3
    assert channels.pairs == [
        MatchPair("<p>A password reset at 2 a.m.</p>", "Self-service help centre"),
        MatchPair("<p>An angry customer with a broken order</p>", "Phone call"),
        MatchPair("<p>A quick question while shopping online</p>", "Live chat"),
        MatchPair("", "Fax"),
    ]


def test_fixture_ordering_in_the_right_order(every_kind):
    steps = named(every_kind, "Complaint handling steps")
    assert steps.ordering == ["Listen", "Apologise", "Fix the problem", "Follow up"]


def test_fixture_can_be_written_as_gift(every_kind):
    # GIFT keeps everything but the mark, case sensitivity and ordering questions.
    expected = [
        replace(q, default_mark=Decimal(1), case_sensitive=False)
        for q in every_kind.questions
        if q.kind != "ordering"
    ]
    again = parse_gift(export_gift(every_kind.questions))
    assert again.problems == []
    assert [replace(q, source_line=None) for q in again.questions] == expected


def test_text_and_bytes_read_the_same(every_kind):
    text = (FIXTURES / "every-kind.xml").read_text(encoding="utf-8")
    assert parse_moodle_xml(text) == every_kind


# --- Mistakes and unsafe files -----------------------------------------------------


def test_malformed_xml_is_a_problem_with_its_line():
    result = parse_moodle_xml(quiz("<question type='truefalse'>", "<name><text>Oops</name>"))
    [problem] = result.problems
    assert problem.message == "The file is not well-formed XML."
    assert problem.line == 4
    assert result.questions == []


@pytest.mark.parametrize(
    "xml",
    [
        pytest.param(
            '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><quiz>&b;</quiz>',
            id="billion-laughs",
        ),
        pytest.param(
            '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            "<quiz>&x;</quiz>",
            id="external-entity",
        ),
    ],
)
def test_entity_tricks_are_refused(xml):
    result = parse_moodle_xml(xml)
    assert result.questions == []
    assert [p.message for p in result.problems] == [
        "The file declares a DOCTYPE or XML entities, which are refused for safety."
    ]


def test_other_xml_is_not_a_question_file():
    result = parse_moodle_xml("<html><body>Hello</body></html>")
    assert "should start with <quiz>" in result.problems[0].message


def test_weights_that_do_not_add_up_are_a_problem_named_after_the_question():
    result = parse_moodle_xml(
        quiz(
            multichoice("Good", True, "100", "0"),
            multichoice("Short of full marks", False, "50", "30", "-50"),
            multichoice("Over the top", True, "150", "0"),
        )
    )
    assert [q.name for q in result.questions] == ["Good"]
    assert [(p.name, p.message) for p in result.problems] == [
        (
            "Short of full marks",
            "In a multiple-answer question the weights of the right answers must add up to 100%.",
        ),
        ("Over the top", "An answer weight must be between -100% and 100%."),
    ]


def test_numeric_answer_that_is_not_a_number():
    result = parse_moodle_xml(
        quiz(
            '<question type="numerical"><name><text>Wait</text></name>'
            '<answer fraction="100"><text>forty-five</text><tolerance>0</tolerance></answer>'
            "</question>"
        )
    )
    assert [(p.name, p.message) for p in result.problems] == [
        ("Wait", "A numeric answer is not a number.")
    ]


def test_true_false_without_true_or_false():
    result = parse_moodle_xml(
        quiz(
            '<question type="truefalse"><name><text>Odd</text></name>'
            '<answer fraction="100"><text>yes</text></answer></question>'
        )
    )
    assert [p.name for p in result.problems] == ["Odd"]


def test_unknown_question_types_are_listed():
    result = parse_moodle_xml(
        quiz('<question type="gapfill"><name><text>Plugin question</text></name></question>')
    )
    assert [(p.name, p.message) for p in result.unsupported] == [
        ("Plugin question", "This question type is not supported.")
    ]


def test_missing_name_uses_the_text():
    result = parse_moodle_xml(
        quiz(
            '<question type="truefalse"><questiontext format="plain_text">'
            "<text>CX is everyone's job.</text></questiontext>"
            '<answer fraction="100"><text>true</text></answer>'
            '<answer fraction="0"><text>false</text></answer></question>'
        )
    )
    assert result.questions[0].name == "CX is everyone's job."


@settings(max_examples=200, deadline=None, database=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300)))
def test_any_input_gives_a_result(data):
    assert isinstance(parse_moodle_xml(data), ParseResult)


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<question type='multichoice'>",
                "<question type='numerical'>",
                "<question type='matching'>",
                "<question type='truefalse'>",
                "<question type='ordering'>",
                "<question type='category'>",
                "</question>",
                "<answer fraction='50'>",
                "<answer fraction='x'>",
                "</answer>",
                "<text>*</text>",
                "<text>1e3</text>",
                "<text>true</text>",
                "<subquestion>",
                "</subquestion>",
                "<single>false</single>",
                "<defaultgrade>-1</defaultgrade>",
            ]
        ),
        max_size=30,
    )
)
def test_any_question_like_xml_gives_a_result(parts):
    assert isinstance(parse_moodle_xml(quiz(*parts)), ParseResult)


TRUE_FALSE_OK = multichoice("Pilih", True, "100", "0")


def test_any_doctype_is_refused_even_without_entities():
    result = parse_moodle_xml(
        '<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "http://127.0.0.1:9/quiz.dtd">'
        + quiz(TRUE_FALSE_OK).split("\n", 1)[1]
    )
    assert result.questions == []
    assert "DOCTYPE" in result.problems[0].message


def test_nesting_deeper_than_any_moodle_export_is_refused():
    deep = "<a>" * 100_000 + "</a>" * 100_000
    result = parse_moodle_xml(quiz(TRUE_FALSE_OK + deep))
    assert result.questions == []
    assert [p.message for p in result.problems] == [
        "The file is nested too deeply to be a question file."
    ]
    # A real export's depth is far from the limit.
    assert parse_moodle_xml(quiz(TRUE_FALSE_OK)).questions
