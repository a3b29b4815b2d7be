"""Courses: the page tree trainers author, and the records of each learner's way
through it.

Page tree (enforced by parent/subpage types):
    HomePage → CourseCataloguePage → CoursePage → ModulePage → module items
Module items are LessonPage here; quizzes and simulations add their own pages.

Learner records refer to content by Wagtail's `translation_key`, never by one
locale's page id, so progress follows a learner who switches language.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import LessonStreamBlock
from courses.completion import GRADING_METHODS
from courses.metric_lab import METRIC_CHOICES


class CourseCataloguePage(Page):
    """The list of courses, one per language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    template = "courses/catalogue_page.html"

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def serve(self, request, *args, **kwargs):
        from courses import views

        return views.catalogue_page(request, self)


class CoursePage(Page):
    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    class Access(models.TextChoices):
        OPEN = "open", _("Open: every signed-in employee can read the lessons")
        RESTRICTED = "restricted", _("Restricted: enrolled learners only")

    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences for the catalogue card.")
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=60)
    level = models.CharField(_("level"), max_length=20, choices=Level, default=Level.BEGINNER)
    learning_outcomes = models.TextField(
        _("learning outcomes"),
        blank=True,
        help_text=_("One outcome per line, e.g. “Explain the difference between CS and CX”."),
    )
    access = models.CharField(_("access"), max_length=20, choices=Access, default=Access.OPEN)
    self_enrolment = models.BooleanField(
        _("learners may enrol themselves"),
        default=True,
        help_text=_("Switch off for courses that only HR assigns."),
    )
    certificate_template = models.ForeignKey(
        "certificates.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Learners who complete the course receive this certificate."),
    )
    sequential_modules = models.BooleanField(
        _("unlock modules in order"),
        default=False,
        help_text=_(
            "When on, a module opens only after every required item of the modules "
            "before it is done (and passed)."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("level"), FieldPanel("learning_outcomes")],
            heading=_("About the course"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("access"),
                FieldPanel("self_enrolment"),
                FieldPanel("sequential_modules"),
                FieldPanel("certificate_template"),
            ],
            heading=_("Access, pass rules and certificate"),
        ),
    ]
    parent_page_types = ["courses.CourseCataloguePage"]
    subpage_types = ["courses.ModulePage"]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def outcomes(self) -> list[str]:
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def serve(self, request, *args, **kwargs):
        from courses import views

        return views.course_page(request, self)

    def serve_preview(self, request, mode_name):
        # Trainers preview drafts: show the page as a visitor would, no learner state.
        from courses import views

        return views.course_preview(request, self)


class ModulePage(Page):
    summary = models.TextField(_("summary"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage", "simulations.ScenarioPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        # A module has no page of its own: its place is in the course outline.
        from django.shortcuts import redirect

        return redirect(f"{self.get_parent().url}#module-{self.translation_key}")


class ModuleItem(models.Model):
    """What every module item (lesson, quiz, simulation) shares.

    The item contract: each item answers, for a learner, "is it done, did it pass,
    with what score, when" by writing an `ItemProgress` through
    `courses.services.item_record_result()`. Progress, completion, certificates and
    reports read only `ItemProgress`.
    """

    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Optional items count towards nothing; required ones must be done."),
    )

    item_kind = "item"

    class Meta:
        abstract = True


# The grading fields of graded items (quizzes, simulations), declared once. Each
# item names them in its own words ("attempts" or "runs"), so they are made here
# and called from the item's model rather than inherited with one wording.


def pass_mark_field(*, default: Decimal) -> models.DecimalField:
    return models.DecimalField(
        _("pass mark (%)"),
        max_digits=5,
        decimal_places=2,
        default=default,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
    )


def tries_allowed_field(verbose_name) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(verbose_name, default=0, help_text=_("0 = unlimited."))


def grading_field(verbose_name, *, labels: dict[str, str]) -> models.CharField:
    """How the final grade is read from several tries. The methods are the ones
    `courses.completion.grade_across` knows, in its order; the item only names
    them in its own words (`labels`, one per method), so a method added there
    cannot be missing from one item's choices."""
    if set(labels) != set(GRADING_METHODS):
        raise ValueError(f"Grading labels must name exactly {GRADING_METHODS}.")
    choices = [(method, labels[method]) for method in GRADING_METHODS]
    return models.CharField(verbose_name, max_length=10, choices=choices, default="highest")


class GradedItem(ModuleItem):
    """A module item learners try, possibly several times, for a grade: a quiz or a
    simulation. Subclasses declare `pass_mark`, `attempts_allowed` and `grading`
    with the field makers above; the rules on them live here."""

    class Meta:
        abstract = True

    def tries_left(self, tries: int) -> int | None:
        """How many more tries a learner who has made `tries` has; None = unlimited."""
        if not self.attempts_allowed:
            return None
        return max(self.attempts_allowed - tries, 0)

    def passes(self, grade) -> bool:
        """Whether a grade reaches the pass mark (the mark itself passes)."""
        return grade is not None and grade >= self.pass_mark


class ItemTry(models.Model):
    """One try at a graded item (a quiz attempt, a simulation run), as courses
    reads it: open until finished (`is_open`, `finished_at`, which `item_tries`
    and `item_tries_current` rely on), numbered per learner, in a course, with a
    sequence number against stale tabs. Subclasses add the learner
    (`try_learner_field`), the item's key, their `Status` (with `OPEN = "open"`),
    their own result and `try_constraints`."""

    course_key = models.UUIDField()
    number = models.PositiveIntegerField()
    sequence = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    passed = models.BooleanField(null=True)

    class Meta:
        abstract = True

    # Why a change is refused, worded by each kind of try (see `stale_reason`).
    finished_message: str
    as_it_stands_message: str

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    def stale_reason(self, sequence: int) -> str | None:
        """Why a change posted with `sequence` must be refused, for the learner: the try
        is finished, or the page it came from was out of date (another tab, the back
        button, a double click). None when the change may go ahead. Call it on the try
        locked for update."""
        if not self.is_open:
            return str(self.finished_message)
        if sequence != self.sequence:
            out_of_date = _(
                "This page was out of date (another tab, the back button or a double click)."
            )
            return f"{out_of_date} {self.as_it_stands_message}"
        return None


def try_learner_field(*, related_name: str) -> models.ForeignKey:
    """The learner an `ItemTry` belongs to; their tries go when their account goes."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name=related_name
    )


def try_constraints(
    item_key: str, *, numbered: str, one_open: str, **counted: object
) -> list[models.UniqueConstraint]:
    """The rules of an `ItemTry`'s table: a learner's tries at an item are numbered
    once each, and at most one is open whatever the race (the one `item_tries`
    resumes). `counted` narrows the second rule to the tries that count (a
    trainer's preview run does not)."""
    return [
        models.UniqueConstraint(fields=["user", item_key, "number"], name=numbered),
        models.UniqueConstraint(
            fields=["user", item_key], condition=models.Q(status="open", **counted), name=one_open
        ),
    ]


def graded_item_panel(*more: str, heading) -> MultiFieldPanel:
    """The settings panel of a graded item: the grading fields, then its own."""
    fields = ("required", "pass_mark", "attempts_allowed", "grading", *more)
    return MultiFieldPanel([FieldPanel(name) for name in fields], heading=heading)


class LessonPage(ModuleItem, Page):
    class Completion(models.TextChoices):
        MARK_DONE = "mark", _("The learner marks it done at the end")
        REACH_END = "end", _("Done when the learner reaches the end")

    body = StreamField(LessonStreamBlock(), verbose_name=_("content"), blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)
    completion = models.CharField(
        _("completion"), max_length=10, choices=Completion, default=Completion.MARK_DONE
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [FieldPanel("required"), FieldPanel("completion"), FieldPanel("estimated_minutes")],
            heading=_("Completion"),
        ),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    search_fields = [*Page.search_fields, index.SearchField("body")]
    template = "courses/lesson_page.html"
    item_kind = "lesson"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve(self, request, *args, **kwargs):
        from courses import views

        return views.lesson_page(request, self)

    def serve_preview(self, request, mode_name):
        # A draft may not be published, nor even saved: render its content only.
        from courses import views

        return views.lesson_preview(request, self)


# --- Learner records ---------------------------------------------------------


class Enrolment(models.Model):
    """A learner on a course. Leaving keeps the row (and all progress) as history."""

    class Source(models.TextChoices):
        SELF = "self", _("Enrolled themselves")
        ASSIGNED = "assigned", _("Assigned")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    source = models.CharField(max_length=10, choices=Source, default=Source.SELF)
    assignment = models.ForeignKey(
        "courses.CourseAssignment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enrolments",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField(default=timezone.now)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed on"), null=True, blank=True)
    started_at = models.DateTimeField(_("started on"), null=True, blank=True)
    # When the course was last started again (recertification): quiz attempts and
    # simulation runs from before count neither as tries used nor towards the grade.
    restarted_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Assignment reminders already sent: "before-7", "before-1", "overdue".
    reminders_sent = models.JSONField(default=list, blank=True, editable=False)
    last_item_key = models.UUIDField(null=True, blank=True)
    last_visited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="one_enrolment_per_course")
        ]
        permissions = [
            ("view_completion_report", _("Can see and export the completion report")),
        ]

    def __str__(self):
        return f"{self.user} · {self.course_key}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    def is_overdue(self, today=None) -> bool:
        today = today or timezone.localdate()
        return bool(self.due_date and not self.completed_at and self.due_date < today)


class ItemProgress(models.Model):
    """One learner's answer to the item contract for one module item."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="item_progress"
    )
    course_key = models.UUIDField(db_index=True)
    item_key = models.UUIDField()
    item_kind = models.CharField(max_length=20)
    done = models.BooleanField(default=False)
    passed = models.BooleanField(null=True, help_text=_("Empty for items without a pass mark."))
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("item progress")
        verbose_name_plural = _("item progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "item_key"], name="one_progress_per_item"),
        ]
        indexes = [models.Index(fields=["user", "course_key"])]

    def __str__(self):
        return f"{self.user} · {self.item_kind} {self.item_key}"

    @property
    def satisfied(self) -> bool:
        """Done, and passed wherever the item has a pass mark."""
        return self.done and self.passed is not False


class CourseAssignment(models.Model):
    """HR puts a course on people's plate: a whole department (now and later
    members, sub-departments included) and/or named learners."""

    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    course_key = models.UUIDField(editable=False, db_index=True)
    department = models.ForeignKey(
        "accounts.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="course_assignments",
        help_text=_("Everyone in it and its sub-departments, including people who join later."),
    )
    users = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("named learners"),
        blank=True,
        related_name="course_assignments",
    )
    job_titles = models.TextField(
        _("job titles"),
        blank=True,
        help_text=_(
            "One per line, e.g. “Store Manager”. With a department: only those job titles "
            "in it; alone: those job titles anywhere in the company. Case does not matter."
        ),
    )
    due_date = models.DateField(
        _("due date"),
        null=True,
        blank=True,
        help_text=_("A fixed date for everyone. Leave empty to use “days after joining”."),
    )
    due_days_after_joining = models.PositiveIntegerField(
        _("due days after joining"),
        null=True,
        blank=True,
        help_text=_(
            "For onboarding: due this many days after the person joined. For people who "
            "were already here, the days count from the day the course reaches them."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("course assignment")
        verbose_name_plural = _("course assignments")
        ordering = ["-created_at"]

    def __str__(self):
        target = self.department.path if self.department_id else _("named learners")
        return f"{self.course.title} → {target}"

    def save(self, *args, **kwargs):
        # The key is what learner records use; it is the course whatever its language.
        if self.course_id and not self.course_key:
            self.course_key = self.course.translation_key
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.course_id:
            self.course_key = self.course.translation_key
        if self.due_date and self.due_days_after_joining is not None:
            raise ValidationError(
                {
                    "due_days_after_joining": _(
                        "Choose a fixed due date or days after joining, not both."
                    )
                }
            )

    @property
    def job_title_list(self) -> list[str]:
        return [line.strip() for line in self.job_titles.splitlines() if line.strip()]

    def due_date_for(self, *, joined_on: datetime.date | None) -> datetime.date | None:
        """The due date for one person: the fixed date, or N days after they joined;
        for people who joined before the course was assigned, N days after the
        assignment. None when neither is set."""
        if self.due_date:
            return self.due_date
        if self.due_days_after_joining is None:
            return None
        assigned_on = timezone.localdate(self.created_at) if self.created_at else None
        start = max(filter(None, (joined_on, assigned_on)), default=timezone.localdate())
        return start + datetime.timedelta(days=self.due_days_after_joining)


class MetricLabAttemptQuerySet(models.QuerySet):
    def latest_for(self, *, user, lesson_key, block_id) -> "MetricLabAttempt | None":
        """The exercise a learner is on (or last did) in one metric lab block."""
        return (
            self.filter(user=user, lesson_key=lesson_key, block_id=block_id)
            .order_by("-created_at", "-pk")
            .first()
        )


class MetricLabAttempt(models.Model):
    """One metric lab exercise given to one learner, and their answer.

    The data set is not stored: `courses.metric_lab.generate(metric, seed)` builds
    it again whenever it is shown, so the answer stays on the server until the
    learner has answered. Refers to the lesson by `translation_key`, so an exercise
    started in one language can be answered in the other. Practice only: it never
    counts towards completion or a grade.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="metric_lab_attempts"
    )
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.CharField(max_length=64)
    metric = models.CharField(_("metric"), max_length=16, choices=METRIC_CHOICES)
    seed = models.PositiveIntegerField()
    created_at = models.DateTimeField(_("started on"), default=timezone.now)
    answer = models.DecimalField(
        _("answer"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    correct = models.BooleanField(_("correct"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)

    objects = MetricLabAttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("metric lab attempt")
        verbose_name_plural = _("metric lab attempts")
        indexes = [
            models.Index(
                fields=["user", "lesson_key", "block_id", "-created_at"],
                name="metric_lab_latest",
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.metric} · {self.created_at:%Y-%m-%d %H:%M}"
