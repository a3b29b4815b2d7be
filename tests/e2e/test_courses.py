"""Course journeys in a real browser: a trainer builds a lesson in Wagtail's editor,
a learner works through a course and watches the progress bars move, keeps that
progress in the other language, and answers a knowledge check in place.

Each test asserts what the person would notice on screen and saves screenshots
through the suite's `shoot` helper (see conftest.py).
"""

import itertools
import re
import time

import pytest
from playwright.sync_api import Locator, Page, expect
from wagtail.users.models import UserProfile

from courses.models import LessonPage, ModulePage
from tests.courses.conftest import build_course, lessons_of, translate
from tests.e2e.conftest import _REPORTS, TIMEOUT_MS, VIEWPORT, _slug
from tests.e2e.test_foundation import in_language, login, path_re, switch_language

pytestmark = pytest.mark.e2e

LESSON_TITLE = "Layanan, perawatan, dan pengalaman pelanggan"
TABLE_CAPTION = "Tiga cara melayani pelanggan"
COLUMNS = ["Customer service", "Customer care", "Customer experience"]
ROWS = [
    ("Apa itu", ["Bantuan saat diminta", "Hubungan berkelanjutan", "Kesan menyeluruh"]),
    ("Sifat", ["Reaktif, cepat", "Proaktif, personal", "Dirancang ujung ke ujung"]),
]
JOURNEY_TITLE = "Mengembalikan rice cooker yang rusak"
STAGES = [
    {
        "Stage": "Pembelian",
        "Customer goal": "Membeli rice cooker dengan cepat",
        "Touchpoints": "Halaman produk\nCheckout",
        "Channel": "Aplikasi",
        "Emotion": "1",
    },
    {
        "Stage": "Pengembalian",
        "Customer goal": "Mengembalikan barang rusak tanpa repot",
        "Touchpoints": "Formulir retur\nChat WhatsApp",
        "Channel": "WhatsApp",
        "Emotion": "-2",
    },
]


# --- helpers -------------------------------------------------------------------


def field(scope: Locator, label: str) -> Locator:
    """A struct block's field by its label (Wagtail appends "*" to required ones)."""
    return scope.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))


def stream_child(page: Page, block_type: str) -> Locator:
    """The top-level StreamField block of that type in the page editor."""
    return page.locator("#body-root [data-streamfield-child]").filter(
        has=page.locator(f"input[name$='-type'][value='{block_type}']")
    )


def list_block(scope: Locator, name: str) -> Locator:
    """A ListBlock inside a struct block, by the child block's name."""
    return scope.locator(f'[data-contentpath="{name}"]').first


def list_items(block: Locator) -> Locator:
    """The list's own items (not those of lists nested in them)."""
    return block.locator(
        ":scope > div > [data-streamfield-list-container] > [data-streamfield-child]"
    )


def list_item(block: Locator, index: int) -> Locator:
    """Item `index` of a ListBlock, clicking the list's last "Add" (+) until it exists."""
    items = list_items(block)
    add = block.locator(
        ":scope > div > [data-streamfield-list-container] > button[data-streamfield-list-add]"
    ).last
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while items.count() <= index:
        before = items.count()
        add.click()
        # On a busy machine a click can land while Wagtail is still redrawing the list
        # and be lost: wait a while for the new item, then click again if none came.
        try:
            expect(items).not_to_have_count(before, timeout=5_000)
        except AssertionError:
            if time.monotonic() > deadline:
                raise
    return items.nth(index)


def insert_block(page: Page, label: str) -> None:
    """Open the last "Insert a block" (+) of the body and pick a block by its label."""
    page.get_by_role("button", name="Insert a block").last.click()
    picker = page.get_by_role("listbox")
    expect(picker).to_be_visible()
    page.get_by_role("combobox").last.fill(label)  # the picker's own search box
    picker.get_by_role("option", name=label, exact=True).click()


def wait_until_autosaved(page: Page) -> None:
    """Until Wagtail's autosave has stored the latest keystrokes and the editor
    edits the saved page (its form posts to .../edit/, no longer to .../add/)."""
    form = page.locator("form#page-edit-form")
    interval = int(form.get_attribute("data-w-autosave-interval-value") or 0)
    if not interval:
        return  # autosave switched off
    # Not a sleep for the debounce (too short on a busy machine): Wagtail's
    # unsaved-changes tracker takes the form as it is after each successful autosave,
    # so once that equals the form now and the indicator says "saved", nothing typed
    # is left unsaved. An earlier autosave's "saved" alone would not tell.
    page.wait_for_function(
        """() => {
            const form = document.querySelector("form#page-edit-form");
            const unsaved = window.wagtail.app.getControllerForElementAndIdentifier(
                form, "w-unsaved"
            );
            const indicator = document.querySelector("#w-autosave-indicator");
            return Boolean(unsaved && unsaved.initialFormData === unsaved.formData)
                && indicator?.getAttribute("data-w-autosave-state-value") === "saved";
        }"""
    )
    expect(form).to_have_attribute("action", re.compile(r"/admin/pages/\d+/edit/$"))


def progress_value(scope: Locator) -> Locator:
    return scope.locator("progress").first


@pytest.fixture
def second_page(browser, browser_locale, live_server, screenshots, request):
    """Another person's browser (a context of its own, no shared cookies).

    Returns (tab, shoot) where shoot saves screenshots next to the test's own,
    as <test>--second-NN-<label>.png; the tab is saved as "...-failed" when the
    test fails, like the main page.
    """
    context = browser.new_context(
        viewport=VIEWPORT, locale=browser_locale, base_url=live_server.url
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    tab = context.new_page()
    stem = _slug(request.node.name)
    counter = itertools.count(1)

    def _shoot(label: str):
        path = screenshots / f"{stem}--second-{next(counter):02d}-{_slug(label)}.png"
        tab.screenshot(path=str(path), full_page=True, animations="disabled")
        return path

    yield tab, _shoot
    reports = request.node.stash.get(_REPORTS, {})
    if any(report.failed for report in reports.values()) and tab.url != "about:blank":
        try:
            print(f"Screenshot of the second browser at the failure: {_shoot('failed')}")
        except Exception as exc:
            print(f"Could not save a screenshot of the second browser: {exc}")
    context.close()


def enrol(page: Page, live_server, course) -> None:
    page.goto(live_server.url + course.url)
    page.locator('form[action*="/enrol/"]').get_by_role("button").click()


def mark_done(page: Page) -> None:
    page.locator("form.lesson__complete").get_by_role("button").click()


# --- 1. a trainer builds a lesson ------------------------------------------------


def test_trainer_builds_a_lesson_with_a_comparison_table_and_a_journey_map(
    page, live_server, site, trainer, learner, second_page, shoot
):
    # The admin in English, so the editor's labels are the ones in courses/blocks.py.
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    course = build_course(site, modules=1, lessons=1)
    module = ModulePage.objects.child_of(course).first()

    login(page, live_server, trainer)
    # "Add child page". When a module takes only lessons, Wagtail skips the type chooser.
    page.goto(f"{live_server.url}/admin/pages/{module.pk}/add_subpage/")
    if len(ModulePage.allowed_subpage_models()) > 1:
        expect(page).to_have_url(path_re(f"/admin/pages/{module.pk}/add_subpage/"))
        shoot("choose-page-type")
        page.locator("main").get_by_role("link", name=re.compile(r"^\s*Lesson\b")).first.click()
    expect(page).to_have_url(path_re(f"/admin/pages/add/courses/lessonpage/{module.pk}/"))
    expect(page.locator("header")).to_contain_text("New: Lesson")
    editor = page.locator("form#page-edit-form")
    expect(editor).to_be_visible()
    editor.locator("[name=title]").fill(LESSON_TITLE)
    shoot("new-lesson")

    # A comparison table: caption, three columns, two rows of three cells.
    insert_block(page, "Comparison table")
    table = stream_child(page, "comparison_table")
    expect(table).to_have_count(1)
    field(table, "Caption").fill(TABLE_CAPTION)
    columns = list_block(table, "columns")
    for index, name in enumerate(COLUMNS):
        list_item(columns, index).get_by_role("textbox").fill(name)
    rows = list_block(table, "rows")
    for index, (aspect, cells) in enumerate(ROWS):
        row = list_item(rows, index)
        field(row, "Aspect").fill(aspect)
        row_cells = list_block(row, "cells")
        for number, text in enumerate(cells):
            list_item(row_cells, number).get_by_role("textbox").fill(text)
    expect(list_items(columns)).to_have_count(len(COLUMNS))
    expect(list_items(rows)).to_have_count(len(ROWS))
    shoot("comparison-table-filled")

    # A customer journey map with two stages.
    insert_block(page, "Customer journey map")
    journey = stream_child(page, "journey_map")
    expect(journey).to_have_count(1)
    field(journey, "Title").first.fill(JOURNEY_TITLE)
    stages = list_block(journey, "stages")
    for index, stage in enumerate(STAGES):
        item = list_item(stages, index)
        for label, value in stage.items():
            field(item, label).fill(value)
    expect(list_items(stages)).to_have_count(len(STAGES))
    shoot("journey-map-filled")

    # Wagtail autosaves a draft as the trainer types; the first autosave creates the
    # page. Publishing while that request is in flight can post a second "create"
    # that then fails on the taken slug, so wait for "Saved", as a person would.
    wait_until_autosaved(page)
    shoot("autosaved")

    # "Publish" sits in the menu above "Save draft".
    footer = page.locator("footer")
    footer.locator(".w-dropdown__toggle, [aria-haspopup]").last.click()
    footer.get_by_role("button", name="Publish").click()
    expect(page).to_have_url(path_re(f"/admin/pages/{module.pk}/"), timeout=TIMEOUT_MS)
    expect(page.locator(".messages")).to_contain_text(
        re.compile(rf"'{re.escape(LESSON_TITLE)}'.* published")
    )
    expect(page.get_by_role("link", name=LESSON_TITLE).first).to_be_visible()
    shoot("published")

    lesson = LessonPage.objects.get(title=LESSON_TITLE, locale__language_code="id")
    assert lesson.live and not lesson.has_unpublished_changes
    assert lesson.get_parent().pk == module.pk
    by_type = {block.block_type: block.value for block in lesson.body}
    assert list(by_type) == ["comparison_table", "journey_map"]
    assert by_type["comparison_table"]["caption"] == TABLE_CAPTION
    assert list(by_type["comparison_table"]["columns"]) == COLUMNS
    assert [
        (row["aspect"], list(row["cells"])) for row in by_type["comparison_table"]["rows"]
    ] == ROWS
    saved_stages = list(by_type["journey_map"]["stages"])
    assert [stage["stage"] for stage in saved_stages] == [s["Stage"] for s in STAGES]
    assert [stage["emotion"] for stage in saved_stages] == [1, -2]

    # A learner, in a browser of their own, reads the lesson.
    tab, shoot_learner = second_page
    login(tab, live_server, learner)
    tab.goto(live_server.url + lesson.url)
    expect(tab.get_by_role("heading", level=1)).to_have_text(LESSON_TITLE)

    rendered = tab.locator("main table.comparison-table")
    expect(rendered.locator("caption")).to_have_text(TABLE_CAPTION)
    for name in COLUMNS:
        expect(rendered.get_by_role("columnheader", name=name, exact=True)).to_be_visible()
    for aspect, _cells in ROWS:
        expect(rendered.get_by_role("rowheader", name=aspect, exact=True)).to_be_visible()
    cell = rendered.get_by_role("cell", name="Proaktif, personal", exact=True)
    expect(cell).to_be_visible()
    expect(cell).to_have_attribute("data-label", "Customer care")

    curve = tab.locator("main .journey-map svg[role=img]")
    expect(curve).to_have_count(1)
    label = curve.get_attribute("aria-label") or ""
    for stage in STAGES:
        assert stage["Stage"] in label, label
    assert in_language("id", "satisfied") in label, label
    assert in_language("id", "frustrated") in label, label
    map_block = tab.locator("main .journey-map")
    expect(map_block.locator(".journey-map__title")).to_have_text(JOURNEY_TITLE)
    expect(map_block.locator(".journey-map__stage-name")).to_have_text([s["Stage"] for s in STAGES])
    expect(map_block.locator(".journey-map__stage").nth(1)).to_contain_text("Chat WhatsApp")
    shoot_learner("lesson-as-learner")
    map_block.scroll_into_view_if_needed()
    shoot_learner("journey-map")


# --- 2. a learner works through a module --------------------------------------------


def test_learner_completes_a_module_and_sees_progress_bars_move(
    page, live_server, site, learner, shoot
):
    course = build_course(site, modules=2, lessons=2)
    lessons = lessons_of(course)
    assert len(lessons) == 4

    login(page, live_server, learner)
    page.goto(live_server.url + course.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(course.title)
    expect(page.locator(".course-side progress")).to_have_count(0)  # not enrolled yet
    shoot("course-before-enrolling")

    enrol(page, live_server, course)
    expect(page).to_have_url(path_re(lessons[0].url))
    expect(page.locator(".messages")).to_contain_text(
        in_language("id", "You are enrolled. Enjoy the course!")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[0].title)
    side = page.locator(".lesson-side")
    expect(progress_value(side)).to_have_attribute("value", "0")
    shoot("lesson-1-enrolled")

    mark_done(page)
    expect(page).to_have_url(path_re(lessons[1].url))
    expect(page.locator(".messages")).to_contain_text(in_language("id", "Lesson marked as done."))
    expect(progress_value(side)).to_have_attribute("value", "25")
    expect(side.locator(".progress__value").first).to_have_text("25%")
    shoot("lesson-2-at-25")

    mark_done(page)
    expect(page).to_have_url(path_re(lessons[2].url))
    expect(progress_value(side)).to_have_attribute("value", "50")
    shoot("lesson-3-at-50")

    page.goto(live_server.url + course.url)
    modules = page.locator(".outline__module")
    expect(modules).to_have_count(2)
    expect(progress_value(modules.nth(0))).to_have_attribute("value", "100")
    expect(progress_value(modules.nth(1))).to_have_attribute("value", "0")
    course_side = page.locator(".course-side")
    expect(progress_value(course_side)).to_have_attribute("value", "50")
    expect(course_side.locator(".progress__value")).to_have_text("50%")
    expect(course_side.get_by_role("link", name=in_language("id", "Continue"))).to_have_attribute(
        "href", lessons[2].url
    )
    shoot("course-page-with-bars")

    page.goto(f"{live_server.url}/id/learn/my-learning/")
    expect(page.get_by_role("heading", level=1)).to_have_text(in_language("id", "My learning"))
    row = page.locator(".learning-row").filter(has=page.get_by_role("link", name=course.title))
    expect(row).to_have_count(1)
    expect(progress_value(row)).to_have_attribute("value", "50")
    expect(row.locator(".progress__value")).to_have_text("50%")
    expect(
        row.get_by_role("link", name=re.compile(in_language("id", "Continue")))
    ).to_have_attribute("href", lessons[2].url)
    shoot("my-learning")


# --- 3. progress follows the learner into the other language -------------------------


def test_learner_switches_language_and_keeps_progress(page, live_server, site, learner, shoot):
    course = build_course(site, modules=2, lessons=2)
    english = translate(course, "en")
    lessons = lessons_of(course)

    login(page, live_server, learner)
    enrol(page, live_server, course)
    expect(page).to_have_url(path_re(lessons[0].url))
    mark_done(page)
    expect(page).to_have_url(path_re(lessons[1].url))

    page.goto(live_server.url + course.url)
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(progress_value(page.locator(".course-side"))).to_have_attribute("value", "25")
    shoot("course-id-at-25")

    switch_language(page, "en")
    expect(page).to_have_url(path_re(english.url))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(english.title)
    course_side = page.locator(".course-side")
    expect(progress_value(course_side)).to_have_attribute("value", "25")
    expect(course_side).to_contain_text("1 of 4 items done")
    first_module = page.locator(".outline__module").first
    expect(progress_value(first_module)).to_have_attribute("value", "50")
    shoot("course-en-at-25")


# --- 4. a knowledge check answers in place ---------------------------------------------

CHECK = {
    "question": "Pelanggan harus mengulang nomor pesanannya ke tiga agen. Apa artinya?",
    "choices": [
        {
            "text": "Agen perlu pelatihan kesopanan.",
            "correct": False,
            "feedback": "<p>Mereka sudah sopan; masalahnya ada di perjalanan.</p>",
        },
        {
            "text": "Informasi tidak berpindah antar-kanal.",
            "correct": True,
            "feedback": "<p>Ya. Celahnya ada di perjalanan pelanggan.</p>",
        },
    ],
    "explanation": "<p>Riwayat pelanggan yang dibagi antar-kanal memperbaiki penyebabnya.</p>",
}


def test_knowledge_check_gives_feedback_without_reload(page, live_server, site, learner, shoot):
    course = build_course(site, modules=1, lessons=1, body=[("knowledge_check", CHECK)])
    lesson = lessons_of(course)[0]

    login(page, live_server, learner)
    page.goto(live_server.url + lesson.url)
    check = page.locator("form.knowledge-check")
    expect(check.locator(".knowledge-check__question")).to_have_text(CHECK["question"])
    feedback = check.locator(".knowledge-check__feedback")
    expect(feedback).to_be_empty()
    # The answer key is not in the page.
    assert "Celahnya" not in page.content()
    url_before = page.url
    # A full reload would lose this marker; answering in place keeps it.
    page.evaluate("window.__sameDocument = true")
    shoot("question")

    check.get_by_label(CHECK["choices"][0]["text"]).check()
    check.get_by_role("button", name=in_language("id", "Check answer")).click()
    expect(feedback).to_contain_text(in_language("id", "Not quite."))
    expect(feedback).to_contain_text("masalahnya ada di perjalanan")
    expect(feedback).to_contain_text("Riwayat pelanggan yang dibagi")
    expect(check).to_have_class(re.compile(r"knowledge-check--incorrect"))
    shoot("wrong-answer")

    check.get_by_label(CHECK["choices"][1]["text"]).check()
    check.get_by_role("button", name=in_language("id", "Check answer")).click()
    expect(feedback).to_contain_text(in_language("id", "Correct!"))
    expect(feedback).to_contain_text("Celahnya ada di perjalanan pelanggan")
    expect(feedback).not_to_contain_text("masalahnya ada di perjalanan")
    expect(check).to_have_class(re.compile(r"knowledge-check--correct"))
    shoot("right-answer")

    assert page.url == url_before
    assert page.evaluate("window.__sameDocument") is True
