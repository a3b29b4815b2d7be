"""Helpers for writing a simulation case once, in Bahasa Indonesia and English side by side.

A case is one nested structure of plain dicts and lists in which every text is a `T`
(the Indonesian and the English text of the same sentence). `localise(structure, "id")`
and `localise(structure, "en")` then give the two languages' raw StreamField values, so
keys, kinds, links, points, effects, costs, conditions and expert flags are identical in
both languages by construction; only the texts differ.

`step`, `choice`, `source` and `condition` give the raw values of
`simulations.blocks.StepBlock`, `ChoiceBlock`, `SourceBlock` and `ConditionBlock` with
every field present; `competency` and `kpi` those of `CompetencyBlock` and `KpiBlock`.
Decimals (KPI values, weights, effects, condition values) are strings.

Used by the flagship case (`cxacademy/home/demo_scenario.py`) and the other cases in
this package.
"""

import re

_BLOCK_TAG_SPACE = re.compile(r"\s*(</?(?:p|ul|ol|li)>)\s*")


def clean(text):
    """Collapse the source's line breaks and indentation into single spaces."""
    return _BLOCK_TAG_SPACE.sub(r"\1", " ".join(text.split()))


class T:
    """One text in Bahasa Indonesia and in English."""

    __slots__ = ("en", "id")

    def __init__(self, id_text, en_text):
        self.id = clean(id_text)
        self.en = clean(en_text)


def localise(value, lang):
    """`value` with every `T` replaced by its text in `lang` ("id" or "en")."""
    if isinstance(value, T):
        return getattr(value, lang)
    if isinstance(value, dict):
        return {k: localise(v, lang) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [localise(v, lang) for v in value]
    return value


def condition(kind="", competency="", kpi="", value=None, step="", choice=""):
    return {
        "kind": kind,
        "competency": competency,
        "kpi": kpi,
        "value": value,
        "step": step,
        "choice": choice,
    }


def _no_condition():
    return condition()


def points(**points):
    return [{"competency": key, "points": value} for key, value in points.items()]


def effects(**deltas):
    return [{"kpi": key, "delta": value} for key, value in deltas.items()]


def choice(key, label, feedback, next, points=(), effects=(), cost=0, expert=False, condition=None):
    return {
        "key": key,
        "label": label,
        "feedback": feedback,
        "next": next,
        "points": list(points),
        "effects": list(effects),
        "cost": cost,
        "expert": expert,
        "condition": condition or _no_condition(),
    }


def source(key, label, cost, evidence, points=()):
    return {"key": key, "label": label, "cost": cost, "evidence": evidence, "points": list(points)}


def step(
    key,
    kind,
    title,
    channel,
    quarter,
    narrative,
    speaker="",
    choices=(),
    sources=(),
    next="",
    outcome="",
    expert_commentary="",
):
    return {
        "key": key,
        "kind": kind,
        "title": title,
        "channel": channel,
        "speaker": speaker,
        "quarter": quarter,
        "narrative": narrative,
        "choices": list(choices),
        "sources": list(sources),
        "next": next,
        "outcome": outcome,
        "expert_commentary": expert_commentary,
    }


def competency(key, label, weight="1"):
    return {"key": key, "label": label, "weight": weight}


def cx_competencies(*, empathy_label=None, **weights):
    """The brief's four competencies (empathy, ownership and proactivity, journey
    thinking, metrics literacy), each weighing 1 unless `weights` say otherwise."""
    labels = {
        "empathy": empathy_label or T("Empati", "Empathy"),
        "ownership": T("Kepemilikan & proaktif", "Ownership & proactivity"),
        "journey": T("Berpikir perjalanan pelanggan", "Journey thinking"),
        "metrics": T("Literasi metrik", "Metrics literacy"),
    }
    return [competency(key, label, weights.get(key, "1")) for key, label in labels.items()]


def kpi(key, label, start, minimum="0", maximum="100", unit="%", higher_is_better=True):
    return {
        "key": key,
        "label": label,
        "start": start,
        "minimum": minimum,
        "maximum": maximum,
        "unit": unit,
        "higher_is_better": higher_is_better,
        "shown": True,
    }
