"""Generated scenarios for tests and benchmarks (moved out of the engine: test
helpers are not production code)."""

import random
import uuid

from simulations.engine import DECISION, ENDING, INVESTIGATION, MIN_CHOICES, NARRATIVE


def generate_scenario(n_steps: int, seed: int = 0) -> dict:
    """A valid branching scenario of `n_steps` steps as raw StreamField JSON:
    {"competencies", "kpis", "steps", "budget"}, ready for `scenario_from_stream(**…)`
    or for a page's StreamFields.

    Decisions (2–3 choices, some with conditions or costs) lead forward, a few
    investigations and narratives sit between them, and up to 3 endings close every
    route. The same `n_steps` and `seed` always give the same scenario.
    """
    if n_steps < 2:
        raise ValueError("A generated scenario needs at least 2 steps.")
    rng = random.Random(seed)
    competencies = ["empathy", "ownership", "journey", "metrics"]
    kpis = [
        ("csat", "CSAT", "70", "0", "100", "%", True),
        ("nps", "NPS", "10", "-100", "100", "", True),
        ("churn", "Churn", "8", "0", "40", "%", False),
    ]
    endings = min(3, n_steps - 1)
    body = n_steps - endings
    keys = [f"step-{i}" for i in range(body)] + [f"ending-{i}" for i in range(endings)]
    budget = 100 + 5 * n_steps

    def block(kind: str, value: dict) -> dict:
        return {"type": kind, "value": value, "id": str(uuid.UUID(int=rng.getrandbits(128)))}

    def points() -> list[dict]:
        return [
            block("item", {"competency": c, "points": rng.randint(-3, 5)})
            for c in rng.sample(competencies, rng.randint(1, 2))
        ]

    def no_condition() -> dict:
        return {"kind": "", "competency": "", "kpi": "", "value": None, "step": "", "choice": ""}

    decisions: list[tuple[str, list[str]]] = []  # earlier decisions, for "chose" conditions

    def condition() -> dict:
        roll = rng.random()
        if roll < 0.6:
            return no_condition()
        if roll < 0.75:
            return {
                **no_condition(),
                "kind": "min_score",
                "competency": rng.choice(competencies),
                "value": str(rng.randint(0, 6)),
            }
        if roll < 0.9 or not decisions:
            return {
                **no_condition(),
                "kind": "kpi_at_least",
                "kpi": "csat",
                "value": str(rng.randint(40, 80)),
            }
        step, choices = rng.choice(decisions)
        return {
            **no_condition(),
            "kind": rng.choice(["chose", "not_chose"]),
            "step": step,
            "choice": rng.choice(choices),
        }

    steps = []
    for i in range(n_steps):
        key = keys[i]
        if i >= body:
            kind = ENDING
        elif i == 0 or i == body - 1:
            kind = DECISION  # the last one branches out to the endings
        else:
            kind = rng.choices([DECISION, INVESTIGATION, NARRATIVE], weights=[6, 2, 2])[0]
        value = {
            "key": key,
            "kind": kind,
            "title": f"Step {i + 1}",
            "channel": rng.choice(["meeting", "whatsapp", "email", "phone", "store", "report"]),
            "speaker": "Bu Sari, store manager",
            "quarter": 1 + 4 * i // n_steps,
            "narrative": f"<p>What happens at step {i + 1}.</p>",
            "choices": [],
            "sources": [],
            "next": "",
            "outcome": "<p>The outcome.</p>" if kind == ENDING else "",
            "expert_commentary": "<p>What the expert would say.</p>" if kind == ENDING else "",
        }
        if kind == DECISION:
            if i == body - 1:
                targets = keys[body:]
                if len(targets) < MIN_CHOICES:
                    targets = targets * MIN_CHOICES
            else:
                window = keys[i + 1 : min(n_steps, i + 6)]
                targets = [keys[i + 1]] + [rng.choice(window) for _ in range(rng.randint(1, 2))]
            expert = rng.randrange(len(targets))
            choice_keys = [f"{key}-choice-{n}" for n in range(len(targets))]
            value["choices"] = [
                block(
                    "item",
                    {
                        "key": choice_keys[n],
                        "label": f"Option {n + 1}",
                        "feedback": "<p>Why this matters.</p>",
                        "next": target,
                        "points": points(),
                        "effects": [
                            block("item", {"kpi": kpi[0], "delta": str(rng.randint(-8, 8))})
                            for kpi in rng.sample(kpis, rng.randint(0, 2))
                        ],
                        # The first choice stays open and free, so no learner is stuck.
                        "cost": 0 if n == 0 else rng.choice([0, 0, 5, 10, 20]),
                        "expert": n == expert,
                        "condition": no_condition() if n == 0 else condition(),
                    },
                )
                for n, target in enumerate(targets)
            ]
            decisions.append((key, choice_keys))
        elif kind == INVESTIGATION:
            value["next"] = keys[i + 1]
            value["sources"] = [
                block(
                    "item",
                    {
                        "key": f"{key}-source-{n}",
                        "label": f"Data source {n + 1}",
                        "cost": rng.choice([0, 5, 10]),
                        "evidence": "<p>What the data shows.</p>",
                        "points": points(),
                    },
                )
                for n in range(rng.randint(2, 3))
            ]
        elif kind == NARRATIVE:
            value["next"] = keys[i + 1]
        steps.append(block("step", value))

    return {
        "competencies": [
            block("competency", {"key": c, "label": c.title(), "weight": str(w)})
            for c, w in zip(competencies, [1, 1, 1, 2], strict=True)
        ],
        "kpis": [
            block(
                "kpi",
                {
                    "key": key,
                    "label": label,
                    "start": start_value,
                    "minimum": low,
                    "maximum": high,
                    "unit": unit,
                    "higher_is_better": higher,
                    "shown": True,
                },
            )
            for key, label, start_value, low, high, unit, higher in kpis
        ],
        "steps": steps,
        "budget": budget,
    }
