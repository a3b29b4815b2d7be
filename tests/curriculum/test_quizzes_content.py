"""The graded quizzes of the course "CX Mindset" (the package cxacademy/content/cx-mindset).

Checked as the loader reads the package: every quiz is big enough and uses every question
type; every question's right answer scores full marks through `quizzes.scoring` (the
pure module the app marks with) and a wrong one scores less; feedback is there in both
languages; the two languages are parallel; and the metric answers are recomputed here,
from the stem numbers of each numeric question (tests/curriculum/numeric_checks.py),
with the brief's formulas (NPS with passives in the total only, retention = (E − N) ÷ S
× 100, ...), together with the common mistakes the wrong-answer catches must recognise.

Checked with a database: the package loads all five quizzes (beside the other shipped
course's quiz), idempotently, with pages and questions in both locales that still score
full marks when read back from the bank.
"""

import re
import tomllib
from collections import Counter
from decimal import Decimal

import pytest
from wagtail.models import Locale

from cxacademy.packages.loader import load_package
from cxacademy.packages.questions import BankQuestion
from cxacademy.packages.site import CONTENT
from quizzes import scoring
from quizzes.formats.base import ParsedQuestion
from quizzes.models import Question, QuestionMatchPair, QuestionOrderItem, QuizPage
from quizzes.selectors import questions_by_key, scoring_key
from tests.curriculum.fixtures_quizzes import shipped_packages  # noqa: F401 (a fixture)
from tests.curriculum.numeric_checks import CHECKS
from tests.curriculum.packages import (
    FOUNDATIONS,
    MINDSET,
    fields,
    items,
    modules,
    quiz_questions,
)

LANGUAGES = ("id", "en")
BANK_KINDS = {kind.value for kind in Question.Kind}
ONE = Decimal(1)


def _quiz_files(package: str) -> list[dict]:
    """The quiz files of `package` in course order, as TOML: the tests are parametrised
    by their slugs and question names before any database (which reading a package
    needs) exists."""
    quizzes = []
    for path in sorted((CONTENT / package / "modules").glob("*/*.toml")):
        with path.open("rb") as file:
            data = tomllib.load(file)
        if data.get("kind") == "quiz":
            quizzes.append(data)
    return quizzes


def _names(quiz: dict) -> list[str]:
    return [entry["name"] if isinstance(entry, dict) else entry for entry in quiz["questions"]]


QUIZ_SLUGS = [quiz["slug"]["id"] for quiz in _quiz_files(MINDSET)]
NAMES = [name for quiz in _quiz_files(MINDSET) for name in _names(quiz)]
QUESTIONS = [pytest.param(name, id=name) for name in NAMES]
NUMERIC = [pytest.param(name, id=name) for name in NAMES if name in CHECKS]


@pytest.fixture(scope="module")
def bank(shipped_packages) -> dict[str, BankQuestion]:  # noqa: F811
    """CX Mindset's questions by name."""
    return {question.name: question for question in shipped_packages[MINDSET].bank.questions}


@pytest.fixture(scope="module")
def quizzes(shipped_packages) -> list:  # noqa: F811
    """CX Mindset's quizzes in course order: the four module quizzes, then the final."""
    return items(MINDSET, "quiz")


def plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# --- The content's own answer key, built as quizzes.selectors builds it from the bank --


def key_of(question: BankQuestion, language: str) -> scoring.QuestionKey:
    side = question.parsed[language]
    kind = side.kind
    if kind in ("single", "multi"):
        options = tuple(
            scoring.Option(id=f"c{i}", fraction=c.fraction) for i, c in enumerate(side.choices)
        )
        return scoring.QuestionKey(
            kind=kind, options=options, negative_marks=question.negative_marks
        )
    if kind == "shortanswer":
        accepted = tuple((c.text, c.fraction) for c in side.choices)
        return scoring.QuestionKey(kind=kind, accepted=accepted, case_sensitive=side.case_sensitive)
    if kind == "numeric":
        numeric = tuple(
            scoring.NumericAnswer(value=a.value, tolerance=a.tolerance, fraction=a.fraction)
            for a in side.numeric
        )
        return scoring.QuestionKey(kind=kind, numeric=numeric)
    if kind == "matching":
        pairs = side.pairs
        return scoring.QuestionKey(
            kind=kind,
            pairs=tuple((f"p{i}", f"a{i}") for i, p in enumerate(pairs) if p.prompt.strip()),
            distractors=tuple(f"a{i}" for i, p in enumerate(pairs) if not p.prompt.strip()),
        )
    if kind == "ordering":
        return scoring.QuestionKey(
            kind=kind, order=tuple(f"i{i}" for i in range(len(side.ordering)))
        )
    assert kind == "truefalse", kind
    return scoring.QuestionKey(kind=kind, correct=side.correct)


def number(value: Decimal) -> str:
    """A number as a learner types it: 72.5, never 7.25E+1."""
    return format(value, "f")


def right_answers(key: scoring.QuestionKey, side: ParsedQuestion) -> list:
    """Every form of the right answer a learner might send."""
    if key.kind == "single":
        return [option.id for option in key.options if option.fraction == ONE]
    if key.kind == "multi":
        return [[option.id for option in key.options if option.fraction > 0]]
    if key.kind == "truefalse":
        return [key.correct, "true" if key.correct else "false"]
    if key.kind == "shortanswer":
        texts = [text for text, fraction in key.accepted if fraction == ONE]
        return texts + [f"  {text.upper()}  " for text in texts]
    if key.kind == "numeric":
        value = number(side.numeric[0].value)
        return [value, value.replace(".", ","), f"{value}%"]
    if key.kind == "matching":
        return [dict(key.pairs)]
    return [list(key.order)]


def wrong_answers(key: scoring.QuestionKey, side: ParsedQuestion) -> list:
    if key.kind == "single":
        return [option.id for option in key.options if option.fraction < ONE]
    if key.kind == "multi":
        right = [option.id for option in key.options if option.fraction > 0]
        wrong = [option.id for option in key.options if option.fraction <= 0]
        return [[w] for w in wrong] + [right + [w] for w in wrong] + [right[1:]]
    if key.kind == "truefalse":
        return [not key.correct]
    if key.kind == "shortanswer":
        return ["saya tidak tahu", f"{key.accepted[0][0]} salah"]
    if key.kind == "numeric":
        catches = [number(a.value) for a in side.numeric[1:]]
        return [*catches, number(side.numeric[0].value * 2 + 7)]
    if key.kind == "matching":
        prompts = [prompt for prompt, _ in key.pairs]
        answers = [answer for _, answer in key.pairs]
        rotated = dict(zip(prompts, answers[1:] + answers[:1], strict=True))
        wrong = [rotated, {}]
        if key.distractors:
            wrong.append({**dict(key.pairs), prompts[0]: key.distractors[0]})
        return wrong
    return [list(reversed(key.order)), list(key.order[1:] + key.order[:1])]


def category_of(questions: list[BankQuestion]) -> tuple[str, ...]:
    """The one category a quiz's questions are filed in."""
    (category,) = {question.category for question in questions}
    return category


# --- Shape of the quizzes -----------------------------------------------------------


def test_four_module_quizzes_and_a_final_assessment(quizzes):
    per_module = [
        [item for item in module.children if item.kind.name == "quiz"]
        for module in modules(MINDSET)
    ]
    # One quiz closes each of the four modules; the final assessment is a module of its own.
    assert [len(found) for found in per_module] == [1, 1, 1, 1, 1]
    final = per_module[4][0]
    assert modules(MINDSET)[4].children == [final]
    assert quizzes == [found[0] for found in per_module]
    assert len(quiz_questions(MINDSET, final)) >= 20
    assert fields(final, "id")["pass_mark"] == 75
    for quiz in quizzes:
        settings = fields(quiz, "id")
        assert 0 < settings["pass_mark"] <= 100
        assert settings["attempts_allowed"] >= 1
        assert settings["time_limit_minutes"] >= len(quiz_questions(MINDSET, quiz))


@pytest.mark.parametrize("index", range(len(QUIZ_SLUGS)), ids=QUIZ_SLUGS)
def test_each_quiz_has_ten_questions_of_every_type_the_bank_supports(quizzes, index):
    quiz = quizzes[index]
    assert fields(quiz, "id")["slug"] == QUIZ_SLUGS[index]
    questions = quiz_questions(MINDSET, quiz)
    kinds = Counter(question.parsed["id"].kind for question in questions)
    assert len(questions) >= 10
    assert set(kinds) == BANK_KINDS, f"missing: {BANK_KINDS - set(kinds)}"
    # The intro's "Ada N soal" / "There are N questions" matches the quiz.
    count = len(questions)
    assert f"Ada {count} soal" in fields(quiz, "id")["intro"]
    assert f"There are {count} questions" in fields(quiz, "en")["intro"]


def test_module_3_calculates_every_metric_of_the_brief(quizzes):
    questions = quiz_questions(MINDSET, quizzes[2])
    metrics = {CHECKS[q.name]["metric"] for q in questions if q.name in CHECKS}
    assert metrics >= {"csat", "nps", "ces", "retention", "churn", "clv", "fcr", "aht"}


def test_every_numeric_question_has_its_stem_numbers_to_recompute_it(bank):
    numeric = {name for name, question in bank.items() if question.parsed["id"].kind == "numeric"}
    assert numeric == set(CHECKS)
    assert numeric <= set(NAMES)  # and every one is asked in a quiz


def test_names_slugs_and_categories_do_not_clash_with_each_other_or_the_demo_quiz(quizzes):
    placed = [(MINDSET, quiz) for quiz in quizzes] + [
        (FOUNDATIONS, quiz) for quiz in items(FOUNDATIONS, "quiz")
    ]
    asked = [quiz_questions(package, quiz) for package, quiz in placed]
    names = [question.name for questions in asked for question in questions]
    assert [name for name, n in Counter(names).items() if n > 1] == []
    assert all(len(name) <= 255 for name in names)
    slugs = [fields(quiz, "id")["slug"] for _package, quiz in placed]
    assert len(set(slugs)) == len(slugs)
    categories = [category_of(questions) for questions in asked]
    assert len(set(categories)) == len(categories)
    assert all(category[0] == "CX Mindset" for category in categories[: len(quizzes)])


# --- Every question: answerable, with feedback, in two parallel languages ------------


@pytest.mark.parametrize("name", QUESTIONS)
def test_the_right_answer_scores_full_marks_and_wrong_ones_less(bank, name):
    question = bank[name]
    for language in LANGUAGES:
        side = question.parsed[language]
        key = key_of(question, language)
        rights = right_answers(key, side)
        assert rights, "no right answer"
        for response in rights:
            result = scoring.score(key, response)
            assert result.right, (language, response, result)
        wrongs = wrong_answers(key, side)
        assert wrongs
        for response in wrongs:
            result = scoring.score(key, response)
            assert result.fraction < ONE, (language, response, result)


@pytest.mark.parametrize("name", QUESTIONS)
def test_options_are_well_formed_for_the_bank(bank, name):
    question = bank[name]
    side = question.parsed["id"]
    kind = side.kind
    for item in side.choices + side.numeric:
        assert -1 <= item.fraction <= 1
        assert item.fraction.as_tuple().exponent >= -7  # QuestionChoice.fraction: 7 places
    for item in side.numeric:
        assert item.value.as_tuple().exponent >= -6
        assert item.tolerance >= 0
    if kind == "single":
        assert sum(1 for c in side.choices if c.fraction == ONE) == 1
        assert len(side.choices) >= 3
    if kind == "multi":
        fractions = [c.fraction for c in side.choices]
        assert any(f <= 0 for f in fractions), "a multiple-response question needs a distractor"
        if any(f < 0 for f in fractions):
            assert "mengurangi nilai" in side.text
            assert "lower your score" in question.parsed["en"].text
    if kind == "numeric":
        answers = side.numeric
        assert answers[0].fraction == ONE
        right = answers[0].value
        for catch in answers[1:]:
            assert catch.fraction == 0
            # A catch never swallows the right answer, nor the right answer a catch.
            gap = abs(catch.value - right)
            assert gap > catch.tolerance + answers[0].tolerance
    if kind == "matching":
        answers = [pair.answer for pair in side.pairs]
        assert len(set(answers)) == len(answers)
        assert sum(1 for pair in side.pairs if pair.prompt.strip()) >= 3
        for language in LANGUAGES:
            assert all(len(p.answer) <= 255 for p in question.parsed[language].pairs)
    if kind == "ordering":
        assert len(side.ordering) >= 4
        assert len(set(side.ordering)) == len(side.ordering)
        for language in LANGUAGES:
            assert all(len(item) <= 255 for item in question.parsed[language].ordering)


@pytest.mark.parametrize("name", QUESTIONS)
def test_feedback_is_present_in_both_languages(bank, name):
    for language in LANGUAGES:
        side = bank[name].parsed[language]
        assert plain(side.text), language
        assert plain(side.general_feedback), language
        for choice in side.choices:
            assert choice.text.strip() and choice.feedback.strip(), (language, choice)
        for answer in side.numeric:
            assert answer.feedback.strip(), (language, answer)
        if side.kind == "truefalse":
            assert side.feedback_true.strip() and side.feedback_false.strip()
        for pair in side.pairs:
            assert pair.answer.strip()


@pytest.mark.parametrize("name", QUESTIONS)
def test_the_two_languages_are_parallel(bank, name):
    ids, en = bank[name].parsed["id"], bank[name].parsed["en"]
    assert ids.kind == en.kind
    # Translated, not copied; the same paragraphs, lists and emphasis.
    assert plain(ids.text) != plain(en.text)
    assert plain(ids.general_feedback) != plain(en.general_feedback)
    for field in ("text", "general_feedback"):
        tags = [re.findall(r"</?\w+", getattr(side, field)) for side in (ids, en)]
        assert tags[0] == tags[1], field

    def fractions(side):
        return [c.fraction for c in side.choices]

    assert fractions(ids) == fractions(en)
    assert len(ids.choices) == len(en.choices)

    def numbers(side):
        return [(a.value, a.tolerance, a.fraction) for a in side.numeric]

    assert numbers(ids) == numbers(en)
    assert [bool(p.prompt.strip()) for p in ids.pairs] == [bool(p.prompt.strip()) for p in en.pairs]
    assert len(ids.ordering) == len(en.ordering)
    if ids.kind == "truefalse":
        assert ids.correct is en.correct
    if ids.kind == "shortanswer":
        # Learners use the Indonesian and the English terms in either language.
        assert [c.text for c in ids.choices] == [c.text for c in en.choices]
    if ids.kind in ("single", "multi"):
        # Choice texts may be the same names (CES, NPS...); their feedback is translated.
        assert [c.feedback for c in ids.choices] != [c.feedback for c in en.choices]
    if ids.kind == "ordering":
        assert ids.ordering != en.ordering


# --- The metric answers, recomputed from the stem data ---------------------------------


def percent(part, whole) -> Decimal:
    return Decimal(part) * 100 / Decimal(whole)


def nps_groups(check: dict) -> tuple[int, int, int]:
    """(promoters 9–10, passives 7–8, detractors 0–6) from the declared score groups."""
    promoters = passives = detractors = 0
    for low, high, count in check["groups"]:
        assert 0 <= low <= high <= 10
        if low >= 9:
            promoters += count
        elif high <= 6:
            detractors += count
        elif low >= 7 and high <= 8:
            passives += count
        else:
            raise AssertionError(f"the score group {low}–{high} straddles two NPS groups")
    return promoters, passives, detractors


def metric(check: dict) -> tuple[Decimal, dict[str, Decimal], list[int]]:
    """The right answer, the typical mistakes, and the numbers the stem must show."""
    kind = check["metric"]
    if kind == "csat":
        counts = check["counts"]
        total = sum(counts.values())
        return (
            percent(counts[4] + counts[5], total),
            {
                "only the 5s counted": percent(counts[5], total),
                "the neutral 3s counted as satisfied": percent(
                    counts[3] + counts[4] + counts[5], total
                ),
            },
            [*counts.values(), total],
        )
    if kind == "nps":
        promoters, passives, detractors = nps_groups(check)
        total = promoters + passives + detractors
        mistakes = {
            "passives left out of the total": percent(
                promoters - detractors, promoters + detractors
            ),
            "passives counted as detractors": percent(promoters - detractors - passives, total),
        }
        sixes = sum(count for low, high, count in check["groups"] if low == high == 6)
        if sixes:
            mistakes["a 6 counted as passive"] = percent(promoters - (detractors - sixes), total)
        return (
            percent(promoters, total) - percent(detractors, total),
            mistakes,
            [count for _, _, count in check["groups"]] + [total],
        )
    if kind == "ces":
        counts = check["counts"]
        total = sum(counts.values())
        mean = Decimal(sum(score * n for score, n in counts.items())) / total
        agree = sum(n for score, n in counts.items() if score >= 5)
        return (
            mean,
            {"% agreeing instead of the mean": percent(agree, total)},
            [*counts.values(), total],
        )
    if kind == "retention":
        start, new, end = check["start"], check["new"], check["end"]
        return (
            percent(end - new, start),
            {
                "new customers not subtracted": percent(end, start),
                "divided by the end count": percent(end - new, end),
            },
            [start, new, end],
        )
    if kind == "churn":
        start, lost, new, end = check["start"], check["lost"], check["new"], check["end"]
        assert end == start - lost + new, "the stem's counts do not add up"
        return (
            percent(lost, start),
            {"divided by the end count": percent(lost, end)},
            [start, lost, new, end],
        )
    if kind == "clv":
        value, per_year, years = check["order_value"], check["purchases_per_year"], check["years"]
        return (
            Decimal(value * per_year * years),
            {
                "years left out": Decimal(value * per_year),
                "purchases per year left out": Decimal(value * years),
            },
            [value, per_year, years],
        )
    if kind == "fcr":
        issues, first = check["issues"], check["first_contact"]
        mistakes = {"not resolved first time": percent(issues - first, issues)}
        numbers = [issues, first]
        if "contacts" in check:
            mistakes["divided by contacts, not issues"] = percent(first, check["contacts"])
            numbers.append(check["contacts"])
        return percent(first, issues), mistakes, numbers
    if kind == "aht":
        talk, hold, after, contacts = (
            check["talk"],
            check["hold"],
            check["after"],
            check["contacts"],
        )
        return (
            Decimal(talk + hold + after) / contacts,
            {
                "talk time only": Decimal(talk) / contacts,
                "after-contact work left out": Decimal(talk + hold) / contacts,
                "hold time left out": Decimal(talk + after) / contacts,
            },
            [talk, hold, after, contacts],
        )
    if kind == "resolution_time":
        hours, resolved, received = check["hours"], check["resolved"], check["received"]
        assert received > resolved
        return (
            Decimal(hours) / resolved,
            {"divided by every ticket received": Decimal(hours) / received},
            [hours, resolved, received],
        )
    if kind == "drop_off":
        started, finished = check["started"], check["finished"]
        return (
            percent(started - finished, started),
            {
                "the completion rate instead": percent(finished, started),
                "divided by those who finished": percent(started - finished, finished),
            },
            [started, finished],
        )
    if kind == "churn_limit":
        # The most customers a period may lose for churn (lost ÷ start × 100) to meet the target.
        start, current, target = check["start"], check["current"], check["target"]
        return (
            Decimal(start * target) / 100,
            {"the current churn instead of the target": Decimal(start * current) / 100},
            [start, current, target],
        )
    raise AssertionError(f"unknown metric {kind}")


def written(number: int, language: str) -> str:
    """How the stem writes a count: 1.600 in Indonesian, 1,600 in English."""
    text = f"{number:,}"
    return text.replace(",", ".") if language == "id" else text


@pytest.mark.parametrize("name", NUMERIC)
def test_numeric_answer_is_the_metric_recomputed_from_the_stem(bank, name):
    expected, _mistakes, _numbers = metric(CHECKS[name])
    for language in LANGUAGES:
        right = bank[name].parsed[language].numeric[0]
        # The stored answer is the exact result, rounded to at most two places...
        assert abs(right.value - expected) <= Decimal("0.005"), (language, expected)
        # ... and the exact result itself scores full marks.
        result = scoring.score(key_of(bank[name], language), expected.quantize(Decimal("0.0001")))
        assert result.right


@pytest.mark.parametrize("name", NUMERIC)
def test_wrong_answer_catches_recognise_the_typical_mistakes(bank, name):
    _expected, mistakes, _numbers = metric(CHECKS[name])
    for language in LANGUAGES:
        key = key_of(bank[name], language)
        catches = bank[name].parsed[language].numeric[1:]
        for mistake, value in mistakes.items():
            rounded = value.quantize(Decimal("0.01"))
            assert scoring.score(key, rounded).fraction == 0, mistake
            assert any(
                abs(rounded - c.value) <= max(c.tolerance, Decimal("0.01")) for c in catches
            ), f"no catch (with its own feedback) for the mistake: {mistake} = {rounded}"


@pytest.mark.parametrize("name", NUMERIC)
def test_the_stem_shows_the_numbers_the_answer_is_computed_from(bank, name):
    _expected, _mistakes, numbers = metric(CHECKS[name])
    for language in LANGUAGES:
        text = plain(bank[name].parsed[language].text)
        for number in numbers:
            pattern = rf"(?<![\d.,]){re.escape(written(number, language))}(?![\d]|[.,]\d)"
            assert re.search(pattern, text), (language, number)


def _asked_with_metric(bank, kind: str) -> list[BankQuestion]:
    return [bank[name] for name in NAMES if CHECKS.get(name, {}).get("metric") == kind]


def test_nps_answers_count_passives_in_the_total_but_in_neither_group(bank):
    questions = _asked_with_metric(bank, "nps")
    assert len(questions) >= 2
    for question in questions:
        promoters, passives, detractors = nps_groups(CHECKS[question.name])
        assert passives > 0
        total = promoters + passives + detractors
        nps = Decimal(promoters * 100) / total - Decimal(detractors * 100) / total
        for language in LANGUAGES:
            answer = question.parsed[language].numeric[0].value
            assert answer == nps.quantize(Decimal("0.01")).normalize()
            # Not the result of dropping the passives from the total.
            assert answer != percent(promoters - detractors, promoters + detractors).quantize(
                Decimal("0.01")
            )


def test_retention_answers_subtract_the_new_customers(bank):
    questions = _asked_with_metric(bank, "retention")
    assert len(questions) >= 2
    for question in questions:
        check = CHECKS[question.name]
        retention = Decimal(check["end"] - check["new"]) * 100 / check["start"]
        for language in LANGUAGES:
            assert question.parsed[language].numeric[0].value == retention


# --- Loaded into the database from the packages --------------------------------------


def db_right_answer(question: Question):
    kind = question.kind
    if kind == "single":
        return str(max(question.choices.all(), key=lambda c: c.fraction).key)
    if kind == "multi":
        return [str(c.key) for c in question.choices.all() if c.fraction > 0]
    if kind == "shortanswer":
        return question.choices.all()[0].text
    if kind == "numeric":
        return format(question.numeric_answers.all()[0].value, "f")
    if kind == "matching":
        return {str(p.key): str(p.answer_key) for p in question.pairs.all() if p.prompt.strip()}
    if kind == "ordering":
        return [str(item.key) for item in question.order_items.all()]
    return question.correct


def test_all_five_quizzes_load_from_the_package_in_both_locales(shipped_packages, site):  # noqa: F811
    packages = (MINDSET, FOUNDATIONS)  # beside the other course's quiz, as the demo has it
    for package in packages:
        load_package(CONTENT / package)
    for package in packages:  # loading again changes nothing
        assert load_package(CONTENT / package, update=True).changes == []

    default, english = Locale.get_default(), Locale.objects.get(language_code="en")
    questions = sum(len(shipped_packages[package].bank.questions) for package in packages)
    assert Question.objects.filter(locale=default).count() == questions
    assert Question.objects.filter(locale=english).count() == questions
    assert QuizPage.objects.filter(locale=default).count() == 6
    assert QuizPage.objects.filter(locale=english).count() == 6

    placed = [
        (module, item)
        for module in modules(MINDSET)
        for item in module.children
        if item.kind.name == "quiz"
    ]
    assert len(placed) == 5
    for module, content in placed:
        texts = {language: fields(content, language) for language in LANGUAGES}
        quiz = QuizPage.objects.get(locale=default, slug=texts["id"]["slug"])
        assert quiz.live and quiz.title == texts["id"]["title"]
        assert quiz.get_parent().slug == fields(module, "id")["slug"]
        assert quiz.pass_mark == texts["id"]["pass_mark"]
        translated = quiz.get_translation(english).specific
        assert translated.live and translated.title == texts["en"]["title"]
        assert translated.intro == texts["en"]["intro"]
        assert translated.get_parent().specific.locale_id == english.pk

        asked = quiz_questions(MINDSET, content)
        keys = [
            fixed.question.translation_key for fixed in quiz.fixed_questions.order_by("sort_order")
        ]
        assert len(keys) == len(asked)
        in_language = {
            "id": questions_by_key(keys, default),
            "en": questions_by_key(keys, english),
        }
        for spec, key in zip(asked, keys, strict=True):
            pair = {language: in_language[language][str(key)] for language in LANGUAGES}
            assert pair["id"].locale_id == default.pk and pair["en"].locale_id == english.pk
            for language, question in pair.items():
                assert question.name == spec.name
                assert question.kind == spec.parsed[language].kind
                assert plain(question.text) == plain(spec.parsed[language].text)
                result = scoring.score(scoring_key(question), db_right_answer(question))
                assert result.right, (language, spec.name)
            # Options share their keys across languages, so a response means the same in both.
            for relation in ("choices", "numeric_answers", "pairs", "order_items"):
                assert [o.key for o in getattr(pair["id"], relation).all()] == [
                    o.key for o in getattr(pair["en"], relation).all()
                ]
    assert QuestionMatchPair.objects.filter(question__locale=english).count() == (
        QuestionMatchPair.objects.filter(question__locale=default).count()
    )
    assert QuestionOrderItem.objects.filter(question__locale=english).count() == (
        QuestionOrderItem.objects.filter(question__locale=default).count()
    )
