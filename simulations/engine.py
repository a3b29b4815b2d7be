"""The simulation engine: a scenario's graph, its check, the run's state machine and
its scoring. Pure: no Django, no database. The caller reads the page's StreamFields,
passes their raw JSON to `scenario_from_stream()` and stores the run's state (a
plain JSON dict) itself.

The graph
    Steps are named by key; the first step is the start. A decision leads on through
    its choices, an investigation or narrative step through its "continue to" step;
    an ending finishes the run.

The check (`validate`, `validate_stream`)
    Every step reachable from the start; every route can finish at an ending. A loop
    that nothing leaves is reported once, on its first step, with all its steps
    named in `detail`. A step that leads nowhere (a missing or unknown "continue
    to", choices that all lead to unknown steps) has its own problem already, so the
    steps before it are not reported again: fixing the dead end fixes them all.
    A decision step needs at least one choice without a condition (and, with a
    budget, one that is also free), so that no learner can be left without a choice.
    Each problem's `message` is a fixed English sentence (marked for translation);
    `step` and `choice` say where it is (`choice` also holds a data source's key) and
    `detail` holds the offending key or value, which needs no translation.

The run
    `start()` makes the state; `choose()`, `open_source()`, `proceed()` and `back()`
    return a new state and never change the one given. Anything the learner may not
    do raises `EngineError`; its message is a fixed English sentence. Competency
    points are summed as earned (a condition "score at least" compares these raw
    points, not the 0–100 score). KPI values are kept as strings of decimals and
    stay between the KPI's lowest and highest values. With no budget, costs are
    ignored and "budget at least" conditions always hold. Every action keeps a copy
    of the state before it in `history`, so `back()` can restore it exactly; the path
    is then the path of the restored state, so an undone choice no longer counts
    for "chose" conditions.

Scoring
    A competency's maximum is the most points of it that a learner can hold at any
    moment of a single route, worked out for each competency on its own (the best
    route for empathy may differ from the best route for metrics). Points are held
    as soon as they are earned, so a route that earns points and loses them again
    later counts with the points it held before the loss: the maximum is never
    below what a run in progress holds, and never below 0. A decision adds the
    points of the choice taken plus the best that can follow from where that choice
    leads (or nothing, if all that follows loses points); an investigation adds
    every data source with positive points for the competency (each source opens
    once). Conditions and the budget are ignored, and going back only restores an
    earlier state, so the maximum is an upper bound. The steps of a loop (steps that
    lead round to each other) count together, each once: the best choice that stays
    in the loop at each of its steps (if it gains), its steps' positive sources, and
    the best way out of the loop. That bounds every way through the loop, however
    often it goes round, unless going round gains points: such a loop has no
    maximum, so going round it again can earn more than the maximum.
    The score is round(100 × earned / maximum), half up, kept between 0 and 100;
    negative earned points score 0. A competency no route can earn points for
    (maximum 0) scores 100, or 0 if the learner lost points on it.
    The overall score is the average of the competency scores weighted by the
    competencies' weights (2 places, half up); when every weight is 0 it is the
    plain average, and a scenario without competencies scores 0.
"""

import copy
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext

from courses.completion import GRADING_METHODS, grade_across  # noqa: F401 - GRADING_METHODS is part of this API

__all__ = [
    "Choice",
    "Competency",
    "Condition",
    "EngineError",
    "Kpi",
    "Problem",
    "Scenario",
    "ScenarioError",
    "Source",
    "Step",
    "available_choices",
    "back",
    "choose",
    "competency_scores",
    "expert_route",
    "grade_runs",
    "kpi_timeline",
    "max_points",
    "open_source",
    "overall_score",
    "passed",
    "proceed",
    "scenario_from_stream",
    "start",
    "validate",
    "validate_stream",
]


def gettext_noop(message: str) -> str:
    # Marks the message for `makemessages` without importing Django.
    return message


DECISION = "decision"
INVESTIGATION = "investigation"
NARRATIVE = "narrative"
ENDING = "ending"
STEP_KINDS = (DECISION, INVESTIGATION, NARRATIVE, ENDING)
CONDITION_KINDS = (
    "min_score",
    "kpi_at_least",
    "kpi_at_most",
    "budget_at_least",
    "chose",
    "not_chose",
)
MIN_CHOICES = 2
MAX_CHOICES = 5
MIN_POINTS = -10
MAX_POINTS = 10

# --- What the check reports ---------------------------------------------------------

NO_STEPS = gettext_noop("The scenario has no steps.")
STEP_NO_KEY = gettext_noop("A step has no key.")
DUPLICATE_STEP = gettext_noop("Another step already has this key; each step needs its own.")
NO_ENDING = gettext_noop("The scenario has no ending: every route must finish at an ending step.")
NO_COMPETENCIES = gettext_noop("The scenario scores no competencies: add at least one.")
COMPETENCY_NO_KEY = gettext_noop("A competency has no key.")
DUPLICATE_COMPETENCY = gettext_noop("Two competencies have the same key.")
NEGATIVE_WEIGHT = gettext_noop("A competency's weight cannot be negative.")
KPI_NO_KEY = gettext_noop("A KPI has no key.")
DUPLICATE_KPI = gettext_noop("Two KPIs have the same key.")
KPI_RANGE = gettext_noop("A KPI's lowest possible value must be below its highest.")
KPI_START = gettext_noop("A KPI's starting value must lie between its lowest and highest values.")
NEGATIVE_BUDGET = gettext_noop("The budget cannot be negative.")
UNKNOWN_KIND = gettext_noop("This step's type is not one the simulation knows.")
TOO_FEW_CHOICES = gettext_noop("A decision step needs at least 2 choices.")
TOO_MANY_CHOICES = gettext_noop("A decision step can have at most 5 choices.")
NEXT_IGNORED = gettext_noop(
    "A decision step leads on through its choices; remove its “continue to” step."
)
NO_CONTINUE = gettext_noop("This step needs a step to continue to.")
UNKNOWN_CONTINUE = gettext_noop("This step continues to a step that does not exist.")
NO_SOURCES = gettext_noop("An investigation step needs at least one data source.")
ENDING_CONTINUES = gettext_noop("An ending cannot continue to another step.")
ENDING_CHOICES = gettext_noop("An ending cannot have choices.")
CHOICES_IGNORED = gettext_noop(
    "Only decision steps offer choices; the learner would never see these."
)
SOURCES_IGNORED = gettext_noop(
    "Only investigation steps offer data sources; the learner would never see these."
)
CHOICE_NO_KEY = gettext_noop("A choice has no key.")
DUPLICATE_CHOICE = gettext_noop("Two choices in this step have the same key.")
CHOICE_NO_TARGET = gettext_noop("This choice does not lead to any step.")
CHOICE_UNKNOWN_TARGET = gettext_noop("This choice leads to a step that does not exist.")
SOURCE_NO_KEY = gettext_noop("A data source has no key.")
DUPLICATE_SOURCE = gettext_noop("Two data sources in this step have the same key.")
UNKNOWN_COMPETENCY = gettext_noop("Points are given for a competency the scenario does not score.")
POINTS_RANGE = gettext_noop("Points must be between -10 and 10.")
UNKNOWN_KPI = gettext_noop("A KPI effect names a KPI the scenario does not have.")
NEGATIVE_COST = gettext_noop("A cost cannot be negative.")
OVER_BUDGET = gettext_noop("This costs more than the whole budget.")
CONDITION_KIND = gettext_noop("This choice's condition is not one the simulation knows.")
CONDITION_COMPETENCY = gettext_noop(
    "This choice's condition names a competency the scenario does not score."
)
CONDITION_KPI = gettext_noop("This choice's condition names a KPI the scenario does not have.")
CONDITION_VALUE = gettext_noop("This choice's condition needs a value.")
CONDITION_STEP = gettext_noop("This choice's condition names a step that does not exist.")
CONDITION_CHOICE = gettext_noop(
    "This choice's condition names a choice that the earlier step does not have."
)
ALL_CONDITIONAL = gettext_noop(
    "Every choice in this step has a condition, so a learner could be left with no choice: "
    "leave at least one choice without a condition."
)
ALL_COSTLY = gettext_noop(
    "Every choice without a condition in this step costs budget, so a learner who has spent "
    "the budget would be left with no choice: make at least one of them free."
)
UNREACHABLE = gettext_noop("No route from the start leads to this step.")
DEAD_LOOP = gettext_noop("These steps lead round in a loop with no way out to an ending.")

# --- What a run refuses ---------------------------------------------------------------

RUN_FINISHED = gettext_noop("This run is finished.")
LOST_STEP = gettext_noop("This run is at a step the scenario no longer has.")
NOT_A_DECISION = gettext_noop("There is no decision to make at this step.")
UNKNOWN_CHOICE = gettext_noop("This is not one of the choices at this step.")
CONDITION_NOT_MET = gettext_noop("This choice is not available: its condition is not met.")
NOT_ENOUGH_BUDGET = gettext_noop("There is not enough budget left for this.")
NOT_AN_INVESTIGATION = gettext_noop("There are no data sources to open at this step.")
UNKNOWN_SOURCE = gettext_noop("This is not one of the data sources at this step.")
ALREADY_OPENED = gettext_noop("This data source is already opened.")
CANNOT_CONTINUE = gettext_noop("This step does not continue on its own: make a choice.")
DEAD_END = gettext_noop("This step leads to a step that does not exist.")
NOTHING_TO_UNDO = gettext_noop("There is no earlier step to go back to.")

ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_TWO_PLACES = Decimal("0.01")
# Wide enough that sums of KPI values and weights never round; the caller's own
# decimal context (if it changed one) does not leak in.
_CONTEXT = Context(prec=60, rounding=ROUND_HALF_UP)
# Numbers beyond this many digits are not a trainer's input; they read as missing.
_MAX_DIGITS = 30


class ScenarioError(ValueError):
    """The StreamFields cannot make a scenario at all (no steps)."""


class EngineError(Exception):
    """A learner's action that the run does not allow; the state is unchanged."""


# --- The scenario ---------------------------------------------------------------------


@dataclass(frozen=True)
class Competency:
    key: str
    weight: Decimal


@dataclass(frozen=True)
class Kpi:
    key: str
    start: Decimal
    minimum: Decimal
    maximum: Decimal
    higher_is_better: bool = True


@dataclass(frozen=True)
class Condition:
    """When a choice is offered. `kind` is one of CONDITION_KINDS; the other fields
    are read as that kind needs them."""

    kind: str
    competency: str = ""
    kpi: str = ""
    value: Decimal | None = None
    step: str = ""
    choice: str = ""


@dataclass(frozen=True)
class Choice:
    key: str
    next: str | None
    points: dict[str, int]  # competency key → points (summed if listed twice)
    effects: dict[str, Decimal]  # KPI key → change
    cost: int = 0
    expert: bool = False
    condition: Condition | None = None


@dataclass(frozen=True)
class Source:
    key: str
    cost: int
    points: dict[str, int]


@dataclass(frozen=True)
class Step:
    key: str
    kind: str
    next: str | None = None
    choices: tuple[Choice, ...] = ()
    sources: tuple[Source, ...] = ()
    quarter: int | None = None

    def choice(self, key: object) -> Choice | None:
        return next((c for c in self.choices if c.key == key), None)

    def source(self, key: object) -> Source | None:
        return next((s for s in self.sources if s.key == key), None)


@dataclass(frozen=True)
class Scenario:
    start: str
    steps: dict[str, Step]  # in the authored order; the first is `start`
    competencies: tuple[Competency, ...] = ()
    kpis: tuple[Kpi, ...] = ()
    budget: int | None = None


@dataclass(frozen=True)
class Problem:
    """One thing to fix before the scenario can be played."""

    message: str
    step: str = ""
    choice: str = ""  # a choice's key, or a data source's key
    detail: str = ""  # the offending key or value, e.g. an unknown step's key

    def __str__(self) -> str:
        where = " → ".join(part for part in (self.step, self.choice) if part)
        text = f"{where}: {self.message}" if where else self.message
        return f"{text} ({self.detail})" if self.detail else text


# --- Reading the StreamFields' JSON -----------------------------------------------------


def _unwrap(item: object) -> object:
    # Stream children are {"type", "value", "id"}; so are ListBlock items since
    # Wagtail 2.16 ({"type": "item", …}); older list items are the bare value.
    # Python-side defaults may be (type, value) pairs.
    if isinstance(item, Mapping) and "type" in item and "value" in item:
        return item["value"]
    if isinstance(item, tuple | list) and len(item) == 2 and isinstance(item[0], str):
        return item[1]
    return item


def _values(stream: object) -> list[Mapping]:
    if stream is None or isinstance(stream, str | bytes | Mapping):
        return []
    if not isinstance(stream, Iterable):
        return []
    return [value for value in map(_unwrap, stream) if isinstance(value, Mapping)]


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _decimal(value: object, default: Decimal | None = None) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return default
    try:
        if isinstance(value, Decimal):
            number = value
        elif isinstance(value, int):
            number = Decimal(value)
        elif isinstance(value, float):
            number = Decimal(repr(value))  # 0.1 is "0.1", not its binary expansion
        elif isinstance(value, str) and value.strip():
            number = Decimal(value.strip())
        else:
            return default
    except (InvalidOperation, ValueError):
        return default
    if not number.is_finite() or number.adjusted() > _MAX_DIGITS:
        return default
    return number


def _int(value: object, default: int | None = 0) -> int | None:
    number = _decimal(value)
    if number is None:
        return default
    return int(number.to_integral_value(rounding=ROUND_HALF_UP))


def _bool(value: object, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _points(raw: object) -> dict[str, int]:
    points: dict[str, int] = {}
    for value in _values(raw):
        key = _text(value.get("competency"))
        points[key] = points.get(key, 0) + _int(value.get("points"), 0)
    return points


def _effects(raw: object) -> dict[str, Decimal]:
    effects: dict[str, Decimal] = {}
    for value in _values(raw):
        key = _text(value.get("kpi"))
        with localcontext(_CONTEXT):
            effects[key] = effects.get(key, ZERO) + _decimal(value.get("delta"), ZERO)
    return effects


def _condition(raw: object) -> Condition | None:
    raw = _unwrap(raw)
    if not isinstance(raw, Mapping) or not _text(raw.get("kind")):
        return None
    return Condition(
        kind=_text(raw.get("kind")),
        competency=_text(raw.get("competency")),
        kpi=_text(raw.get("kpi")),
        value=_decimal(raw.get("value")),
        step=_text(raw.get("step")),
        choice=_text(raw.get("choice")),
    )


def _choice(value: Mapping) -> Choice:
    return Choice(
        key=_text(value.get("key")),
        next=_text(value.get("next")) or None,
        points=_points(value.get("points")),
        effects=_effects(value.get("effects")),
        cost=_int(value.get("cost"), 0),
        expert=_bool(value.get("expert"), False),
        condition=_condition(value.get("condition")),
    )


def _source(value: Mapping) -> Source:
    return Source(
        key=_text(value.get("key")),
        cost=_int(value.get("cost"), 0),
        points=_points(value.get("points")),
    )


def _step(value: Mapping) -> Step:
    return Step(
        key=_text(value.get("key")),
        kind=_text(value.get("kind")) or DECISION,
        next=_text(value.get("next")) or None,
        choices=tuple(_choice(c) for c in _values(value.get("choices"))),
        sources=tuple(_source(s) for s in _values(value.get("sources"))),
        quarter=_int(value.get("quarter"), None),
    )


def _kpi(value: Mapping) -> Kpi:
    minimum = _decimal(value.get("minimum"), ZERO)
    return Kpi(
        key=_text(value.get("key")),
        start=_decimal(value.get("start"), minimum),
        minimum=minimum,
        maximum=_decimal(value.get("maximum"), _HUNDRED),
        higher_is_better=_bool(value.get("higher_is_better"), True),
    )


def scenario_from_stream(*, competencies=(), kpis=(), steps, budget=None) -> Scenario:
    """The scenario from the page's StreamFields (their raw JSON, e.g. `raw_data`)
    and its budget. Odd values read as their defaults and a step without a key is
    left out (`validate_stream` reports both kinds of gap); when two steps share a
    key, the first counts. Raises `ScenarioError` when there is no step at all."""
    parsed: dict[str, Step] = {}
    for value in _values(steps):
        step = _step(value)
        if step.key and step.key not in parsed:
            parsed[step.key] = step
    if not parsed:
        raise ScenarioError(NO_STEPS)
    return Scenario(
        start=next(iter(parsed)),
        steps=parsed,
        competencies=tuple(
            Competency(key=_text(v.get("key")), weight=_decimal(v.get("weight"), Decimal(1)))
            for v in _values(competencies)
        ),
        kpis=tuple(_kpi(v) for v in _values(kpis)),
        budget=_int(budget, None),
    )


# --- The check ------------------------------------------------------------------------


def validate_stream(*, competencies=(), kpis=(), steps, budget=None) -> list[Problem]:
    """Everything `validate` reports, plus what only the raw StreamField shows: steps
    without a key and steps sharing a key."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for value in _values(steps):
        key = _text(value.get("key"))
        if not key:
            problems.append(Problem(STEP_NO_KEY))
        elif key in seen:
            problems.append(Problem(DUPLICATE_STEP, step=key, detail=key))
        seen.add(key)
    try:
        scenario = scenario_from_stream(
            competencies=competencies, kpis=kpis, steps=steps, budget=budget
        )
    except ScenarioError:
        return [*problems, Problem(NO_STEPS)]
    return problems + validate(scenario)


def validate(scenario: Scenario) -> list[Problem]:
    """Every problem that would stop a learner or mislead the score, in the order of
    the scenario; an empty list when the scenario can be played."""
    problems = _definition_problems(scenario)
    competencies = {c.key for c in scenario.competencies}
    kpis = {k.key for k in scenario.kpis}
    for step in scenario.steps.values():
        problems += _step_problems(scenario, step, competencies, kpis)
    return problems + _graph_problems(scenario)


def _definition_problems(scenario: Scenario) -> list[Problem]:
    problems = []
    if not scenario.competencies:
        problems.append(Problem(NO_COMPETENCIES))
    seen: set[str] = set()
    for competency in scenario.competencies:
        if not competency.key:
            problems.append(Problem(COMPETENCY_NO_KEY))
        elif competency.key in seen:
            problems.append(Problem(DUPLICATE_COMPETENCY, detail=competency.key))
        seen.add(competency.key)
        if competency.weight < 0:
            problems.append(Problem(NEGATIVE_WEIGHT, detail=competency.key))
    seen = set()
    for kpi in scenario.kpis:
        if not kpi.key:
            problems.append(Problem(KPI_NO_KEY))
        elif kpi.key in seen:
            problems.append(Problem(DUPLICATE_KPI, detail=kpi.key))
        seen.add(kpi.key)
        if kpi.minimum >= kpi.maximum:
            problems.append(Problem(KPI_RANGE, detail=kpi.key))
        elif not kpi.minimum <= kpi.start <= kpi.maximum:
            problems.append(Problem(KPI_START, detail=kpi.key))
    if scenario.budget is not None and scenario.budget < 0:
        problems.append(Problem(NEGATIVE_BUDGET, detail=str(scenario.budget)))
    return problems


def _step_problems(
    scenario: Scenario, step: Step, competencies: set[str], kpis: set[str]
) -> list[Problem]:
    key = step.key
    problems = []
    if step.kind not in STEP_KINDS:
        problems.append(Problem(UNKNOWN_KIND, step=key, detail=step.kind))
    if step.kind == DECISION:
        if len(step.choices) < MIN_CHOICES:
            problems.append(Problem(TOO_FEW_CHOICES, step=key))
        elif len(step.choices) > MAX_CHOICES:
            problems.append(Problem(TOO_MANY_CHOICES, step=key))
        if step.next:
            problems.append(Problem(NEXT_IGNORED, step=key, detail=step.next))
    elif step.kind in (INVESTIGATION, NARRATIVE):
        if not step.next:
            problems.append(Problem(NO_CONTINUE, step=key))
        elif step.next not in scenario.steps:
            problems.append(Problem(UNKNOWN_CONTINUE, step=key, detail=step.next))
    elif step.kind == ENDING:
        if step.next:
            problems.append(Problem(ENDING_CONTINUES, step=key, detail=step.next))
        if step.choices:
            problems.append(Problem(ENDING_CHOICES, step=key))
    if step.kind in (INVESTIGATION, NARRATIVE) and step.choices:
        problems.append(Problem(CHOICES_IGNORED, step=key))
    if step.kind == INVESTIGATION and not step.sources:
        problems.append(Problem(NO_SOURCES, step=key))
    if step.kind != INVESTIGATION and step.sources:
        problems.append(Problem(SOURCES_IGNORED, step=key))

    if step.kind == DECISION:
        problems += _choice_problems(scenario, step, competencies, kpis)
    if step.kind == INVESTIGATION:
        seen: set[str] = set()
        for source in step.sources:
            if not source.key:
                problems.append(Problem(SOURCE_NO_KEY, step=key))
            elif source.key in seen:
                problems.append(Problem(DUPLICATE_SOURCE, step=key, choice=source.key))
            seen.add(source.key)
            problems += _points_problems(source.points, competencies, key, source.key)
            problems += _cost_problems(scenario, source.cost, key, source.key)
    return problems


def _choice_problems(
    scenario: Scenario, step: Step, competencies: set[str], kpis: set[str]
) -> list[Problem]:
    key = step.key
    problems = []
    seen: set[str] = set()
    for choice in step.choices:
        if not choice.key:
            problems.append(Problem(CHOICE_NO_KEY, step=key))
        elif choice.key in seen:
            problems.append(Problem(DUPLICATE_CHOICE, step=key, choice=choice.key))
        seen.add(choice.key)
        if not choice.next:
            problems.append(Problem(CHOICE_NO_TARGET, step=key, choice=choice.key))
        elif choice.next not in scenario.steps:
            problems.append(
                Problem(CHOICE_UNKNOWN_TARGET, step=key, choice=choice.key, detail=choice.next)
            )
        problems += _points_problems(choice.points, competencies, key, choice.key)
        for kpi in choice.effects:
            if kpi not in kpis:
                problems.append(Problem(UNKNOWN_KPI, step=key, choice=choice.key, detail=kpi))
        problems += _cost_problems(scenario, choice.cost, key, choice.key)
        if choice.condition is not None:
            problems += _condition_problems(scenario, choice, competencies, kpis, key)
    if step.choices:
        open_choices = [c for c in step.choices if c.condition is None]
        if not open_choices:
            problems.append(Problem(ALL_CONDITIONAL, step=key))
        elif scenario.budget is not None and all(c.cost > 0 for c in open_choices):
            problems.append(Problem(ALL_COSTLY, step=key))
    return problems


def _points_problems(
    points: dict[str, int], competencies: set[str], step: str, choice: str
) -> list[Problem]:
    problems = []
    for competency, value in points.items():
        if competency not in competencies:
            problems.append(
                Problem(UNKNOWN_COMPETENCY, step=step, choice=choice, detail=competency)
            )
        if not MIN_POINTS <= value <= MAX_POINTS:
            problems.append(Problem(POINTS_RANGE, step=step, choice=choice, detail=str(value)))
    return problems


def _cost_problems(scenario: Scenario, cost: int, step: str, choice: str) -> list[Problem]:
    if cost < 0:
        return [Problem(NEGATIVE_COST, step=step, choice=choice, detail=str(cost))]
    if scenario.budget is not None and 0 <= scenario.budget < cost:
        return [Problem(OVER_BUDGET, step=step, choice=choice, detail=str(cost))]
    return []


def _condition_problems(
    scenario: Scenario, choice: Choice, competencies: set[str], kpis: set[str], step: str
) -> list[Problem]:
    condition = choice.condition

    def problem(message: str, detail: str = "") -> Problem:
        return Problem(message, step=step, choice=choice.key, detail=detail)

    if condition.kind not in CONDITION_KINDS:
        return [problem(CONDITION_KIND, condition.kind)]
    problems = []
    if condition.kind == "min_score" and condition.competency not in competencies:
        problems.append(problem(CONDITION_COMPETENCY, condition.competency))
    if condition.kind in ("kpi_at_least", "kpi_at_most") and condition.kpi not in kpis:
        problems.append(problem(CONDITION_KPI, condition.kpi))
    if condition.kind in ("chose", "not_chose"):
        earlier = scenario.steps.get(condition.step)
        if earlier is None:
            problems.append(problem(CONDITION_STEP, condition.step))
        elif earlier.choice(condition.choice) is None:
            problems.append(problem(CONDITION_CHOICE, condition.choice))
    elif condition.value is None:
        problems.append(problem(CONDITION_VALUE))
    return problems


def _links(scenario: Scenario, step: Step) -> list[str]:
    """The steps a step leads to (existing ones only, each once, in order)."""
    if step.kind == DECISION:
        targets = [c.next for c in step.choices]
    elif step.kind in (INVESTIGATION, NARRATIVE):
        targets = [step.next]
    else:
        return []
    return list(dict.fromkeys(t for t in targets if t in scenario.steps))


def _graph_problems(scenario: Scenario) -> list[Problem]:
    links = {key: _links(scenario, step) for key, step in scenario.steps.items()}
    reachable = {scenario.start}
    queue = deque([scenario.start])
    while queue:
        for target in links[queue.popleft()]:
            if target not in reachable:
                reachable.add(target)
                queue.append(target)
    problems = [Problem(UNREACHABLE, step=key) for key in scenario.steps if key not in reachable]

    endings = [key for key, step in scenario.steps.items() if step.kind == ENDING]
    if not endings:
        # Every step would be "stuck"; one problem says it all.
        return [*problems, Problem(NO_ENDING)]
    sources: dict[str, list[str]] = {key: [] for key in scenario.steps}
    for key, targets in links.items():
        for target in targets:
            sources[target].append(key)
    can_finish = set(endings)
    queue = deque(endings)
    while queue:
        for source in sources[queue.popleft()]:
            if source not in can_finish:
                can_finish.add(source)
                queue.append(source)

    stuck = [key for key in scenario.steps if key in reachable and key not in can_finish]
    order = {key: position for position, key in enumerate(scenario.steps)}
    for component in _strongly_connected(stuck, links):
        members = set(component)
        is_loop = len(component) > 1 or component[0] in links[component[0]]
        closed = all(target in members for key in component for target in links[key])
        # A dead end (one step leading nowhere) already has its own problem; a closed
        # loop has none, so it is reported here, once.
        if is_loop and closed:
            names = sorted(component, key=order.__getitem__)
            problems.append(Problem(DEAD_LOOP, step=names[0], detail=", ".join(names)))
    return problems


def _strongly_connected(nodes: list[str], links: dict[str, list[str]]) -> list[list[str]]:
    """Kosaraju's algorithm on the subgraph of `nodes`, without recursion."""
    inside = set(nodes)
    edges = {node: [t for t in links[node] if t in inside] for node in nodes}
    visited: set[str] = set()
    finished: list[str] = []
    for root in nodes:
        if root in visited:
            continue
        visited.add(root)
        stack = [(root, iter(edges[root]))]
        while stack:
            node, children = stack[-1]
            for child in children:
                if child not in visited:
                    visited.add(child)
                    stack.append((child, iter(edges[child])))
                    break
            else:
                stack.pop()
                finished.append(node)
    reverse: dict[str, list[str]] = {node: [] for node in nodes}
    for node in nodes:
        for target in edges[node]:
            reverse[target].append(node)
    assigned: set[str] = set()
    components = []
    for root in reversed(finished):
        if root in assigned:
            continue
        assigned.add(root)
        component, pending = [root], [root]
        while pending:
            for source in reverse[pending.pop()]:
                if source not in assigned:
                    assigned.add(source)
                    component.append(source)
                    pending.append(source)
        components.append(component)
    return components


# --- The run --------------------------------------------------------------------------


def start(scenario: Scenario) -> dict:
    """A new run's state, at the start step. Plain JSON: store it as it is."""
    return {
        "step": scenario.start,
        "scores": {c.key: 0 for c in scenario.competencies},
        "kpis": {k.key: str(_clamp(k.start, k)) for k in scenario.kpis},
        "budget": scenario.budget,
        "path": [],
        "opened": [],
        "finished": scenario.steps[scenario.start].kind == ENDING,
        "history": [],
    }


def available_choices(scenario: Scenario, state: Mapping) -> list[Choice]:
    """The choices the learner may make now: their condition holds and they fit the
    budget left. Empty when the run is finished or the step is not a decision."""
    step = scenario.steps.get(state.get("step"))
    if state.get("finished") or step is None or step.kind != DECISION:
        return []
    return [c for c in step.choices if _holds(c.condition, state) and _affordable(state, c.cost)]


def choose(scenario: Scenario, state: Mapping, choice_key: object) -> dict:
    """The state after the learner makes a choice at the current decision step."""
    step = _current(scenario, state)
    if step.kind != DECISION:
        raise EngineError(NOT_A_DECISION)
    choice = step.choice(choice_key) if isinstance(choice_key, str) else None
    if choice is None:
        raise EngineError(UNKNOWN_CHOICE)
    if not _holds(choice.condition, state):
        raise EngineError(CONDITION_NOT_MET)
    if not _affordable(state, choice.cost):
        raise EngineError(NOT_ENOUGH_BUDGET)
    target = scenario.steps.get(choice.next)
    if target is None:
        raise EngineError(DEAD_END)
    new = _next_state(state)
    _earn(scenario, new, choice.points)
    _pay(new, choice.cost)
    for kpi in scenario.kpis:
        if kpi.key in choice.effects:
            _shift(new["kpis"], kpi, choice.effects[kpi.key])
    new["path"].append({"step": step.key, "choice": choice.key, "kind": "choice"})
    _arrive(new, target)
    return new


def open_source(scenario: Scenario, state: Mapping, source_key: object) -> dict:
    """The state after the learner opens a data source at an investigation step.
    Each source opens once and is paid for once."""
    step = _current(scenario, state)
    if step.kind != INVESTIGATION:
        raise EngineError(NOT_AN_INVESTIGATION)
    source = step.source(source_key) if isinstance(source_key, str) else None
    if source is None:
        raise EngineError(UNKNOWN_SOURCE)
    if any(
        isinstance(entry, Mapping)
        and entry.get("step") == step.key
        and entry.get("source") == source.key
        for entry in state.get("opened") or ()
    ):
        raise EngineError(ALREADY_OPENED)
    if not _affordable(state, source.cost):
        raise EngineError(NOT_ENOUGH_BUDGET)
    new = _next_state(state)
    _earn(scenario, new, source.points)
    _pay(new, source.cost)
    entry = {"step": step.key, "source": source.key, "kind": "source"}
    new["path"].append(entry)
    new["opened"].append(dict(entry))
    return new


def proceed(scenario: Scenario, state: Mapping) -> dict:
    """The state after the learner continues from an investigation or narrative step.
    The path records it as {"step", "kind": "continue"}."""
    step = _current(scenario, state)
    if step.kind not in (INVESTIGATION, NARRATIVE):
        raise EngineError(CANNOT_CONTINUE)
    target = scenario.steps.get(step.next)
    if target is None:
        raise EngineError(DEAD_END)
    new = _next_state(state)
    new["path"].append({"step": step.key, "kind": "continue"})
    _arrive(new, target)
    return new


def back(scenario: Scenario, state: Mapping) -> dict:
    """The state before the learner's last action (a choice, an opened source or a
    continue), exactly as it was. Whether going back is allowed at all is the
    caller's rule; a finished run never goes back."""
    _current(scenario, state)
    history = state.get("history") or []
    if not history:
        raise EngineError(NOTHING_TO_UNDO)
    new = copy.deepcopy(dict(history[-1]))
    new["history"] = copy.deepcopy(list(history[:-1]))
    return new


def _current(scenario: Scenario, state: Mapping) -> Step:
    if state.get("finished"):
        raise EngineError(RUN_FINISHED)
    key = state.get("step")
    step = scenario.steps.get(key) if isinstance(key, str) else None
    if step is None:
        raise EngineError(LOST_STEP)
    return step


def _next_state(state: Mapping) -> dict:
    new = copy.deepcopy(dict(state))
    snapshot = {key: value for key, value in new.items() if key != "history"}
    new["history"] = [*(new.get("history") or []), copy.deepcopy(snapshot)]
    new["scores"] = dict(new.get("scores") or {})
    new["kpis"] = dict(new.get("kpis") or {})
    new["path"] = list(new.get("path") or [])
    new["opened"] = list(new.get("opened") or [])
    return new


def _arrive(state: dict, step: Step) -> None:
    state["step"] = step.key
    state["finished"] = step.kind == ENDING


def _earn(scenario: Scenario, state: dict, points: dict[str, int]) -> None:
    for competency in scenario.competencies:
        if competency.key in points:
            earned = _int(state["scores"].get(competency.key), 0)
            state["scores"][competency.key] = earned + points[competency.key]


def _pay(state: dict, cost: int) -> None:
    if state.get("budget") is not None:
        state["budget"] = _int(state["budget"], 0) - cost


def _affordable(state: Mapping, cost: int) -> bool:
    budget = state.get("budget")
    return budget is None or cost <= _int(budget, 0)


def _clamp(value: Decimal, kpi: Kpi) -> Decimal:
    return max(kpi.minimum, min(kpi.maximum, value))


def _kpi_value(kpis: Mapping, kpi: Kpi) -> Decimal:
    return _decimal(kpis.get(kpi.key), kpi.start)


def _shift(kpis: dict, kpi: Kpi, delta: Decimal) -> None:
    with localcontext(_CONTEXT):
        kpis[kpi.key] = str(_clamp(_kpi_value(kpis, kpi) + delta, kpi))


def _holds(condition: Condition | None, state: Mapping) -> bool:
    if condition is None:
        return True
    kind, value = condition.kind, condition.value
    if kind in ("chose", "not_chose"):
        made = any(
            isinstance(entry, Mapping)
            and entry.get("kind") == "choice"
            and entry.get("step") == condition.step
            and entry.get("choice") == condition.choice
            for entry in state.get("path") or ()
        )
        return made if kind == "chose" else not made
    if value is None:
        return False
    if kind == "min_score":
        return _int((state.get("scores") or {}).get(condition.competency), 0) >= value
    if kind == "budget_at_least":
        budget = state.get("budget")
        return budget is None or _int(budget, 0) >= value
    if kind in ("kpi_at_least", "kpi_at_most"):
        current = _decimal((state.get("kpis") or {}).get(condition.kpi))
        if current is None:
            return False
        return current >= value if kind == "kpi_at_least" else current <= value
    return False  # an unknown kind never holds (the check reports it)


def kpi_timeline(scenario: Scenario, state: Mapping) -> dict:
    """The KPIs along the learner's route, for the debrief's charts.

    `by_step`: one point per step the learner reached, the start first, with the
    KPI values on arriving there (the last point holds the values now).
    `by_quarter`: the values at the end of each quarter, in order of quarter: those
    on leaving the last step of that quarter the learner reached. A step without a
    quarter counts in the quarter of the step before it on the route; empty when no
    step on the route has a quarter.
    Each point is {"label", "step", "quarter", "kpis": {key: value as a string}};
    a step point's label is the step's key, a quarter's is "Q1", "Q2"…
    """
    kpis = {k.key: _clamp(k.start, k) for k in scenario.kpis}
    arrivals = [(scenario.start, dict(kpis))]
    path = [entry for entry in state.get("path") or () if isinstance(entry, Mapping)]
    for position, entry in enumerate(path):
        if entry.get("kind") not in ("choice", "continue"):
            continue
        step = scenario.steps.get(entry.get("step"))
        choice = step.choice(entry.get("choice")) if step else None
        if choice is not None and entry.get("kind") == "choice":
            with localcontext(_CONTEXT):
                for kpi in scenario.kpis:
                    if kpi.key in choice.effects:
                        kpis[kpi.key] = _clamp(kpis[kpi.key] + choice.effects[kpi.key], kpi)
        # Where the learner arrived is where they acted next, or where they are now.
        arrived = next((later.get("step") for later in path[position + 1 :]), state.get("step"))
        arrivals.append((arrived, dict(kpis)))

    by_step = []
    quarter = None
    for key, values in arrivals:
        step = scenario.steps.get(key)
        if step is not None and step.quarter is not None:
            quarter = step.quarter
        by_step.append(
            {
                "label": str(key),
                "step": key,
                "quarter": quarter,
                "kpis": {k: str(v) for k, v in values.items()},
            }
        )
    ends: dict[int, dict] = {}
    for position, point in enumerate(by_step):
        if point["quarter"] is not None:
            leaving = by_step[min(position + 1, len(by_step) - 1)]
            ends[point["quarter"]] = leaving["kpis"]
    by_quarter = [
        {"label": f"Q{q}", "step": None, "quarter": q, "kpis": dict(ends[q])} for q in sorted(ends)
    ]
    return {"by_step": by_step, "by_quarter": by_quarter}


def expert_route(scenario: Scenario) -> list[tuple[str, str]]:
    """The expert's route as (step key, choice key) pairs, from the start to an
    ending; the choice key is "" for investigation, narrative and ending steps. The
    route stops at a decision without an expert's choice and before a step it has
    already passed (a loop)."""
    route: list[tuple[str, str]] = []
    seen: set[str] = set()
    key = scenario.start
    while key in scenario.steps and key not in seen:
        seen.add(key)
        step = scenario.steps[key]
        if step.kind == DECISION:
            choice = next((c for c in step.choices if c.expert), None)
            route.append((key, choice.key if choice else ""))
            if choice is None:
                break
            key = choice.next
        elif step.kind in (INVESTIGATION, NARRATIVE):
            route.append((key, ""))
            key = step.next
        else:
            route.append((key, ""))
            break
    return route


# --- Scoring --------------------------------------------------------------------------


def max_points(scenario: Scenario) -> dict[str, int]:
    """The most points of each competency that a learner can hold at any moment of
    one route (never below 0). See the module's docstring for how loops and
    investigations count."""
    keys = list(dict.fromkeys(c.key for c in scenario.competencies))
    links = {key: _links(scenario, step) for key, step in scenario.steps.items()}
    best: dict[str, dict[str, int]] = {}
    # Kosaraju finds the loops (and each step outside a loop, on its own) in the
    # order of the graph, so taken in reverse, every step a part leads out to
    # already has its best. Linear in the steps and links: no route is enumerated.
    for part in reversed(_strongly_connected(list(scenario.steps), links)):
        members = set(part)
        inside = dict.fromkeys(keys, 0)  # each step's best within the part, once
        out = dict.fromkeys(keys, 0)  # the best way out (or stopping: 0)
        for key in part:
            step = scenario.steps[key]
            if step.kind == DECISION:
                links_out = [
                    (choice.points, choice.next)
                    for choice in step.choices
                    if choice.next in scenario.steps  # a dead end earns nothing
                ]
            elif step.kind in (INVESTIGATION, NARRATIVE):
                links_out = [({}, step.next)] if step.next in scenario.steps else []
            else:
                links_out = []
            for c in keys:
                if step.kind == INVESTIGATION:
                    inside[c] += sum(max(s.points.get(c, 0), 0) for s in step.sources)
                within = 0
                for points, target in links_out:
                    if target in members:
                        within = max(within, points.get(c, 0))
                    else:
                        out[c] = max(out[c], points.get(c, 0) + best[target][c])
                inside[c] += within
        total = {c: inside[c] + out[c] for c in keys}
        for key in part:
            best[key] = total
    return dict(best[scenario.start])


def competency_scores(scenario: Scenario, state: Mapping) -> dict[str, int]:
    """Each competency's score from 0 to 100 for the points earned in this run."""
    maxima = max_points(scenario)
    earned = state.get("scores") or {}
    scores = {}
    for key, maximum in maxima.items():
        points = _int(earned.get(key), 0)
        if maximum <= 0:
            scores[key] = 100 if points >= 0 else 0
            continue
        with localcontext(_CONTEXT):
            ratio = _HUNDRED * max(points, 0) / maximum
        scores[key] = min(100, int(ratio.to_integral_value(rounding=ROUND_HALF_UP)))
    return scores


def overall_score(scenario: Scenario, scores: Mapping) -> Decimal:
    """The run's overall score (0–100, 2 places): the competency scores averaged by
    the competencies' weights."""
    weights: dict[str, Decimal] = {}
    for competency in scenario.competencies:
        weights.setdefault(competency.key, max(competency.weight, ZERO))
    if not weights:
        return ZERO.quantize(_TWO_PLACES)
    if not any(weights.values()):
        weights = dict.fromkeys(weights, Decimal(1))
    with localcontext(_CONTEXT):
        total = sum(weights.values(), ZERO)
        earned = sum(
            (
                w * min(max(_decimal(scores.get(k), ZERO), ZERO), _HUNDRED)
                for k, w in weights.items()
            ),
            ZERO,
        )
        return (earned / total).quantize(_TWO_PLACES, rounding=ROUND_HALF_UP)


def passed(overall: Decimal | None, pass_mark) -> bool:
    """Whether a score reaches the pass mark (the mark itself passes). Without a pass
    mark every finished run passes; without a score nothing does."""
    if overall is None:
        return False
    mark = _decimal(pass_mark)
    return mark is None or _decimal(overall, ZERO) >= mark


def grade_runs(scores: list[Decimal], method: str) -> Decimal | None:
    """The scenario's grade from the overall scores of finished runs (given oldest
    first): the highest, the last, the first, or the average, to 2 places. None when
    no run has finished. The rule itself is the courses' one (`grade_across`)."""
    return grade_across([_decimal(s, ZERO) for s in scores], method, _TWO_PLACES)
