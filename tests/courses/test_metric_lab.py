"""The metric lab: generated exercises (pure) and the block a learner answers in a lesson."""

import decimal
import json
import re
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from hypothesis import example, given
from hypothesis import strategies as st

from courses import metric_lab, metrics
from courses.blocks import LessonStreamBlock
from courses.metric_lab import METRICS, check, generate, parse_answer
from courses.models import CoursePage, MetricLabAttempt
from tests import factories
from tests.courses.conftest import build_course, lessons_of, translate

seeds = st.integers(min_value=0, max_value=2**31 - 1)
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def recompute(exercise) -> Decimal:
    """The metric computed again from the numbers the table shows, by courses.metrics."""
    table = exercise.table

    def shown(key: str, column: int = -1) -> Decimal:
        return table.row(key).cells[column].value

    def column(index: int) -> int:
        return sum(int(row.cells[index].value) for row in table.rows)

    def by_score() -> dict[int, int]:
        return {int(row.key): int(row.cells[-1].value) for row in table.rows}

    return {
        "csat": lambda: metrics.csat_from_ratings(by_score()),
        "nps": lambda: metrics.nps_from_scores(by_score()),
        "ces": lambda: metrics.ces(by_score()),
        "retention": lambda: metrics.retention_rate(
            start=int(shown("start")), end=int(shown("end")), new=int(shown("new"))
        ),
        "churn": lambda: metrics.churn_rate(start=int(shown("start")), lost=int(shown("lost"))),
        "clv": lambda: metrics.clv(
            average_order_value=shown("order_value"),
            purchases_per_year=int(shown("purchases")),
            years=int(shown("years")),
        ),
        "fcr": lambda: metrics.fcr(resolved_first_contact=column(2), issues=column(1)),
        "aht": lambda: metrics.aht(
            talk_time=column(2),
            hold_time=column(3),
            after_contact_work=column(4),
            contacts=column(1),
        ),
    }[exercise.metric]()


def plain(value: Decimal) -> str:
    """The number as a learner would type it unambiguously: "7.545" could be seven
    thousand (a thousands separator), so exactly three decimals get a fourth, 0."""
    text = f"{value:f}"
    whole, _dot, fraction = text.partition(".")
    return f"{text}0" if len(fraction) == 3 else text


# --- Generating (pure) ------------------------------------------------------------------


@given(metric=st.sampled_from(METRICS), seed=seeds)
def test_the_stored_answer_is_the_metric_of_the_data_shown(metric, seed):
    exercise = generate(metric, seed)
    assert exercise.answer == recompute(exercise)
    for row in exercise.table.rows:
        for cell, is_number in row.data:
            if is_number:  # nothing the formula uses is hidden by rounding on screen
                assert cell.value == cell.rounded


@given(metric=st.sampled_from(METRICS), seed=seeds)
@example(metric="nps", seed=58108)
def test_the_exact_answer_counts_and_twice_the_tolerance_away_does_not(metric, seed):
    exercise = generate(metric, seed)
    tolerance = exercise.tolerance
    assert check(exercise, plain(exercise.answer)).correct is True
    assert check(exercise, plain(exercise.rounded_answer.rounded)).correct is True
    # The ends, computed without rounding: Decimal's 28 digits would round the sum of
    # a 28-digit answer and its tolerance a hair past the end (seed 58108, NPS).
    with decimal.localcontext(prec=80):
        at_the_end = plain(exercise.answer + tolerance)
        above, below = (
            plain(exercise.answer + 2 * tolerance),
            plain(exercise.answer - 2 * tolerance),
        )
    assert check(exercise, at_the_end).correct is True  # ends included
    assert check(exercise, above).correct is False
    assert check(exercise, below).correct is False


@given(metric=st.sampled_from(METRICS), seed=seeds)
def test_the_same_seed_gives_the_same_exercise(metric, seed):
    first, second = generate(metric, seed), generate(metric, seed)
    assert first == second
    with translation.override("id"):
        assert [str(step) for step in first.solution] == [str(step) for step in second.solution]


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("metric", METRICS)
def test_every_text_renders_with_its_numbers_in_both_languages(metric, language):
    exercise = generate(metric, 2026)
    with translation.override(language):
        texts = [
            exercise.situation,
            exercise.question,
            exercise.tolerance_note,
            exercise.table.caption,
            *exercise.table.columns,
            *(cell for row in exercise.table.rows for cell in row.cells),
            *exercise.solution,
            exercise.rounded_answer,
        ]
        for text in map(str, texts):
            assert text and "%(" not in text and ")s" not in text, text
        assert len(exercise.solution) >= 2


def test_numbers_follow_the_active_language():
    exercise = generate("clv", 7)
    order_value = exercise.table.row("order_value").cells[1]
    amount = int(order_value.value)
    with translation.override("id"):
        # A no-break space keeps "Rp" with its amount at the end of a line.
        assert str(order_value) == "Rp\u00a0" + f"{amount:,}".replace(",", ".")
        assert str(metric_lab.Number(Decimal("1234.5"), 1)) == "1.234,5"
        assert "±Rp\u00a01 " in str(exercise.tolerance_note)
    with translation.override("en"):
        assert str(order_value) == f"Rp\u00a0{amount:,}"
        assert str(metric_lab.Number(Decimal("1234.5"), 1, "percent")) == "1,234.5%"


def test_the_tolerance_is_stated_to_the_learner():
    with translation.override("id"):
        assert "±0,1%" in str(generate("csat", 1).tolerance_note)
        assert "±0,01" in str(generate("ces", 1).tolerance_note)
    with translation.override("en"):
        assert str(generate("nps", 1).tolerance_note) == (
            "Round to one decimal place, e.g. 12.3. Answers within ±0.1 count."
        )


@given(metric=st.sampled_from(METRICS), seed=seeds)
def test_the_example_in_the_tolerance_note_never_gives_the_answer_away(metric, seed):
    exercise = generate(metric, seed)
    with translation.override("en"):
        note, answer = str(exercise.tolerance_note), str(exercise.rounded_answer)
    # Compare the example itself: "12.3" does not give away an answer of 2.3.
    example = re.search(r"e\.g\. (.+?)\. Answers", note).group(1)
    assert example != answer, note


def test_the_nps_solution_keeps_passives_in_the_total():
    exercise = generate("nps", 3)
    with translation.override("en"):
        steps = [str(step) for step in exercise.solution]
    assert steps[0].startswith("All answers, passives included:")
    assert any("in neither group" in step for step in steps)


def test_next_metric_stays_on_the_metric_until_the_learner_picks_another():
    offered = ["nps", "csat", "fcr"]
    assert metric_lab.next_metric(offered, None) == "nps"
    assert metric_lab.next_metric(offered, "nps") == "nps"
    assert metric_lab.next_metric(offered, "fcr") == "fcr"
    assert metric_lab.next_metric(offered, "aht") == "nps"  # no longer offered


def test_an_unknown_metric_or_seed_is_a_bug_not_an_exercise():
    with pytest.raises(ValueError):
        generate("arpu", 1)
    with pytest.raises(TypeError):
        generate("nps", "1")


# --- Reading what a learner types (pure) ------------------------------------------------


@pytest.mark.parametrize(
    "typed, number",
    [
        ("42,5", "42.5"),
        ("42.5", "42.5"),
        (" 42,5 % ", "42.5"),
        ("42,5%", "42.5"),
        ("-12,3", "-12.3"),
        ("\u221212,3", "-12.3"),
        ("+7", "7"),
        (",5", "0.5"),
        ("0,125", "0.125"),
        ("1.234,5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("1.234.567,89", "1234567.89"),
        ("4.500.000", "4500000"),
        ("4,500,000", "4500000"),
        ("4 500 000", "4500000"),
        ("4\u00a0500\u00a0000", "4500000"),
        ("Rp 4.500.000", "4500000"),
        ("Rp\u00a04.500.000", "4500000"),
        ("rp4500000", "4500000"),
        ("１２,５", "12.5"),
        ("1234,567", "1234.567"),
    ],
)
def test_answers_are_read_in_either_language_format(typed, number):
    assert parse_answer(typed) == Decimal(number)


def test_one_separator_before_three_digits_is_thousands_only_for_rupiah():
    assert parse_answer("Rp 4.500", money=True) == 4500
    assert parse_answer("250,000", money=True) == 250_000
    with pytest.raises(metric_lab.AnswerError) as caught:
        parse_answer("42.500")
    with translation.override("en"):
        assert "42500" in str(caught.value.message)


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "abc", "42,5 menit", "1.23,4", "1,2.5", "4..5", "12 34", "%", "Rp", "--5", None],
)
def test_unreadable_answers_get_a_message(typed):
    result = check(generate("csat", 1), typed)
    assert result.readable is False
    assert result.correct is None and result.answer is None
    with translation.override("id"):
        assert str(result.error)


def test_a_very_long_number_is_refused_politely():
    with pytest.raises(metric_lab.AnswerError) as caught:
        parse_answer("9" * 16)
    with translation.override("en"):
        assert "too long" in str(caught.value.message)
    assert parse_answer("9" * 15) == Decimal("9" * 15)
    assert not check(generate("csat", 1), "1" * 5000).readable


# --- The block ------------------------------------------------------------------------

LAB = {
    "heading": "Lab metrik",
    "intro": '<p>Hitung sendiri.</p><script>alert("x")</script>',
    "metrics": list(METRICS),
}
STREAM = LessonStreamBlock()


def test_the_lab_is_the_last_block_in_the_lesson_body_and_explains_itself():
    assert list(STREAM.child_blocks)[-1] == "metric_lab"
    block = STREAM.child_blocks["metric_lab"]
    assert block.meta.icon == "clipboard-list"
    assert str(block.label) and str(block.get_description())
    assert block.get_template() == "courses/blocks/metric_lab.html"
    assert block.is_previewable
    assert block.get_preview_value()["metrics"] == list(METRICS)


@pytest.mark.django_db
def test_the_preview_shows_a_sample_with_inert_forms_and_no_script():
    block = STREAM.child_blocks["metric_lab"]
    with translation.override("en"):
        html = block.render(block.get_preview_value(), context={"block_preview": True})
        assert "block--metric_lab" in html
        assert escape(str(generate("csat", 1).question)) in html
        assert "<script" not in html and "action=" not in html
        assert "Worked solution" not in html


def test_a_lab_needs_at_least_one_known_metric():
    block = STREAM.child_blocks["metric_lab"]
    for metrics_ticked in ([], ["arpu"]):
        with pytest.raises(Exception):  # noqa: B017 - Wagtail's own or ours, both refuse
            block.clean(block.to_python({**LAB, "metrics": metrics_ticked}))
    assert block.clean(block.to_python({**LAB, "metrics": ["nps"]}))["metrics"] == ["nps"]


# --- In a lesson: views ------------------------------------------------------------------


@pytest.fixture
def lab_lesson(site):
    course = build_course(site, modules=1, lessons=1, title="Lab", body=[("metric_lab", LAB)])
    lesson = lessons_of(course)[0]
    return course, lesson, lesson.body[0].id


@pytest.fixture
def fixed_seed(monkeypatch):
    seed = {"value": 4242}
    monkeypatch.setattr("courses.services.secrets.randbelow", lambda _n: seed["value"])
    return seed


def new_url(lesson, block_id, language="id"):
    return f"/{language}/learn/lessons/{lesson.pk}/metric-lab/{block_id}/new/"


def answer_url(lesson, block_id, attempt, language="id"):
    return f"/{language}/learn/lessons/{lesson.pk}/metric-lab/{block_id}/{attempt.pk}/answer/"


def typed_as_learner(exercise, language) -> str:
    """The rounded answer as a learner in `language` would type it, copying the page."""
    with translation.override(language):
        number = metric_lab.format_number(exercise.answer, exercise.places)
    return {"percent": f"{number}%", "rupiah": f"Rp\u00a0{number}"}.get(exercise.unit, number)


def page_of(client, lesson) -> str:
    response = client.get(lesson.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("metric", METRICS)
def test_a_learner_practises_each_metric_in_either_language(
    client, learner, lab_lesson, fixed_seed, metric, language
):
    course, lesson, block_id = lab_lesson
    if language == "en":
        lesson = lessons_of(translate(course))[0]
        assert lesson.body[0].id == block_id  # the block keeps its id in the translation
    client.force_login(learner)
    with translation.override(language):
        start = str(metric_lab.METRIC_NAMES[metric])
    assert escape(start) in page_of(client, lesson)

    response = client.post(new_url(lesson, block_id, language), {"metric": metric, "current": ""})
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#block-{block_id}"
    attempt = MetricLabAttempt.objects.get(user=learner)
    assert (attempt.metric, attempt.seed, attempt.lesson_key) == (
        metric,
        4242,
        lesson.translation_key,
    )
    exercise = generate(metric, 4242)

    page = page_of(client, lesson)
    with translation.override(language):
        assert escape(str(exercise.situation)) in page
        assert escape(str(exercise.question)) in page
        assert escape(str(exercise.tolerance_note)) in page
        for row in exercise.table.rows:
            for cell in row.cells:
                assert escape(str(cell)) in page
        for step in exercise.solution:
            assert escape(str(step)) not in page

    response = client.post(
        answer_url(lesson, block_id, attempt, language),
        {"answer": typed_as_learner(exercise, language)},
        follow=True,
    )
    page = response.content.decode()
    attempt.refresh_from_db()
    assert attempt.correct is True and attempt.answered_at is not None
    assert abs(attempt.answer - exercise.answer) <= exercise.tolerance
    with translation.override(language):
        assert translation.gettext("Correct!") in page
        assert escape(str(exercise.rounded_answer)) in page
        for step in exercise.solution:
            assert escape(str(step)) in page
    assert page.index("Lab metrik") < page.index('<ol class="metric-lab__solution">')


@pytest.mark.django_db
@pytest.mark.parametrize("metric", METRICS)
def test_the_answer_is_not_in_the_page_before_answering(
    client, learner, lab_lesson, fixed_seed, metric
):
    fixed_seed["value"] = 1_987_654_321
    _course, lesson, block_id = lab_lesson
    client.force_login(learner)
    response = client.post(new_url(lesson, block_id), {"metric": metric, "current": ""}, **XHR)
    attempt = MetricLabAttempt.objects.get(user=learner)
    exercise = generate(attempt.metric, attempt.seed)
    html = json.loads(response.content)["html"]
    page = page_of(client, lesson)
    with translation.override("id"):
        for text in (html, page):
            assert escape(str(exercise.question)) in text
            assert escape(str(exercise.rounded_answer)) not in text
            assert translation.gettext("Worked solution") not in text
            for step in exercise.solution:
                assert escape(str(step)) not in text
    assert str(attempt.seed) not in page.split('class="lesson__body"')[1].split("lesson__end")[0]


@pytest.mark.django_db
def test_a_wrong_answer_is_recorded_and_the_solution_shown(client, learner, lab_lesson):
    _course, lesson, block_id = lab_lesson
    client.force_login(learner)
    client.post(new_url(lesson, block_id), {"metric": "nps", "current": ""})
    attempt = MetricLabAttempt.objects.get()
    exercise = generate("nps", attempt.seed)
    wrong = plain(exercise.answer + 5)
    reply = json.loads(
        client.post(answer_url(lesson, block_id, attempt), {"answer": wrong}, **XHR).content
    )
    attempt.refresh_from_db()
    assert attempt.correct is False and attempt.answered_at
    assert reply["focus"] == "result"
    with translation.override("id"):
        assert translation.gettext("Not quite.") in reply["html"]
        assert escape(str(exercise.solution[-1])) in reply["html"]
        assert 'aria-live="polite"' in reply["html"]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["", "abc", "42.500", "1.23,4", "1" * 5000])
def test_an_unreadable_answer_gets_a_message_and_nothing_is_stored(
    client, learner, lab_lesson, typed
):
    _course, lesson, block_id = lab_lesson
    client.force_login(learner)
    client.post(new_url(lesson, block_id), {"metric": "csat", "current": ""})
    attempt = MetricLabAttempt.objects.get()
    url = answer_url(lesson, block_id, attempt)

    response = client.post(url, {"answer": typed}, **XHR)
    assert response.status_code == 400
    reply = json.loads(response.content)
    assert reply["error"] and reply["focus"] == "answer"
    assert 'aria-invalid="true"' in reply["html"]

    page = client.post(url, {"answer": typed}, follow=True).content.decode()
    assert escape(reply["error"]) in page  # beside the field, after the redirect
    assert escape(reply["error"]) not in page_of(client, lesson)  # shown once
    attempt.refresh_from_db()
    assert (attempt.answer, attempt.correct, attempt.answered_at) == (None, None, None)


@pytest.mark.django_db
def test_the_message_for_unreadable_answers_is_translated(client, learner, lab_lesson):
    _course, lesson, block_id = lab_lesson
    client.force_login(learner)
    client.post(new_url(lesson, block_id), {"metric": "csat", "current": ""})
    attempt = MetricLabAttempt.objects.get()
    reply = json.loads(
        client.post(answer_url(lesson, block_id, attempt), {"answer": ""}, **XHR).content
    )
    with translation.override("id"):
        assert reply["error"] == translation.gettext("Type your answer first.")


@pytest.mark.django_db
def test_answering_twice_returns_the_first_result_and_changes_nothing(client, learner, lab_lesson):
    _course, lesson, block_id = lab_lesson
    client.force_login(learner)
    client.post(new_url(lesson, block_id), {"metric": "churn", "current": ""})
    attempt = MetricLabAttempt.objects.get()
    exercise = generate("churn", attempt.seed)
    url = answer_url(lesson, block_id, attempt)
    client.post(url, {"answer": plain(exercise.answer)})
    attempt.refresh_from_db()
    first = (attempt.answer, attempt.correct, attempt.answered_at)

    again = client.post(url, {"answer": "0"}, **XHR)
    assert again.status_code == 200
    attempt.refresh_from_db()
    assert (attempt.answer, attempt.correct, attempt.answered_at) == first
    with translation.override("id"):
        assert translation.gettext("Correct!") in json.loads(again.content)["html"]
    assert client.post(url, {"answer": "abc"}, **XHR).status_code == 200  # still the result


@pytest.mark.django_db
def test_a_double_click_on_new_exercise_starts_one(client, learner, lab_lesson):
    _course, lesson, block_id = lab_lesson
    client.force_login(learner)
    url = new_url(lesson, block_id)
    client.post(url, {"metric": "fcr", "current": ""})
    client.post(url, {"metric": "fcr", "current": ""})  # the same form, sent again
    assert MetricLabAttempt.objects.count() == 1
    first = MetricLabAttempt.objects.get()
    client.post(url, {"metric": "aht", "current": str(first.pk)})  # skip to new figures
    assert MetricLabAttempt.objects.count() == 2
    assert (
        MetricLabAttempt.objects.latest_for(
            user=learner, lesson_key=lesson.translation_key, block_id=block_id
        ).metric
        == "aht"
    )


@pytest.mark.django_db
def test_without_a_choice_the_lab_stays_on_its_metric(client, learner, site):
    course = build_course(
        site,
        modules=1,
        lessons=1,
        title="Putar",
        body=[("metric_lab", {**LAB, "metrics": ["nps", "clv"]})],
    )
    lesson = lessons_of(course)[0]
    block_id = lesson.body[0].id
    client.force_login(learner)
    current = ""
    seen = []
    for metric in ["", "", "clv", ""]:
        client.post(new_url(lesson, block_id), {"current": current, "metric": metric})
        latest = MetricLabAttempt.objects.order_by("-pk").first()
        seen.append(latest.metric)
        current = str(latest.pk)
    assert seen == ["nps", "nps", "clv", "clv"]


@pytest.mark.django_db
def test_a_metric_the_block_does_not_offer_is_refused(client, learner, site):
    course = build_course(
        site, modules=1, lessons=1, title="Satu", body=[("metric_lab", {**LAB, "metrics": ["nps"]})]
    )
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    response = client.post(
        new_url(lesson, lesson.body[0].id), {"metric": "clv", "current": ""}, **XHR
    )
    assert response.status_code == 400
    assert json.loads(response.content)["error"]
    assert not MetricLabAttempt.objects.exists()


@pytest.mark.django_db
def test_someone_elses_exercise_is_not_found(client, learner, lab_lesson):
    _course, lesson, block_id = lab_lesson
    client.force_login(learner)
    client.post(new_url(lesson, block_id), {"metric": "csat", "current": ""})
    attempt = MetricLabAttempt.objects.get()
    exercise = generate("csat", attempt.seed)

    other = Client()
    other.force_login(factories.learner())
    url = answer_url(lesson, block_id, attempt)
    assert other.post(url, {"answer": plain(exercise.answer)}).status_code == 404
    attempt.refresh_from_db()
    assert attempt.answered_at is None
    assert escape(str(exercise.question)) not in page_of(other, lesson)


@pytest.mark.django_db
def test_an_exercise_is_answered_only_in_its_own_block(client, learner, site):
    course = build_course(
        site,
        modules=1,
        lessons=1,
        title="Dua",
        body=[("metric_lab", LAB), ("metric_lab", {**LAB, "heading": "Lab kedua"})],
    )
    lesson = lessons_of(course)[0]
    first, second = (block.id for block in lesson.body)
    client.force_login(learner)
    client.post(new_url(lesson, first), {"metric": "csat", "current": ""})
    attempt = MetricLabAttempt.objects.get()
    assert client.post(answer_url(lesson, second, attempt), {"answer": "1"}).status_code == 404
    assert client.post(new_url(lesson, "no-such-block"), {"current": ""}).status_code == 404


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(client, learner, lab_lesson):
    _course, lesson, block_id = lab_lesson
    for url in (
        new_url(lesson, block_id),
        f"/id/learn/lessons/{lesson.pk}/metric-lab/{block_id}/1/answer/",
    ):
        response = client.post(url, {"answer": "1", "current": ""})
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    assert not MetricLabAttempt.objects.exists()


@pytest.mark.django_db
def test_the_endpoints_refuse_get(client, learner, lab_lesson):
    _course, lesson, block_id = lab_lesson
    client.force_login(learner)
    client.post(new_url(lesson, block_id), {"metric": "csat", "current": ""})
    attempt = MetricLabAttempt.objects.get()
    assert client.get(new_url(lesson, block_id)).status_code == 405
    assert client.get(answer_url(lesson, block_id, attempt)).status_code == 405
    assert MetricLabAttempt.objects.count() == 1


@pytest.mark.django_db
def test_every_post_needs_the_csrf_token(learner, lab_lesson):
    _course, lesson, block_id = lab_lesson
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)
    assert browser.post(new_url(lesson, block_id), {"current": ""}).status_code == 403
    assert not MetricLabAttempt.objects.exists()
    page = page_of(browser, lesson)
    assert page.count('name="csrfmiddlewaretoken"') >= 1


@pytest.mark.django_db
def test_a_restricted_course_needs_enrolment(client, learner, site):
    course = build_course(
        site,
        modules=1,
        lessons=1,
        title="Tertutup",
        access=CoursePage.Access.RESTRICTED,
        body=[("metric_lab", LAB)],
    )
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    assert client.post(new_url(lesson, lesson.body[0].id), {"current": ""}).status_code == 404


@pytest.mark.django_db
def test_an_exercise_started_in_indonesian_is_answered_in_english(client, learner, lab_lesson):
    course, lesson, block_id = lab_lesson
    english = lessons_of(translate(course))[0]
    client.force_login(learner)
    client.post(new_url(lesson, block_id), {"metric": "retention", "current": ""})
    attempt = MetricLabAttempt.objects.get()
    exercise = generate("retention", attempt.seed)
    with translation.override("en"):
        assert escape(str(exercise.situation)) in page_of(client, english)
    client.post(answer_url(english, block_id, attempt, "en"), {"answer": plain(exercise.answer)})
    attempt.refresh_from_db()
    assert attempt.correct is True


@pytest.mark.django_db
def test_the_block_is_accessible_without_javascript(client, learner, lab_lesson):
    _course, lesson, block_id = lab_lesson
    client.force_login(learner)
    client.post(new_url(lesson, block_id), {"metric": "aht", "current": ""})
    page = page_of(client, lesson)
    assert f'action="/id/learn/lessons/{lesson.pk}/metric-lab/{block_id}/' in page
    assert 'for="metric-lab-' in page and 'inputmode="decimal"' in page
    assert 'aria-live="polite"' in page
    assert "js/metric-lab.js" in page and "<script>" not in page
    assert "style=" not in page.split('class="lesson__body"')[1].split("lesson__end")[0]
