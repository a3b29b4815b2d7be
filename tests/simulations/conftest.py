import pytest

from courses.models import ModulePage
from simulations.models import ScenarioPage
from tests.courses.conftest import build_course

COMPETENCIES = [
    {"type": "competency", "value": {"key": k, "label": k.title(), "weight": "1"}}
    for k in ("empathy", "ownership", "journey", "metrics")
]
KPIS = [
    {
        "type": "kpi",
        "value": {
            "key": "csat",
            "label": "CSAT",
            "start": "86",
            "minimum": "0",
            "maximum": "100",
            "unit": "%",
            "higher_is_better": True,
            "shown": True,
        },
    },
    {
        "type": "kpi",
        "value": {
            "key": "retention",
            "label": "Retensi",
            "start": "62",
            "minimum": "0",
            "maximum": "100",
            "unit": "%",
            "higher_is_better": True,
            "shown": True,
        },
    },
]
NO_CONDITION = {"kind": "", "competency": "", "kpi": "", "value": None, "step": "", "choice": ""}


def choice(key, label, next_step, *, points=(), effects=(), cost=0, expert=False, condition=None):
    return {
        "key": key,
        "label": label,
        "feedback": f"<p>Umpan balik {label}</p>",
        "next": next_step,
        "points": [{"competency": c, "points": p} for c, p in points],
        "effects": [{"kpi": k, "delta": str(d)} for k, d in effects],
        "cost": cost,
        "expert": expert,
        "condition": condition or dict(NO_CONDITION),
    }


def step(key, kind, title, *, choices=(), sources=(), next_step="", quarter=None, outcome=""):
    return {
        "type": "step",
        "value": {
            "key": key,
            "kind": kind,
            "title": title,
            "channel": "meeting",
            "speaker": "",
            "quarter": quarter,
            "narrative": f"<p>Cerita {title}</p>",
            "choices": list(choices),
            "sources": list(sources),
            "next": next_step,
            "outcome": outcome,
            "expert_commentary": "<p>Komentar ahli</p>" if kind == "ending" else "",
        },
    }


def source(key, label, cost, evidence, points=()):
    return {
        "key": key,
        "label": label,
        "cost": cost,
        "evidence": f"<p>{evidence}</p>",
        "points": [{"competency": c, "points": p} for c, p in points],
    }


STEPS = [
    step(
        "mulai",
        "decision",
        "Rapat pertama",
        quarter=1,
        choices=[
            choice(
                "latih-cs",
                "Latih ulang tim CS",
                "akhir-buruk",
                points=[("journey", -2)],
                effects=[("csat", 1), ("retention", -5)],
                cost=60,
            ),
            choice(
                "selidiki", "Selidiki datanya dulu", "data", points=[("ownership", 3)], expert=True
            ),
        ],
    ),
    step(
        "data",
        "investigation",
        "Buka data",
        quarter=1,
        next_step="putuskan",
        sources=[
            source("retur", "Data retur", 20, "Retur 3x lebih lama dari pesaing", [("metrics", 3)]),
            source("survei", "Komentar survei", 10, "Pelanggan bingung di situs", [("empathy", 2)]),
        ],
    ),
    step(
        "putuskan",
        "decision",
        "Pilih perbaikan",
        quarter=2,
        choices=[
            choice(
                "perbaiki-retur",
                "Perbaiki proses retur",
                "akhir-baik",
                points=[("journey", 5), ("empathy", 3)],
                effects=[("retention", 12)],
                cost=40,
                expert=True,
                condition={**NO_CONDITION, "kind": "chose", "step": "mulai", "choice": "selidiki"},
            ),
            choice(
                "diskon",
                "Beri diskon",
                "akhir-buruk",
                points=[("metrics", -2)],
                effects=[("retention", 1)],
                cost=0,
            ),
        ],
    ),
    step("akhir-baik", "ending", "Retensi naik", quarter=3, outcome="<p>Pelanggan kembali.</p>"),
    step("akhir-buruk", "ending", "Retensi turun", quarter=3, outcome="<p>Pelanggan pergi.</p>"),
]


def build_scenario(site, *, steps=STEPS, course=None, **fields):
    course = course or build_course(site, modules=1, lessons=1, title="Kursus simulasi")
    module = course.add_child(instance=ModulePage(title="Modul simulasi"))
    fields = {
        "title": "Kasus retensi",
        "budget": 100,
        "budget_unit": "Rp juta",
        "pass_mark": 60,
        **fields,
    }
    scenario = module.add_child(
        instance=ScenarioPage(
            learner_role="CX lead baru",
            briefing="<p>Retensi rendah.</p>",
            competencies=COMPETENCIES,
            kpis=KPIS,
            steps=steps,
            **fields,
        )
    )
    return ScenarioPage.objects.get(pk=scenario.pk)


@pytest.fixture
def scenario(site):
    return build_scenario(site)
