"""The courses app's part of the completion report: its rows and its columns.

A row is one person on one course (an active or completed enrolment, assigned or
self-chosen). Other apps add their own columns in their `reports.py`; the HR
report view (`cxacademy/hr/report.py`) joins them. Every column is either a plain
field path or an annotation, so a page of the report and an export of 100,000
rows are each one SQL query.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from django.db.models import (
    Case,
    CharField,
    Count,
    DecimalField,
    Expression,
    ExpressionWrapper,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from courses import completion, selectors
from courses.models import CoursePage, Enrolment, ItemProgress


@dataclass(frozen=True)
class ReportColumn:
    """One column of the completion report.

    `kind` says how exports type the cell: "text", "date", "datetime", "percent"
    (a number 0–100 shown with %), "score" (a number 0–100) or "bool".
    `source` is a values() path; `annotation`, when given, makes it (it receives
    the report's `Context`).
    """

    key: str
    label: str
    kind: str = "text"
    width: int = 16
    source: str = ""
    annotation: Callable[["Context"], Expression] | None = None

    @property
    def path(self) -> str:
        return self.source or self.key


@dataclass
class Context:
    """What annotations need to know, read once per report: each course's outline as
    the completion rule reads it (`completion.Module`s), the courses' titles in the
    viewer's language, and today's date."""

    outlines: dict[UUID, tuple[completion.Module, ...]]
    titles: dict[UUID, str]
    today: date

    @classmethod
    def build(cls, locale: Locale | None = None) -> "Context":
        default = Locale.get_default()
        # One course per translation key: the default language's, else any (a course
        # written in one language only is still reported).
        chosen: dict[UUID, CoursePage] = {}
        for course in CoursePage.objects.order_by("pk"):
            if course.translation_key not in chosen or course.locale_id == default.pk:
                chosen[course.translation_key] = course
        outlines = {
            outline.course.translation_key: outline.as_rule_input()
            for outline in selectors.outlines_for(chosen.values()).values()
        }
        titles = {
            key: course.title
            for key, course in selectors.courses_by_key(outlines.keys(), locale).items()
        }
        for key, course in chosen.items():  # drafts never published keep their working title
            titles.setdefault(key, course.title)
        return cls(outlines=outlines, titles=titles, today=timezone.localdate())


class Status:
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    OVERDUE = "overdue"
    CHOICES = [
        (NOT_STARTED, _("Not started")),
        (IN_PROGRESS, _("In progress")),
        (COMPLETED, _("Completed")),
        (OVERDUE, _("Overdue")),
    ]
    LABELS = dict(CHOICES)


def status_expression(context: Context) -> Expression:
    """Completed; else overdue once the due date has passed; else in progress once
    the learner opened or finished an item; else not started."""
    return Case(
        When(completed_at__isnull=False, then=Value(Status.COMPLETED)),
        When(due_date__lt=context.today, then=Value(Status.OVERDUE)),
        When(started_at__isnull=False, then=Value(Status.IN_PROGRESS)),
        default=Value(Status.NOT_STARTED),
        output_field=CharField(),
    )


def progress_expression(context: Context) -> Expression:
    """The completion rule's course progress (`completion.CourseStatus.percent`) in
    SQL: the share of the course's counted items (`completion.counted_items`) the
    learner has satisfied (done, and not failed where there is a pass mark), as a
    whole percent with halves rounded up, 0 for a course with nothing to count.

    The same number the learner reads on their course page and in My learning, also
    once the course is recorded complete (a course edited since may count items the
    learner has not done). tests/hr/test_progress_agreement.py proves it equal to
    the rule over random course outlines."""
    counted = {
        key: [item.key for item in completion.course_counted_items(modules)]
        for key, modules in context.outlines.items()
    }
    totals = [When(course_key=key, then=Value(len(keys))) for key, keys in counted.items() if keys]
    if not totals:
        return Value(0, output_field=IntegerField())
    satisfied = (
        ItemProgress.objects.filter(
            user_id=OuterRef("user_id"),
            course_key=OuterRef("course_key"),
            item_key__in=[key for keys in counted.values() for key in keys],
            done=True,
        )
        .exclude(passed=False)
        .order_by()
        .values("user_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    done = Coalesce(Subquery(satisfied, output_field=IntegerField()), Value(0))
    total = Case(*totals, default=Value(None), output_field=IntegerField())
    # completion.whole_percent: (200 × done + total) ÷ (2 × total), integer division
    # (both databases truncate integers, and the values are never negative).
    share = ExpressionWrapper(
        (Value(200) * done + total) / (Value(2) * total), output_field=IntegerField()
    )
    return Coalesce(share, Value(0), output_field=IntegerField())


def item_score_expression(item_kind: str) -> Callable[[Context], Expression]:
    """The best recorded score among the course's items of one kind (the item
    contract's score: each quiz or simulation graded by its own rule)."""

    def build(context: Context) -> Expression:
        best = (
            ItemProgress.objects.filter(
                user_id=OuterRef("user_id"),
                course_key=OuterRef("course_key"),
                item_kind=item_kind,
                score__isnull=False,
            )
            .order_by("-score")
            .values("score")[:1]
        )
        return Subquery(best, output_field=DecimalField(max_digits=5, decimal_places=2))

    return build


COLUMNS = [
    ReportColumn("employee_id", _("Employee ID"), width=14, source="user__profile__employee_id"),
    ReportColumn("full_name", _("Name"), width=28, source="user__full_name"),
    ReportColumn("email", _("Email"), width=30, source="user__email"),
    ReportColumn("department", _("Department"), width=30, source="user__profile__department_id"),
    ReportColumn("job_title", _("Job title"), width=22, source="user__profile__job_title"),
    ReportColumn("course", _("Course"), width=30, source="course_key"),
    ReportColumn("assigned_on", _("Assigned on"), kind="datetime", width=18, source="enrolled_at"),
    ReportColumn("due_date", _("Due date"), kind="date", width=12),
    ReportColumn("started_on", _("Started on"), kind="datetime", width=18, source="started_at"),
    ReportColumn("state", _("Status"), width=14, annotation=status_expression),
    ReportColumn(
        "progress", _("Progress"), kind="percent", width=10, annotation=progress_expression
    ),
]

COMPLETED_COLUMN = ReportColumn(
    "completed_on", _("Completed on"), kind="datetime", width=18, source="completed_at"
)
ACTIVE_COLUMN = ReportColumn(
    "active", _("Account active"), kind="bool", width=10, source="user__is_active"
)


def enrolment_rows() -> QuerySet:
    """Every person × course the report covers: enrolments that are active or were
    completed (someone who left a course of their own choosing is not reported)."""
    return Enrolment.objects.filter(
        Q(status=Enrolment.Status.ACTIVE) | Q(completed_at__isnull=False)
    )
