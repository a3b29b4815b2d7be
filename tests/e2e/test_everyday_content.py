"""Everyday use (issue 15), learner side of lesson practice, in a real browser:
a knowledge check says its verdict once, and the metric lab keeps the learner on the
metric they were working on after they answer.
"""

import re

import pytest
from django.utils import translation
from playwright.sync_api import Page, expect

from courses.metric_lab import METRIC_NAMES
from tests.courses.conftest import build_course, lessons_of
from tests.e2e.test_foundation import in_language, login
from tests.e2e.test_metric_lab import latest_attempt, typed_answer

pytestmark = pytest.mark.e2e

# Feedback written as trainers (and our own content) write it: opening with a verdict.
CHECK = {
    "question": "Manakah contoh perawatan pelanggan?",
    "choices": [
        {
            "text": "Agen memblokir kartu yang dilaporkan hilang.",
            "correct": False,
            "feedback": "<p>Belum tepat. Kartu hilang adalah masalah yang dilaporkan.</p>",
        },
        {
            "text": "Petugas menelepon nasabah sebulan setelah KPR-nya cair.",
            "correct": True,
            "feedback": "<p>Tepat. Bank datang lebih dulu untuk merawat hubungan.</p>",
        },
    ],
    "explanation": "<p>Perawatan pelanggan datang lebih dulu.</p>",
}

LAB = {
    "heading": "Latihan: hitung metriknya sendiri",
    "intro": "<p>Setiap latihan membawa angka baru.</p>",
    "metrics": ["csat", "nps", "clv"],
}


def metric_name(code: str) -> str:
    with translation.override("id"):
        return str(METRIC_NAMES[code])


def test_a_knowledge_check_says_its_verdict_once(page: Page, live_server, site, learner, shoot):
    course = build_course(site, modules=1, lessons=1, body=[("knowledge_check", CHECK)])
    login(page, live_server, learner)
    page.goto(live_server.url + lessons_of(course)[0].url)
    check = page.locator("form.knowledge-check")
    feedback = check.locator(".knowledge-check__feedback")

    check.get_by_label(CHECK["choices"][0]["text"]).check()
    check.get_by_role("button", name=in_language("id", "Check answer")).click()
    expect(feedback).to_contain_text("Kartu hilang adalah masalah yang dilaporkan.")
    shoot("wrong-answer")
    verdict = in_language("id", "Not quite.")
    assert verdict == "Belum tepat."
    assert feedback.inner_text().count("Belum tepat") == 1
    expect(feedback.locator(".knowledge-check__message")).to_have_text(verdict)

    check.get_by_label(CHECK["choices"][1]["text"]).check()
    check.get_by_role("button", name=in_language("id", "Check answer")).click()
    expect(feedback).to_contain_text("Bank datang lebih dulu untuk merawat hubungan.")
    expect(feedback.locator(".knowledge-check__message")).to_have_text(
        in_language("id", "Correct!")
    )
    expect(feedback.locator(".knowledge-check__explanation")).not_to_contain_text(
        re.compile(r"\bTepat\.")
    )
    shoot("right-answer")


def test_the_metric_lab_stays_on_the_metric_after_an_answer(
    page: Page, live_server, site, learner, shoot
):
    course = build_course(site, modules=1, lessons=1, body=[("metric_lab", LAB)])
    login(page, live_server, learner)
    page.goto(live_server.url + lessons_of(course)[0].url)
    lab = page.locator("[data-metric-lab]")
    lab.get_by_label(in_language("id", "Metric to practise")).select_option("nps")
    lab.get_by_role("button", name=in_language("id", "Start an exercise")).click()
    lab = page.locator("[data-metric-lab]")
    expect(lab.locator("table caption")).to_be_visible()
    attempt = latest_attempt(learner)
    assert attempt.metric == "nps"
    nps = metric_name("nps")

    # Answer wrongly: the verdict and the worked solution for NPS, and NPS still chosen.
    lab.get_by_label(in_language("id", "Your answer")).fill("12345")
    lab.get_by_role("button", name=in_language("id", "Check answer")).click()
    result = page.locator(".metric-lab__result")
    expect(result).to_contain_text(in_language("id", "Not quite."))
    lab = page.locator("[data-metric-lab]")
    expect(lab.locator(".metric-lab__metric")).to_have_text(nps)
    expect(lab.get_by_label(in_language("id", "Metric to practise"))).to_have_value("nps")
    shoot("answered")

    # New figures for the same metric, until the learner picks another.
    lab.get_by_role("button", name=in_language("id", "Try a new exercise")).click()
    expect(page.locator(".metric-lab__result")).to_have_count(0)
    lab = page.locator("[data-metric-lab]")
    expect(lab.locator(".metric-lab__metric")).to_have_text(nps)
    fresh = latest_attempt(learner)
    assert fresh.pk != attempt.pk and fresh.metric == "nps"

    # Right this time: still NPS.
    lab.get_by_label(in_language("id", "Your answer")).fill(typed_answer(fresh))
    lab.get_by_role("button", name=in_language("id", "Check answer")).click()
    expect(page.locator(".metric-lab__result")).to_contain_text(in_language("id", "Correct!"))
    lab = page.locator("[data-metric-lab]")
    expect(lab.get_by_label(in_language("id", "Metric to practise"))).to_have_value("nps")

    # Picking another metric moves on.
    lab.get_by_label(in_language("id", "Metric to practise")).select_option("clv")
    lab.get_by_role("button", name=in_language("id", "Try a new exercise")).click()
    expect(page.locator("[data-metric-lab] .metric-lab__metric")).to_have_text(metric_name("clv"))
    assert latest_attempt(learner).metric == "clv"
    shoot("picked-clv")
