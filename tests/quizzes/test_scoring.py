"""Quiz scoring, tested directly: no database."""

import os
import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes import scoring
from quizzes.scoring import (
    NOT_A_NUMBER,
    NOT_A_PERMUTATION,
    SEPARATORS,
    TOO_LONG,
    TOO_MANY,
    UNKNOWN_CHOICE,
    UNKNOWN_PROMPT,
    WRONG_SHAPE,
    InvalidResponse,
    NumericAnswer,
    Option,
    QuestionKey,
    Result,
    grade_attempts,
    quiz_percent,
    score,
    validate,
)

D = Decimal
THIRD = D(1) / 3


def _rejects(key, response, message=None):
    with pytest.raises(InvalidResponse) as error:
        score(key, response)
    if message is not None:
        assert str(error.value) == message


# --- Single choice -------------------------------------------------------------------

SINGLE = QuestionKey(
    kind="single",
    options=(
        Option("listen", D(1)),
        Option("argue", D(0)),
        Option("blame", D("-0.5")),
        Option("apologise", D("0.5")),
    ),
)


def test_single_right_option_scores_full_marks():
    result = score(SINGLE, "listen")
    assert result == Result(fraction=D("1.0000"), right=True, partial=False, chosen=("listen",))


def test_single_wrong_option_scores_zero():
    result = score(SINGLE, "argue")
    assert (result.fraction, result.right, result.partial) == (0, False, False)


def test_single_negative_option_never_goes_below_zero():
    assert score(SINGLE, "blame").fraction == 0


def test_single_half_right_option_is_partial():
    result = score(SINGLE, "apologise")
    assert (result.fraction, result.right, result.partial) == (D("0.5"), False, True)


@pytest.mark.parametrize("unanswered", [None, ""])
def test_single_unanswered_scores_zero_without_error(unanswered):
    assert score(SINGLE, unanswered) == Result(fraction=D(0), right=False, partial=False)


def test_single_unknown_option_is_refused():
    _rejects(SINGLE, "shout", UNKNOWN_CHOICE)


@pytest.mark.parametrize("response", [0, 1, ["listen"], {"listen"}, b"listen"])
def test_single_needs_an_option_id_not_an_index_or_list(response):
    _rejects(SINGLE, response, WRONG_SHAPE)


# --- Multiple choice -----------------------------------------------------------------

MULTI = QuestionKey(
    kind="multi",
    options=(
        Option("greet", THIRD),
        Option("listen", THIRD),
        Option("thank", THIRD),
        Option("interrupt", D("-0.5")),
        Option("wait", D(0)),
    ),
)


def test_multi_two_of_three_right_options_is_partial_credit():
    result = score(MULTI, ["greet", "listen"])
    assert (result.fraction, result.right, result.partial) == (D("0.6667"), False, True)
    assert result.chosen == ("greet", "listen")


def test_multi_every_right_option_scores_full_marks():
    result = score(MULTI, ["thank", "greet", "listen"])
    assert (result.fraction, result.right) == (1, True)
    assert result.chosen == ("greet", "listen", "thank")  # the question's order


def test_multi_wrong_option_with_negative_mark_takes_marks_away():
    assert score(MULTI, ["greet", "listen", "thank", "interrupt"]).fraction == D("0.5")


def test_multi_total_never_below_zero():
    assert score(MULTI, ["interrupt"]).fraction == 0
    assert score(MULTI, ["greet", "interrupt"]).fraction == 0


def test_multi_without_negative_marks_wrong_options_count_zero():
    key = QuestionKey(kind="multi", options=MULTI.options, negative_marks=False)
    assert score(key, ["greet", "listen", "thank", "interrupt"]).fraction == 1
    assert score(key, ["interrupt"]).fraction == 0


def test_multi_duplicates_count_once():
    assert score(MULTI, ["greet", "greet", "greet"]).fraction == D("0.3333")


def test_multi_accepts_tuples_and_sets():
    assert score(MULTI, ("greet",)).fraction == D("0.3333")
    assert score(MULTI, {"listen", "greet"}).chosen == ("greet", "listen")


@pytest.mark.parametrize("unanswered", [[], (), set(), None])
def test_multi_unanswered_scores_zero(unanswered):
    assert score(MULTI, unanswered) == Result(fraction=D(0), right=False, partial=False)


def test_multi_unknown_option_is_refused():
    _rejects(MULTI, ["greet", "shout"], UNKNOWN_CHOICE)


@pytest.mark.parametrize("response", ["greet", [0, 1], ["greet", None], {"greet": True}, 3])
def test_multi_needs_a_list_of_option_ids(response):
    _rejects(MULTI, response, WRONG_SHAPE)


def test_multi_huge_list_is_refused():
    _rejects(MULTI, ["greet"] * 51, TOO_MANY)
    assert score(MULTI, ["greet"] * 50).fraction == D("0.3333")


option_ids = st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=8, unique=True)
fractions = st.decimals(min_value=-1, max_value=1, places=4)


@given(data=st.data(), ids=option_ids, negative_marks=st.booleans())
def test_multi_fraction_always_between_zero_and_one(data, ids, negative_marks):
    options = tuple(Option(option_id, data.draw(fractions)) for option_id in ids)
    key = QuestionKey(kind="multi", options=options, negative_marks=negative_marks)
    chosen = data.draw(st.lists(st.sampled_from(ids), max_size=12))
    result = score(key, chosen)
    assert 0 <= result.fraction <= 1
    assert result.fraction == result.fraction.quantize(D("0.0001"))


@given(
    weights=st.lists(st.integers(1, 7), min_size=1, max_size=6),
    penalties=st.lists(st.decimals(min_value=-1, max_value=0, places=4), max_size=4),
)
def test_multi_choosing_exactly_the_right_options_scores_full_marks(weights, penalties):
    # Positive fractions that add up to 1, however awkward (1/3 + 1/3 + 1/3, 2/7 + 5/7...).
    total = sum(weights)
    right = [Option(f"right-{i}", D(w) / total) for i, w in enumerate(weights)]
    wrong = [Option(f"wrong-{i}", fraction) for i, fraction in enumerate(penalties)]
    key = QuestionKey(kind="multi", options=tuple(wrong + right))
    result = score(key, [option.id for option in right])
    assert (result.fraction, result.right) == (1, True)


# --- True / false --------------------------------------------------------------------

TRUE_KEY = QuestionKey(kind="truefalse", correct=True)


@pytest.mark.parametrize("response", [True, "true", "TRUE", " True ", "1"])
def test_truefalse_right_answer_in_every_form(response):
    result = score(TRUE_KEY, response)
    assert (result.fraction, result.right, result.chosen) == (1, True, ("true",))


@pytest.mark.parametrize("response", [False, "false", "False", "0"])
def test_truefalse_wrong_answer_in_every_form(response):
    result = score(TRUE_KEY, response)
    assert (result.fraction, result.right, result.chosen) == (0, False, ("false",))


def test_truefalse_false_can_be_the_right_answer():
    assert score(QuestionKey(kind="truefalse", correct=False), "false").right


@pytest.mark.parametrize("unanswered", [None, "", "  "])
def test_truefalse_unanswered_scores_zero(unanswered):
    assert score(TRUE_KEY, unanswered) == Result(fraction=D(0), right=False, partial=False)


@pytest.mark.parametrize("response", ["yes", "benar", "2"])
def test_truefalse_other_words_are_refused(response):
    with pytest.raises(InvalidResponse):
        score(TRUE_KEY, response)


@pytest.mark.parametrize("response", [1, 0, 1.0, [True]])
def test_truefalse_numbers_and_lists_are_the_wrong_shape(response):
    _rejects(TRUE_KEY, response, WRONG_SHAPE)


def test_truefalse_key_without_the_correct_answer_is_a_bug_not_a_learner_error():
    with pytest.raises(ValueError) as error:
        score(QuestionKey(kind="truefalse"), True)
    assert not isinstance(error.value, InvalidResponse)


# --- Short answer --------------------------------------------------------------------

SHORT = QuestionKey(
    kind="shortanswer",
    accepted=(("no one", D(1)), ("nobody", D(1)), ("no*", D("0.5"))),
)


def test_shortanswer_ignores_case_and_extra_spaces():
    result = score(SHORT, "  No   One ")
    assert (result.fraction, result.right, result.chosen) == (1, True, ("No One",))


def test_shortanswer_does_not_ignore_spaces_altogether():
    # "noone" only matches the wildcard answer "no*", worth half.
    assert score(SHORT, "noone").fraction == D("0.5")


def test_shortanswer_tabs_and_newlines_count_as_spaces():
    assert score(SHORT, "no\t\n one").right


def test_shortanswer_case_sensitive_question():
    key = QuestionKey(kind="shortanswer", accepted=(("NPS", D(1)),), case_sensitive=True)
    assert score(key, "NPS").right
    assert score(key, "nps").fraction == 0


def test_shortanswer_best_matching_answer_counts():
    key = QuestionKey(
        kind="shortanswer",
        accepted=(("customer*", D("0.5")), ("customer experience", D(1)), ("*", D(0))),
    )
    assert score(key, "Customer experience").fraction == 1
    assert score(key, "customer service").fraction == D("0.5")
    assert score(key, "service").fraction == 0


@pytest.mark.parametrize(
    ("accepted", "response", "matches"),
    [
        ("*colour*", "the colour red", True),
        ("*colour*", "colour", True),  # the wildcard also stands for nothing
        ("*colour*", "color", False),
        ("net * score", "Net Promoter Score", True),
        ("net * score", "net score", False),
        ("a*b*c", "abc", True),
        ("a*b*c", "acb", False),
        ("**x", "x", True),
    ],
)
def test_shortanswer_wildcard(accepted, response, matches):
    key = QuestionKey(kind="shortanswer", accepted=((accepted, D(1)),))
    assert score(key, response).right is matches


@pytest.mark.parametrize(
    ("accepted", "response", "matches"),
    [
        ("3.5", "3x5", False),
        ("3.5", "3.5", True),
        ("a?c", "abc", False),
        ("(a+b)", "(a+b)", True),
        ("[ok]", "o", False),
        ("^start$", "^start$", True),
        ("c:\\path", "c:\\path", True),
    ],
)
def test_shortanswer_only_the_star_is_special(accepted, response, matches):
    key = QuestionKey(kind="shortanswer", accepted=((accepted, D(1)),))
    assert score(key, response).right is matches


def test_shortanswer_escaped_star_is_a_real_asterisk():
    key = QuestionKey(kind="shortanswer", accepted=(("5 \\* 3", D(1)),))
    assert score(key, "5 * 3").right
    assert not score(key, "5 x 3").right


def test_shortanswer_many_wildcards_stay_fast():
    key = QuestionKey(kind="shortanswer", accepted=(("*a" * 20 + "*b", D(1)),))
    assert score(key, "a" * 500).fraction == 0


def test_shortanswer_same_letters_typed_differently_match():
    key = QuestionKey(kind="shortanswer", accepted=(("café", D(1)),))
    assert score(key, "cafe\u0301").right  # e + combining accent


@given(
    pattern=st.text(alphabet="ab*", max_size=8),
    text=st.text(alphabet="ab", min_size=1, max_size=10),
)
def test_shortanswer_wildcard_agrees_with_a_regular_expression(pattern, text):
    key = QuestionKey(kind="shortanswer", accepted=((pattern, D(1)),), case_sensitive=True)
    expected = re.fullmatch(".*".join(map(re.escape, pattern.split("*"))), text, re.DOTALL)
    assert score(key, text).right is (expected is not None)


def test_shortanswer_no_match_scores_zero():
    assert score(SHORT, "everyone") == Result(D(0), False, False, ("everyone",))


@pytest.mark.parametrize("unanswered", [None, "", "   "])
def test_shortanswer_unanswered_scores_zero(unanswered):
    assert score(SHORT, unanswered) == Result(fraction=D(0), right=False, partial=False)


def test_shortanswer_too_long_is_refused():
    assert score(SHORT, "x" * 500).fraction == 0
    _rejects(SHORT, "x" * 501, TOO_LONG)


@pytest.mark.parametrize("response", [1, ["no one"], {"answer": "no one"}, b"no one"])
def test_shortanswer_needs_text(response):
    _rejects(SHORT, response, WRONG_SHAPE)


# --- Numeric -------------------------------------------------------------------------

YEAR = QuestionKey(kind="numeric", numeric=(NumericAnswer(value=D(1822), tolerance=D(1)),))


@pytest.mark.parametrize("response", ["1821", "1822", "1823", "1823.0", "1823,0", "1821.0000"])
def test_numeric_within_tolerance_both_ends_included(response):
    assert score(YEAR, response).right


@pytest.mark.parametrize("response", ["1823.0001", "1820.9999", "1824", "-1822"])
def test_numeric_outside_tolerance_scores_zero(response):
    assert score(YEAR, response).fraction == 0


@pytest.mark.parametrize("response", [1822, D("1822.5"), 1821.5])
def test_numeric_accepts_numbers_as_well_as_text(response):
    assert score(YEAR, response).right


def test_numeric_range():
    key = QuestionKey(
        kind="numeric", numeric=(NumericAnswer(value=None, minimum=D(10), maximum=D(20)),)
    )
    assert [score(key, x).right for x in ["10", "15", "20", "9.99", "20.01"]] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_numeric_range_open_at_one_end():
    key = QuestionKey(kind="numeric", numeric=(NumericAnswer(value=None, minimum=D(0)),))
    assert score(key, "1000000").right
    assert not score(key, "-0.5").right


def test_numeric_best_matching_answer_counts():
    key = QuestionKey(
        kind="numeric",
        numeric=(
            NumericAnswer(value=D(100), tolerance=D(10), fraction=D("0.5")),
            NumericAnswer(value=D(100)),
        ),
    )
    assert score(key, "100").fraction == 1
    assert score(key, "105").fraction == D("0.5")
    assert score(key, "111").fraction == 0


def test_numeric_answer_without_value_or_range_accepts_any_number():
    key = QuestionKey(
        kind="numeric",
        numeric=(NumericAnswer(value=D(7)), NumericAnswer(value=None, fraction=D(0))),
    )
    assert score(key, "8").fraction == 0
    assert score(key, "7").right


def test_numeric_indonesian_decimal_comma():
    key = QuestionKey(kind="numeric", numeric=(NumericAnswer(value=D("-12.5")),))
    result = score(key, "-12,5")
    assert result.right
    assert result.chosen == ("-12.5",)


@pytest.mark.parametrize(("response", "number"), [("80%", 80), ("80 %", 80), ("12,5%", D("12.5"))])
def test_numeric_percent_sign_is_ignored(response, number):
    assert validate(YEAR, response) == number


@pytest.mark.parametrize(
    ("response", "number"),
    [("+5", 5), ("−5", -5), (".5", D("0.5")), (",5", D("0.5")), ("25.", 25), ("0.000", 0)],
)
def test_numeric_other_accepted_forms(response, number):
    # "0.000" can only be zero; "1.000" (one or a thousand?) is refused, tested below.
    assert validate(YEAR, response) == number


@pytest.mark.parametrize("response", ["1.000,5", "1,000,000", "1.000.000", "1 000", "1,5.0"])
def test_numeric_thousands_separators_are_refused(response):
    _rejects(YEAR, response, SEPARATORS)


@pytest.mark.parametrize(
    "response",
    ["abc", "nan", "NaN", "inf", "-Infinity", "1e3", "-", "%", "Rp 250", "٣", "12abc", "0x1A"],
)
def test_numeric_non_numbers_are_refused(response):
    _rejects(YEAR, response, NOT_A_NUMBER)


@pytest.mark.parametrize(
    "response", [float("nan"), float("inf"), D("NaN"), D("-Infinity"), D("sNaN")]
)
def test_numeric_non_finite_numbers_are_refused(response):
    _rejects(YEAR, response, NOT_A_NUMBER)


@pytest.mark.parametrize("response", ["1" * 51, 10**60, D("1E+100000"), D("1E-100000")])
def test_numeric_too_long_is_refused(response):
    _rejects(YEAR, response, TOO_LONG)


@pytest.mark.parametrize("response", [True, [1822], {"value": 1822}, Fraction(1822), 1822j])
def test_numeric_wrong_type_is_refused(response):
    _rejects(YEAR, response, WRONG_SHAPE)


@pytest.mark.parametrize("unanswered", [None, "", "   "])
def test_numeric_unanswered_scores_zero(unanswered):
    assert score(YEAR, unanswered) == Result(fraction=D(0), right=False, partial=False)


def test_numeric_net_promoter_score_from_the_curriculum():
    # 200 answers: 90 promoters (45%), 40 detractors (20%), so NPS = 45 - 20 = 25.
    answers, promoters, detractors = 200, 90, 40
    nps = D(100) * (promoters - detractors) / answers
    key = QuestionKey(kind="numeric", numeric=(NumericAnswer(value=nps, tolerance=D("0.5")),))
    assert nps == 25
    assert score(key, "25").right
    assert score(key, "25,4").right
    assert score(key, "24.5").right
    assert not score(key, "26").right
    assert not score(key, "25,6").right


# --- Matching ------------------------------------------------------------------------

MATCHING = QuestionKey(
    kind="matching",
    pairs=(("nps", "loyalty"), ("csat", "satisfaction"), ("ces", "effort")),
)


def test_matching_all_right():
    answer = {"nps": "loyalty", "csat": "satisfaction", "ces": "effort"}
    assert score(MATCHING, answer).right


def test_matching_partial_credit_per_prompt():
    result = score(MATCHING, {"nps": "loyalty", "csat": "effort", "ces": "satisfaction"})
    assert (result.fraction, result.partial) == (D("0.3333"), True)
    assert result.chosen == ("loyalty", "effort", "satisfaction")


def test_matching_missing_prompts_are_unanswered():
    result = score(MATCHING, {"csat": "satisfaction", "ces": "effort"})
    assert result.fraction == D("0.6667")
    assert result.chosen == ("", "satisfaction", "effort")


def test_matching_empty_drop_down_is_unanswered():
    assert score(MATCHING, {"nps": "", "csat": None, "ces": "effort"}).fraction == D("0.3333")


@pytest.mark.parametrize("unanswered", [{}, None, {"nps": ""}])
def test_matching_unanswered_scores_zero(unanswered):
    assert score(MATCHING, unanswered) == Result(fraction=D(0), right=False, partial=False)


def test_matching_same_answer_may_serve_two_prompts():
    key = QuestionKey(
        kind="matching", pairs=(("smile", "good"), ("thank", "good"), ("yell", "bad"))
    )
    assert score(key, {"smile": "good", "thank": "good", "yell": "good"}).fraction == D("0.6667")


def test_matching_unknown_prompt_or_answer_is_refused():
    _rejects(MATCHING, {"roi": "loyalty"}, UNKNOWN_PROMPT)
    _rejects(MATCHING, {"nps": "revenue"}, UNKNOWN_CHOICE)


@pytest.mark.parametrize(
    "response", [["loyalty"], "nps=loyalty", {1: "loyalty"}, {"nps": 1}, {"nps": ["loyalty"]}]
)
def test_matching_needs_a_mapping_of_ids(response):
    _rejects(MATCHING, response, WRONG_SHAPE)


def test_matching_huge_mapping_is_refused():
    _rejects(MATCHING, {str(i): "loyalty" for i in range(51)}, TOO_MANY)


# --- Ordering ------------------------------------------------------------------------

ORDERING = QuestionKey(kind="ordering", order=("greet", "listen", "solve", "confirm"))


def test_ordering_right_order():
    result = score(ORDERING, ["greet", "listen", "solve", "confirm"])
    assert result.right
    assert result.chosen == ("greet", "listen", "solve", "confirm")


def test_ordering_partial_credit_counts_items_in_their_place():
    result = score(ORDERING, ["greet", "listen", "confirm", "solve"])
    assert (result.fraction, result.partial) == (D("0.5"), True)
    assert result.chosen == ("greet", "listen", "confirm", "solve")


def test_ordering_nothing_in_place_scores_zero():
    assert score(ORDERING, ["confirm", "solve", "listen", "greet"]).fraction == 0


@pytest.mark.parametrize("unanswered", [[], (), None])
def test_ordering_unanswered_scores_zero(unanswered):
    assert score(ORDERING, unanswered) == Result(fraction=D(0), right=False, partial=False)


@pytest.mark.parametrize(
    "response",
    [
        ["greet", "listen", "solve"],  # one missing
        ["greet", "listen", "solve", "confirm", "confirm"],  # one twice
        ["greet", "greet", "solve", "confirm"],  # duplicate in place of another
        ["greet", "listen", "solve", "escalate"],  # unknown item
    ],
)
def test_ordering_must_use_every_item_exactly_once(response):
    _rejects(ORDERING, response, NOT_A_PERMUTATION)


@pytest.mark.parametrize(
    "response", ["greet listen solve confirm", {"greet", "listen", "solve", "confirm"}, [1, 2]]
)
def test_ordering_needs_a_list_of_item_ids(response):
    _rejects(ORDERING, response, WRONG_SHAPE)


def test_ordering_huge_list_is_refused():
    _rejects(ORDERING, ["greet"] * 51, TOO_MANY)


# --- Attempts and the quiz percentage ------------------------------------------------

ATTEMPTS = [D("0.5"), D(1), D("0.25")]


@pytest.mark.parametrize(
    ("method", "grade"),
    [("highest", D(1)), ("last", D("0.25")), ("first", D("0.5")), ("average", D("0.5833"))],
)
def test_grade_attempts(method, grade):
    assert grade_attempts(ATTEMPTS, method) == grade


def test_grade_attempts_average_rounds_half_up():
    assert grade_attempts([D("0.0001"), D("0.0002")], "average") == D("0.0002")


@pytest.mark.parametrize("method", ["highest", "last", "first", "average"])
def test_grade_attempts_without_attempts_is_none(method):
    assert grade_attempts([], method) is None


def test_grade_attempts_unknown_method_is_a_bug():
    with pytest.raises(ValueError):
        grade_attempts(ATTEMPTS, "best")


def _result(fraction):
    return score(QuestionKey(kind="single", options=(Option("x", D(fraction)),)), "x")


def test_quiz_percent_weights_questions_by_their_marks():
    # A 2-mark question half right and a 1-mark question right: (1 + 1) / 3.
    assert quiz_percent([(_result("0.5"), D(2)), (_result(1), D(1))]) == D("66.67")
    # The same answers with the marks swapped: (0.5 + 2) / 3.
    assert quiz_percent([(_result("0.5"), D(1)), (_result(1), D(2))]) == D("83.33")


def test_quiz_percent_all_right_is_one_hundred():
    assert quiz_percent([(_result(1), D(1)), (_result(1), D("2.5"))]) == D("100.00")


def test_quiz_percent_without_marks_is_zero():
    assert quiz_percent([]) == 0
    assert quiz_percent([(_result(1), D(0))]) == 0


def test_quiz_percent_negative_mark_is_a_bug():
    with pytest.raises(ValueError):
        quiz_percent([(_result(1), D(-1))])


@given(st.lists(st.tuples(fractions, st.decimals(min_value=0, max_value=100, places=2))))
def test_quiz_percent_is_always_between_zero_and_one_hundred(rows):
    percent = quiz_percent([(_result(fraction), mark) for fraction, mark in rows])
    assert 0 <= percent <= 100
    assert percent == percent.quantize(D("0.01"))


# --- Properties across every kind ----------------------------------------------------

ids = st.text(min_size=1, max_size=6)
small_numbers = st.decimals(min_value=-(10**6), max_value=10**6, places=3)


@st.composite
def single_or_multi(draw):
    kind = draw(st.sampled_from(["single", "multi"]))
    choices = draw(st.lists(ids, min_size=1, max_size=6, unique=True))
    options = tuple(Option(choice, draw(fractions)) for choice in choices)
    key = QuestionKey(kind=kind, options=options, negative_marks=draw(st.booleans()))
    if kind == "single":
        return key, draw(st.none() | st.just("") | st.sampled_from(choices))
    return key, draw(st.lists(st.sampled_from(choices), max_size=10))


@st.composite
def truefalse(draw):
    key = QuestionKey(kind="truefalse", correct=draw(st.booleans()))
    forms = [True, False, None, "", "true", "false", "1", "0", " TRUE ", "False"]
    return key, draw(st.sampled_from(forms))


@st.composite
def shortanswer(draw):
    accepted = draw(st.lists(st.tuples(st.text(max_size=20), fractions), max_size=4))
    key = QuestionKey(
        kind="shortanswer", accepted=tuple(accepted), case_sensitive=draw(st.booleans())
    )
    return key, draw(st.none() | st.text(max_size=500))


@st.composite
def numeric(draw):
    answers = draw(
        st.lists(
            st.builds(
                NumericAnswer,
                value=st.none() | small_numbers,
                tolerance=st.decimals(min_value=0, max_value=100, places=2),
                minimum=st.none() | small_numbers,
                maximum=st.none() | small_numbers,
                fraction=fractions,
            ),
            max_size=4,
        )
    )
    response = draw(
        st.none()
        | st.integers(-(10**9), 10**9)
        | st.floats(min_value=-1e9, max_value=1e9).map(lambda x: round(x, 6))
        | small_numbers
        | small_numbers.map(str).filter(_unambiguous)
        | small_numbers.map(lambda x: str(x).replace(".", ",")).filter(_unambiguous)
        | small_numbers.map(lambda x: f"{x}%").filter(_unambiguous)
    )
    return QuestionKey(kind="numeric", numeric=tuple(answers)), response


def _unambiguous(text: str) -> bool:
    # "1.000" could be one or a thousand; scoring refuses it (tested separately).
    return not scoring._AMBIGUOUS_THOUSANDS.fullmatch(text.rstrip("%").strip())


@st.composite
def matching(draw):
    prompts = draw(st.lists(ids, min_size=1, max_size=6, unique=True))
    answers = draw(st.lists(ids, min_size=len(prompts), max_size=len(prompts)))
    key = QuestionKey(kind="matching", pairs=tuple(zip(prompts, answers, strict=True)))
    response = draw(
        st.dictionaries(st.sampled_from(prompts), st.sampled_from([*answers, "", None]))
    )
    return key, response


@st.composite
def ordering(draw):
    items = draw(st.lists(ids, min_size=1, max_size=8, unique=True))
    response = draw(st.just([]) | st.permutations(items))
    return QuestionKey(kind="ordering", order=tuple(items)), response


questions_and_answers = st.one_of(
    single_or_multi(), truefalse(), shortanswer(), numeric(), matching(), ordering()
)


@given(questions_and_answers)
def test_a_valid_answer_always_scores_between_zero_and_one(question_and_answer):
    key, response = question_and_answer
    result = score(key, response)
    assert isinstance(result.fraction, Decimal)
    assert 0 <= result.fraction <= 1
    assert result.fraction == result.fraction.quantize(D("0.0001"))
    assert result.right is (result.fraction == 1)
    assert result.partial is (0 < result.fraction < 1)
    assert all(isinstance(item, str) for item in result.chosen)


@given(questions_and_answers)
def test_validating_a_tidied_answer_changes_nothing(question_and_answer):
    key, response = question_and_answer
    tidied = validate(key, response)
    assert validate(key, tidied) == tidied
    assert score(key, tidied) == score(key, response)


junk = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.decimals()
    | st.fractions()
    | st.complex_numbers()
    | st.text()
    | st.binary()
    | st.dates(),
    lambda children: (
        st.lists(children)
        | st.tuples(children, children)
        | st.dictionaries(st.text() | st.integers(), children)
        | st.frozensets(st.integers() | st.text())
    ),
    max_leaves=20,
    # A few of everything else Python has (ranges, deques, IP networks, files...);
    # os.environ is left out so a failure report never prints it.
) | st.from_type(object).filter(lambda value: value is not os.environ)

KEYS = [
    SINGLE,
    MULTI,
    TRUE_KEY,
    SHORT,
    YEAR,
    MATCHING,
    ORDERING,
    QuestionKey(kind="numeric", numeric=(NumericAnswer(value=None),)),
]


@pytest.mark.parametrize("key", KEYS, ids=lambda key: key.kind)
@given(response=junk)
def test_junk_is_refused_as_an_invalid_response_and_nothing_else(key, response):
    try:
        result = score(key, response)
    except InvalidResponse:
        return
    # The few shapes that are legitimately accepted still score sensibly.
    assert 0 <= result.fraction <= 1


@pytest.mark.parametrize("key", KEYS, ids=lambda key: key.kind)
@given(
    response=st.lists(st.integers() | st.floats(), min_size=1)
    | st.dictionaries(st.integers(), st.text(), min_size=1)
)
def test_lists_of_numbers_and_dicts_of_numbers_are_refused_everywhere(key, response):
    with pytest.raises(InvalidResponse):
        validate(key, response)


def test_unknown_question_kind_is_a_bug_not_a_learner_error():
    with pytest.raises(ValueError) as error:
        score(QuestionKey(kind="essay"), "Text")
    assert not isinstance(error.value, InvalidResponse)


@pytest.mark.parametrize("text", ["250.000", "4,500", "-12.500"])
def test_a_number_that_could_mean_thousands_is_refused_with_a_message(text):
    key = QuestionKey(kind="numeric", numeric=(NumericAnswer(value=Decimal(250000)),))
    with pytest.raises(InvalidResponse, match="250000, not 250.000"):
        validate(key, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("0.125", "0.125"), ("12.5", "12.5"), ("250000", "250000"), ("1.0505", "1.0505")],
)
def test_unambiguous_decimals_still_read(text, value):
    key = QuestionKey(kind="numeric", numeric=(NumericAnswer(value=Decimal(value)),))
    assert score(key, text).right


def test_matching_accepts_a_distractor_answer_and_marks_it_wrong():
    key = QuestionKey(kind="matching", pairs=(("p1", "a1"), ("p2", "a2")), distractors=("x",))
    result = score(key, {"p1": "x", "p2": "a2"})
    assert result.fraction == Decimal("0.5")
