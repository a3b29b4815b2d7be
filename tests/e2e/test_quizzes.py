"""Quiz journeys in a real browser: a learner takes a quiz with every kind of question
and reviews it, comes back to an attempt after a reload or on another device, and
cannot count an attempt twice from a second tab.

Answers are given the way a person gives them: by the texts on screen (an option's
label, a prompt, an item), never by the keys in the form. Each test asserts what the
learner would notice and saves screenshots through the suite's `shoot` helper.
"""

import itertools
import re
from contextlib import contextmanager

import pytest
from django.template.defaultfilters import floatformat
from django.utils import translation
from playwright.sync_api import Locator, Page, expect

from quizzes.models import QuizAttempt
from tests.e2e.conftest import TIMEOUT_MS, VIEWPORT, _slug
from tests.e2e.test_foundation import in_language, login, path_re
from tests.quizzes.conftest import ALL_KINDS, build_quiz

pytestmark = pytest.mark.e2e

ATTEMPT_PATH = re.compile(r"/id/learn/quizzes/attempts/(\d+)/$")
SAVE_PATH = re.compile(r"/learn/quizzes/attempts/\d+/save/$")

MATCHES = {
    "Reaktif, satu kontak": "Layanan",
    "Hubungan jangka panjang": "Perawatan",
    "Seluruh perjalanan": "Pengalaman",
}
ORDER = ["Kesadaran", "Pertimbangan", "Pembelian", "Penggunaan"]


# --- helpers -------------------------------------------------------------------


def t(message: str) -> str:
    """`message` as the learner sees it in Indonesian."""
    return in_language("id", message)


def percent(value) -> str:
    """A score as the templates print it (floatformat:"-2", Indonesian decimals) plus %."""
    with translation.override("id"):
        return f"{floatformat(value, '-2')}%"


def question(page: Page, kind: str) -> Locator:
    """The question whose text the learner reads ("Pertanyaan <kind>", see make_question)."""
    return page.locator("li.question").filter(
        has=page.locator(".question__text", has_text=f"Pertanyaan {kind}")
    )


def labelled_select(scope: Locator, css: str, text: str) -> Locator:
    """The select in the `css` label whose visible text (a prompt or an item) is `text`."""
    return scope.locator(css).filter(has=scope.page.get_by_text(text, exact=True)).locator("select")


def start_quiz(page: Page, live_server, quiz) -> QuizAttempt:
    page.goto(live_server.url + quiz.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(quiz.title)
    page.locator(f'form[action="/id/learn/quizzes/{quiz.pk}/start/"]').get_by_role(
        "button", name=t("Start the quiz")
    ).click()
    expect(page).to_have_url(ATTEMPT_PATH)
    expect(page.locator("form.quiz-form")).to_be_visible()
    attempt_id = int(ATTEMPT_PATH.search(page.url).group(1))
    return QuizAttempt.objects.get(pk=attempt_id)


def submit(page: Page) -> None:
    page.locator("form.quiz-form").get_by_role("button", name=t("Submit the attempt")).click()


def form_field(control: Locator) -> tuple[str, str]:
    """(name, value) that a control sends: a checked radio or checkbox its value,
    a text field or a select what is in it."""
    checkable = control.evaluate("e => e.type === 'radio' || e.type === 'checkbox'")
    value = control.get_attribute("value") if checkable else control.input_value()
    return control.get_attribute("name"), value


@contextmanager
def autosaved(page: Page, *controls: Locator):
    """Around the actions that answer: waits until quiz.js's background save that
    carries the current value of every control in `controls` has come back, and the
    page holds the sequence number that save returned (the next save or submit needs it).

    Saves are one at a time, and a save reads the form when it starts, so the save
    that carries the last change is the last save.
    """
    expected: list[tuple[str, str]] = []

    def carries_the_answers(response) -> bool:
        if response.request.method != "POST" or not SAVE_PATH.search(response.url):
            return False
        body = response.request.post_data or ""
        return all(f'name="{name}"\r\n\r\n{value}\r\n' in body for name, value in expected)

    with page.expect_response(carries_the_answers) as saved:
        yield
        expected.extend(form_field(control) for control in controls)
    response = saved.value
    assert response.status == 200, response.text()
    expect(page.locator("form.quiz-form input[name=sequence]")).to_have_value(
        str(response.json()["sequence"])
    )


def last_ordering_select(page: Page) -> Locator:
    return labelled_select(question(page, "ordering"), "label.field--order", ORDER[-1])


def answer_everything_right(page: Page) -> None:
    """Answer the seven questions by what is on screen; the last change is
    `last_ordering_select`."""
    question(page, "single").get_by_label("Layanan pelanggan", exact=True).check()

    multi = question(page, "multi")
    multi.get_by_label("CSAT", exact=True).check()
    multi.get_by_label("NPS", exact=True).check()
    expect(multi.get_by_label("Omzet", exact=True)).not_to_be_checked()

    question(page, "truefalse").get_by_label(t("True"), exact=True).check()
    question(page, "shortanswer").get_by_label(t("Your answer"), exact=True).fill(
        "pengalaman pelanggan"
    )
    question(page, "numeric").get_by_label(t("Your answer (a number)"), exact=True).fill("25")

    matching = question(page, "matching")
    for prompt, answer in MATCHES.items():
        labelled_select(matching, "label.field--match", prompt).select_option(label=answer)

    ordering = question(page, "ordering")
    # The items come in a shuffled order; each gets its place by its text.
    for position, text in enumerate(ORDER, start=1):
        labelled_select(ordering, "label.field--order", text).select_option(str(position))


def expect_everything_answered_right(page: Page) -> None:
    """The learner's answers, as the attempt or review page shows them."""
    expect(question(page, "single").get_by_label("Layanan pelanggan", exact=True)).to_be_checked()
    multi = question(page, "multi")
    expect(multi.get_by_label("CSAT", exact=True)).to_be_checked()
    expect(multi.get_by_label("NPS", exact=True)).to_be_checked()
    expect(multi.get_by_label("Omzet", exact=True)).not_to_be_checked()
    expect(question(page, "truefalse").get_by_label(t("True"), exact=True)).to_be_checked()
    expect(question(page, "shortanswer").get_by_label(t("Your answer"), exact=True)).to_have_value(
        "pengalaman pelanggan"
    )
    expect(
        question(page, "numeric").get_by_label(t("Your answer (a number)"), exact=True)
    ).to_have_value("25")
    matching = question(page, "matching")
    for prompt, answer in MATCHES.items():
        select = labelled_select(matching, "label.field--match", prompt)
        expect(select.locator("option:checked")).to_have_text(answer)
    ordering = question(page, "ordering")
    for position, text in enumerate(ORDER, start=1):
        expect(labelled_select(ordering, "label.field--order", text)).to_have_value(str(position))


@pytest.fixture
def shoot_tab(shoot, screenshots, request):
    """shoot_tab(tab, label) saves another tab or browser than `page`, next to the
    test's own screenshots, as <test>--tab-NN-<label>.png (after `shoot` has
    cleared the test's old ones)."""
    stem = _slug(request.node.name)
    counter = itertools.count(1)

    def _shoot(tab: Page, label: str):
        path = screenshots / f"{stem}--tab-{next(counter):02d}-{_slug(label)}.png"
        tab.screenshot(path=str(path), full_page=True, animations="disabled")
        return path

    return _shoot


# --- 1. take, pass, review ---------------------------------------------------------


def test_learner_takes_and_passes_a_quiz_then_reviews_it(page, live_server, site, learner, shoot):
    quiz = build_quiz(site, kinds=ALL_KINDS)
    login(page, live_server, learner, lang="id")

    page.goto(live_server.url + quiz.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(quiz.title)
    rules = page.locator("dl.quiz-rules")
    expect(rules).to_contain_text(t("Pass mark"))
    expect(rules).to_contain_text(percent(quiz.pass_mark))
    expect(page.locator(".quiz-grade")).to_have_count(0)  # no grade before any attempt
    shoot("quiz-page")

    attempt = start_quiz(page, live_server, quiz)
    assert attempt.user == learner and attempt.is_open
    expect(page.locator("li.question")).to_have_count(len(ALL_KINDS))
    shoot("attempt-empty")

    with autosaved(page, last_ordering_select(page)):
        answer_everything_right(page)
    shoot("attempt-answered")
    submit(page)

    expect(page).to_have_url(path_re(f"/id/learn/quizzes/attempts/{attempt.pk}/review/"))
    score = page.locator(".quiz-score")
    expect(score.locator(".quiz-score__value")).to_have_text("100%")
    expect(score).to_contain_text(t("Passed"))
    expect(score).to_have_class(re.compile(r"quiz-score--passed"))
    expect(page.locator(".question__result--right")).to_have_count(len(ALL_KINDS))
    solutions = page.locator(".solution")
    expect(solutions).to_have_count(len(ALL_KINDS))
    expect(question(page, "matching").locator(".solution")).to_contain_text(
        "Reaktif, satu kontak → Layanan"
    )
    expect(question(page, "ordering").locator(".solution li")).to_have_text(ORDER)
    expect(question(page, "numeric").locator(".solution")).to_contain_text("25 ± 0,5")
    # The learner's own answers, shown read-only next to the solutions.
    expect_everything_answered_right(page)
    expect(page.locator("li.question input:not([type=hidden]):enabled")).to_have_count(0)
    shoot("review")

    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED
    assert attempt.score == 100 and attempt.passed

    page.get_by_role("link", name=t("Back to the quiz")).click()
    expect(page).to_have_url(path_re(quiz.url))
    grade = page.locator(".quiz-grade")
    expect(grade).to_contain_text("100%")
    expect(grade).to_contain_text(t("Passed"))
    rows = page.locator("table.data-table tbody tr")
    expect(rows).to_have_count(1)
    row = rows.first
    expect(row.get_by_role("rowheader")).to_have_text("1")
    expect(row.get_by_role("cell").nth(1)).to_have_text("100%")
    expect(row.get_by_role("cell").nth(2)).to_have_text(t("Passed"))
    expect(row.get_by_role("link", name=t("Review"))).to_have_attribute(
        "href", f"/id/learn/quizzes/attempts/{attempt.pk}/review/"
    )
    # Another go is offered (attempts are unlimited by default).
    expect(page.get_by_role("button", name=t("Try again"))).to_be_visible()
    shoot("quiz-page-after")


# --- 2. resume after a reload, and on another device ------------------------------------


@pytest.fixture
def other_device(browser, browser_locale, live_server):
    """The same learner's other browser: a context of its own, signed out at first."""
    context = browser.new_context(
        viewport=VIEWPORT, locale=browser_locale, base_url=live_server.url
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def test_learner_resumes_an_attempt_after_a_reload(
    page, other_device, live_server, site, learner, shoot, shoot_tab
):
    quiz = build_quiz(site, kinds=ALL_KINDS)
    login(page, live_server, learner)
    attempt = start_quiz(page, live_server, quiz)

    single = question(page, "single").get_by_label("Layanan pelanggan", exact=True)
    short = question(page, "shortanswer").get_by_label(t("Your answer"), exact=True)
    with autosaved(page, single, short):
        single.check()
        short.fill("pengalaman pelanggan")
        short.blur()  # a text field reports its change when the learner leaves it
    shoot("answered-two")

    page.reload()
    expect(page).to_have_url(path_re(f"/id/learn/quizzes/attempts/{attempt.pk}/"))
    expect(question(page, "single").get_by_label("Layanan pelanggan", exact=True)).to_be_checked()
    expect(question(page, "shortanswer").get_by_label(t("Your answer"), exact=True)).to_have_value(
        "pengalaman pelanggan"
    )
    expect(question(page, "numeric").get_by_label(t("Your answer (a number)"))).to_have_value("")
    shoot("after-reload")

    # On another device the quiz page offers to resume the same attempt.
    login(other_device, live_server, learner)
    other_device.goto(live_server.url + quiz.url)
    other_device.get_by_role("link", name=t("Resume your attempt")).click()
    expect(other_device).to_have_url(path_re(f"/id/learn/quizzes/attempts/{attempt.pk}/"))
    expect(
        question(other_device, "single").get_by_label("Layanan pelanggan", exact=True)
    ).to_be_checked()
    expect(
        question(other_device, "shortanswer").get_by_label(t("Your answer"), exact=True)
    ).to_have_value("pengalaman pelanggan")
    shoot_tab(other_device, "other-device-resumed")
    assert QuizAttempt.objects.filter(user=learner).count() == 1

    # Back on the reloaded page, one more answer, then submit.
    true = question(page, "truefalse").get_by_label(t("True"), exact=True)
    with autosaved(page, true):
        true.check()
    submit(page)
    expect(page).to_have_url(path_re(f"/id/learn/quizzes/attempts/{attempt.pk}/review/"))
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED
    assert attempt.graded.filter(fraction=1).count() == 3
    expect(page.locator(".quiz-score__value")).to_have_text(percent(attempt.score))
    expect(page.locator(".quiz-score")).to_have_class(re.compile(r"quiz-score--failed"))
    expect(page.locator(".question__result--right")).to_have_count(3)
    shoot("review")


# --- 3. no double submission from a second tab -------------------------------------------


def test_a_second_tab_cannot_double_submit(page, live_server, site, learner, shoot, shoot_tab):
    quiz = build_quiz(site, kinds=ALL_KINDS)
    login(page, live_server, learner)
    attempt = start_quiz(page, live_server, quiz)

    second_tab = page.context.new_page()
    second_tab.goto(live_server.url + f"/id/learn/quizzes/attempts/{attempt.pk}/")
    expect(second_tab.locator("form.quiz-form")).to_be_visible()
    shoot_tab(second_tab, "open")

    page.bring_to_front()
    with autosaved(page, last_ordering_select(page)):
        answer_everything_right(page)
    submit(page)
    expect(page).to_have_url(path_re(f"/id/learn/quizzes/attempts/{attempt.pk}/review/"))
    expect(page.locator(".quiz-score__value")).to_have_text("100%")
    shoot("tab-1-review")

    # The second tab still shows the open attempt; its Submit arrives too late.
    second_tab.bring_to_front()
    submit(second_tab)
    expect(second_tab).to_have_url(path_re(f"/id/learn/quizzes/attempts/{attempt.pk}/review/"))
    expect(second_tab.locator(".messages")).to_contain_text(
        t("This attempt is already finished; nothing was changed.")
    )
    expect(second_tab.locator(".quiz-score__value")).to_have_text("100%")
    expect(second_tab.locator("form.quiz-form")).to_have_count(0)
    shoot_tab(second_tab, "refused")

    assert QuizAttempt.objects.filter(user=learner).count() == 1
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED and attempt.score == 100
    assert attempt.graded.count() == len(attempt.layout) == len(ALL_KINDS)
