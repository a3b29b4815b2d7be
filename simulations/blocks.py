"""How trainers author a scenario: its steps as StreamField blocks.

Each step has a key (a short slug such as `start` or `returns-data`); choices and
"continue" links name the step they lead to by that key. The scenario is checked
as a whole when it is saved or published (simulations/engine.py `validate`).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

CHANNELS = [
    ("meeting", _("Meeting")),
    ("whatsapp", _("WhatsApp")),
    ("email", _("Email")),
    ("phone", _("Phone")),
    ("store", _("Store")),
    ("website", _("Website")),
    ("report", _("Report or data")),
]

STEP_KINDS = [
    ("decision", _("Decision: the learner picks one of 2–5 choices")),
    ("investigation", _("Investigation: the learner opens data sources, then continues")),
    ("narrative", _("Narrative: something happens, then the learner continues")),
    ("ending", _("Ending: the outcome and the expert's commentary")),
]

CONDITION_KINDS = [
    ("", _("Always available")),
    ("min_score", _("Only if a competency score is at least…")),
    ("kpi_at_least", _("Only if a KPI is at least…")),
    ("kpi_at_most", _("Only if a KPI is at most…")),
    ("budget_at_least", _("Only if the budget left is at least…")),
    ("chose", _("Only if the learner made an earlier choice")),
    ("not_chose", _("Only if the learner did not make an earlier choice")),
]

KEY_HELP = _(
    "Short and unique within the scenario: letters, digits and hyphens, e.g. “returns-data”."
)


class ConditionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Condition"), choices=CONDITION_KINDS, required=False, default=""
    )
    competency = blocks.CharBlock(
        label=_("Competency key"),
        required=False,
        max_length=40,
        help_text=_("For a score condition, e.g. “empathy”."),
    )
    kpi = blocks.CharBlock(
        label=_("KPI key"), required=False, max_length=40, help_text=_("e.g. “csat”.")
    )
    value = blocks.DecimalBlock(label=_("Value"), required=False)
    step = blocks.CharBlock(
        label=_("Earlier step key"),
        required=False,
        max_length=60,
        help_text=_("For an earlier-choice condition."),
    )
    choice = blocks.CharBlock(label=_("Earlier choice key"), required=False, max_length=60)

    class Meta:
        icon = "lock"
        label = _("Condition")
        form_classname = "cxa-condition"


class PointsBlock(blocks.StructBlock):
    competency = blocks.CharBlock(label=_("Competency key"), max_length=40)
    points = blocks.IntegerBlock(label=_("Points"), min_value=-10, max_value=10)

    class Meta:
        icon = "pick"
        label = _("Points")


class EffectBlock(blocks.StructBlock):
    kpi = blocks.CharBlock(label=_("KPI key"), max_length=40)
    delta = blocks.DecimalBlock(label=_("Change"), help_text=_("Added to the KPI, e.g. 4 or -2.5."))

    class Meta:
        icon = "order"
        label = _("KPI effect")


class ChoiceBlock(blocks.StructBlock):
    key = blocks.CharBlock(label=_("Key"), max_length=60, help_text=KEY_HELP)
    label = blocks.CharBlock(label=_("What the learner sees"), max_length=300)
    feedback = blocks.RichTextBlock(
        label=_("Feedback in the debrief"),
        required=False,
        features=["bold", "italic", "link"],
    )
    next = blocks.CharBlock(label=_("Leads to step (key)"), max_length=60)
    points = blocks.ListBlock(PointsBlock(), label=_("Competency points"), default=[])
    effects = blocks.ListBlock(EffectBlock(), label=_("KPI effects"), default=[])
    cost = blocks.IntegerBlock(label=_("Cost against the budget"), default=0, min_value=0)
    expert = blocks.BooleanBlock(
        label=_("The expert's choice"),
        required=False,
        help_text=_("Shown as the expert's route in the debrief."),
    )
    condition = ConditionBlock(label=_("Condition"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Choice")


class SourceBlock(blocks.StructBlock):
    key = blocks.CharBlock(label=_("Key"), max_length=60, help_text=KEY_HELP)
    label = blocks.CharBlock(label=_("Data source"), max_length=200)
    cost = blocks.IntegerBlock(label=_("Cost against the budget"), default=0, min_value=0)
    evidence = blocks.RichTextBlock(
        label=_("What it reveals"), features=["bold", "italic", "ul", "ol", "link"]
    )
    points = blocks.ListBlock(PointsBlock(), label=_("Competency points"), default=[])

    class Meta:
        icon = "search"
        label = _("Data source")


class StepBlock(blocks.StructBlock):
    key = blocks.CharBlock(label=_("Key"), max_length=60, help_text=KEY_HELP)
    kind = blocks.ChoiceBlock(label=_("Type"), choices=STEP_KINDS, default="decision")
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    channel = blocks.ChoiceBlock(label=_("Channel"), choices=CHANNELS, default="meeting")
    speaker = blocks.CharBlock(
        label=_("Speaker"),
        required=False,
        max_length=120,
        help_text=_("Optional persona, e.g. “Bu Sari, store manager”."),
    )
    quarter = blocks.IntegerBlock(
        label=_("Quarter"),
        required=False,
        min_value=1,
        max_value=12,
        help_text=_("Groups steps into quarters on the KPI dashboard."),
    )
    narrative = blocks.RichTextBlock(
        label=_("Narrative"), features=["bold", "italic", "ul", "ol", "link"]
    )
    choices = blocks.ListBlock(
        ChoiceBlock(),
        label=_("Choices (decision steps)"),
        default=[],
        help_text=_("2 to 5 choices."),
    )
    sources = blocks.ListBlock(
        SourceBlock(), label=_("Data sources (investigation steps)"), default=[]
    )
    next = blocks.CharBlock(
        label=_("Continue to step (key)"),
        required=False,
        max_length=60,
        help_text=_("For investigation and narrative steps."),
    )
    outcome = blocks.RichTextBlock(
        label=_("Outcome (endings)"), required=False, features=["bold", "italic", "ul", "link"]
    )
    expert_commentary = blocks.RichTextBlock(
        label=_("Expert commentary (endings)"),
        required=False,
        features=["bold", "italic", "ul", "link"],
    )

    class Meta:
        icon = "tasks"
        label = _("Step")


class CompetencyBlock(blocks.StructBlock):
    key = blocks.CharBlock(label=_("Key"), max_length=40, help_text=_("e.g. “empathy”."))
    label = blocks.CharBlock(label=_("Name"), max_length=80)
    weight = blocks.DecimalBlock(label=_("Weight in the overall score"), default=1, min_value=0)

    class Meta:
        icon = "pick"
        label = _("Competency")


class KpiBlock(blocks.StructBlock):
    key = blocks.CharBlock(label=_("Key"), max_length=40, help_text=_("e.g. “csat”, “nps”."))
    label = blocks.CharBlock(label=_("Name"), max_length=80)
    start = blocks.DecimalBlock(label=_("Starting value"))
    minimum = blocks.DecimalBlock(label=_("Lowest possible"), default=0)
    maximum = blocks.DecimalBlock(label=_("Highest possible"), default=100)
    unit = blocks.CharBlock(label=_("Unit"), required=False, max_length=10, default="%")
    higher_is_better = blocks.BooleanBlock(
        label=_("Higher is better"),
        required=False,
        default=True,
        help_text=_("Untick for KPIs such as churn or customer effort."),
    )
    shown = blocks.BooleanBlock(
        label=_("Shown to the learner during the run"), required=False, default=True
    )

    class Meta:
        icon = "order"
        label = _("KPI")


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class CompetenciesBlock(blocks.StreamBlock):
    competency = CompetencyBlock()


class KpisBlock(blocks.StreamBlock):
    kpi = KpiBlock()
