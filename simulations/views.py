"""Learner-facing simulation views: the briefing, a run's current step, actions,
and the debrief. Nothing here sends scores, effects or where a choice leads."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import api as course_api
from cxacademy import charts, formatting
from cxacademy.requests import posted_sequence
from simulations import engine, services
from simulations.blocks import CHANNELS
from simulations.models import ScenarioPage, ScenarioRun


def scenario_page(request, scenario: ScenarioPage):
    return course_api.item_page(
        request,
        scenario,
        tries=lambda: _runs_counted(request.user, scenario),
        grade=lambda: services.scenario_grade(request.user, scenario),
        open_as="open_run",
        left_as="runs_left",
    )


def _runs_counted(user, scenario: ScenarioPage):
    """The learner's runs that count (no previews, none from before a restart)."""
    return list(
        ScenarioRun.objects.filter(
            course_api.item_tries_current(user, scenario),
            user=user,
            scenario_key=scenario.translation_key,
            preview_revision__isnull=True,
        ).order_by("number")
    )


def scenario_preview(request, scenario: ScenarioPage):
    """Wagtail's preview: the briefing, the check's result and the step map."""
    return course_api.item_preview(request, scenario, problems=scenario.problems())


run_start = course_api.item_start_view(
    ScenarioPage,
    lambda user, scenario, course: services.run_start(user=user, scenario=scenario, course=course),
    refused_by=services.RunError,
    opened="simulations:run",
)


@login_required
def admin_preview(request, page_id):
    """A trainer plays the latest draft; the run counts nowhere."""
    page = get_object_or_404(ScenarioPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    revision = page.latest_revision or page.save_revision(user=request.user)
    draft = revision.as_object()
    try:
        run = services.run_start(
            user=request.user, scenario=draft, course=None, preview_revision=revision
        )
    except services.RunError as error:
        messages.error(request, str(error))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return redirect("simulations:run", run_id=run.pk)


def _own_run(request, run_id) -> ScenarioRun:
    runs = ScenarioRun.objects.select_related("preview_revision")
    return course_api.item_try_or_404(request, runs, run_id)


def _scenario(run) -> ScenarioPage:
    scenario = services.scenario_for_run(run)
    if scenario is None:
        raise Http404
    return scenario


def _kpi_decimals(*values) -> int:
    """How many decimals a KPI is shown with: as many as its most precise value has
    (at most two), so 3,2 and 5,0 read alike and 5 never loses its ",0"."""
    return min(max((formatting.decimals_of(v) for v in values), default=0), 2)


def _kpi_number(value, decimals: int) -> str:
    return formatting.number(value, places=decimals, fixed=True)


def _kpi_cards(scenario, state):
    cards = []
    for kpi in scenario.kpis:
        value = kpi.value
        if value.get("shown", True):
            current = state["kpis"].get(value["key"])
            decimals = _kpi_decimals(value.get("start"), current)
            cards.append(
                {
                    "label": value["label"],
                    "value": current,
                    "text": _kpi_number(current, decimals) if current is not None else "",
                    "unit": value.get("unit", ""),
                }
            )
    return cards


@login_required
def run_view(request, run_id):
    run = _own_run(request, run_id)
    if not run.is_open:
        return redirect("simulations:debrief", run_id=run.pk)
    scenario = _scenario(run)
    graph = scenario.graph
    texts = scenario.step_values()
    step = graph.steps[run.state["step"]]
    text = texts.get(step.key, {})
    labels = {c["key"]: c["label"] for c in text.get("choices", [])}
    sources = {s["key"]: s for s in text.get("sources", [])}
    opened = {
        entry["source"] for entry in run.state.get("path", []) if entry.get("kind") == "source"
    }
    return TemplateResponse(
        request,
        "simulations/run.html",
        {
            "run": run,
            "scenario": scenario,
            "step": step,
            "text": text,
            "choices": [
                {"key": c.key, "label": labels.get(c.key, c.key), "cost": c.cost}
                for c in engine.available_choices(graph, run.state)
            ],
            "sources": [
                {
                    "key": s.key,
                    "label": sources.get(s.key, {}).get("label", s.key),
                    "cost": s.cost,
                    "opened": s.key in opened,
                    "evidence": sources.get(s.key, {}).get("evidence") if s.key in opened else None,
                }
                for s in step.sources
            ],
            "kpi_cards": _kpi_cards(scenario, run.state),
            "budget_left": run.state.get("budget"),
            "can_go_back": scenario.allow_back and bool(run.state.get("history")),
            "channel_label": dict(CHANNELS).get(text.get("channel"), ""),
        },
    )


@require_POST
@login_required
def run_action(request, run_id):
    run = _own_run(request, run_id)
    try:
        run = services.run_act(
            run=run,
            sequence=posted_sequence(request),
            action=request.POST.get("action", ""),
            key=request.POST.get("key", "")[:60],
        )
    except services.RunError as error:
        messages.warning(request, str(error))
        return redirect("simulations:run", run_id=run.pk)
    if not run.is_open:
        return redirect("simulations:debrief", run_id=run.pk)
    return redirect("simulations:run", run_id=run.pk)


@login_required
def debrief(request, run_id):
    run = _own_run(request, run_id)
    if run.is_open:
        return redirect("simulations:run", run_id=run.pk)
    scenario = _scenario(run)
    graph = scenario.graph
    texts = scenario.step_values()
    competency_labels = {c.value["key"]: c.value["label"] for c in scenario.competencies}
    kpi_defs = {k.value["key"]: k.value for k in scenario.kpis}

    path = []
    for entry in run.state.get("path", []):
        text = texts.get(entry["step"], {})
        if entry.get("kind") == "choice":
            chosen = next((c for c in text.get("choices", []) if c["key"] == entry["choice"]), {})
            path.append(
                {"step": text, "label": chosen.get("label"), "feedback": chosen.get("feedback")}
            )
        elif entry.get("kind") == "source":
            source = next((s for s in text.get("sources", []) if s["key"] == entry["source"]), {})
            path.append({"step": text, "label": source.get("label"), "opened": True})

    scores = [(competency_labels.get(k, k), v) for k, v in run.competency_scores.items()]
    timeline = engine.kpi_timeline(graph, run.state)
    start = {**timeline["by_step"][0], "label": _("Start")}
    if timeline.get("by_quarter"):
        points = [start, *timeline["by_quarter"]]
        x_labels = [start["label"]] + [
            _("Q%(quarter)s") % {"quarter": point["quarter"]} for point in points[1:]
        ]
    else:
        points = timeline["by_step"]
        x_labels = [texts.get(point["step"], {}).get("title", point["label"]) for point in points]
    kpi_charts = [_kpi_chart(definition, points, x_labels) for definition in kpi_defs.values()]
    expert = []
    for step_key, choice_key in engine.expert_route(graph):
        text = texts.get(step_key, {})
        chosen = next((c for c in text.get("choices", []) if c["key"] == choice_key), None)
        if chosen:
            expert.append({"step": text, "label": chosen["label"]})
    ending = texts.get(run.ending, {})
    return TemplateResponse(
        request,
        "simulations/debrief.html",
        {
            "run": run,
            "scenario": scenario,
            "ending": ending,
            "path": path,
            "expert": expert,
            "competency_chart": charts.bar_chart(
                scores,
                title=str(scenario.title),
                description=", ".join(
                    f"{label}: {formatting.number(value, places=1)}" for label, value in scores
                ),
                maximum=100,
                highlight=float(scenario.pass_mark),
                compact=True,
            ),
            "scores": scores,
            "kpi_charts": kpi_charts,
            "preview": bool(run.preview_revision_id),
        },
    )


def _kpi_chart(definition: dict, points: list[dict], x_labels: list[str]) -> dict:
    """One KPI over the run: the line zoomed to where the values moved (within the
    KPI's range), and said in words for readers who do not see the chart."""
    key, label = definition["key"], definition["label"]
    values = [float(point["kpis"][key]) for point in points]
    low, high = float(definition["minimum"]), float(definition["maximum"])
    margin = max((high - low) * 0.1, 1.0)
    y_min = max(low, min(values) - margin) if values else low
    y_max = min(high, max(values) + margin) if values else high
    lower_is_better = not definition.get("higher_is_better", True)
    # The headline keeps the KPI's decimals at both ends: "3,2 → 5,0", not "3,2 → 5".
    decimals = _kpi_decimals(definition.get("start"), *values)
    return {
        "label": label,
        "first": _kpi_number(values[0], decimals) if values else None,
        "last": _kpi_number(values[-1], decimals) if values else None,
        "lower_is_better": lower_is_better,
        "chart": charts.line_chart(
            [(label, values)],
            x_labels=x_labels,
            title=label,
            description=", ".join(
                f"{x}: {formatting.number(v, places=2)}"
                for x, v in zip(x_labels, values, strict=True)
            ),
            y_min=y_min,
            y_max=y_max if y_max > y_min else y_min + 1,
            unit=definition.get("unit", ""),
            lower_is_better=frozenset({label}) if lower_is_better else frozenset(),
            compact=True,
        ),
    }
