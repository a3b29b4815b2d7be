"""Admin screens for trainers: a scenario's runs, averages and path funnel."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cxacademy.spreadsheets import csv_response
from simulations import reports
from simulations.models import ScenarioPage, ScenarioRun


def _stats(scenario: ScenarioPage):
    runs = list(
        ScenarioRun.objects.filter(
            scenario_key=scenario.translation_key, preview_revision__isnull=True
        ).values("status", "passed", "overall", "competency_scores", "state")
    )
    stats = reports.scenario_stats(runs, [block.value["key"] for block in scenario.steps])
    texts = scenario.step_values()
    labels = {c.value["key"]: c.value["label"] for c in scenario.competencies}
    for row in stats.funnel:
        text = texts.get(row["step"], {})
        names = {c["key"]: c["label"] for c in text.get("choices", [])}
        row["title"] = text.get("title", row["step"])
        row["choices"] = [(names.get(key, key), count) for key, count in row["choices"]]
    competencies = [(labels.get(k, k), v) for k, v in stats.average_competencies.items()]
    return stats, competencies


def scenario_results(request, page_id):
    if not request.user.has_perm("simulations.view_scenariorun"):
        raise PermissionDenied
    scenario = get_object_or_404(ScenarioPage, pk=page_id)
    stats, competencies = _stats(scenario)
    return render(
        request,
        "simulations/admin/results.html",
        {"scenario": scenario, "stats": stats, "competencies": competencies},
    )


def scenario_results_csv(request, page_id):
    if not request.user.has_perm("simulations.view_scenariorun"):
        raise PermissionDenied
    scenario = get_object_or_404(ScenarioPage, pk=page_id)
    stats, _competencies = _stats(scenario)
    header = [_("Step"), _("Learners who reached it"), _("Choice"), _("Times taken")]

    def rows():
        for row in stats.funnel:
            if not row["choices"]:
                yield [row["title"], row["visits"], "", ""]
            for label, count in row["choices"]:
                yield [row["title"], row["visits"], label, count]

    return csv_response(f"simulation-{slugify(scenario.title)}.csv", header, rows())
