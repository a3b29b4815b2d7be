"""Loads the retail retention case (content in `demo_scenario`) as the demo
course's third module, in Indonesian with its English translation. Idempotent."""

from decimal import Decimal

from wagtail.models import Locale

from courses.models import CoursePage, ModulePage
from cxacademy.home.demo_course import _child, _translation
from simulations.models import ScenarioPage

MODULE = {
    "slug": "simulasi",
    "id": {
        "title": "Simulasi: kasus retensi ritel",
        "summary": "Terapkan semuanya sebagai CX lead.",
    },
    "en": {
        "title": "Simulation: the retail retention case",
        "summary": "Put it all to work as CX lead.",
    },
}


def _fields(content: dict, language: str) -> dict:
    texts = content[language]
    return {
        "title": texts["title"],
        "briefing": texts["briefing"],
        "learner_role": texts["learner_role"],
        "budget_unit": texts["budget_unit"],
        "competencies": [{"type": "competency", "value": c} for c in texts["competencies"]],
        "kpis": [{"type": "kpi", "value": k} for k in texts["kpis"]],
        "steps": [{"type": "step", "value": s} for s in texts["steps"]],
    }


def build_demo_scenario(content: dict, course: CoursePage) -> ScenarioPage:
    english = Locale.objects.get(language_code="en")
    module = _child(course, ModulePage, MODULE["slug"], MODULE["id"])
    _translation(module, english, MODULE["en"])
    scenario = ScenarioPage.objects.child_of(module).filter(slug=content["slug"]).first()
    if scenario is None:
        scenario = module.add_child(
            instance=ScenarioPage(
                slug=content["slug"],
                budget=content["budget"],
                pass_mark=Decimal(content["pass_mark"]),
                attempts_allowed=content["attempts_allowed"],
                **_fields(content, "id"),
            )
        )
        scenario.save_revision().publish()
    _translation(scenario, english, _fields(content, "en"))
    return scenario
