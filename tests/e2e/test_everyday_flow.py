"""Everyday learner flow (issue 15, "Learners"): where "mark as done" and "continue"
lead, the course page on a phone, the course around quizzes and simulations, the
quiz review's way on, and the certificate of a completed course in My learning."""

import re

import pytest
from playwright.sync_api import Page, expect

from certificates.models import Certificate, CertificateTemplate
from courses import services as course_services
from courses.models import LessonPage, ModulePage
from quizzes import services as quiz_services
from tests import factories
from tests.courses.conftest import build_course, lessons_of
from tests.e2e.conftest import TIMEOUT_MS
from tests.e2e.test_foundation import in_language, login
from tests.e2e.test_simulations import build_retail_case
from tests.quizzes.conftest import build_quiz

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}


def t(message: str) -> str:
    """`message` as the learner sees it in Indonesian."""
    return in_language("id", message)


def url_of(page_obj) -> re.Pattern:
    return re.compile(re.escape(page_obj.url) + r"$")


def mark_done(page: Page) -> None:
    page.locator("form.lesson__complete").get_by_role("button", name=t("Mark as done")).click()


def enrolled_learner_on(page: Page, live_server, learner, course) -> None:
    course_services.enrol(user=learner, course=course)
    login(page, live_server, learner)


# --- 1. Mark as done goes forward; "continue" leads to the right place ---------


def test_mark_as_done_goes_to_the_next_item_and_continue_follows(
    page, live_server, site, learner, shoot
):
    course = build_course(site, modules=2, lessons=3, title="Alur belajar")
    lessons = lessons_of(course)  # 1.1 1.2 1.3 | 2.1 2.2 2.3, module 1 untouched
    enrolled_learner_on(page, live_server, learner, course)

    page.goto(live_server.url + lessons[3].url)
    mark_done(page)
    # The next lesson of module 2, not the first unfinished item of module 1.
    expect(page).to_have_url(url_of(lessons[4]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Pelajaran 2.2")
    shoot("after-marking-2-1-done")

    # The course page and the home page both continue from here.
    page.goto(live_server.url + course.url)
    cta = page.locator(".course-side").get_by_role("link", name=t("Continue"))
    expect(cta).to_have_attribute("href", lessons[4].url)
    page.goto(f"{live_server.url}/id/")
    home_cta = page.locator(".next-step-card").get_by_role("link", name=re.compile(t("Continue")))
    expect(home_cta).to_have_attribute("href", lessons[4].url)
    expect(page.locator(".next-step-card")).to_contain_text("Alur belajar")
    shoot("home-continue")
    home_cta.click()
    expect(page).to_have_url(url_of(lessons[4]))

    # Marking 2.2 and 2.3 done: on to 2.3, then (nothing left after it) back to 1.1.
    mark_done(page)
    expect(page).to_have_url(url_of(lessons[5]))
    mark_done(page)
    expect(page).to_have_url(url_of(lessons[0]))


def test_the_last_required_item_leads_to_the_course_page(page, live_server, site, learner):
    course = build_course(site, modules=1, lessons=2, title="Singkat")
    first, last = lessons_of(course)
    course_services.lesson_mark_done(user=learner, lesson=first, course=course)
    enrolled_learner_on(page, live_server, learner, course)
    page.goto(live_server.url + last.url)
    mark_done(page)
    expect(page).to_have_url(url_of(course))
    expect(page.locator(".messages, .message--success").first).to_be_visible()


# --- 2. Phone: progress and the next step first; outline folded by module ------


def test_on_a_phone_the_next_step_comes_before_a_folded_outline(
    page, live_server, site, learner, shoot
):
    course = build_course(site, modules=4, lessons=7, title="Kursus panjang")  # 28 items
    lessons = lessons_of(course)
    for lesson in lessons[:9]:  # all of module 1 and two of module 2
        course_services.lesson_mark_done(user=learner, lesson=lesson, course=course)
    course_services.enrol(user=learner, course=course)
    page.set_viewport_size(PHONE)
    login(page, live_server, learner)
    page.goto(live_server.url + course.url)
    cta = page.locator(".course-side").get_by_role("link", name=t("Continue"))
    expect(cta).to_be_visible()
    expect(cta).to_have_attribute("href", lessons[9].url)
    shoot("phone-course")
    box = cta.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], f"the call to action is at {box}"
    assert page.locator(".course-side progress").bounding_box()["y"] < PHONE["height"]
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    # Modules are folded, but the one holding the next step (module 2).
    modules = page.locator("details[data-outline-module]")
    expect(modules).to_have_count(4)
    for index, is_open in enumerate([False, True, False, False]):
        assert modules.nth(index).evaluate("d => d.open") is is_open, f"module {index + 1}"
    expect(page.get_by_role("link", name="Pelajaran 1.1", exact=True)).to_be_hidden()
    expect(page.get_by_role("link", name="Pelajaran 2.3", exact=True)).to_be_visible()

    # Unfolding with the keyboard.
    modules.nth(2).locator("summary").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Pelajaran 3.1", exact=True)).to_be_visible()
    shoot("phone-course-module-3-unfolded")


def test_on_a_wide_screen_every_module_stays_unfolded(page, live_server, site, learner, shoot):
    course = build_course(site, modules=3, lessons=2, title="Kursus lebar")
    enrolled_learner_on(page, live_server, learner, course)
    page.goto(live_server.url + course.url)
    for title in ("Pelajaran 1.1", "Pelajaran 2.2", "Pelajaran 3.2"):
        expect(page.get_by_role("link", name=title, exact=True)).to_be_visible()
    shoot("desktop-course")


# --- 3. Quizzes and simulations sit in their course; review leads on ----------


def expect_course_around(page: Page, course, module_title: str, item_title: str) -> None:
    breadcrumb = page.locator("nav.breadcrumb")
    expect(breadcrumb).to_contain_text(course.title)
    expect(breadcrumb.get_by_role("link", name=module_title)).to_be_visible()
    outline = page.locator("aside.lesson-side")
    expect(outline.get_by_role("link", name=course.title)).to_be_visible()
    expect(outline.locator('[aria-current="page"]')).to_have_text(item_title)
    expect(outline.get_by_role("link", name="Pelajaran 1.1", exact=True)).to_be_visible()


def test_a_quiz_sits_in_its_course_and_its_review_leads_on(page, live_server, site, learner, shoot):
    course = build_course(site, modules=1, lessons=1, title="Kursus kuis")
    quiz = build_quiz(site, kinds=("truefalse",), course=course)
    after = course.add_child(instance=ModulePage(title="Modul penutup"))
    after.add_child(instance=LessonPage(title="Penutup", body=[("rich_text", "<p>Akhir</p>")]))
    enrolled_learner_on(page, live_server, learner, course)

    page.goto(live_server.url + quiz.url)
    expect_course_around(page, course, "Modul kuis", quiz.title)
    shoot("quiz-page")

    attempt = quiz_services.attempt_start(user=learner, quiz=quiz, course=course)
    quiz_services.attempt_submit(
        attempt=attempt,
        sequence=attempt.sequence,
        answers={item["q"]: "true" for item in attempt.layout},
    )
    page.goto(f"{live_server.url}/id/learn/quizzes/attempts/{attempt.pk}/review/")
    next_link = page.locator("a[data-next-item]")
    expect(next_link).to_contain_text("Penutup")
    expect(page.get_by_role("link", name=t("Back to the quiz"))).to_be_visible()
    shoot("quiz-review")
    next_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Penutup")


def test_a_simulation_sits_in_its_course(page, live_server, site, learner, shoot):
    scenario = build_retail_case(site)
    course = scenario.get_parent().get_parent().specific
    module = scenario.get_parent()
    enrolled_learner_on(page, live_server, learner, course)
    page.goto(live_server.url + scenario.url)
    expect_course_around(page, course, module.title, scenario.title)
    shoot("scenario-page")


# --- My learning: the certificate of a completed course, for its owner only ---


def test_my_learning_links_a_completed_course_to_its_certificate(
    page, live_server, site, learner, shoot
):
    template = CertificateTemplate.objects.create(name="Standar", validity_months=12)
    course = build_course(
        site, modules=1, lessons=1, title="Dasar CX", certificate_template=template
    )
    open_course = build_course(site, modules=1, lessons=2, title="Masih jalan")
    course_services.enrol(user=learner, course=open_course)
    enrolled_learner_on(page, live_server, learner, course)
    page.goto(live_server.url + lessons_of(course)[0].url)
    mark_done(page)
    expect(page).to_have_url(url_of(course))
    certificate = Certificate.objects.get(user=learner)
    # The course page of the finished course offers it too.
    page.goto(live_server.url + course.url)
    expect(page.locator("main a[data-certificate]")).to_have_attribute(
        "href", f"/id/certificates/mine/{certificate.code}.pdf"
    )

    page.goto(f"{live_server.url}/id/learn/my-learning/")
    done_row = page.locator(".learning-row--done", has_text="Dasar CX")
    link = done_row.locator("a[data-certificate]")
    expect(link).to_have_attribute("href", f"/id/certificates/mine/{certificate.code}.pdf")
    in_progress = page.locator(".learning-row", has_text="Masih jalan")
    expect(in_progress.locator("a[data-certificate]")).to_have_count(0)
    shoot("my-learning-certificate")

    # A colleague who completed the same course sees their own certificate, never
    # the learner's, and the learner's is not found for them.
    colleague = factories.learner()
    course_services.enrol(user=colleague, course=course)
    other = page.context.browser.new_context(locale="id-ID", base_url=live_server.url)
    other.set_default_timeout(TIMEOUT_MS)
    try:
        tab = other.new_page()
        login(tab, live_server, colleague)
        tab.goto(live_server.url + lessons_of(course)[0].url)
        mark_done(tab)
        expect(tab).to_have_url(url_of(course))
        own = Certificate.objects.get(user=colleague)
        tab.goto(f"{live_server.url}/id/learn/my-learning/")
        links = tab.locator("a[data-certificate]")
        expect(links).to_have_count(1)
        expect(links).to_have_attribute("href", f"/id/certificates/mine/{own.code}.pdf")
        response = tab.request.get(f"{live_server.url}/id/certificates/mine/{certificate.code}.pdf")
        assert response.status == 404
    finally:
        other.close()
