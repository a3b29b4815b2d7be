"""The metric lab in a real browser: new figures, an answer checked on the server, the
worked solution, in place with JavaScript and by plain form posts without it.

Each test asserts what the learner would notice on screen and saves screenshots
through the suite's `shoot` helper (see conftest.py).
"""

import re

import pytest
from django.utils import translation
from playwright.sync_api import Page, expect

from courses.metric_lab import format_number, generate
from courses.models import MetricLabAttempt
from tests.courses.conftest import build_course, lessons_of
from tests.e2e.conftest import TIMEOUT_MS
from tests.e2e.test_foundation import in_language, login

pytestmark = pytest.mark.e2e

LAB = {
    "heading": "Latihan: hitung metriknya sendiri",
    "intro": "<p>Setiap latihan membawa angka baru.</p>",
    "metrics": ["nps", "clv"],
}


def typed_answer(attempt) -> str:
    """The rounded answer, written as an Indonesian learner copies it from the page."""
    exercise = generate(attempt.metric, attempt.seed)
    with translation.override("id"):
        number = format_number(exercise.answer, exercise.places)
    return f"Rp {number}" if exercise.unit == "rupiah" else number


def latest_attempt(learner):
    return MetricLabAttempt.objects.filter(user=learner).order_by("-pk").first()


def test_metric_lab_checks_an_answer_in_place(page: Page, live_server, site, learner, shoot):
    course = build_course(site, modules=1, lessons=1, body=[("metric_lab", LAB)])
    lesson = lessons_of(course)[0]
    login(page, live_server, learner)
    page.goto(live_server.url + lesson.url)
    lab = page.locator("[data-metric-lab]")
    expect(lab.get_by_role("heading", name=LAB["heading"])).to_be_visible()
    shoot("start")
    page.evaluate("window.__sameDocument = true")  # a full reload would lose this marker

    lab.get_by_role("button", name=in_language("id", "Start an exercise")).click()
    lab = page.locator("[data-metric-lab]")
    expect(lab.locator("table caption")).to_be_visible()
    expect(lab.locator(".metric-lab__exercise")).to_be_focused()
    attempt = latest_attempt(learner)
    assert attempt.metric == "nps"
    exercise = generate(attempt.metric, attempt.seed)
    with translation.override("id"):
        assert str(exercise.solution[-1]) not in page.content()
    shoot("exercise")

    answer = lab.get_by_label(in_language("id", "Your answer"))
    answer.fill("banyak")
    lab.get_by_role("button", name=in_language("id", "Check answer")).click()
    lab = page.locator("[data-metric-lab]")
    expect(lab.locator(".metric-lab__error")).to_be_visible()
    answer = lab.get_by_label(in_language("id", "Your answer"))
    expect(answer).to_be_focused()
    expect(answer).to_have_attribute("aria-invalid", "true")
    shoot("unreadable")

    answer.fill(typed_answer(attempt))
    answer.press("Enter")
    result = page.locator(".metric-lab__result")
    expect(result).to_contain_text(in_language("id", "Correct!"))
    expect(result).to_be_focused()
    expect(result.locator("ol.metric-lab__solution > li")).to_have_count(len(exercise.solution))
    assert page.evaluate("window.__sameDocument") is True
    shoot("solved")

    # The learner picks the next metric: CLV, with Rupiah amounts in Indonesian format.
    lab = page.locator("[data-metric-lab]")
    lab.get_by_label(in_language("id", "Metric to practise")).select_option("clv")
    lab.get_by_role("button", name=in_language("id", "Try a new exercise")).click()
    expect(page.locator(".metric-lab__exercise")).to_contain_text(re.compile(r"Rp\s\d{1,3}\.\d{3}"))
    assert latest_attempt(learner).metric == "clv"
    shoot("clv")


def test_metric_lab_works_without_javascript(
    browser, live_server, site, django_db_serialized_rollback, learner, screenshots
):
    course = build_course(site, modules=1, lessons=1, body=[("metric_lab", LAB)])
    lesson = lessons_of(course)[0]
    context = browser.new_context(
        java_script_enabled=False,
        viewport={"width": 375, "height": 800},  # a phone
        locale="id-ID",
        base_url=live_server.url,
    )
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    try:
        login(tab, live_server, learner)
        tab.goto(live_server.url + lesson.url)
        tab.get_by_label(in_language("id", "Metric to practise")).select_option("clv")
        tab.get_by_role("button", name=in_language("id", "Start an exercise")).click()
        expect(tab).to_have_url(re.compile(r"#block-"))
        attempt = latest_attempt(learner)
        assert attempt.metric == "clv"

        tab.get_by_label(in_language("id", "Your answer")).fill(typed_answer(attempt))
        tab.get_by_role("button", name=in_language("id", "Check answer")).click()
        expect(tab.locator(".metric-lab__result")).to_contain_text(in_language("id", "Correct!"))
        tab.screenshot(path=str(screenshots / "metric-lab-no-js--phone-solved.png"), full_page=True)
        attempt.refresh_from_db()
        assert attempt.correct is True
    finally:
        context.close()
