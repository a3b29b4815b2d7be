"""What trainers learn from a scenario's runs: pass rate, average competency
scores, and how often each choice was taken (the path funnel)."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from courses.reports import ReportColumn, item_score_expression


@dataclass
class ScenarioStats:
    runs: int = 0
    finished: int = 0
    passed: int = 0
    average_overall: float | None = None
    average_competencies: dict[str, float] = field(default_factory=dict)
    funnel: list[dict] = field(default_factory=list)  # per step: visits, choices taken

    @property
    def pass_rate(self) -> int | None:
        return round(100 * self.passed / self.finished) if self.finished else None


def scenario_stats(runs: list[dict], step_order: list[str]) -> ScenarioStats:
    """`runs`: dicts with status, passed, overall, competency_scores and state.path."""
    stats = ScenarioStats(runs=len(runs))
    overall, competencies = [], defaultdict(list)
    visits: Counter = Counter()
    taken: dict[str, Counter] = defaultdict(Counter)
    for run in runs:
        path = (run.get("state") or {}).get("path", [])
        for step in {entry["step"] for entry in path}:
            visits[step] += 1
        for entry in path:
            if entry.get("kind") == "choice":
                taken[entry["step"]][entry["choice"]] += 1
        if run["status"] != "finished":
            continue
        stats.finished += 1
        stats.passed += 1 if run["passed"] else 0
        if run["overall"] is not None:
            overall.append(float(run["overall"]))
        for key, value in (run["competency_scores"] or {}).items():
            competencies[key].append(float(value))
    stats.average_overall = round(sum(overall) / len(overall), 1) if overall else None
    stats.average_competencies = {
        key: round(sum(values) / len(values), 1) for key, values in competencies.items()
    }
    stats.funnel = [
        {"step": step, "visits": visits[step], "choices": taken[step].most_common()}
        for step in step_order
        if visits[step] or taken[step]
    ]
    return stats


# --- Completion report --------------------------------------------------------

COMPLETION_COLUMNS = [
    ReportColumn(
        "simulation_score",
        _("Simulation score"),
        kind="score",
        width=12,
        annotation=item_score_expression("simulation"),
    ),
]
