"""The simulation engine, tested directly: no database, scenarios as raw StreamField JSON."""

import copy
import itertools
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulations import engine
from simulations.engine import (
    EngineError,
    Problem,
    ScenarioError,
    available_choices,
    back,
    choose,
    competency_scores,
    expert_route,
    grade_runs,
    kpi_timeline,
    max_points,
    open_source,
    overall_score,
    passed,
    proceed,
    scenario_from_stream,
    start,
    validate,
    validate_stream,
)
from tests.simulations.generate import generate_scenario

D = Decimal

# --- Building scenarios as the page stores them ----------------------------------------


def competency(key, weight=1):
    return {"type": "competency", "value": {"key": key, "label": key.title(), "weight": weight}}


def kpi(key, start_value, minimum=0, maximum=100, higher_is_better=True):
    return {
        "type": "kpi",
        "value": {
            "key": key,
            "label": key.upper(),
            "start": start_value,
            "minimum": minimum,
            "maximum": maximum,
            "unit": "%",
            "higher_is_better": higher_is_better,
            "shown": True,
        },
    }


def choice(key, to, points=None, effects=None, cost=0, expert=False, condition=None):
    return {
        "key": key,
        "label": f"Choose {key}",
        "feedback": "",
        "next": to,
        "points": [{"competency": c, "points": p} for c, p in (points or {}).items()],
        "effects": [{"kpi": k, "delta": d} for k, d in (effects or {}).items()],
        "cost": cost,
        "expert": expert,
        "condition": condition,
    }


def source(key, cost=0, points=None):
    return {
        "key": key,
        "label": f"Open {key}",
        "cost": cost,
        "evidence": "<p>Data.</p>",
        "points": [{"competency": c, "points": p} for c, p in (points or {}).items()],
    }


def step(key, kind, choices=(), sources=(), to=None, quarter=None):
    return {
        "type": "step",
        "value": {
            "key": key,
            "kind": kind,
            "title": key.title(),
            "channel": "meeting",
            "quarter": quarter,
            "narrative": "<p>Something happens.</p>",
            "choices": list(choices),
            "sources": list(sources),
            "next": to,
        },
    }


def decision(key, *choices, quarter=None):
    return step(key, "decision", choices=choices, quarter=quarter)


def investigation(key, to, *sources, quarter=None):
    return step(key, "investigation", sources=sources, to=to, quarter=quarter)


def narrative(key, to, quarter=None):
    return step(key, "narrative", to=to, quarter=quarter)


def ending(key, quarter=None):
    return step(key, "ending", quarter=quarter)


def condition(kind, **fields):
    blank = {"kind": kind, "competency": "", "kpi": "", "value": None, "step": "", "choice": ""}
    return blank | fields


def base():
    """A complaint about a late delivery: listen or escalate, look at the data, plan.

    Maximum points: empathy 5 (listen → fix), metrics 10 (ask → both good sources → fix).
    """
    return {
        "competencies": [competency("empathy", 1), competency("metrics", 3)],
        "kpis": [kpi("csat", 70), kpi("churn", 5, 0, 20, higher_is_better=False)],
        "budget": 100,
        "steps": [
            decision(
                "start",
                choice("listen", "data", {"empathy": 3}, {"csat": 5}, expert=True),
                choice("escalate", "refund", {"empathy": -2}, {"csat": -10, "churn": 2}),
                choice("ask", "data", {"empathy": 1, "metrics": 1}, cost=10),
                quarter=1,
            ),
            investigation(
                "data",
                "plan",
                source("survey", 20, {"metrics": 4}),
                source("logs", 30, {"metrics": 2}),
                source("rumour", 0, {"metrics": -1}),
                quarter=1,
            ),
            narrative("refund", "plan", quarter=2),
            decision(
                "plan",
                choice("fix", "good", {"metrics": 3, "empathy": 2}, {"csat": 10}, expert=True),
                choice("patch", "bad", {"metrics": -2}, {"churn": 3}),
                choice(
                    "premium",
                    "good",
                    {"empathy": 1},
                    {"csat": 20},
                    cost=60,
                    condition=condition("min_score", competency="empathy", value="3"),
                ),
                choice(
                    "follow-up",
                    "good",
                    condition=condition("chose", step="start", choice="listen"),
                ),
                quarter=2,
            ),
            ending("good", quarter=3),
            ending("bad", quarter=3),
        ],
    }


def build(raw=None):
    return scenario_from_stream(**(raw or base()))


def find_step(raw, key):
    return next(s["value"] for s in raw["steps"] if s["value"]["key"] == key)


def find_choice(raw, step_key, key):
    return next(c for c in find_step(raw, step_key)["choices"] if c["key"] == key)


def play(scenario, *actions):
    """Run actions such as "listen", "open:survey", "continue" from the start."""
    state = start(scenario)
    for action in actions:
        if action == "continue":
            state = proceed(scenario, state)
        elif action == "back":
            state = back(scenario, state)
        elif action.startswith("open:"):
            state = open_source(scenario, state, action.removeprefix("open:"))
        else:
            state = choose(scenario, state, action)
    return state


def rejects(function, *args, message):
    """The action is refused with `message` and the state it was given is untouched."""
    before = copy.deepcopy(args[1])
    with pytest.raises(EngineError) as error:
        function(*args)
    assert str(error.value) == message
    assert args[1] == before


# --- Reading the StreamFields ------------------------------------------------------------


def test_reads_the_authored_scenario():
    scenario = build()
    assert scenario.start == "start"
    assert list(scenario.steps) == ["start", "data", "refund", "plan", "good", "bad"]
    assert scenario.budget == 100
    assert [(c.key, c.weight) for c in scenario.competencies] == [
        ("empathy", D(1)),
        ("metrics", D(3)),
    ]
    churn = scenario.kpis[1]
    assert (churn.start, churn.minimum, churn.maximum, churn.higher_is_better) == (
        D(5),
        D(0),
        D(20),
        False,
    )
    listen = scenario.steps["start"].choices[0]
    assert listen == engine.Choice(
        key="listen",
        next="data",
        points={"empathy": 3},
        effects={"csat": D(5)},
        cost=0,
        expert=True,
        condition=None,
    )
    premium = scenario.steps["plan"].choice("premium")
    assert premium.condition == engine.Condition(kind="min_score", competency="empathy", value=D(3))
    assert scenario.steps["data"].sources[1] == engine.Source("logs", 30, {"metrics": 2})
    assert scenario.steps["refund"].next == "plan"
    assert scenario.steps["plan"].quarter == 2


def test_reads_wagtail_list_items_and_numbers_in_any_form():
    raw = base()
    listen = find_choice(raw, "start", "listen")
    listen["points"] = [
        {"type": "item", "value": {"competency": "empathy", "points": "3"}, "id": "a1"},
        {"type": "item", "value": {"competency": "empathy", "points": 2.0}, "id": "a2"},
    ]
    listen["effects"] = [
        {"type": "item", "value": {"kpi": "csat", "delta": 2.5}, "id": "b1"},
        {"type": "item", "value": {"kpi": "csat", "delta": D("0.1")}, "id": "b2"},
    ]
    listen["cost"] = "5"
    listen["condition"] = condition("")  # "always available"
    find_step(raw, "start")["choices"] = [
        {"type": "item", "value": c, "id": str(n)}
        for n, c in enumerate(find_step(raw, "start")["choices"])
    ]
    raw["budget"] = D(100)
    raw["kpis"][0]["value"]["start"] = "70.5"
    scenario = build(raw)
    parsed = scenario.steps["start"].choice("listen")
    assert parsed.points == {"empathy": 5}  # listed twice: summed
    assert parsed.effects == {"csat": D("2.6")}
    assert parsed.cost == 5
    assert parsed.condition is None
    assert scenario.kpis[0].start == D("70.5")
    assert scenario.budget == 100


def test_odd_values_read_as_their_defaults():
    scenario = scenario_from_stream(
        competencies=[{"type": "competency", "value": {"key": "empathy"}}, "junk", None],
        kpis=[{"type": "kpi", "value": {"key": "csat", "start": "lots", "maximum": "NaN"}}],
        steps=[
            {"type": "step", "value": {"key": "a", "choices": [{"key": "x"}, 7], "quarter": "?"}},
            {"type": "step", "value": {"kind": "ending"}},  # no key: left out
            {"type": "step", "value": "not a step"},
        ],
        budget="",
    )
    assert scenario.competencies == (engine.Competency("empathy", D(1)),)
    assert scenario.kpis == (engine.Kpi("csat", D(0), D(0), D(100), True),)
    a = scenario.steps["a"]
    assert (a.kind, a.next, a.quarter) == ("decision", None, None)
    assert a.choices == (engine.Choice("x", None, {}, {}, 0, False, None),)
    assert list(scenario.steps) == ["a"]
    assert scenario.budget is None


def test_a_scenario_without_steps_cannot_be_built():
    with pytest.raises(ScenarioError):
        scenario_from_stream(competencies=[], kpis=[], steps=[], budget=None)
    assert validate_stream(competencies=[], kpis=[], steps=None, budget=None) == [
        Problem(engine.NO_STEPS)
    ]


# --- The check: each flaw on its own ------------------------------------------------------


def test_the_complaint_scenario_passes_every_check():
    assert validate_stream(**base()) == []


def _add_step(raw, block):
    raw["steps"].append(block)


FLAWS = {
    "two steps share a key": (
        lambda r: _add_step(r, ending("bad")),
        Problem(engine.DUPLICATE_STEP, step="bad", detail="bad"),
    ),
    "a step without a key": (
        lambda r: _add_step(r, ending("")),
        Problem(engine.STEP_NO_KEY),
    ),
    "two choices share a key": (
        lambda r: find_choice(r, "plan", "patch").update(key="fix"),
        Problem(engine.DUPLICATE_CHOICE, step="plan", choice="fix"),
    ),
    "two sources share a key": (
        lambda r: find_step(r, "data")["sources"][1].update(key="survey"),
        Problem(engine.DUPLICATE_SOURCE, step="data", choice="survey"),
    ),
    "a choice without a key": (
        lambda r: find_choice(r, "start", "ask").update(key=""),
        Problem(engine.CHOICE_NO_KEY, step="start"),
    ),
    "a source without a key": (
        lambda r: find_step(r, "data")["sources"][2].update(key=" "),
        Problem(engine.SOURCE_NO_KEY, step="data"),
    ),
    "a choice leading nowhere": (
        lambda r: find_choice(r, "start", "ask").update(next=""),
        Problem(engine.CHOICE_NO_TARGET, step="start", choice="ask"),
    ),
    "a choice leading to an unknown step": (
        lambda r: find_choice(r, "start", "ask").update(next="nowhere"),
        Problem(engine.CHOICE_UNKNOWN_TARGET, step="start", choice="ask", detail="nowhere"),
    ),
    "a narrative continuing to an unknown step": (
        lambda r: find_step(r, "refund").update(next="nowhere"),
        Problem(engine.UNKNOWN_CONTINUE, step="refund", detail="nowhere"),
    ),
    "an investigation without a continue step": (
        lambda r: find_step(r, "data").update(next=""),
        Problem(engine.NO_CONTINUE, step="data"),
    ),
    "a narrative without a continue step": (
        lambda r: find_step(r, "refund").update(next=None),
        Problem(engine.NO_CONTINUE, step="refund"),
    ),
    "a decision with one choice": (
        lambda r: find_step(r, "refund").update(
            kind="decision", next=None, choices=[choice("go", "plan")]
        ),
        Problem(engine.TOO_FEW_CHOICES, step="refund"),
    ),
    "a decision with six choices": (
        lambda r: find_step(r, "plan")["choices"].extend(
            choice(f"more-{n}", "good") for n in range(2)
        ),
        Problem(engine.TOO_MANY_CHOICES, step="plan"),
    ),
    "a decision with a continue step": (
        lambda r: find_step(r, "start").update(next="plan"),
        Problem(engine.NEXT_IGNORED, step="start", detail="plan"),
    ),
    "an ending that continues": (
        lambda r: find_step(r, "good").update(next="bad"),
        Problem(engine.ENDING_CONTINUES, step="good", detail="bad"),
    ),
    "an ending with choices": (
        lambda r: find_step(r, "good")["choices"].append(choice("again", "start")),
        Problem(engine.ENDING_CHOICES, step="good"),
    ),
    "a narrative with choices": (
        lambda r: find_step(r, "refund")["choices"].append(choice("x", "plan")),
        Problem(engine.CHOICES_IGNORED, step="refund"),
    ),
    "a decision with data sources": (
        lambda r: find_step(r, "start")["sources"].append(source("x")),
        Problem(engine.SOURCES_IGNORED, step="start"),
    ),
    "an investigation without sources": (
        lambda r: find_step(r, "data").update(sources=[]),
        Problem(engine.NO_SOURCES, step="data"),
    ),
    "an unknown step type": (
        lambda r: find_step(r, "refund").update(kind="quiz"),
        Problem(engine.UNKNOWN_KIND, step="refund", detail="quiz"),
    ),
    "a step no route reaches": (
        lambda r: _add_step(r, narrative("orphan", "good")),
        Problem(engine.UNREACHABLE, step="orphan"),
    ),
    "a loop with no way out": (
        lambda r: (
            find_step(r, "refund").update(next="loop-a"),
            _add_step(r, narrative("loop-a", "loop-b")),
            _add_step(r, narrative("loop-b", "loop-c")),
            _add_step(r, decision("loop-c", choice("x", "loop-a"), choice("y", "loop-b"))),
        ),
        # Reported once, on its first step; refund (which leads into it) is not.
        Problem(engine.DEAD_LOOP, step="loop-a", detail="loop-a, loop-b, loop-c"),
    ),
    "points for an unknown competency": (
        lambda r: find_choice(r, "start", "listen")["points"].append(
            {"competency": "charm", "points": 1}
        ),
        Problem(engine.UNKNOWN_COMPETENCY, step="start", choice="listen", detail="charm"),
    ),
    "source points for an unknown competency": (
        lambda r: find_step(r, "data")["sources"][0]["points"].append(
            {"competency": "charm", "points": 1}
        ),
        Problem(engine.UNKNOWN_COMPETENCY, step="data", choice="survey", detail="charm"),
    ),
    "too many points": (
        lambda r: find_choice(r, "start", "listen")["points"][0].update(points=11),
        Problem(engine.POINTS_RANGE, step="start", choice="listen", detail="11"),
    ),
    "too few points": (
        lambda r: find_step(r, "data")["sources"][2]["points"][0].update(points=-11),
        Problem(engine.POINTS_RANGE, step="data", choice="rumour", detail="-11"),
    ),
    "an effect on an unknown KPI": (
        lambda r: find_choice(r, "start", "listen")["effects"].append({"kpi": "nps", "delta": 1}),
        Problem(engine.UNKNOWN_KPI, step="start", choice="listen", detail="nps"),
    ),
    "a negative cost": (
        lambda r: find_choice(r, "start", "ask").update(cost=-5),
        Problem(engine.NEGATIVE_COST, step="start", choice="ask", detail="-5"),
    ),
    "a choice costing more than the budget": (
        lambda r: find_choice(r, "plan", "premium").update(cost=150),
        Problem(engine.OVER_BUDGET, step="plan", choice="premium", detail="150"),
    ),
    "a source costing more than the budget": (
        lambda r: find_step(r, "data")["sources"][1].update(cost=101),
        Problem(engine.OVER_BUDGET, step="data", choice="logs", detail="101"),
    ),
    "a negative budget": (
        lambda r: r.update(budget=-1),
        Problem(engine.NEGATIVE_BUDGET, detail="-1"),
    ),
    "every choice has a condition": (
        lambda r: (
            find_choice(r, "plan", "fix").update(
                condition=condition("chose", step="start", choice="ask")
            ),
            find_choice(r, "plan", "patch").update(
                condition=condition("not_chose", step="start", choice="ask")
            ),
        ),
        Problem(engine.ALL_CONDITIONAL, step="plan"),
    ),
    "every open choice costs budget": (
        lambda r: (
            find_choice(r, "start", "listen").update(cost=5),
            find_choice(r, "start", "escalate").update(cost=1),
        ),
        Problem(engine.ALL_COSTLY, step="start"),
    ),
    "a condition of an unknown kind": (
        lambda r: find_choice(r, "plan", "premium")["condition"].update(kind="mood"),
        Problem(engine.CONDITION_KIND, step="plan", choice="premium", detail="mood"),
    ),
    "a score condition on an unknown competency": (
        lambda r: find_choice(r, "plan", "premium")["condition"].update(competency="charm"),
        Problem(engine.CONDITION_COMPETENCY, step="plan", choice="premium", detail="charm"),
    ),
    "a KPI condition on an unknown KPI": (
        lambda r: find_choice(r, "plan", "premium").update(
            condition=condition("kpi_at_least", kpi="nps", value=10)
        ),
        Problem(engine.CONDITION_KPI, step="plan", choice="premium", detail="nps"),
    ),
    "a condition without a value": (
        lambda r: find_choice(r, "plan", "premium").update(
            condition=condition("budget_at_least", value="")
        ),
        Problem(engine.CONDITION_VALUE, step="plan", choice="premium"),
    ),
    "a condition on an unknown step": (
        lambda r: find_choice(r, "plan", "follow-up")["condition"].update(step="nowhere"),
        Problem(engine.CONDITION_STEP, step="plan", choice="follow-up", detail="nowhere"),
    ),
    "a condition on an unknown choice": (
        lambda r: find_choice(r, "plan", "follow-up")["condition"].update(choice="shout"),
        Problem(engine.CONDITION_CHOICE, step="plan", choice="follow-up", detail="shout"),
    ),
    "a KPI starting out of range": (
        lambda r: r["kpis"][1]["value"].update(start=21),
        Problem(engine.KPI_START, detail="churn"),
    ),
    "a KPI with no range": (
        lambda r: r["kpis"][1]["value"].update(minimum=5, maximum=5),
        Problem(engine.KPI_RANGE, detail="churn"),
    ),
    "two KPIs share a key": (
        lambda r: r["kpis"].append(kpi("csat", 1)),
        Problem(engine.DUPLICATE_KPI, detail="csat"),
    ),
    "a KPI without a key": (
        lambda r: r["kpis"].append(kpi("", 1)),
        Problem(engine.KPI_NO_KEY),
    ),
    "two competencies share a key": (
        lambda r: r["competencies"].append(competency("metrics")),
        Problem(engine.DUPLICATE_COMPETENCY, detail="metrics"),
    ),
    "a competency without a key": (
        lambda r: r["competencies"].append(competency("")),
        Problem(engine.COMPETENCY_NO_KEY),
    ),
    "a negative weight": (
        lambda r: r["competencies"][0]["value"].update(weight="-1"),
        Problem(engine.NEGATIVE_WEIGHT, detail="empathy"),
    ),
}


@pytest.mark.parametrize("flaw", FLAWS)
def test_each_flaw_is_reported_alone(flaw):
    make_flaw, problem = FLAWS[flaw]
    raw = base()
    make_flaw(raw)
    assert validate_stream(**raw) == [problem]


def test_a_step_leading_only_into_a_dead_end_is_not_reported_twice():
    raw = base()
    find_choice(raw, "start", "escalate").update(next="detour")
    _add_step(raw, narrative("detour", "refund"))
    find_step(raw, "refund").update(next="nowhere")
    # detour cannot finish either, but fixing refund fixes it.
    assert validate_stream(**raw) == [
        Problem(engine.UNKNOWN_CONTINUE, step="refund", detail="nowhere")
    ]


def test_a_loop_with_a_way_out_is_fine():
    raw = base()
    find_choice(raw, "plan", "patch").update(next="refund")  # plan → refund → plan …
    find_step(raw, "plan")["choices"].append(choice("give-up", "bad"))
    assert validate_stream(**raw) == []


def test_a_scenario_without_an_ending():
    raw = {
        "competencies": [competency("empathy")],
        "kpis": [],
        "budget": None,
        "steps": [narrative("a", "b"), narrative("b", "a")],
    }
    assert validate_stream(**raw) == [Problem(engine.NO_ENDING)]


def test_a_scenario_without_competencies():
    raw = {
        "competencies": [],
        "kpis": [],
        "budget": None,
        "steps": [narrative("a", "b"), ending("b")],
    }
    assert validate_stream(**raw) == [Problem(engine.NO_COMPETENCIES)]


def test_each_duplicate_step_is_reported():
    raw = base()
    raw["steps"] += [ending("good"), ending("good")]
    assert (
        validate_stream(**raw) == [Problem(engine.DUPLICATE_STEP, step="good", detail="good")] * 2
    )
    # validate() sees the parsed scenario, where the first step of a key counts.
    assert validate(build(raw)) == []


def test_a_problem_reads_as_a_sentence():
    problem = Problem(engine.CHOICE_UNKNOWN_TARGET, step="start", choice="ask", detail="x")
    assert str(problem) == "start → ask: This choice leads to a step that does not exist. (x)"
    assert str(Problem(engine.NO_ENDING)) == engine.NO_ENDING


def test_validating_500_steps_finds_nothing_in_a_generated_scenario():
    assert validate_stream(**generate_scenario(500, seed=7)) == []


# --- The run ------------------------------------------------------------------------------


def test_a_new_run_starts_at_the_first_step():
    assert start(build()) == {
        "step": "start",
        "scores": {"empathy": 0, "metrics": 0},
        "kpis": {"csat": "70", "churn": "5"},
        "budget": 100,
        "path": [],
        "opened": [],
        "finished": False,
        "history": [],
    }


def test_happy_path_to_an_ending():
    scenario = build()
    state = play(scenario, "listen", "open:survey", "continue", "fix")
    assert state["step"] == "good"
    assert state["finished"] is True
    assert state["scores"] == {"empathy": 5, "metrics": 7}
    assert state["kpis"] == {"csat": "85", "churn": "5"}
    assert state["budget"] == 80
    assert state["path"] == [
        {"step": "start", "choice": "listen", "kind": "choice"},
        {"step": "data", "source": "survey", "kind": "source"},
        {"step": "data", "kind": "continue"},
        {"step": "plan", "choice": "fix", "kind": "choice"},
    ]
    assert state["opened"] == [{"step": "data", "source": "survey", "kind": "source"}]
    assert len(state["history"]) == 4
    assert all("history" not in snapshot for snapshot in state["history"])
    # Plain JSON all the way: the caller stores it as it is.
    assert json.loads(json.dumps(state)) == state


def test_a_stored_state_plays_on():
    scenario = build()
    state = json.loads(json.dumps(play(scenario, "escalate")))
    state = proceed(scenario, state)
    assert state["step"] == "plan"


def test_available_choices_follow_conditions_and_budget():
    scenario = build()
    keys = lambda state: [c.key for c in available_choices(scenario, state)]  # noqa: E731
    assert keys(start(scenario)) == ["listen", "escalate", "ask"]
    # Listened (empathy 3): premium and the follow-up open up.
    assert keys(play(scenario, "listen", "continue")) == ["fix", "patch", "premium", "follow-up"]
    # Asked (empathy 1): neither.
    assert keys(play(scenario, "ask", "continue")) == ["fix", "patch"]
    # Listened, but spent 50 on data: premium (60) no longer fits.
    assert keys(play(scenario, "listen", "open:survey", "open:logs", "continue")) == [
        "fix",
        "patch",
        "follow-up",
    ]
    # Not a decision, or finished: nothing to choose.
    assert keys(play(scenario, "listen")) == []
    assert keys(play(scenario, "listen", "continue", "fix")) == []


def _gate(kind, **fields):
    """A scenario whose second decision has one open choice and one behind `condition`."""
    return build(
        {
            "competencies": [competency("empathy")],
            "kpis": [kpi("csat", 50)],
            "budget": 30,
            "steps": [
                decision(
                    "start",
                    choice("warm", "gate", {"empathy": 4}, {"csat": 10}, cost=10),
                    choice("cold", "gate", {"empathy": -1}, {"csat": -10}),
                ),
                decision(
                    "gate",
                    choice("open", "end"),
                    choice("locked", "end", condition=condition(kind, **fields)),
                ),
                ending("end"),
            ],
        }
    )


@pytest.mark.parametrize(
    ("kind", "fields", "opens_after_warm", "opens_after_cold"),
    [
        ("min_score", {"competency": "empathy", "value": 4}, True, False),
        ("min_score", {"competency": "empathy", "value": "-1"}, True, True),
        ("kpi_at_least", {"kpi": "csat", "value": "60"}, True, False),
        ("kpi_at_most", {"kpi": "csat", "value": 40.0}, False, True),
        ("budget_at_least", {"value": 21}, False, True),
        ("budget_at_least", {"value": 20}, True, True),
        ("chose", {"step": "start", "choice": "warm"}, True, False),
        ("not_chose", {"step": "start", "choice": "warm"}, False, True),
    ],
)
def test_conditions(kind, fields, opens_after_warm, opens_after_cold):
    scenario = _gate(kind, **fields)
    for first, opens in (("warm", opens_after_warm), ("cold", opens_after_cold)):
        state = play(scenario, first)
        offered = "locked" in [c.key for c in available_choices(scenario, state)]
        assert offered is opens
        if opens:
            assert choose(scenario, state, "locked")["finished"] is True
        else:
            rejects(choose, scenario, state, "locked", message=engine.CONDITION_NOT_MET)


def test_a_condition_of_an_unknown_kind_never_holds():
    scenario = _gate("mood", value=1)
    rejects(choose, scenario, play(scenario, "warm"), "locked", message=engine.CONDITION_NOT_MET)


@pytest.mark.parametrize("key", ["fix", "nope", "", None, 3, ["listen"], "LISTEN"])
def test_forged_choices_are_refused(key):
    scenario = build()
    # "fix" belongs to another step; the others belong to no step at all.
    rejects(choose, scenario, start(scenario), key, message=engine.UNKNOWN_CHOICE)


def test_a_choice_beyond_the_budget_is_refused():
    scenario = build()
    state = play(scenario, "listen", "open:survey", "open:logs", "continue")
    assert state["budget"] == 50
    rejects(choose, scenario, state, "premium", message=engine.NOT_ENOUGH_BUDGET)


def test_a_source_beyond_the_budget_is_refused():
    raw = base()
    raw["budget"] = 40
    scenario = build(raw)
    state = play(scenario, "ask", "open:survey")
    assert state["budget"] == 10
    rejects(open_source, scenario, state, "logs", message=engine.NOT_ENOUGH_BUDGET)


def test_without_a_budget_costs_are_ignored():
    raw = base()
    raw["budget"] = None
    scenario = build(raw)
    state = play(scenario, "listen", "open:survey", "open:logs", "continue", "premium")
    assert state["budget"] is None
    assert state["finished"]


def test_kpis_stay_within_their_range():
    raw = base()
    find_choice(raw, "start", "listen")["effects"] = [{"kpi": "csat", "delta": "45"}]
    find_choice(raw, "start", "escalate")["effects"] = [
        {"kpi": "csat", "delta": -90},
        {"kpi": "churn", "delta": "18.5"},
    ]
    find_choice(raw, "plan", "patch")["effects"] = [{"kpi": "churn", "delta": "3"}]
    scenario = build(raw)
    assert play(scenario, "listen")["kpis"]["csat"] == "100"
    assert play(scenario, "listen", "continue", "fix")["kpis"]["csat"] == "100"
    low = play(scenario, "escalate")
    assert low["kpis"] == {"csat": "0", "churn": "20"}
    assert play(scenario, "escalate", "continue", "patch")["kpis"]["churn"] == "20"


def test_investigation_open_then_continue():
    scenario = build()
    state = play(scenario, "ask")
    assert state["budget"] == 90
    state = open_source(scenario, state, "rumour")
    assert state["scores"]["metrics"] == 0  # 1 for asking, -1 for believing the rumour
    assert state["step"] == "data"
    rejects(open_source, scenario, state, "rumour", message=engine.ALREADY_OPENED)
    rejects(open_source, scenario, state, "gossip", message=engine.UNKNOWN_SOURCE)
    rejects(choose, scenario, state, "fix", message=engine.NOT_A_DECISION)
    state = proceed(scenario, state)
    assert state["step"] == "plan"


def test_decisions_have_no_sources_and_do_not_continue_on_their_own():
    scenario = build()
    state = start(scenario)
    rejects(open_source, scenario, state, "survey", message=engine.NOT_AN_INVESTIGATION)
    rejects(proceed, scenario, state, message=engine.CANNOT_CONTINUE)


def test_back_restores_the_state_before_the_last_action():
    scenario = build()
    first = start(scenario)
    assert back(scenario, play(scenario, "listen")) == first
    opened = play(scenario, "listen", "open:survey")
    undone = back(scenario, opened)
    assert undone == play(scenario, "listen")
    assert undone["budget"] == 100
    assert open_source(scenario, undone, "survey")["scores"] == opened["scores"]  # opens again
    # An undone choice no longer counts for "chose" conditions.
    state = play(scenario, "listen", "continue", "back", "back", "ask", "continue")
    assert "follow-up" not in [c.key for c in available_choices(scenario, state)]
    rejects(back, scenario, first, message=engine.NOTHING_TO_UNDO)


def test_a_finished_run_refuses_everything():
    scenario = build()
    state = play(scenario, "escalate", "continue", "patch")
    assert state["finished"] and state["step"] == "bad"
    rejects(choose, scenario, state, "fix", message=engine.RUN_FINISHED)
    rejects(open_source, scenario, state, "survey", message=engine.RUN_FINISHED)
    rejects(proceed, scenario, state, message=engine.RUN_FINISHED)
    rejects(back, scenario, state, message=engine.RUN_FINISHED)


def test_a_run_at_a_step_the_scenario_lost_is_refused():
    scenario = build()
    state = start(scenario) | {"step": "deleted"}
    rejects(choose, scenario, state, "listen", message=engine.LOST_STEP)
    rejects(proceed, scenario, state, message=engine.LOST_STEP)
    assert available_choices(scenario, state) == []


def test_kpi_timeline_by_step_and_by_quarter():
    scenario = build()
    state = play(scenario, "listen", "open:survey", "continue", "fix")
    timeline = kpi_timeline(scenario, state)
    assert [(p["label"], p["quarter"], p["kpis"]) for p in timeline["by_step"]] == [
        ("start", 1, {"csat": "70", "churn": "5"}),
        ("data", 1, {"csat": "75", "churn": "5"}),
        ("plan", 2, {"csat": "75", "churn": "5"}),
        ("good", 3, {"csat": "85", "churn": "5"}),
    ]
    assert [(p["label"], p["kpis"]["csat"]) for p in timeline["by_quarter"]] == [
        ("Q1", "75"),  # on leaving data for plan
        ("Q2", "85"),  # on leaving plan for the ending
        ("Q3", "85"),
    ]
    assert timeline["by_step"][-1]["kpis"] == state["kpis"]


def test_kpi_timeline_of_a_run_in_progress_and_without_quarters():
    raw = base()
    for block in raw["steps"]:
        block["value"]["quarter"] = None
    find_step(raw, "plan")["quarter"] = 4  # earlier steps have none; later ones inherit
    scenario = build(raw)
    timeline = kpi_timeline(scenario, start(scenario))
    assert [p["label"] for p in timeline["by_step"]] == ["start"]
    assert timeline["by_quarter"] == []
    state = play(scenario, "escalate", "continue", "patch")
    timeline = kpi_timeline(scenario, state)
    assert [(p["label"], p["quarter"]) for p in timeline["by_step"]] == [
        ("start", None),
        ("refund", None),
        ("plan", 4),
        ("bad", 4),
    ]
    assert timeline["by_quarter"] == [
        {"label": "Q4", "step": None, "quarter": 4, "kpis": {"csat": "60", "churn": "10"}}
    ]


def test_expert_route():
    assert expert_route(build()) == [
        ("start", "listen"),
        ("data", ""),
        ("plan", "fix"),
        ("good", ""),
    ]


def test_expert_route_stops_at_a_loop_and_where_the_expert_is_silent():
    raw = base()
    find_choice(raw, "plan", "fix").update(next="start")
    assert expert_route(build(raw)) == [("start", "listen"), ("data", ""), ("plan", "fix")]
    find_choice(raw, "start", "listen").update(expert=False)
    assert expert_route(build(raw)) == [("start", "")]


# --- Scoring --------------------------------------------------------------------------------


def test_max_points_is_the_best_route_for_each_competency():
    assert max_points(build()) == {"empathy": 5, "metrics": 10}


def test_the_best_route_for_each_competency_scores_100():
    scenario = build()
    empathy = play(scenario, "listen", "continue", "fix")
    assert competency_scores(scenario, empathy) == {"empathy": 100, "metrics": 30}
    metrics = play(scenario, "ask", "open:survey", "open:logs", "continue", "fix")
    assert competency_scores(scenario, metrics) == {"empathy": 60, "metrics": 100}


def test_the_worst_route_scores_0():
    scenario = build()
    state = play(scenario, "escalate", "continue", "patch")
    assert state["scores"] == {"empathy": -2, "metrics": -2}
    assert competency_scores(scenario, state) == {"empathy": 0, "metrics": 0}
    assert overall_score(scenario, competency_scores(scenario, state)) == D("0.00")


def test_a_choice_counts_with_where_it_leads():
    # The most empathic choice ends the scenario at once: 5, not 5 + 3.
    scenario = build(
        {
            "competencies": [competency("empathy")],
            "kpis": [],
            "budget": None,
            "steps": [
                decision(
                    "start",
                    choice("hug", "end", {"empathy": 5}),
                    choice("listen", "middle", {"empathy": 1}),
                ),
                decision("middle", choice("ask", "end", {"empathy": 3}), choice("leave", "end")),
                ending("end"),
            ],
        }
    )
    assert max_points(scenario) == {"empathy": 5}
    assert competency_scores(scenario, play(scenario, "listen", "ask")) == {"empathy": 80}


def test_a_loop_counts_each_step_once():
    raw = base()
    find_choice(raw, "plan", "patch").update(next="refund")  # plan → refund → plan …
    find_step(raw, "plan")["choices"].append(choice("give-up", "bad", {"empathy": 10}))
    scenario = build(raw)
    # listen 3 + give-up 10; going round the loop again would count plan twice.
    assert max_points(scenario) == {"empathy": 13, "metrics": 10}
    state = play(scenario, "listen", "continue", "patch", "continue", "give-up")
    assert state["scores"]["empathy"] == 13
    # Going round a loop can earn more than the maximum: the score stays 100.
    assert competency_scores(scenario, {"scores": {"empathy": 20, "metrics": 0}}) == {
        "empathy": 100,
        "metrics": 0,
    }


def test_points_held_before_a_later_loss_count_in_the_maximum():
    # Found by test_random_walks_through_valid_scenarios_always_end: every route
    # ends on 0 or -1, but "up" holds 1 point until s1 takes it away again.
    raw = {
        "competencies": [competency("empathy")],
        "kpis": [],
        "budget": None,
        "steps": [
            decision("s0", choice("up", "s1", {"empathy": 1}), choice("flat", "s1")),
            decision(
                "s1",
                choice("lose", "end", {"empathy": -1}),
                choice("lose-too", "end", {"empathy": -1}),
            ),
            ending("end"),
        ],
    }
    assert validate_stream(**raw) == []
    scenario = build(raw)
    assert max_points(scenario) == {"empathy": 1}
    state = play(scenario, "up")
    assert state["scores"]["empathy"] == 1
    assert competency_scores(scenario, state) == {"empathy": 100}
    assert competency_scores(scenario, play(scenario, "up", "lose")) == {"empathy": 0}


def test_a_loop_entered_from_either_side_counts_in_full():
    # y and z lead to each other. A depth-first search from the start reaches z
    # first through y, so z's own best was once worked out with y cut off as
    # "already on the route", and the route start → z → y missed y's 10 points.
    raw = {
        "competencies": [competency("empathy")],
        "kpis": [],
        "budget": None,
        "steps": [
            decision("start", choice("to-y", "y"), choice("to-z", "z", {"empathy": 5})),
            decision("y", choice("y-z", "z"), choice("y-end", "end", {"empathy": 10})),
            decision("z", choice("z-y", "y"), choice("z-end", "end")),
            ending("end"),
        ],
    }
    assert validate_stream(**raw) == []
    scenario = build(raw)
    assert max_points(scenario) == {"empathy": 15}
    state = play(scenario, "to-z", "z-y", "y-end")
    assert state["scores"]["empathy"] == 15
    assert competency_scores(scenario, state) == {"empathy": 100}


def test_going_round_a_loop_that_gains_nothing_never_beats_the_maximum():
    # a → b earns 4 but b → a costs 6: round and round never holds more than the
    # first time, whichever step the route leaves the loop from.
    raw = {
        "competencies": [competency("empathy")],
        "kpis": [],
        "budget": None,
        "steps": [
            decision("a", choice("a-b", "b", {"empathy": 4}), choice("a-end", "end")),
            decision(
                "b",
                choice("b-a", "a", {"empathy": -6}),
                choice("b-end", "end", {"empathy": 1}),
            ),
            ending("end"),
        ],
    }
    scenario = build(raw)
    assert max_points(scenario) == {"empathy": 5}
    state = play(scenario, "a-b", "b-a", "a-b", "b-a", "a-b", "b-end")
    assert state["scores"]["empathy"] == 4 + 4 + 4 - 6 - 6 + 1
    assert play(scenario, "a-b", "b-end")["scores"]["empathy"] == 5


def test_a_competency_no_route_scores_is_100_unless_points_were_lost():
    raw = base()
    raw["competencies"].append(competency("ownership"))
    scenario = build(raw)
    assert max_points(scenario)["ownership"] == 0
    assert competency_scores(scenario, start(scenario))["ownership"] == 100
    lost = start(scenario) | {"scores": {"ownership": -1}}
    assert competency_scores(scenario, lost)["ownership"] == 0


def test_competency_scores_round_half_up():
    scenario = build()
    # metrics 1 of 10 → 10; empathy 1 of 5 → 20; and 5 of 8 would be 62.5 → 63.
    assert competency_scores(scenario, {"scores": {"empathy": 1, "metrics": 1}}) == {
        "empathy": 20,
        "metrics": 10,
    }
    raw = base()
    find_choice(raw, "plan", "fix")["points"] = [{"competency": "empathy", "points": 5}]
    scenario = build(raw)
    assert max_points(scenario)["empathy"] == 8
    assert competency_scores(scenario, {"scores": {"empathy": 5}})["empathy"] == 63
    assert competency_scores(scenario, {"scores": {"empathy": 1}})["empathy"] == 13  # 12.5


def test_overall_score_weights_competencies():
    scenario = build()  # empathy weight 1, metrics weight 3
    assert overall_score(scenario, {"empathy": 100, "metrics": 50}) == D("62.50")
    assert overall_score(scenario, {"empathy": 50, "metrics": 100}) == D("87.50")
    assert overall_score(scenario, {"empathy": "100"}) == D("25.00")  # missing counts 0


def test_overall_score_with_all_weights_zero_is_the_plain_average():
    raw = base()
    for block in raw["competencies"]:
        block["value"]["weight"] = 0
    assert overall_score(build(raw), {"empathy": 100, "metrics": 50}) == D("75.00")


def test_overall_score_rounds_half_up():
    raw = base()
    raw["competencies"] = [competency("a"), competency("b"), competency("c")]
    scenario = build(raw)
    assert overall_score(scenario, {"a": 100, "b": 0, "c": 0}) == D("33.33")
    assert overall_score(scenario, {"a": 100, "b": 100, "c": 0}) == D("66.67")
    assert overall_score(scenario, {"a": 100, "b": 1, "c": 0}) == D("33.67")


def test_overall_score_without_competencies_is_0():
    raw = base()
    raw["competencies"] = []
    assert overall_score(build(raw), {}) == D("0.00")


@pytest.mark.parametrize(
    ("overall", "mark", "result"),
    [
        (D("60.00"), D(60), True),
        (D("59.99"), D(60), False),
        (D("100.00"), D(100), True),
        (D(0), D(0), True),
        (D(0), None, True),
        (None, D(60), False),
    ],
)
def test_passed(overall, mark, result):
    assert passed(overall, mark) is result


RUNS = [D("50.00"), D("90.00"), D("25.50")]


@pytest.mark.parametrize(
    ("method", "grade"),
    [("highest", D("90.00")), ("last", D("25.50")), ("first", D("50.00")), ("average", D("55.17"))],
)
def test_grade_runs(method, grade):
    assert grade_runs(RUNS, method) == grade


def test_grade_runs_average_rounds_half_up():
    assert grade_runs([D("0.01"), D("0.02")], "average") == D("0.02")


@pytest.mark.parametrize("method", engine.GRADING_METHODS)
def test_grade_runs_without_runs_is_none(method):
    assert grade_runs([], method) is None


def test_grade_runs_unknown_method_is_a_bug():
    with pytest.raises(ValueError):
        grade_runs(RUNS, "best")


# --- Properties on generated scenarios ---------------------------------------------------------

KINDS = ["decision", "investigation", "narrative"]


@st.composite
def dag_scenarios(draw, max_steps=30):
    """A valid scenario whose links all lead forward: 2–`max_steps` steps, with
    random points, effects, costs, conditions, quarters and number formats."""
    n = draw(st.integers(2, max_steps))
    endings = draw(st.integers(1, min(3, n - 1)))
    body = n - endings
    keys = [f"s{i}" for i in range(body)] + [f"end{i}" for i in range(endings)]
    budget = draw(st.none() | st.integers(0, 120))
    competencies = ["empathy", "metrics"]
    top = 40 if budget is None else budget
    number = st.integers(-30, 30).map(lambda x: D(x) / 2)
    as_raw = st.sampled_from([str, float, lambda d: d])
    kinds = [draw(st.sampled_from(KINDS)) for _ in range(body)]
    if endings > 1:
        kinds[-1] = "decision"  # branches out to the other endings
    decisions = []

    def points():
        chosen = draw(st.lists(st.sampled_from(competencies), max_size=2, unique=True))
        return {c: draw(st.integers(-10, 10)) for c in chosen}

    def gate():
        options = [
            None,
            condition(
                "min_score",
                competency=draw(st.sampled_from(competencies)),
                value=draw(st.integers(-5, 10)),
            ),
            condition("kpi_at_least", kpi="csat", value=str(draw(number) + 50)),
            condition("kpi_at_most", kpi="churn", value=draw(st.integers(0, 20))),
            condition("budget_at_least", value=draw(st.integers(0, 100))),
        ]
        if decisions:
            earlier, choice_keys = draw(st.sampled_from(decisions))
            which = draw(st.sampled_from(["chose", "not_chose"]))
            options.append(
                condition(which, step=earlier, choice=draw(st.sampled_from(choice_keys)))
            )
        return draw(st.sampled_from(options))

    steps = []
    for i in range(body):
        key, kind, quarter = keys[i], kinds[i], draw(st.none() | st.integers(1, 4))
        if kind == "decision":
            count = draw(st.integers(2, 3))
            targets = [keys[i + 1]] + [
                draw(st.sampled_from(keys[i + 1 :])) for _ in range(count - 1)
            ]
            if i == body - 1:
                targets += keys[body + 1 :]
            choice_keys = [f"{key}c{n}" for n in range(len(targets))]
            choices = [
                choice(
                    choice_keys[n],
                    target,
                    points(),
                    {
                        k: draw(as_raw)(draw(number))
                        for k in draw(st.lists(st.sampled_from(["csat", "churn"]), unique=True))
                    },
                    cost=0 if n == 0 else draw(st.integers(0, top)),
                    expert=draw(st.booleans()),
                    # The first choice stays open and free: nobody is ever stuck.
                    condition=None if n == 0 else gate(),
                )
                for n, target in enumerate(targets)
            ]
            steps.append(decision(key, *choices, quarter=quarter))
            decisions.append((key, choice_keys))
        elif kind == "investigation":
            sources = [
                source(f"{key}src{n}", draw(st.integers(0, top)), points())
                for n in range(draw(st.integers(1, 3)))
            ]
            steps.append(investigation(key, keys[i + 1], *sources, quarter=quarter))
        else:
            steps.append(narrative(key, keys[i + 1], quarter=quarter))
    steps += [ending(key) for key in keys[body:]]
    return {
        "competencies": [competency(c, draw(st.integers(0, 3))) for c in competencies],
        "kpis": [
            kpi("csat", str(draw(st.integers(0, 100))), 0, 100),
            kpi("churn", draw(st.integers(0, 20)), "0", 20.0, higher_is_better=False),
        ],
        "budget": budget,
        "steps": steps,
    }


def _walk(scenario, rnd, max_backs=3):
    """Play at random to the end, checking after every action that the state given
    was not changed, KPIs stay in range and scores stay within 0–100."""
    maxima = max_points(scenario)
    bounds = {k.key: (k.minimum, k.maximum) for k in scenario.kpis}
    state = start(scenario)
    backs = 0
    for _ in range(10 * len(scenario.steps) + 10):
        if state["finished"]:
            break
        given_state = copy.deepcopy(state)
        current = scenario.steps[state["step"]]
        if state["history"] and backs < max_backs and rnd.random() < 0.1:
            backs += 1
            new = back(scenario, state)
        elif current.kind == "decision":
            options = available_choices(scenario, state)
            assert options, f"stuck at {current.key}"
            new = choose(scenario, state, rnd.choice(options).key)
        else:
            unopened = [
                s.key
                for s in current.sources
                if {"step": current.key, "source": s.key, "kind": "source"} not in state["opened"]
                and (state["budget"] is None or s.cost <= state["budget"])
            ]
            if unopened and rnd.random() < 0.6:
                new = open_source(scenario, state, rnd.choice(unopened))
            else:
                new = proceed(scenario, state)
        assert state == given_state
        for key, value in new["kpis"].items():
            low, high = bounds[key]
            assert low <= D(value) <= high
        assert new["budget"] is None or new["budget"] >= 0
        for key, score in competency_scores(scenario, new).items():
            assert 0 <= score <= 100
            assert new["scores"][key] <= maxima[key]  # no route beats the maximum
        state = new
    return state


@settings(max_examples=150, deadline=None)
@given(raw=dag_scenarios(), rnd=st.randoms(use_true_random=False))
def test_random_walks_through_valid_scenarios_always_end(raw, rnd):
    assert validate_stream(**raw) == []
    scenario = build(raw)
    state = _walk(scenario, rnd)
    assert state["finished"]
    assert scenario.steps[state["step"]].kind == "ending"
    assert kpi_timeline(scenario, state)["by_step"][-1]["kpis"] == state["kpis"]
    assert 0 <= overall_score(scenario, competency_scores(scenario, state)) <= 100
    assert json.loads(json.dumps(state)) == state


@settings(max_examples=50, deadline=None)
@given(n=st.integers(2, 80), seed=st.integers(0, 2**32), rnd=st.randoms(use_true_random=False))
def test_generated_scenarios_are_valid_and_playable(n, seed, rnd):
    raw = generate_scenario(n, seed)
    assert len(raw["steps"]) == n
    assert validate_stream(**raw) == []
    assert _walk(build(raw), rnd)["finished"]


def test_generated_scenarios_are_repeatable():
    assert generate_scenario(20, seed=1) == generate_scenario(20, seed=1)
    assert generate_scenario(20, seed=1) != generate_scenario(20, seed=2)
    with pytest.raises(ValueError):
        generate_scenario(1, seed=1)


def _every_running_total(scenario, key, competency, held=0):
    """Brute force: the points held at every moment of every route from `key`,
    having arrived there holding `held`."""
    yield held
    step_ = scenario.steps[key]
    if step_.kind == "narrative":
        yield from _every_running_total(scenario, step_.next, competency, held)
    elif step_.kind == "investigation":
        # Any subset of sources may be opened, in any order; what follows does not
        # depend on which, so going on with the best subset (the positive ones) is
        # enough for the routes after it.
        values = [s.points.get(competency, 0) for s in step_.sources]
        for n in range(1, len(values) + 1):
            for opened in itertools.combinations(values, n):
                yield held + sum(opened)
        gain = sum(max(v, 0) for v in values)
        yield from _every_running_total(scenario, step_.next, competency, held + gain)
    elif step_.kind == "decision":
        for c in step_.choices:
            earned = held + c.points.get(competency, 0)
            yield from _every_running_total(scenario, c.next, competency, earned)


@settings(max_examples=100, deadline=None)
@given(raw=dag_scenarios(max_steps=9))
def test_max_points_is_the_best_of_every_route(raw):
    scenario = build(raw)
    maxima = max_points(scenario)
    for key in ("empathy", "metrics"):
        assert maxima[key] == max(_every_running_total(scenario, scenario.start, key))
