"""The HR dashboard's numbers: completion by department × course (a heat map),
overdue counts, certificates expiring soon, and completions per week. A fixed
number of queries whatever the size of the company."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from certificates.models import Certificate
from courses.completion import whole_percent
from courses.reports import Context, enrolment_rows, progress_expression
from cxacademy import charts
from cxacademy.accounts.departments import paths as department_paths
from cxacademy.accounts.models import Department

WEEKS = 12
EXPIRY_WINDOWS = (30, 60, 90)


@dataclass(frozen=True)
class Cell:
    done: int
    total: int
    overdue: int
    progress_sum: int = 0  # the learners' progress (the report's, the rule's), summed

    @property
    def progress(self) -> int | None:
        """The learners' average progress, a whole percent (halves up, as the rule)."""
        return whole_percent(self.progress_sum, 100 * self.total, empty=None)

    @property
    def rate(self) -> int | None:
        return round(100 * self.done / self.total) if self.total else None

    @property
    def band(self) -> int:
        """0–4 for the heat map's colour: <25%, <50%, <75%, <100%, 100%."""
        rate = self.rate or 0
        return 4 if rate >= 100 else rate // 25


def heat_map(today: datetime.date, context: Context | None = None) -> dict:
    """Cells by (department, course): enrolments, completions, overdue, and the sum
    of the learners' progress (the completion report's, so the two agree)."""
    context = context or Context.build()
    rows = (
        enrolment_rows()
        .filter(user__is_active=True)
        .annotate(progress=progress_expression(context))
        .values("user__profile__department_id", "course_key")
        .annotate(
            total=Count("pk"),
            done=Count("pk", filter=Q(completed_at__isnull=False)),
            overdue=Count("pk", filter=Q(completed_at__isnull=True, due_date__lt=today)),
            progress_sum=Sum("progress"),
        )
        .order_by()
    )
    cells: dict = {}
    for row in rows:
        cells[(row["user__profile__department_id"], row["course_key"])] = Cell(
            done=row["done"],
            total=row["total"],
            overdue=row["overdue"],
            progress_sum=int(row["progress_sum"] or 0),
        )
    return cells


def weekly_completions(today: datetime.date) -> list[tuple[datetime.date, int]]:
    start = today - datetime.timedelta(days=today.weekday() + 7 * (WEEKS - 1))
    counts = {
        (week.date() if isinstance(week, datetime.datetime) else week): n
        for week, n in enrolment_rows()
        .filter(completed_at__date__gte=start)
        .annotate(week=TruncWeek("completed_at", tzinfo=timezone.get_current_timezone()))
        .values("week")
        .annotate(n=Count("pk"))
        .values_list("week", "n")
        .order_by()
    }
    return [
        (week, counts.get(week, 0))
        for week in (start + datetime.timedelta(weeks=i) for i in range(WEEKS))
    ]


def build() -> dict:
    today = timezone.localdate()
    context = Context.build()
    cells = heat_map(today, context)
    departments = department_paths(Department.objects.only("name", "parent_id"))
    course_keys = sorted({key for _, key in cells}, key=lambda k: context.titles.get(k, ""))
    department_ids = sorted(
        {dept for dept, _ in cells}, key=lambda d: (d is None, departments.get(d, "").casefold())
    )
    table = [
        {
            "department": departments.get(dept) or _("No department"),
            "cells": [cells.get((dept, key)) for key in course_keys],
        }
        for dept in department_ids
    ]
    overdue_by_course = [
        (context.titles.get(key, ""), sum(c.overdue for (d, k), c in cells.items() if k == key))
        for key in course_keys
    ]
    expiring = Certificate.objects.aggregate(
        **{
            f"within_{days}": Count(
                "pk",
                filter=Q(
                    status=Certificate.Status.VALID,
                    expires_on__gte=today,
                    expires_on__lte=today + datetime.timedelta(days=days),
                ),
            )
            for days in EXPIRY_WINDOWS
        }
    )
    weeks = weekly_completions(today)
    labels = [date_format(week, "j M") for week, _n in weeks]
    values = [n for _week, n in weeks]
    total = sum(c.total for c in cells.values())
    done = sum(c.done for c in cells.values())
    return {
        "courses": [context.titles.get(key, "") for key in course_keys],
        "course_keys": course_keys,
        "table": table,
        "total": total,
        "done": done,
        "rate": round(100 * done / total) if total else None,
        "overdue": sum(c.overdue for c in cells.values()),
        "overdue_by_course": overdue_by_course,
        "expiring": [(days, expiring[f"within_{days}"]) for days in EXPIRY_WINDOWS],
        "weeks": list(zip(labels, values, strict=True)),
        "trend_chart": charts.line_chart(
            [(_("Completions"), values)],
            x_labels=labels,
            title=_("Completions per week"),
            description=_("Courses completed in each of the last %(weeks)d weeks")
            % {"weeks": WEEKS},
            y_min=0,
            y_max=max([*values, 4]),
        ),
    }
