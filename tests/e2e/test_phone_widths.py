"""No page of ours scrolls sideways on a phone (issue 15).

The walk seeds the whole demo (`seed_demo`: the short demo course with the retail
simulation that has a budget, and "CX Mindset" with its learners at every stage),
then visits every learner-facing page at 360 px as a learner, and the public ones as
a visitor, and checks `scrollWidth <= innerWidth` on each. A failure names the page
and the element that reaches furthest to the right, so the fix can start there.

Two closer looks follow: the debrief at 390 px (its KPI charts were 425 px wide) and
the verification page's code box, which must show a whole code at 360 px and on a
desktop.
"""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Page, expect
from wagtail.models import Locale

from certificates.models import Certificate
from courses.models import CoursePage, LessonPage
from cxacademy.accounts.models import User
from cxacademy.demo import people as demo
from quizzes import services as quiz_services
from quizzes.models import QuizAttempt, QuizPage
from simulations import engine
from simulations import services as simulation_services
from simulations.models import ScenarioPage, ScenarioRun
from tests.curriculum.packages import FOUNDATIONS, MINDSET, fields, shipped
from tests.e2e.test_foundation import login

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}

# The page is wider than the window: name the element that reaches furthest right.
# Elements inside a box that scrolls or clips sideways are skipped: they cannot
# widen the page, the box around them can.
OVERFLOW = """() => {
  const limit = window.innerWidth;
  const width = document.documentElement.scrollWidth;
  if (width <= limit) return null;
  const clips = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  const name = (el) => {
    let text = el.tagName.toLowerCase();
    if (el.id) text += '#' + el.id;
    const cls = el.getAttribute('class');
    if (cls) text += '.' + cls.trim().split(/\\s+/).join('.');
    return text;
  };
  let widest = null, right = limit;
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (!box.width || box.right <= right + 0.5 || clips(el)) continue;
    widest = el; right = box.right;
  }
  if (!widest) return {width, limit, element: '(none found)', right: 0};
  const path = [];
  for (let a = widest; a && a !== document.body && path.length < 4; a = a.parentElement) {
    path.unshift(name(a));
  }
  // The innermost element at that edge is usually the cause (a chart, a table, a word).
  let inner = widest;
  for (const el of widest.querySelectorAll('*')) {
    if (el.getBoundingClientRect().right >= right - 0.5) inner = el;
  }
  const words = (inner.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
  return {width, limit, element: path.join(' > '), inner: name(inner),
          right: Math.round(right), words};
}"""


def overflow(page: Page) -> dict | None:
    """None when the page fits its window; else what sticks out and by how much."""
    page.wait_for_load_state("load")
    return page.evaluate(OVERFLOW)


def describe(name: str, url: str, found: dict) -> str:
    return (
        f"{name} ({url}) is {found['width']} px wide in a {found['limit']} px window; "
        f"widest: {found['element']} reaches {found['right']} px"
        + (f", innermost there: {found['inner']}" if found.get("inner") else "")
        + (f" («{found['words']}»)" if found.get("words") else "")
    )


def visit(page: Page, live_server, name: str, url: str, *, selector: str, failures, shoot):
    page.goto(live_server.url + url)
    # The walk only counts if it reached the page it meant to (not a refusal).
    expect(page.locator(selector).first).to_be_attached()
    found = overflow(page)
    shoot(f"360-{name}")
    if found is not None:
        failures.append(describe(name, url, found))


def finish_run(run: ScenarioRun, scenario: ScenarioPage) -> ScenarioRun:
    """Play a run to an ending through the services: the expert's choice where it is
    open, every source of an investigation opened."""
    graph = scenario.graph

    def act(action: str, key: str = ""):
        return simulation_services.run_act(run=run, sequence=run.sequence, action=action, key=key)

    for _step in range(4 * len(graph.steps)):
        if not run.is_open:
            return run
        step = graph.steps[run.state["step"]]
        if step.kind == engine.DECISION:
            choices = engine.available_choices(graph, run.state)
            run = act("choose", next((c for c in choices if c.expert), choices[0]).key)
            continue
        if step.kind == engine.INVESTIGATION:
            for source in step.sources:
                run = act("open", source.key)
        run = act("continue")
    raise AssertionError("the run never reached an ending")


def advance_to(run: ScenarioRun, scenario: ScenarioPage, kind: str) -> ScenarioRun:
    """Continue (or choose the expert's way) until the run stands on a step of `kind`."""
    graph = scenario.graph
    for _step in range(len(graph.steps)):
        step = graph.steps[run.state["step"]]
        if step.kind == kind:
            return run
        if step.kind == engine.DECISION:
            choices = engine.available_choices(graph, run.state)
            key = next((c for c in choices if c.expert), choices[0]).key
            run = simulation_services.run_act(
                run=run, sequence=run.sequence, action="choose", key=key
            )
        else:
            run = simulation_services.run_act(run=run, sequence=run.sequence, action="continue")
    raise AssertionError(f"no {kind} step on the way")


def lessons_by_block_kind(course_pages) -> dict[str, LessonPage]:
    """The first lesson (in outline order) that uses each kind of block."""
    found: dict[str, LessonPage] = {}
    for course in course_pages:
        for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
            for block in lesson.body:
                found.setdefault(block.block_type, lesson)
    return found


@pytest.fixture
def demo_site(site):
    call_command("seed_demo", verbosity=0)
    default = Locale.get_default()
    demo_course, mindset = (
        CoursePage.objects.get(slug=fields(shipped(name).course, "id")["slug"], locale=default)
        for name in (FOUNDATIONS, MINDSET)
    )
    return demo_course, mindset


def test_no_learner_page_scrolls_sideways_at_360_px(page, live_server, demo_site, shoot):
    demo_course, mindset = demo_site
    page.set_viewport_size(PHONE)
    failures: list[str] = []
    certificate = Certificate.objects.filter(user__email="rudi@cxacademy.test").first()
    assert certificate is not None

    def go(name, url, selector="main"):
        visit(page, live_server, name, url, selector=selector, failures=failures, shoot=shoot)

    # As a visitor.
    go("home (visitor)", "/id/")
    go("sign in", reverse("account_login"), "input[name=password]")
    go("sign up", reverse("account_signup"))
    go("password reset", reverse("account_reset_password"), "input[name=email]")
    go(
        "certificate verification",
        reverse("certificates:verify_code", args=[certificate.code]),
        ".verify-result",
    )
    go("certificate verification (form)", reverse("certificates:verify"))
    go("404", "/id/tidak-ada-halaman-seperti-ini/")

    # As Budi, assigned the short demo course with the retail simulation (budget).
    budi = User.objects.get(email="budi@cxacademy.test")
    login(page, live_server, budi, password=demo.DEMO_PASSWORD)
    go("home", "/id/")
    go("catalogue", reverse("courses:catalogue"))
    go("catalogue page", demo_course.get_parent().url)
    go("search results", reverse("courses:search") + "?q=pelanggan")
    go("course page", demo_course.url)
    for kind, lesson in sorted(lessons_by_block_kind([demo_course, mindset]).items()):
        go(f"lesson with {kind}", lesson.url, ".lesson")
    quiz = QuizPage.objects.live().descendant_of(demo_course).first()
    go("quiz page", quiz.url)
    attempt = quiz_services.attempt_start(user=budi, quiz=quiz, course=demo_course)
    go("quiz attempt", reverse("quizzes:attempt", args=[attempt.pk]), "form")
    scenario = ScenarioPage.objects.live().descendant_of(demo_course).first()
    assert scenario.budget, "the walk needs the simulation with a budget"
    go("scenario page", scenario.url)
    run = simulation_services.run_start(user=budi, scenario=scenario, course=demo_course)
    run_url = reverse("simulations:run", args=[run.pk])
    go("simulation step", run_url, ".run-step")
    run = advance_to(run, scenario, engine.INVESTIGATION)
    go("simulation investigation", run_url, ".run-sources")
    run = advance_to(run, scenario, engine.DECISION)
    go("simulation decision", run_url, ".run-choices")
    run = finish_run(run, scenario)
    go("debrief (budget)", reverse("simulations:debrief", args=[run.pk]), ".debrief")

    # As Rudi, who finished "CX Mindset": quizzes reviewed, runs debriefed, certificate.
    page.context.clear_cookies()
    rudi = User.objects.get(email="rudi@cxacademy.test")
    login(page, live_server, rudi, password=demo.DEMO_PASSWORD)
    go("course page (finished)", mindset.url)
    submitted = QuizAttempt.objects.filter(user=rudi, status="submitted").first()
    go("quiz review", reverse("quizzes:review", args=[submitted.pk]))
    mindset_scenario = ScenarioPage.objects.live().descendant_of(mindset).first()
    go("scenario page (played)", mindset_scenario.url)
    for finished in ScenarioRun.objects.filter(user=rudi).order_by("pk"):
        go(f"debrief {finished.pk}", reverse("simulations:debrief", args=[finished.pk]), ".debrief")
    go("my learning", reverse("courses:my_learning"))
    go("my certificates", reverse("certificates:mine"), ".certificate-card")

    assert not failures, "Pages that scroll sideways at 360 px:\n" + "\n".join(failures)


# --- the debrief at 390 px and the verification code box ---------------------------


def open_budis_debrief(page, live_server, demo_course, *, width: int, height: int) -> None:
    """Budi plays the demo course's first simulation to an ending, then opens its
    debrief in a browser `width` wide."""
    budi = User.objects.get(email="budi@cxacademy.test")
    scenario = ScenarioPage.objects.live().descendant_of(demo_course).first()
    run = simulation_services.run_start(user=budi, scenario=scenario, course=demo_course)
    run = finish_run(run, scenario)
    page.set_viewport_size({"width": width, "height": height})
    login(page, live_server, budi, password=demo.DEMO_PASSWORD)
    with translation.override("id"):  # the Indonesian address, whatever ran before
        debrief = reverse("simulations:debrief", args=[run.pk])
    page.goto(live_server.url + debrief)


def test_debrief_fits_a_390_px_phone(page, live_server, demo_site, shoot):
    demo_course, _mindset = demo_site
    open_budis_debrief(page, live_server, demo_course, width=390, height=844)
    charts = page.locator(".kpi-chart svg")
    expect(charts.first).to_be_visible()
    assert overflow(page) is None, describe("debrief", page.url, overflow(page))
    # Every KPI chart fits inside the article, and its labels stay readable.
    article = page.locator("article.debrief").bounding_box()
    for index in range(charts.count()):
        box = charts.nth(index).bounding_box()
        assert box["x"] >= article["x"] - 0.5
        assert box["x"] + box["width"] <= article["x"] + article["width"] + 0.5
    # "Retensi: 62 → 70,5": the headline keeps its decimals, in Indonesian.
    captions = page.locator(".kpi-chart figcaption").all_inner_texts()
    assert any("," in caption for caption in captions), captions
    shoot("debrief-390")


@pytest.mark.parametrize("width", [360, 1366])
def test_the_verification_code_box_shows_a_whole_code(page, live_server, demo_site, width, shoot):
    certificate = Certificate.objects.filter(user__email="rudi@cxacademy.test").first()
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + reverse("certificates:verify"))
    box = page.locator("main form input[name=code]")
    box.fill(certificate.code)
    # The whole code is inside the box: nothing scrolled out of sight.
    fits = box.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert fits, f"the code box cuts {certificate.code} off at {width} px"
    assert overflow(page) is None, describe("verification form", page.url, overflow(page))
    page.goto(live_server.url + reverse("certificates:verify_code", args=[certificate.code]))
    box = page.locator("main form input[name=code]")
    expect(box).to_have_value(certificate.code)
    assert box.evaluate("el => el.scrollWidth <= el.clientWidth")
    # The code in the certificate's details reads on one line, not broken at its dashes.
    code = page.locator(".verify-details code")
    expect(code).to_have_text(certificate.code)
    assert code.evaluate("el => el.getClientRects().length") == 1
    assert overflow(page) is None, describe("verification page", page.url, overflow(page))
    shoot(f"verify-{width}")
