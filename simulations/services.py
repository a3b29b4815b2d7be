"""Every write that matters for simulation runs.

The engine decides what is allowed and what happens; this module keeps the run
(state, sequence number, events) and reports the result to the course. A request
that carries an old sequence number (stale tab, back button, double click) is
refused and changes nothing.
"""

import uuid
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from courses import api as course_api
from courses.api import CoursePage
from simulations import engine
from simulations.models import RunEvent, ScenarioPage, ScenarioRun

ACTIONS = ("choose", "open", "continue", "back")
XAPI_VERBS = {
    "launched": "http://adlnet.gov/expapi/verbs/launched",
    "choose": "http://adlnet.gov/expapi/verbs/answered",
    "open": "http://adlnet.gov/expapi/verbs/experienced",
    "continue": "http://adlnet.gov/expapi/verbs/progressed",
    "back": "http://id.tincanapi.com/verb/undid",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
}


class RunError(Exception):
    """A request about a run that cannot be granted; the message is for the learner."""


class StaleRun(RunError):
    pass


def scenario_for_run(run: ScenarioRun) -> ScenarioPage | None:
    """The scenario a run plays: the trainer's draft for previews, else the live
    page in the learner's language (any language if not translated)."""
    if run.preview_revision_id:
        return run.preview_revision.as_object()
    pages = list(ScenarioPage.objects.live().filter(translation_key=run.scenario_key))
    if not pages:
        return None
    locale = Locale.get_active()
    return next((p for p in pages if p.locale_id == locale.pk), pages[0])


def _iri(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL}/xapi/{path}"


def _statement(run: ScenarioRun, verb: str, step: str, target: str, result: dict | None) -> dict:
    """An xAPI statement for one action (the learner is identified by account id only)."""
    activity = f"scenarios/{run.scenario_key}/steps/{step}"
    if target:
        activity += f"/{'sources' if verb == 'open' else 'choices'}/{target}"
    statement = {
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": settings.WAGTAILADMIN_BASE_URL, "name": str(run.user_id)},
        },
        "verb": {"id": XAPI_VERBS[verb], "display": {"en-US": verb}},
        "object": {"objectType": "Activity", "id": _iri(activity)},
        "context": {
            "registration": str(uuid.uuid5(uuid.NAMESPACE_URL, _iri(f"runs/{run.pk}"))),
            "contextActivities": {"parent": [{"id": _iri(f"scenarios/{run.scenario_key}")}]},
        },
        "timestamp": timezone.now().isoformat(),
    }
    if result:
        statement["result"] = result
    return statement


def _record(run: ScenarioRun, verb: str, step: str, target: str = "", result=None) -> None:
    position = run.events.count()
    RunEvent.objects.create(
        run=run,
        position=position,
        verb=verb,
        step=step,
        target=target,
        statement=_statement(run, verb, step, target, result),
    )


@transaction.atomic
def run_start(
    *, user, scenario: ScenarioPage, course: CoursePage | None, preview_revision=None
) -> ScenarioRun:
    """Start a run, or return the learner's open one (resume on any device)."""
    if scenario.problems():
        raise RunError(_("This simulation is being revised and cannot be played right now."))
    every_run = ScenarioRun.objects.select_for_update().filter(
        user=user, scenario_key=scenario.translation_key
    )
    runs = every_run
    if preview_revision is None:
        runs = runs.filter(preview_revision__isnull=True)
        open_run = runs.filter(status=ScenarioRun.Status.OPEN).first()
        if open_run:
            return open_run
        # Runs finished before the course was restarted (recertification) are not used up.
        used = runs.filter(course_api.item_tries_current(user, scenario)).count()
        if scenario.attempts_allowed and used >= scenario.attempts_allowed:
            raise RunError(_("You have used all your runs of this simulation."))
    # Numbers are unique per learner and scenario, previews and earlier runs included,
    # so they keep rising over every run ever made.
    last_number = every_run.aggregate(n=Max("number"))["n"] or 0
    try:
        with transaction.atomic():
            run = ScenarioRun.objects.create(
                user=user,
                scenario_key=scenario.translation_key,
                course_key=course.translation_key if course else scenario.translation_key,
                number=last_number + 1,
                state=engine.start(scenario.graph),
                preview_revision=preview_revision,
            )
    except IntegrityError:  # two tabs pressed Start at once: both get the same run
        return ScenarioRun.objects.get(
            user=user,
            scenario_key=scenario.translation_key,
            status=ScenarioRun.Status.OPEN,
            preview_revision__isnull=True,
        )
    _record(run, "launched", run.state["step"])
    return run


@transaction.atomic
def run_act(*, run: ScenarioRun, sequence: int, action: str, key: str = "") -> ScenarioRun:
    """Apply one learner action (choose, open a source, continue, go back)."""
    run = ScenarioRun.objects.select_for_update().get(pk=run.pk)
    if reason := run.stale_reason(sequence):
        raise StaleRun(reason)
    scenario = scenario_for_run(run)
    if scenario is None or action not in ACTIONS:
        raise RunError(_("That action is not available at this step. Nothing was changed."))
    graph = scenario.graph
    step = run.state["step"]
    try:
        if action == "choose":
            state = engine.choose(graph, run.state, key)
        elif action == "open":
            state = engine.open_source(graph, run.state, key)
        elif action == "continue":
            state = engine.proceed(graph, run.state)
        else:
            if not scenario.allow_back:
                raise engine.EngineError("Going back is off for this scenario.")
            state = engine.back(graph, run.state)
    except engine.EngineError as error:
        raise RunError(
            _("That action is not available at this step. Nothing was changed.")
        ) from error

    run.state = state
    run.sequence += 1
    _record(run, action, step, key, {"extensions": {_iri("kpis"): state["kpis"]}})
    if state.get("finished"):
        _finish(run, scenario)
    run.save()
    return run


def _finish(run: ScenarioRun, scenario: ScenarioPage) -> None:
    graph = scenario.graph
    scores = engine.competency_scores(graph, run.state)
    overall = engine.overall_score(graph, scores)
    run.status = ScenarioRun.Status.FINISHED
    run.finished_at = timezone.now()
    run.competency_scores = scores
    run.overall = overall
    run.passed = engine.passed(overall, scenario.pass_mark)
    run.ending = run.state["step"]
    run.save()
    _record(
        run,
        "completed",
        run.ending,
        result={
            "score": {"scaled": float(overall / 100)},
            "success": run.passed,
            "completion": True,
        },
    )
    if run.preview_revision_id is None:
        course_api.item_report_grade(
            user=run.user, item=scenario, grade=scenario_grade(run.user, scenario)
        )


def scenario_grade(user, scenario: ScenarioPage) -> Decimal | None:
    """The learner's grade for the scenario, by its grading method, over the finished
    runs finished since their course was last restarted for recertification."""
    overall = list(
        ScenarioRun.objects.filter(
            course_api.item_tries_current(user, scenario),
            user=user,
            scenario_key=scenario.translation_key,
            status=ScenarioRun.Status.FINISHED,
            preview_revision__isnull=True,
        )
        .order_by("number")
        .values_list("overall", flat=True)
    )
    return engine.grade_runs([Decimal(o) for o in overall if o is not None], scenario.grading)
