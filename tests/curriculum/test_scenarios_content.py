"""The three other simulation cases of the CX Mindset course (issue 8): defective product
from service to care, "I already told you that" (omnichannel), and chatbot handover.

For each case, in both languages: the engine parses and validates it with no problems;
it has at least 8 steps and 2 endings; both languages share one structure and have no
empty text; the expert's route reaches the best ending with a score of 100; a poor route
(the generic, automated one; the one that never hands over) stays below the pass mark;
and its fields, as the package loader writes them, make a page in Indonesian and English
that a learner plays to the best ending.

The cases are read from the cx-mindset package (`tests/curriculum/packages.py`); reading
it checks its question bank against the site's locales, hence the database below.
"""

import copy
import re
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from courses.models import CoursePage, ModulePage
from cxacademy.home.site_setup import setup_site
from cxacademy.packages.pages import PageSpec
from simulations import engine, services
from simulations.models import ScenarioPage
from tests.courses.conftest import build_course, translate
from tests.curriculum.packages import MINDSET, fields, scenario, shipped

# Reading the package needs the test database, even where a test itself does not.
pytestmark = pytest.mark.django_db

# Each case by its Indonesian slug in the cx-mindset package.
CASES = {
    "defective": "kasus-produk-cacat",
    "omnichannel": "kasus-saya-sudah-bilang",
    "chatbot": "kasus-serah-terima-chatbot",
}
LANGUAGES = ("id", "en")

# A poor route per case: the choice at each decision on it (an investigation on it opens
# nothing) and the ending it reaches. The defective case's is the generic, automated
# route; the chatbot case's never hands a conversation over to a person.
LOW_ROUTES = {
    "defective": (
        {
            "first-message": "leave-auto-reply",
            "remedy": "standard-return",
            "csat-result": "close-file",
            "root-cause": "one-by-one",
            "follow-up": "template-follow-up",
            "apology": "template-voucher",
            "care-tips": "promo-broadcast",
            "marketing-push": "accept-sequence",
            "unsubscribed": "automated-goodbye",
        },
        "ending-worst",
    ),
    "omnichannel": (
        {
            "the-call": "follow-script",
            "bambang-erupts": "transfer-retention",
            "head-of-cs": "diagnose-customers",
            "proposal": "aht-cut",
            "second-chance": "stay-course",
        },
        "ending-worst",
    ),
    "chatbot": (
        {
            "conv-limit": "remove-human-button",
            "conv-money": "hotline-and-close",
            "conv-card": "faq-article",
            "rules": "max-containment",
            "board-pressure": "stay-course",
        },
        "ending-worst",
    ),
}

# Fields that hold text (and differ between the languages); everything else is structure.
TEXT_FIELDS = {
    "slug",
    "title",
    "briefing",
    "learner_role",
    "budget_unit",
    "label",
    "speaker",
    "narrative",
    "feedback",
    "evidence",
    "outcome",
    "expert_commentary",
}
# Long texts that must really be translated, not copied.
LONG_TEXTS = {"briefing", "narrative", "feedback", "evidence", "outcome", "expert_commentary"}
# The tags each rich text may use (the blocks' features: bold, italic, lists).
INLINE = {"p", "strong", "em"}
ALLOWED_TAGS = {
    "briefing": INLINE | {"ul", "ol", "li"},
    "narrative": INLINE | {"ul", "ol", "li"},
    "evidence": INLINE | {"ul", "ol", "li"},
    "outcome": INLINE | {"ul", "li"},
    "expert_commentary": INLINE | {"ul", "li"},
    "feedback": INLINE,
}
# The blocks' max_length for the plain-text fields.
MAX_LENGTHS = {
    "step": {"key": 60, "title": 200, "speaker": 120},
    "choice": {"key": 60, "label": 300},
    "source": {"key": 60, "label": 200},
    "competency": {"key": 40, "label": 80},
    "kpi": {"key": 40, "label": 80, "unit": 10},
}
TAG = re.compile(r"</?([a-z0-9]+)[^>]*>")

case_names = pytest.mark.parametrize("name", list(CASES))
case_languages = pytest.mark.parametrize(
    ("name", "language"), [(name, language) for name in CASES for language in LANGUAGES]
)


@pytest.fixture(scope="module", autouse=True)
def _package(django_db_setup, django_db_blocker):
    """The package, read once with the site's locales (rolled back afterwards)."""
    with django_db_blocker.unblock(), transaction.atomic():
        setup_site()
        shipped(MINDSET)
        transaction.set_rollback(True)


def case(name: str) -> PageSpec:
    return scenario(MINDSET, CASES[name])


def values(stream: list[dict]) -> list[dict]:
    """A raw stream's blocks, without their {"type", "value"} wrapping."""
    return [block["value"] for block in stream]


def content(name: str, language: str) -> dict:
    """The case's fields in `language`, its streams unwrapped: what the learner reads."""
    texts_ = dict(fields(case(name), language))
    for stream in ("competencies", "kpis", "steps"):
        texts_[stream] = values(texts_[stream])
    return texts_


def graph(name: str, language: str = "id") -> engine.Scenario:
    texts_ = fields(case(name), language)
    return engine.scenario_from_stream(
        competencies=texts_["competencies"],
        kpis=texts_["kpis"],
        steps=texts_["steps"],
        budget=texts_.get("budget"),
    )


def pass_mark(name: str) -> Decimal:
    return fields(case(name), "id")["pass_mark"]


def plain(text: str) -> str:
    return " ".join(TAG.sub(" ", text or "").split())


def skeleton(value, field=""):
    """The content with every text replaced by whether it is there: what both languages
    must share."""
    if isinstance(value, dict):
        return {key: skeleton(item, key) for key, item in value.items()}
    if isinstance(value, list):
        return [skeleton(item, field) for item in value]
    if field in TEXT_FIELDS:
        return bool(plain(value))
    return value


def texts(value, field=""):
    """Every (field, text) pair in the content, depth first."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from texts(item, key)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item, field)
    elif field in TEXT_FIELDS:
        yield field, value


def play(scenario: engine.Scenario, decisions: dict[str, str], *, open_sources: bool) -> dict:
    """Play from the start to an ending: at a decision take `decisions[step]` (or the
    expert's choice when the step is not listed), at an investigation open every source
    (or none), then continue."""
    state = engine.start(scenario)
    for _ in range(len(scenario.steps) + 1):
        if state["finished"]:
            return state
        step = scenario.steps[state["step"]]
        if step.kind == engine.DECISION:
            key = decisions.get(step.key) or next(c.key for c in step.choices if c.expert)
            state = engine.choose(scenario, state, key)
            continue
        if step.kind == engine.INVESTIGATION and open_sources:
            for source in step.sources:
                state = engine.open_source(scenario, state, source.key)
        state = engine.proceed(scenario, state)
    raise AssertionError("the route never reached an ending")


def overall(scenario: engine.Scenario, state: dict) -> Decimal:
    return engine.overall_score(scenario, engine.competency_scores(scenario, state))


# --- Structure and texts --------------------------------------------------------------


@case_languages
def test_the_engine_parses_and_validates_the_case(name, language):
    texts_ = fields(case(name), language)
    problems = engine.validate_stream(
        competencies=texts_["competencies"],
        kpis=texts_["kpis"],
        steps=texts_["steps"],
        budget=texts_.get("budget"),
    )
    assert [str(problem) for problem in problems] == []
    scenario = graph(name, language)
    assert scenario.start == values(texts_["steps"])[0]["key"]
    assert len(scenario.steps) == len(texts_["steps"])  # no step left out or shared


@case_names
def test_the_case_is_big_enough(name):
    scenario = graph(name)
    kinds = [step.kind for step in scenario.steps.values()]
    assert len(kinds) >= 8
    assert kinds.count(engine.ENDING) >= 2
    assert kinds.count(engine.DECISION) >= 5
    assert engine.INVESTIGATION in kinds
    assert engine.NARRATIVE in kinds
    assert {c.key for c in scenario.competencies} >= {"empathy", "ownership", "journey"}
    assert len({c.weight for c in scenario.competencies}) > 1  # weighted, not flat
    assert any(choice.effects for step in scenario.steps.values() for choice in step.choices)
    assert any(choice.condition for step in scenario.steps.values() for choice in step.choices)


@case_names
def test_both_languages_share_one_structure(name):
    assert skeleton(fields(case(name), "id")) == skeleton(fields(case(name), "en"))
    assert graph(name, "id") == graph(name, "en")


@case_names
def test_long_texts_are_translated_not_copied(name):
    pairs = zip(texts(content(name, "id")), texts(content(name, "en")), strict=True)
    copied = [
        id_text
        for (field, id_text), (_field, en_text) in pairs
        if field in LONG_TEXTS and id_text and id_text == en_text
    ]
    assert copied == []


@case_languages
def test_no_text_is_empty(name, language):
    texts_ = content(name, language)
    for field in ("title", "briefing", "learner_role"):
        assert plain(texts_[field]), field
    for item in texts_["competencies"] + texts_["kpis"]:
        assert plain(item["label"]), item["key"]
    for step in texts_["steps"]:
        where = step["key"]
        for field in ("title", "speaker", "narrative"):
            assert plain(step[field]), (where, field)
        if step["kind"] == engine.ENDING:
            assert plain(step["outcome"]), where
            assert plain(step["expert_commentary"]), where
        else:
            assert not step["outcome"] and not step["expert_commentary"], where
        for choice in step["choices"]:
            assert plain(choice["label"]), (where, choice["key"])
            assert plain(choice["feedback"]), (where, choice["key"])
        for source in step["sources"]:
            assert plain(source["label"]), (where, source["key"])
            assert plain(source["evidence"]), (where, source["key"])


@case_names
def test_every_choice_has_feedback_in_both_languages(name):
    for language in LANGUAGES:
        for step in content(name, language)["steps"]:
            for choice in step["choices"]:
                assert len(plain(choice["feedback"])) > 40, (language, step["key"], choice["key"])


@case_languages
def test_rich_texts_use_only_the_blocks_features(name, language):
    for field, text in texts(content(name, language)):
        if field in ALLOWED_TAGS and text:  # outcomes and commentaries: endings only
            assert set(TAG.findall(text)) <= ALLOWED_TAGS[field], (field, text[:60])
            assert text.startswith("<p>") or text.startswith("<ul>"), (field, text[:60])


@case_languages
def test_plain_texts_fit_their_blocks(name, language):
    texts_ = content(name, language)
    items = [("competency", c) for c in texts_["competencies"]]
    items += [("kpi", k) for k in texts_["kpis"]]
    for step in texts_["steps"]:
        items.append(("step", step))
        items += [("choice", choice) for choice in step["choices"]]
        items += [("source", source) for source in step["sources"]]
    for kind, item in items:
        for field, limit in MAX_LENGTHS[kind].items():
            assert len(item[field]) <= limit, (kind, item["key"], field, len(item[field]))
            assert "<" not in item[field], (kind, item["key"], field)
    assert len(texts_["title"]) <= 255
    assert len(texts_["learner_role"]) <= 120


# --- Routes and scores ------------------------------------------------------------------


@case_names
def test_the_expert_route_reaches_the_best_ending_with_full_marks(name):
    scenario = graph(name)
    route = engine.expert_route(scenario)
    assert route[-1] == ("ending-best", "")
    assert all(choice for key, choice in route if scenario.steps[key].kind == engine.DECISION)

    state = play(scenario, {}, open_sources=True)
    assert state["step"] == "ending-best"
    assert [entry["step"] for entry in state["path"] if entry["kind"] != "source"] == [
        key for key, _choice in route[:-1]
    ]
    assert set(engine.competency_scores(scenario, state).values()) == {100}
    assert overall(scenario, state) == Decimal(100)


@case_names
def test_a_poor_route_stays_below_the_pass_mark(name):
    scenario = graph(name)
    decisions, ending = LOW_ROUTES[name]
    state = play(scenario, decisions, open_sources=False)
    taken = {entry["step"]: entry["choice"] for entry in state["path"] if entry["kind"] == "choice"}
    assert taken == decisions  # every choice of the route was really taken
    assert state["step"] == ending
    assert overall(scenario, state) < pass_mark(name)
    assert not engine.passed(overall(scenario, state), pass_mark(name))


@case_names
def test_the_expert_route_improves_every_kpi(name):
    scenario = graph(name)
    state = play(scenario, {}, open_sources=True)
    for kpi in scenario.kpis:
        end = Decimal(state["kpis"][kpi.key])
        assert end > kpi.start if kpi.higher_is_better else end < kpi.start, kpi.key


def test_the_generic_automated_route_loses_the_customer():
    scenario = graph("defective")
    state = play(scenario, LOW_ROUTES["defective"][0], open_sources=False)
    assert overall(scenario, state) == 0
    assert Decimal(state["kpis"]["nps"]) <= 6  # still a detractor
    assert Decimal(state["kpis"]["retention"]) < Decimal(30)


def test_the_no_handover_route_scores_nothing_and_hurts_the_dashboard():
    scenario = graph("chatbot")
    state = play(scenario, LOW_ROUTES["chatbot"][0], open_sources=False)
    assert overall(scenario, state) == 0
    assert Decimal(state["kpis"]["csat"]) < 64
    assert Decimal(state["kpis"]["churn"]) > 9


# --- Conditions that the texts rely on ------------------------------------------------


def test_the_survey_step_always_shows_a_detractor():
    """The survey step's expert choice says the recommendation score is still 0-6: true
    on every way there."""
    scenario = graph("defective")
    first = [c.key for c in scenario.steps["first-message"].choices]
    remedies = [c.key for c in scenario.steps["remedy"].choices]
    for opening in first:
        for remedy in remedies:
            state = engine.start(scenario)
            state = engine.choose(scenario, state, opening)
            while state["step"] != "remedy":
                state = engine.proceed(scenario, state)
            state = engine.choose(scenario, state, remedy)
            while state["step"] != "csat-result":
                state = engine.proceed(scenario, state)
            assert Decimal(state["kpis"]["nps"]) <= 6, (opening, remedy)


def test_exactly_one_personal_birthday_greeting_is_offered():
    """The two personal greetings (to the best and to the middle ending) share a label and
    split on the recommendation score; the score moves in steps of 0.5, so on every route
    exactly one of them is offered."""
    scenario = graph("defective")
    birthday = scenario.steps["birthday"]
    promoter = birthday.choice("birthday-promoter").condition
    personal = birthday.choice("birthday-personal").condition
    assert promoter.kpi == personal.kpi == "nps"
    assert promoter.value - personal.value == Decimal("0.5")
    nps = next(k for k in scenario.kpis if k.key == "nps")
    assert nps.start % Decimal("0.5") == 0
    for step in scenario.steps.values():
        for choice in step.choices:
            assert choice.effects.get("nps", Decimal(0)) % Decimal("0.5") == 0, choice.key
    labels = {
        choice["key"]: choice["label"]
        for step in content("defective", "en")["steps"]
        for choice in step["choices"]
    }
    assert labels["birthday-promoter"] == labels["birthday-personal"]
    # The best ending says she answers 10: from 9, the greeting adds the last point.
    assert promoter.value + birthday.choice("birthday-promoter").effects["nps"] >= nps.maximum


def test_one_slip_in_care_costs_the_best_ending():
    scenario = graph("defective")
    slip = {"care-tips": "promo-broadcast", "birthday": "birthday-personal"}
    with pytest.raises(engine.EngineError):  # the greeting to the best ending is not offered
        play(scenario, {"care-tips": "promo-broadcast"}, open_sources=True)
    state = play(scenario, slip, open_sources=True)
    assert state["step"] == "ending-middle"
    assert overall(scenario, state) >= pass_mark("defective")


def test_the_real_cause_can_only_be_explained_after_reading_the_network_data():
    scenario = graph("omnichannel")
    state = engine.choose(scenario, engine.start(scenario), "acknowledge-and-find")
    without = engine.proceed(scenario, engine.open_source(scenario, state, "src-whatsapp"))
    offered = [c.key for c in engine.available_choices(scenario, without)]
    assert "explain-and-own" not in offered and "own-without-cause" in offered

    with_network = engine.proceed(scenario, engine.open_source(scenario, state, "src-network"))
    assert "explain-and-own" in [c.key for c in engine.available_choices(scenario, with_network)]


def test_the_handover_story_is_only_offered_after_a_handover():
    scenario = graph("chatbot")
    handed_over = play(scenario, {"bot-metrics": "endang-story"}, open_sources=False)
    assert handed_over["step"] == "ending-middle"
    with pytest.raises(engine.EngineError):
        play(
            scenario,
            {
                "conv-money": "ticket-3-days",
                "rules": "clear-triggers",
                "bot-metrics": "endang-story",
            },
            open_sources=False,
        )


def every_route(scenario: engine.Scenario):
    """Every way through the scenario, as finished states. Investigations open every
    data source: that only ever adds choices (a score condition), never removes one."""
    pending = [engine.start(scenario)]
    while pending:
        state = pending.pop()
        if state["finished"]:
            yield state
            continue
        step = scenario.steps[state["step"]]
        if step.kind == engine.DECISION:
            pending += [
                engine.choose(scenario, state, choice.key)
                for choice in engine.available_choices(scenario, state)
            ]
            continue
        if step.kind == engine.INVESTIGATION:
            for source in step.sources:
                state = engine.open_source(scenario, state, source.key)
        pending.append(engine.proceed(scenario, state))


# What the texts say about the dashboard on arriving at a step: exact values, or a KPI
# above (">") or below ("<") its start.
DASHBOARD_CLAIMS = {
    "omnichannel": {
        "q2-results": {"csat": "77", "ces": "4.0", "fcr": "66", "churn": "14"},
        "q2-misfire": {"csat": "<", "churn": ">"},
        "ending-best": {"csat": "82", "fcr": "72", "churn": "11"},
        "ending-worst": {"churn": ">"},
    },
    "chatbot": {"ending-best": {"csat": ">", "nps": ">"}},
}


@pytest.mark.parametrize("name", list(DASHBOARD_CLAIMS))
def test_what_the_texts_say_about_the_dashboard_holds_on_every_route(name):
    scenario = graph(name)
    starts = {kpi.key: kpi.start for kpi in scenario.kpis}
    claims = DASHBOARD_CLAIMS[name]
    checked = dict.fromkeys(claims, 0)
    for state in every_route(scenario):
        for point in engine.kpi_timeline(scenario, state)["by_step"]:
            for key, claim in claims.get(point["step"], {}).items():
                value = Decimal(point["kpis"][key])
                if claim == ">":
                    assert value > starts[key], (point["step"], key, value)
                elif claim == "<":
                    assert value < starts[key], (point["step"], key, value)
                else:
                    assert value == Decimal(claim), (point["step"], key, value)
            checked[point["step"]] = checked.get(point["step"], 0) + 1
    assert all(checked[step] for step in claims)  # every claimed step is reachable


# --- Into the database ------------------------------------------------------------------

# The module the cases are put in here (the package spreads them over its modules).
SIMULATIONS = {"id": {"title": "Simulasi"}, "en": {"title": "Simulations"}}


def install_scenarios(
    site, specs: list[PageSpec], module: dict[str, dict]
) -> tuple[CoursePage, list[ScenarioPage]]:
    """A fresh course, with its English copy, whose new module (`module`: its fields by
    language) holds a page per scenario made from the package's fields in Indonesian and
    English as the loader writes them, all published. Returns the English course and
    the Indonesian scenarios."""

    def copied(spec: PageSpec, language: str) -> dict:
        # Saving a stream gives its blocks ids in place: the package read stays as it is.
        return copy.deepcopy(fields(spec, language))

    course = build_course(site, modules=1, lessons=1)
    parent = course.add_child(instance=ModulePage(**module["id"]))
    pages = [parent.add_child(instance=ScenarioPage(**copied(spec, "id"))) for spec in specs]
    for page in (parent, *pages):
        page.save_revision().publish()
    english_course = translate(course)
    english = Locale.objects.get(language_code="en")
    translations = [(parent, module["en"])]
    translations += [(page, copied(spec, "en")) for spec, page in zip(specs, pages, strict=True)]
    for page, texts_ in translations:
        translated = page.get_translation(english).specific
        for field, value in texts_.items():
            setattr(translated, field, value)
        translated.save_revision().publish()
    return english_course, pages


def test_every_case_makes_a_sound_page_in_both_languages(site):
    _course, pages = install_scenarios(site, [case(name) for name in CASES], SIMULATIONS)
    english_locale = Locale.objects.get(language_code="en")
    for name, page in zip(CASES, pages, strict=True):
        page = ScenarioPage.objects.get(pk=page.pk)
        english = ScenarioPage.objects.get(pk=page.get_translation(english_locale).pk)
        for language, loaded in (("id", page), ("en", english)):
            texts_ = content(name, language)
            assert loaded.live
            assert loaded.title == texts_["title"]
            # Each language's address in its own words.
            slugs = {"id": CASES[name], "en": slugify(content(name, "en")["title"])}
            assert loaded.slug == slugs[language]
            assert loaded.budget is None
            assert loaded.pass_mark == pass_mark(name)
            assert [str(problem) for problem in loaded.problems()] == []
            assert loaded.graph == graph(name, language)
            steps = loaded.step_values()
            assert list(steps) == [step["key"] for step in texts_["steps"]]
            assert steps["ending-best"]["outcome"].source == next(
                step["outcome"] for step in texts_["steps"] if step["key"] == "ending-best"
            )
        assert english.translation_key == page.translation_key


def test_a_learner_plays_each_case_in_english_to_the_best_ending(site, learner):
    english_course, pages = install_scenarios(site, [case(name) for name in CASES], SIMULATIONS)
    english = Locale.objects.get(language_code="en")
    for name, page in zip(CASES, pages, strict=True):
        page = ScenarioPage.objects.get(pk=page.get_translation(english).pk)
        run = services.run_start(user=learner, scenario=page, course=english_course)
        for step_key, choice_key in engine.expert_route(page.graph):
            step = page.graph.steps[step_key]
            if step.kind == engine.ENDING:
                break
            if step.kind == engine.INVESTIGATION:
                for source in step.sources:
                    run = services.run_act(
                        run=run, sequence=run.sequence, action="open", key=source.key
                    )
            action = "choose" if step.kind == engine.DECISION else "continue"
            run = services.run_act(run=run, sequence=run.sequence, action=action, key=choice_key)
        run.refresh_from_db()
        assert run.ending == "ending-best", name
        assert run.overall == Decimal(100), name
        assert run.passed, name
