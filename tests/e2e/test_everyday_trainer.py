"""A trainer's everyday admin in a real browser (issue 15, "Trainers"): pages are
published directly (no approval step anybody can get stuck in), the item analysis
reads as the learner saw the quiz, the question bank lists each question once with
its languages, and an abandoned "add page" form leaves nothing in the page tree."""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from courses.models import LessonPage, ModulePage
from quizzes.models import Question
from tests.courses.conftest import build_course
from tests.e2e.test_courses import wait_until_autosaved
from tests.e2e.test_foundation import login, path_re
from tests.factories import learner as make_learner
from tests.quizzes.conftest import build_quiz, make_question
from tests.quizzes.test_bank_admin import _attempts

pytestmark = pytest.mark.e2e
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _admin_in_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def test_a_trainer_publishes_a_page_directly(page, live_server, site, trainer, shoot):
    _admin_in_english(trainer)
    build_course(site, modules=1, lessons=1)
    lesson = LessonPage.objects.get(alias_of=None)
    login(page, live_server, trainer)
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    footer = page.locator("footer")
    expect(footer.get_by_role("button", name="Save draft")).to_be_visible()
    expect(page.locator("[name=action-submit]")).to_have_count(0)
    expect(page.locator("body")).not_to_contain_text(re.compile(r"approval", re.I))
    page.locator("form#page-edit-form [name=title]").fill("Pelajaran yang diperbarui")
    footer.get_by_role("button", name="More actions").click()
    publish = footer.get_by_role("button", name="Publish")
    expect(publish).to_be_visible()
    shoot("actions")
    publish.click()
    expect(page.locator(".messages")).to_contain_text("published")
    lesson.refresh_from_db()
    assert lesson.live and lesson.title == "Pelajaran yang diperbarui"
    assert not lesson.has_unpublished_changes


def test_the_item_analysis_reads_as_the_learner_saw_it(page, live_server, site, trainer, shoot):
    quiz = build_quiz(site, kinds=["single", "numeric", "matching", "ordering"])
    _attempts(Client, quiz, [(make_learner(), True), (make_learner(), False)])
    login(page, live_server, trainer)
    page.goto(f"{live_server.url}/admin/quizzes/{quiz.pk}/results/")
    table = page.locator("table.cxa-analysis")
    expect(table.locator("tr.cxa-item")).to_have_count(4)
    shoot("item-analysis")
    assert not UUID.search(table.inner_text())
    ordering = table.locator("tr.cxa-item", has_text="ordering question")
    expect(ordering).to_contain_text("Kesadaran → Pertimbangan → Pembelian → Penggunaan")
    matching = table.locator("tr.cxa-item", has_text="matching question")
    expect(matching).to_contain_text("Reaktif, satu kontak →")
    numeric = table.locator("tr.cxa-item", has_text="numeric question")
    expect(numeric.locator(".cxa-answers li")).to_have_count(2)  # 25,2 and no answer
    expect(numeric).to_contain_text("25,2")
    # Every bar has its value printed beside it, and the bars are hidden from readers.
    single = table.locator("tr.cxa-item", has_text="single question")
    expect(single.locator(".cxa-facility .cxa-meter__value")).to_have_text("50%")
    expect(single.locator(".cxa-answers li").first).to_contain_text("1 · 50%")
    for bar in table.locator(".cxa-meter__bar").all():
        expect(bar).to_have_attribute("aria-hidden", "true")
    expect(single.locator(".cxa-answers__right")).to_have_count(1)


def test_the_question_bank_lists_each_question_once(page, live_server, site, trainer, shoot):
    _admin_in_english(trainer)
    both = make_question("single", name="NPS dari survei")
    english = both.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "NPS from a survey"
    english.save()
    make_question("truefalse", name="CSAT satu interaksi", correct=True)
    login(page, live_server, trainer)
    page.goto(f"{live_server.url}/admin/snippets/quizzes/question/")
    rows = page.locator("main table tbody tr")
    expect(rows).to_have_count(2)
    row = rows.filter(has_text="NPS from a survey")
    expect(row.locator(".cxa-languages")).to_have_text(re.compile(r"EN\s*·\s*ID"))
    shoot("bank")
    row.locator(".cxa-languages").get_by_role("link", name="ID").click()
    expect(page).to_have_url(path_re(f"/admin/snippets/quizzes/question/edit/{both.pk}/"))
    page.goto(f"{live_server.url}/admin/snippets/quizzes/question/?locale=id")
    expect(rows).to_have_count(2)
    expect(page.locator("main table")).to_contain_text("NPS dari survei")
    page.goto(f"{live_server.url}/admin/snippets/quizzes/question/?locale=en")
    expect(rows).to_have_count(1)
    shoot("bank-english-only")
    assert Question.objects.count() == 3


def test_an_abandoned_add_page_form_leaves_nothing_in_the_tree(
    page, live_server, site, trainer, shoot
):
    _admin_in_english(trainer)
    course = build_course(site, modules=1, lessons=1)
    module = ModulePage.objects.child_of(course).first()
    login(page, live_server, trainer)
    page.goto(f"{live_server.url}/admin/pages/add/courses/lessonpage/{module.pk}/")
    # Typed once the editor watches for changes (as a person, who reads the form first).
    page.wait_for_function(
        """() => {
            const form = document.querySelector("form#page-edit-form");
            const unsaved = form && window.wagtail?.app?.getControllerForElementAndIdentifier(
                form, "w-unsaved"
            );
            return Boolean(unsaved && unsaved.initialFormData !== undefined);
        }"""
    )
    title = page.locator("form#page-edit-form [name=title]")
    title.press_sequentially("Judul yang ditinggalkan")
    title.press("Tab")
    wait_until_autosaved(page)  # Wagtail's autosave has made the page
    assert LessonPage.objects.filter(draft_title="Judul yang ditinggalkan").exists()
    page.goto(f"{live_server.url}/admin/pages/{module.pk}/")
    listing = page.locator("main")
    expect(listing).to_contain_text("Pelajaran 1.1")
    expect(listing).not_to_contain_text("Judul yang ditinggalkan")
    shoot("module-tree")
