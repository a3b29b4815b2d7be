"""Simulations: scored branching scenarios authored as pages, and learners' runs.

A scenario is a module item. Its steps, competencies and KPIs are StreamFields
(simulations/blocks.py); the engine (simulations/engine.py) turns them into a
graph, checks it, runs it and scores it. Runs refer to the scenario by its
translation key, so a learner may switch language mid-run.
"""

from decimal import Decimal

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses import api as course_api
from simulations.blocks import CompetenciesBlock, KpisBlock, StepsBlock
from simulations.forms import ScenarioPageForm

# The grading methods are courses'; these are their names in a simulation's words.
GRADING_LABELS = {
    "highest": _("Highest-scoring run"),
    "last": _("Last run"),
    "first": _("First run"),
    "average": _("Average of runs"),
}
DEFAULT_COMPETENCIES = [
    ("competency", {"key": "empathy", "label": "Empati", "weight": Decimal(1)}),
    ("competency", {"key": "ownership", "label": "Kepemilikan & proaktif", "weight": Decimal(1)}),
    (
        "competency",
        {"key": "journey", "label": "Berpikir perjalanan pelanggan", "weight": Decimal(1)},
    ),
    ("competency", {"key": "metrics", "label": "Literasi metrik", "weight": Decimal(1)}),
]


class ScenarioPage(course_api.GradedItem, Page):
    briefing = RichTextField(
        _("briefing"),
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("What the learner reads before starting: the situation and their role."),
    )
    learner_role = models.CharField(
        _("learner's role"), max_length=120, help_text=_("e.g. “new CX lead”.")
    )
    budget = models.PositiveIntegerField(
        _("budget"), null=True, blank=True, help_text=_("Empty = no budget.")
    )
    budget_unit = models.CharField(
        _("budget unit"), max_length=40, blank=True, help_text=_("e.g. “Rp juta” or “days”.")
    )
    pass_mark = course_api.pass_mark_field(default=Decimal(60))
    attempts_allowed = course_api.tries_allowed_field(_("runs allowed"))
    grading = course_api.grading_field(_("final score from"), labels=GRADING_LABELS)
    allow_back = models.BooleanField(
        _("learners may go back a step"),
        default=False,
        help_text=_("Going back is recorded in the run."),
    )
    competencies = StreamField(
        CompetenciesBlock(), verbose_name=_("competencies scored"), default=DEFAULT_COMPETENCIES
    )
    kpis = StreamField(KpisBlock(), verbose_name=_("KPIs"), blank=True)
    steps = StreamField(StepsBlock(), verbose_name=_("steps"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("learner_role"),
        FieldPanel("briefing"),
        HelpPanel(
            template="simulations/admin/validation_panel.html",
            heading=_("Scenario check"),
        ),
        FieldPanel("steps"),
    ]
    settings_panels = [
        *Page.settings_panels,
        course_api.graded_item_panel("allow_back", "budget", "budget_unit", heading=_("Rules")),
        FieldPanel("competencies"),
        FieldPanel("kpis"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    base_form_class = ScenarioPageForm
    template = "simulations/scenario_page.html"
    item_kind = "simulation"

    class Meta:
        verbose_name = _("simulation")
        verbose_name_plural = _("simulations")

    @cached_property
    def graph(self):
        """The scenario as the engine sees it."""
        from simulations import engine

        return engine.scenario_from_stream(
            competencies=self.competencies.raw_data,
            kpis=self.kpis.raw_data,
            steps=self.steps.raw_data,
            budget=self.budget,
        )

    def problems(self):
        """What stops this scenario from being published (empty when it is sound)."""
        from simulations import engine

        return engine.validate_stream(
            competencies=self.competencies.raw_data,
            kpis=self.kpis.raw_data,
            steps=self.steps.raw_data,
            budget=self.budget,
        )

    def step_values(self) -> dict[str, dict]:
        """Step texts by key (title, narrative, choices' labels…) in this language."""
        return {block.value["key"]: block.value for block in self.steps}

    def serve(self, request, *args, **kwargs):
        from simulations import views

        return views.scenario_page(request, self)

    def serve_preview(self, request, mode_name):
        from simulations import views

        return views.scenario_preview(request, self)


class ScenarioRun(course_api.ItemTry):
    """One play-through. The state (current step, scores, KPIs, budget, path) is
    the engine's and lives only here; the browser sees the current step."""

    finished_message = _("This run is already finished; nothing was changed.")
    as_it_stands_message = _("Nothing was changed; here is the run as it stands.")

    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        FINISHED = "finished", _("Finished")

    user = course_api.try_learner_field(related_name="scenario_runs")
    scenario_key = models.UUIDField(db_index=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)
    state = models.JSONField(default=dict)
    competency_scores = models.JSONField(default=dict)
    overall = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    ending = models.CharField(max_length=60, blank=True)
    # A trainer's preview of a draft: played like any run, counted nowhere.
    preview_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("simulation run")
        verbose_name_plural = _("simulation runs")
        ordering = ["user", "scenario_key", "number"]
        constraints = course_api.try_constraints(
            "scenario_key",
            numbered="run_number_unique",
            one_open="one_open_run",
            preview_revision__isnull=True,
        )

    def __str__(self):
        return f"{self.user} · scenario {self.scenario_key} · #{self.number}"


class RunEvent(models.Model):
    """Every action in a run, shaped like an xAPI statement (actor, verb, object,
    result, timestamp) so an export to a learning record store is a mapping."""

    run = models.ForeignKey(ScenarioRun, on_delete=models.CASCADE, related_name="events")
    position = models.PositiveIntegerField()
    timestamp = models.DateTimeField(default=timezone.now)
    verb = models.CharField(max_length=30)
    step = models.CharField(max_length=60)
    target = models.CharField(max_length=60, blank=True)
    statement = models.JSONField()

    class Meta:
        ordering = ["run", "position"]
        constraints = [
            models.UniqueConstraint(fields=["run", "position"], name="event_position_unique")
        ]

    def __str__(self):
        return f"{self.run_id}#{self.position} {self.verb} {self.step}/{self.target}"
