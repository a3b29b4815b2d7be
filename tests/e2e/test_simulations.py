"""Simulation journeys in a real browser: a learner plays the retail retention case
(cx-foundations, modules/03-simulasi/01-kasus-retensi-ritel.toml) to its best ending
and to its worst, reads the debrief, and cannot make the same decision twice from a
stale tab.

The route is decided in Python before the browser opens (the engine's expert route,
or the tempting wrong answers); on screen the learner clicks the buttons, opens the
data sources and reads what comes back. Each test asserts what the learner would
notice and saves screenshots through the suite's `shoot` helper (see conftest.py).
"""

import html
import re
from decimal import Decimal

import pytest
from django.template.defaultfilters import floatformat
from django.utils import translation
from playwright.sync_api import Locator, Page, expect

from cxacademy import formatting
from simulations import engine
from simulations.models import RunEvent, ScenarioPage, ScenarioRun
from tests.curriculum.packages import FOUNDATIONS, fields, modules, scenario
from tests.curriculum.test_scenarios_content import install_scenarios
from tests.e2e.test_foundation import in_language, login, path_re
from tests.e2e.test_quizzes import shoot_tab  # noqa: F401 - a fixture, used by name

pytestmark = pytest.mark.e2e

RUN_PATH = re.compile(r"/id/learn/simulations/runs/(\d+)/$")
RETAIL = "kasus-retensi-ritel"

# The tempting wrong answers, step by step.
WORST_ROUTE = {
    "hendra-plan": "retrain-cs",
    "q2-flat": "discount-push",
    "last-quarter": "final-discount",
}
# "Retensi: 62 → 70,5" (Indonesian decimals; NPS may be negative), with
# "(makin rendah makin baik)" after KPIs where lower is better.
CAPTION = re.compile(
    r"^(?P<label>.+?):\s*(?P<first>-?[\d.,]+)\s*→\s*(?P<last>-?[\d.,]+)(?:\s*\((?P<note>[^)]*)\))?$"
)


# --- helpers -------------------------------------------------------------------


def retail() -> dict:
    """The retail case's fields in Indonesian (the learner plays in Indonesian), its
    streams unwrapped. Read inside a test: reading the package needs the database."""
    texts = dict(fields(scenario(FOUNDATIONS, RETAIL), "id"))
    for stream in ("competencies", "kpis", "steps"):
        texts[stream] = [block["value"] for block in texts[stream]]
    return texts


def step_text(key: str) -> dict:
    return next(step for step in retail()["steps"] if step["key"] == key)


def kpi_labels() -> dict[str, str]:
    return {kpi["key"]: kpi["label"] for kpi in retail()["kpis"]}


def t(message: str) -> str:
    """`message` as the learner sees it in Indonesian."""
    return in_language("id", message)


def first_text(rich_text: str) -> str:
    """The plain text of a rich text's first paragraph or list item, as a browser
    shows it (tags dropped, entities decoded, spaces collapsed)."""
    found = re.search(r"<(p|li)>(.*?)</\1>", rich_text, re.S)
    inner = found.group(2) if found else rich_text
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", inner)).split())


def choice_text(step_key: str, choice_key: str) -> dict:
    return next(c for c in step_text(step_key)["choices"] if c["key"] == choice_key)


def build_retail_case(site) -> ScenarioPage:
    """The retail retention case in its package module, as a module of a fresh course,
    both in Indonesian and in English."""
    case = scenario(FOUNDATIONS, RETAIL)
    module = next(m for m in modules(FOUNDATIONS) if any(c is case for c in m.children))
    _english_course, (page,) = install_scenarios(site, [case], module.fields)
    return page


def start_run(page: Page, live_server, scenario: ScenarioPage) -> ScenarioRun:
    """From the briefing, press "Start the simulation"; the run's first step opens."""
    page.goto(live_server.url + scenario.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(retail()["title"])
    expect(page.locator(".scenario__role")).to_contain_text(retail()["learner_role"])
    start = page.locator(f'form[action="/id/learn/simulations/{scenario.pk}/start/"]')
    start.get_by_role("button", name=t("Start the simulation")).click()
    expect(page).to_have_url(RUN_PATH)
    run = ScenarioRun.objects.get(pk=int(RUN_PATH.search(page.url).group(1)))
    expect_step(page, run)
    return run


def expect_step(page: Page, run: ScenarioRun) -> dict:
    """The page shows the run's current step: its title, and forms carrying the
    run's current sequence number. Returns the step's texts."""
    run.refresh_from_db()
    text = step_text(run.state["step"])
    expect(page.locator("#step-title")).to_have_text(text["title"])
    expect(page.locator("input[name=sequence]").first).to_have_value(str(run.sequence))
    return text


def act(page: Page, button: Locator) -> None:
    """Press a button of the run page and wait for the page it leads to."""
    with page.expect_navigation():
        button.click()


def budget_text(budget) -> str:
    """The budget left as the dashboard writes it: "Rp 100 juta"."""
    with translation.override("id"):
        return formatting.budget(budget, retail()["budget_unit"])


def dashboard(page: Page) -> Locator:
    return page.locator("aside.run-dashboard")


def continue_button(page: Page) -> Locator:
    return page.locator("button[name=action][value=continue]")


def play(page: Page, run: ScenarioRun, decisions: dict[str, str], *, shoot=None) -> list[str]:
    """Play the run to its end: at a decision press the button of the choice in
    `decisions`, at an investigation open every source and continue, at a narrative
    continue. Returns the keys of the steps passed, in order."""
    visited = []
    while True:
        run.refresh_from_db()
        if not run.is_open:
            return visited
        text = expect_step(page, run)
        key, kind = text["key"], text["kind"]
        visited.append(key)
        if shoot and not visited[:-1]:
            shoot(f"first-step-{key}")
        if kind == "decision":
            choice = choice_text(key, decisions[key])
            buttons = page.locator("form.run-choices button[name=key]")
            expect(buttons).not_to_have_count(0)
            button = buttons.and_(page.locator(f'[value="{choice["key"]}"]'))
            expect(button.locator(".run-choice__label")).to_have_text(choice["label"])
            expect_cost_once(button, choice)
            act(page, button)
        elif kind == "investigation":
            open_every_source(page, run, text)
            if shoot:
                shoot(f"investigation-{key}-evidence-open")
            act(page, continue_button(page))
        else:
            expect(page.locator("form.run-choices")).to_have_count(0)
            act(page, continue_button(page))


def expect_cost_once(item: Locator, content: dict) -> None:
    """A choice or a data source names its cost once, as money: "biaya Rp 25 juta"
    (its label names no cost of its own)."""
    cost = content["cost"]
    if cost:
        costs = t("costs %(cost)s") % {"cost": budget_text(cost)}
        expect(item.locator(".run-choice__cost, .run-source__cost")).to_have_text(costs)
    expected = content["label"].count("Rp") + (1 if cost else 0)
    assert item.inner_text().count("Rp") == expected, item.inner_text()


def open_every_source(page: Page, run: ScenarioRun, text: dict) -> None:
    """Open each data source in turn: its evidence appears and the budget left on the
    dashboard goes down by its cost."""
    sources = page.locator("ul.run-sources > li.run-source")
    expect(sources).to_have_count(len(text["sources"]))
    for source in text["sources"]:
        item = sources.filter(has=page.get_by_text(source["label"], exact=True))
        expect(item.locator(".run-source__evidence")).to_have_count(0)
        expect_cost_once(item, source)
        budget = run.state["budget"]
        expect(dashboard(page).locator(".run-budget strong")).to_have_text(budget_text(budget))
        act(page, item.locator(f'button[name=key][value="{source["key"]}"]'))
        expect_step(page, run)  # the same step, one sequence number on
        item = sources.filter(has=page.get_by_text(source["label"], exact=True))
        expect(item).to_have_class(re.compile(r"run-source--opened"))
        expect(item.locator(".run-source__evidence")).to_contain_text(
            first_text(source["evidence"])
        )
        expect(item.locator("button[name=key]")).to_have_count(0)
        assert run.state["budget"] == budget - source["cost"]
        expect(dashboard(page).locator(".run-budget strong")).to_have_text(
            budget_text(budget - source["cost"])
        )
    expect(page.locator(".run-source__evidence")).to_have_count(len(text["sources"]))


def number(text: str) -> Decimal:
    """An Indonesian number as the debrief prints it (70,5; thousands with dots)."""
    return Decimal(text.replace(".", "").replace(",", "."))


def kpi_captions(page: Page) -> dict[str, tuple[Decimal, Decimal]]:
    """{KPI label: (first, last)} from the captions of the debrief's KPI charts."""
    found = {}
    for caption in page.locator(".kpi-chart figcaption").all_inner_texts():
        match = CAPTION.match(" ".join(caption.split()))
        assert match, caption
        found[match["label"]] = (number(match["first"]), number(match["last"]))
    return found


def expect_debrief(page: Page, run: ScenarioRun, ending: str) -> None:
    """The debrief's parts every run has: ending, score, charts, decisions."""
    expect(page).to_have_url(path_re(f"/id/learn/simulations/runs/{run.pk}/debrief/"))
    content = retail()
    expect(page.get_by_role("heading", level=1)).to_have_text(step_text(ending)["title"])
    expect(page.locator("section[aria-labelledby=outcome-heading]")).to_contain_text(
        first_text(step_text(ending)["outcome"])
    )
    competencies = page.locator("section[aria-labelledby=competency-heading]")
    chart = competencies.locator("svg[role=img]")
    expect(chart).to_have_count(1)
    expect(chart.locator("rect.cxa-bar")).to_have_count(len(content["competencies"]))
    for competency in content["competencies"]:
        expect(chart).to_contain_text(competency["label"])
    kpi_charts = page.locator("section[aria-labelledby=kpi-heading] figure.kpi-chart")
    expect(kpi_charts).to_have_count(len(content["kpis"]))
    expect(kpi_charts.locator("svg[role=img]")).to_have_count(len(content["kpis"]))
    expect(page.locator("#path-heading")).to_have_text(t("Your decisions"))


# --- 1. the best ending ------------------------------------------------------------


def test_playing_the_retail_case_to_the_best_ending(page, live_server, site, learner, shoot):
    scenario = build_retail_case(site)
    route = engine.expert_route(scenario.graph)
    decisions = {step: choice for step, choice in route if choice}
    assert route[-1] == ("ending-best", "")
    login(page, live_server, learner, lang="id")

    run = start_run(page, live_server, scenario)
    # The dashboard: the whole budget, and a card per KPI at its starting value.
    expect(dashboard(page).locator(".run-budget strong")).to_have_text(
        budget_text(retail()["budget"])
    )
    labels = kpi_labels()
    cards = dashboard(page).locator(".kpi-card")
    expect(cards.locator("dt")).to_have_text(list(labels.values()))
    expect(cards.filter(has_text=labels["retention"]).locator("dd")).to_have_text("62%")

    visited = play(page, run, decisions, shoot=shoot)
    assert visited == [step for step, _choice in route[:-1]]

    run.refresh_from_db()
    assert run.ending == "ending-best" and run.passed and run.overall == 100
    expect_debrief(page, run, "ending-best")
    score = page.locator(".quiz-score")
    expect(score.locator(".quiz-score__value")).to_have_text("100%")
    expect(score).to_have_class(re.compile(r"quiz-score--passed"))
    expect(score.locator("p").nth(1)).to_have_text(t("Passed"))
    expect(page.locator("section[aria-labelledby=competency-heading] .cxa-value")).to_have_text(
        ["100"] * len(retail()["competencies"])
    )

    captions = kpi_captions(page)
    assert set(captions) == set(labels.values()), captions
    first, last = captions[labels["retention"]]
    assert first == 62 and last > first, captions  # customers come back
    first, last = captions[labels["churn"]]
    assert last < first, captions
    first, last = captions[labels["ces"]]
    assert last > first, captions  # easier (the brief's CES): higher is better

    # Every decision and every opened source, then the expert's route (the same).
    path = page.locator("ol.debrief-path > li")
    sources = step_text("investigation")["sources"]
    expect(path).to_have_count(len(decisions) + len(sources))
    for step, choice in decisions.items():
        entry = path.filter(has_text=choice_text(step, choice)["label"])
        expect(entry).to_have_count(1)
        expect(entry).to_contain_text(step_text(step)["title"])
        expect(entry.locator(".debrief-path__feedback")).to_contain_text(
            first_text(choice_text(step, choice)["feedback"])
        )
    for source in sources:
        opened = t("opened “%(label)s”") % {"label": source["label"]}
        expect(path.filter(has_text=source["label"])).to_contain_text(opened)
    expert = page.locator("ol.debrief-expert > li")
    expect(expert).to_have_text(
        [f"{step_text(s)['title']}: {choice_text(s, c)['label']}" for s, c in decisions.items()]
    )
    shoot("debrief")

    # Back on the briefing: the grade, and another run offered (3 runs allowed).
    page.get_by_role("link", name=t("Back to the simulation")).click()
    expect(page).to_have_url(path_re(scenario.url))
    expect(page.locator(".quiz-grade")).to_contain_text("100%")
    expect(page.locator(".quiz-grade")).to_contain_text(t("Passed"))
    expect(page.get_by_role("button", name=t("Play again"))).to_be_visible()
    shoot("briefing-after")


# --- 2. the worst ending -----------------------------------------------------------------


def test_playing_the_retail_case_to_the_worst_ending(page, live_server, site, learner, shoot):
    scenario = build_retail_case(site)
    login(page, live_server, learner, lang="id")
    run = start_run(page, live_server, scenario)

    visited = play(page, run, WORST_ROUTE, shoot=shoot)
    assert visited == [
        "welcome",
        "hendra-plan",
        "training-week",
        "q2-flat",
        "q3-worst-report",
        "last-quarter",
    ]

    run.refresh_from_db()
    assert run.ending == "ending-worst" and not run.passed
    pass_mark = retail()["pass_mark"]
    assert run.overall < pass_mark
    expect_debrief(page, run, "ending-worst")
    score = page.locator(".quiz-score")
    with translation.override("id"):
        overall = f"{floatformat(run.overall, '-2')}%"
    expect(score.locator(".quiz-score__value")).to_have_text(overall)
    expect(score).to_have_class(re.compile(r"quiz-score--failed"))
    not_passed = t("Not passed: the pass mark is %(mark)s%%") % {"mark": str(pass_mark)}
    expect(score.locator("p").nth(1)).to_have_text(not_passed)

    # The two lines the board stares at: CSAT stays high, retention slides.
    captions = kpi_captions(page)
    labels = kpi_labels()
    csat_first, csat_last = captions[labels["csat"]]
    assert csat_last >= csat_first >= 80, captions
    retention_first, retention_last = captions[labels["retention"]]
    assert retention_last < retention_first, captions
    assert retention_last < 62, captions  # below where the year started
    churn_first, churn_last = captions[labels["churn"]]
    assert churn_last > churn_first, captions

    # Each wrong choice, with the feedback that explains it.
    path = page.locator("ol.debrief-path > li")
    expect(path).to_have_count(len(WORST_ROUTE))
    for position, (step, key) in enumerate(WORST_ROUTE.items()):
        choice = choice_text(step, key)
        entry = path.nth(position)
        expect(entry.locator("strong").first).to_have_text(step_text(step)["title"])
        expect(entry).to_contain_text(choice["label"])
        expect(entry.locator(".debrief-path__feedback")).to_contain_text(
            first_text(choice["feedback"])
        )

    # The expert's route is shown, to compare.
    expect(page.locator("#expert-heading")).to_have_text(t("The expert's route"))
    expert_decisions = [(s, c) for s, c in engine.expert_route(scenario.graph) if c]
    expert = page.locator("ol.debrief-expert > li")
    expect(expert).to_have_count(len(expert_decisions))
    expect(expert.first).to_contain_text(choice_text(*expert_decisions[0])["label"])
    shoot("debrief")


# --- 3. a stale tab ------------------------------------------------------------------------


def test_a_stale_tab_cannot_double_choose(
    page,
    live_server,
    site,
    learner,
    shoot,
    shoot_tab,  # noqa: F811 - pytest's fixture
):
    scenario = build_retail_case(site)
    login(page, live_server, learner, lang="id")
    run = start_run(page, live_server, scenario)
    act(page, continue_button(page))  # past the welcome, to Pak Hendra's proposal
    expect_step(page, run)
    assert run.state["step"] == "hendra-plan"

    second_tab = page.context.new_page()
    second_tab.goto(live_server.url + f"/id/learn/simulations/runs/{run.pk}/")
    expect_step(second_tab, run)
    shoot_tab(second_tab, "open")

    page.bring_to_front()
    expert = choice_text("hendra-plan", "check-data-first")
    act(page, page.locator('form.run-choices button[name=key][value="check-data-first"]'))
    expect_step(page, run)
    assert run.state["step"] == "dewi-meeting"
    shoot("tab-1-chose")

    # The second tab still offers Pak Hendra's proposal; its choice arrives too late.
    second_tab.bring_to_front()
    stale = second_tab.locator('form.run-choices button[name=key][value="retrain-cs"]')
    expect(stale.locator(".run-choice__label")).to_have_text(
        choice_text("hendra-plan", "retrain-cs")["label"]
    )
    act(second_tab, stale)
    expect(second_tab).to_have_url(path_re(f"/id/learn/simulations/runs/{run.pk}/"))
    expect(second_tab.locator(".messages")).to_contain_text(
        t("This page was out of date (another tab, the back button or a double click).")
    )
    expect(second_tab.locator(".messages")).to_contain_text(
        t("Nothing was changed; here is the run as it stands.")
    )
    expect_step(second_tab, run)  # the run as it stands: Dewi's meeting
    shoot_tab(second_tab, "refused")

    run.refresh_from_db()
    assert run.state["step"] == "dewi-meeting"
    assert RunEvent.objects.filter(run=run, verb="choose").count() == 1
    chosen = [e["choice"] for e in run.state["path"] if e.get("kind") == "choice"]
    assert chosen == [expert["key"]]
    assert run.state["budget"] == retail()["budget"]  # the 40 for retraining not spent
    assert ScenarioRun.objects.filter(user=learner).count() == 1
