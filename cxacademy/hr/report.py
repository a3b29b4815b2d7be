"""The completion report: one row per person × course, joined from the columns
each app declares in its `reports.py`.

The same filters drive the admin page, its exports, background export jobs and
`manage.py export_completions`: `CompletionFilterSet` validates them (from a
query string or command-line options) into `ReportFilters`, which builds the one
SQL query. Display values (department paths, course titles in the viewer's
language, status labels, local times) are added in Python from small lookups
read once, never per row.
"""

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from uuid import UUID
from zoneinfo import ZoneInfo

import django_filters
from django import forms
from django.db import connections
from django.db.models import F, Q, QuerySet, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from certificates import reports as certificate_reports
from courses import reports as course_reports
from courses.models import CourseAssignment, Enrolment
from courses.reports import Context, ReportColumn, Status
from cxacademy import spreadsheets
from cxacademy.accounts.departments import paths as department_paths
from cxacademy.accounts.departments import subtree as department_subtree
from cxacademy.accounts.models import Department
from quizzes import reports as quiz_reports
from simulations import reports as simulation_reports

COLUMNS: list[ReportColumn] = [
    *course_reports.COLUMNS,
    *quiz_reports.COMPLETION_COLUMNS,
    *simulation_reports.COMPLETION_COLUMNS,
    course_reports.COMPLETED_COLUMN,
    *certificate_reports.COMPLETION_COLUMNS,
    course_reports.ACTIVE_COLUMN,
]

# Sortable columns and the database order each sorts by.
SORT_KEYS = {
    "employee_id": "user__profile__employee_id",
    "full_name": "user__full_name",
    "job_title": "user__profile__job_title",
    "assigned_on": "enrolled_at",
    "due_date": "due_date",
    "started_on": "started_at",
    "state": "state",
    "progress": "progress",
    "best_quiz_score": "best_quiz_score",
    "simulation_score": "simulation_score",
    "completed_on": "completed_at",
    "certificate_expiry": "certificate_expiry",
}
DEFAULT_ORDER = ("user__full_name", "user__email", "course_key")

# What HR reads first: always shown, first and in this order. The other columns are
# each person's choice (`ReportPreference`); exports always hold every column.
FIRST_COLUMNS = ("full_name", "course", "state", "progress", "due_date")
DEFAULT_CHOSEN_COLUMNS = ("employee_id", "department", "completed_on")
CHOOSABLE_COLUMNS: list[ReportColumn] = [c for c in COLUMNS if c.key not in FIRST_COLUMNS]


def shown_columns(chosen: Iterable[str] | None = None) -> list[ReportColumn]:
    """The columns the admin page shows: the first five, then the chosen ones in
    the report's usual order. `None`: nobody chose yet (the defaults); keys the
    report does not know are ignored."""
    by_key = {column.key: column for column in COLUMNS}
    wanted = set(DEFAULT_CHOSEN_COLUMNS if chosen is None else chosen)
    return [by_key[key] for key in FIRST_COLUMNS] + [
        column for column in CHOOSABLE_COLUMNS if column.key in wanted
    ]


PEOPLE_CHOICES = [
    ("active", _("Active people")),
    ("inactive", _("Deactivated people")),
    ("all", _("Everyone")),
]


@dataclass
class ReportFilters:
    """What the report shows. Serialisable, so a background export or the audit
    log keeps exactly the filters the person saw."""

    course: UUID | None = None
    assignment: int | None = None
    department: int | None = None
    status: str = ""
    overdue: bool = False
    people: str = "active"
    search: str = ""
    due: tuple[datetime.date | None, datetime.date | None] = (None, None)
    assigned: tuple[datetime.date | None, datetime.date | None] = (None, None)
    completed: tuple[datetime.date | None, datetime.date | None] = (None, None)
    ordering: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data["course"] = str(self.course) if self.course else None
        for name in ("due", "assigned", "completed"):
            data[name] = [d.isoformat() if d else None for d in getattr(self, name)]
        return data

    @classmethod
    def from_json(cls, data: dict) -> "ReportFilters":
        def dates(pair):
            pair = pair or (None, None)
            return tuple(datetime.date.fromisoformat(d) if d else None for d in pair)

        return cls(
            course=UUID(data["course"]) if data.get("course") else None,
            assignment=data.get("assignment"),
            department=data.get("department"),
            status=data.get("status", ""),
            overdue=bool(data.get("overdue")),
            people=data.get("people", "active"),
            search=data.get("search", ""),
            due=dates(data.get("due")),
            assigned=dates(data.get("assigned")),
            completed=dates(data.get("completed")),
            ordering=list(data.get("ordering") or []),
        )

    def describe(self, context: Context, departments: dict[int, str] | None = None) -> list[str]:
        """The filters in words, for the audit log and the export page. Pass
        `departments` (id → path) when describing many."""
        parts = []
        if self.course:
            parts.append(context.titles.get(self.course, str(self.course)))
        if self.assignment:
            parts.append(gettext("assignment %(number)s") % {"number": self.assignment})
        if self.department:
            if departments is None:
                department = Department.objects.filter(pk=self.department).first()
                departments = {self.department: department.path} if department else {}
            parts.append(departments.get(self.department, str(self.department)))
        if self.status:
            parts.append(str(Status.LABELS.get(self.status, self.status)))
        if self.overdue:
            parts.append(gettext("Overdue only"))
        parts.append(str(dict(PEOPLE_CHOICES).get(self.people, self.people)))
        if self.search:
            parts.append(f"“{self.search}”")
        for label, (start, end) in (
            (gettext("due"), self.due),
            (gettext("assigned"), self.assigned),
            (gettext("completed"), self.completed),
        ):
            if start or end:
                parts.append(f"{label} {start or '…'} – {end or '…'}")
        return parts

    def queryset(self, context: Context) -> QuerySet:
        """The report's rows, filtered, annotated and ordered: one SQL query."""
        rows = course_reports.enrolment_rows()
        if self.course:
            rows = rows.filter(course_key=self.course)
        if self.assignment:
            rows = rows.filter(assignment_id=self.assignment)
        if self.department:
            rows = rows.filter(user__profile__department_id__in=department_subtree(self.department))
        if self.people == "active":
            rows = rows.filter(user__is_active=True)
        elif self.people == "inactive":
            rows = rows.filter(user__is_active=False)
        if self.search:
            rows = rows.filter(
                Q(user__full_name__icontains=self.search)
                | Q(user__email__icontains=self.search)
                | Q(user__profile__employee_id__iexact=self.search)
            )
        for path, (start, end) in (
            ("due_date", self.due),
            ("enrolled_at__date", self.assigned),
            ("completed_at__date", self.completed),
        ):
            if start:
                rows = rows.filter(**{f"{path}__gte": start})
            if end:
                rows = rows.filter(**{f"{path}__lte": end})
        rows = rows.annotate(
            **{c.key: c.annotation(context) for c in COLUMNS if c.annotation is not None}
        )
        if self.status:
            rows = rows.filter(state=self.status)
        if self.overdue:
            rows = rows.filter(state=Status.OVERDUE)
        order = [
            ("-" if key.startswith("-") else "") + SORT_KEYS[key.lstrip("-")]
            for key in self.ordering
            if key.lstrip("-") in SORT_KEYS
        ]
        return rows.order_by(*order, *DEFAULT_ORDER)


class OptionalCheckbox(forms.CheckboxInput):
    """Ticked: True; not ticked: no filter at all (not "False", which would show
    as an active filter)."""

    def value_from_datadict(self, data, files, name):
        return True if super().value_from_datadict(data, files, name) else None


class CompletionFilterSet(WagtailFilterSet):
    """The report's filters as a form (query string or command-line options)."""

    course = django_filters.ChoiceFilter(
        label=_("Course"), method="keep", empty_label=_("All courses")
    )
    assignment = django_filters.ChoiceFilter(
        label=_("Assignment"),
        method="keep",
        empty_label=_("All assignments"),
        help_text=_("The people one course assignment reached."),
    )
    department = django_filters.ChoiceFilter(
        label=_("Department"),
        method="keep",
        empty_label=_("All departments"),
        help_text=_("Includes its sub-departments."),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.CHOICES, method="keep", empty_label=_("Any status")
    )
    overdue = django_filters.BooleanFilter(
        label=_("Overdue only"), method="keep", widget=OptionalCheckbox
    )
    people = django_filters.ChoiceFilter(
        label=_("People"), choices=PEOPLE_CHOICES, method="keep", empty_label=None
    )
    search = django_filters.CharFilter(label=_("Name, email or employee ID"), method="keep")
    due = django_filters.DateFromToRangeFilter(
        label=_("Due between"), method="keep", widget=DateRangePickerWidget
    )
    assigned = django_filters.DateFromToRangeFilter(
        label=_("Assigned between"), method="keep", widget=DateRangePickerWidget
    )
    completed = django_filters.DateFromToRangeFilter(
        label=_("Completed between"), method="keep", widget=DateRangePickerWidget
    )

    class Meta:
        model = Enrolment
        fields: list[str] = []

    def __init__(self, *args, context: Context, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["course"].extra["choices"] = sorted(
            ((str(key), title) for key, title in context.titles.items()), key=lambda c: c[1]
        )
        paths = department_paths(Department.objects.only("name", "parent_id"))
        self.filters["department"].extra["choices"] = sorted(
            ((str(pk), path) for pk, path in paths.items()), key=lambda c: c[1].casefold()
        )
        self.filters["assignment"].extra["choices"] = assignment_choices(context, paths)

    @property
    def has_errors(self) -> bool:
        return self.is_bound and not self.is_valid()

    def keep(self, queryset, name, value):
        """Filtering happens in `ReportFilters.queryset`; the form only validates."""
        return queryset

    def report_filters(self, ordering: Iterable[str] = ()) -> ReportFilters:
        """The filters that validated (a field with a bad value is left out and
        shows its error; `has_errors` lets an export refuse rather than widen)."""
        data = {}
        if self.is_bound:
            self.is_valid()
            data = self.form.cleaned_data

        def pair(value):
            return (
                value.start.date() if value and value.start else None,
                value.stop.date() if value and value.stop else None,
            )

        return ReportFilters(
            course=UUID(data["course"]) if data.get("course") else None,
            assignment=int(data["assignment"]) if data.get("assignment") else None,
            department=int(data["department"]) if data.get("department") else None,
            status=data.get("status") or "",
            overdue=bool(data.get("overdue")),
            people=data.get("people") or "active",
            search=(data.get("search") or "").strip(),
            due=pair(data.get("due")),
            assigned=pair(data.get("assigned")),
            completed=pair(data.get("completed")),
            ordering=[key for key in ordering if key],
        )


def assignment_choices(context: Context, paths: dict[int, str]) -> list[tuple[str, str]]:
    """Every course assignment as "course → whom (assigned on)", newest first: one query."""
    named = gettext("named learners")
    choices = []
    for pk, course_key, department_id, job_titles, created_at in CourseAssignment.objects.order_by(
        "-created_at", "-pk"
    ).values_list("pk", "course_key", "department_id", "job_titles", "created_at"):
        whom = paths.get(department_id) if department_id else None
        titles = ", ".join(line.strip() for line in job_titles.splitlines() if line.strip())
        whom = " · ".join(filter(None, (whom, titles))) or named
        title = context.titles.get(course_key, str(course_key))
        day = timezone.localdate(created_at).isoformat() if created_at else ""
        choices.append((str(pk), f"{title} → {whom} ({day})"))
    return choices


# --- Presenting rows -----------------------------------------------------------


class Presenter:
    """Turns the query's raw values into what people read: department paths, course
    titles, status labels and local times. Lookups are read once."""

    def __init__(self, context: Context, tz: ZoneInfo | None = None):
        self.context = context
        self.tz = tz or timezone.get_current_timezone()
        self.departments = department_paths(Department.objects.only("name", "parent_id"))
        self.yes, self.no = gettext("Yes"), gettext("No")
        self.status_labels = {key: str(label) for key, label in Status.CHOICES}

    def paths(self) -> list[str]:
        return [column.path if column.annotation is None else column.key for column in COLUMNS]

    def values(self, queryset: QuerySet) -> QuerySet:
        return queryset.values_list(*self.paths())

    @cached_property
    def titles_by_raw_key(self) -> dict:
        """Course titles by key as Django gives it (UUID) and as SQLite holds it (hex)."""
        titles = self.context.titles
        return {**titles, **{key.hex: title for key, title in titles.items()}}

    @cached_property
    def converters(self) -> list:
        """One function per column (None: keep the value), chosen once, not per cell.

        They accept what Django gives (datetimes, dates, UUIDs, Decimals) and what
        the database driver gives before Django's converters (SQLite: ISO strings,
        hex UUIDs, 0/1), so exports can read rows straight from the cursor."""
        tz, yes, no = self.tz, self.yes, self.no
        utc = datetime.UTC
        parse_datetime, parse_date = datetime.datetime.fromisoformat, datetime.date.fromisoformat

        def local(value):
            if not value:
                return None
            if type(value) is str:
                value = parse_datetime(value)
            if value.tzinfo is None:
                value = value.replace(tzinfo=utc)
            return value.astimezone(tz).replace(tzinfo=None, microsecond=0)

        def day(value):
            return parse_date(value) if type(value) is str else value

        def number(value):
            return float(value) if value is not None else None

        def whole(value):
            return int(value) if value is not None else None

        def boolean(value):
            return yes if value else no

        titles = self.titles_by_raw_key
        by_key = {
            "department": self.departments.get,
            "course": titles.get,
            "state": self.status_labels.get,
        }
        by_kind = {
            "datetime": local,
            "date": day,
            "score": number,
            "percent": whole,
            "bool": boolean,
        }
        return [by_key.get(column.key) or by_kind.get(column.kind) for column in COLUMNS]

    def present(self, raw: tuple) -> list:
        """One row with typed values: text, dates, aware datetimes made local and
        naive, numbers (progress and scores as 0–100), booleans as Yes/No."""
        row = []
        for convert, value in zip(self.converters, raw, strict=True):
            if convert is not None:
                value = convert(value)
            row.append("" if value is None else value)
        return row

    def _raw_values(self, queryset: QuerySet) -> QuerySet:
        """The rows' values for reading from a cursor. On SQLite, date and time
        columns are read as text: the driver would otherwise parse each one in
        Python only for `converters` to format it again (a third of an export's
        time at 100,000 rows); the SQL is otherwise the same."""
        if connections[queryset.db].vendor != "sqlite":
            return self.values(queryset)
        fields = [
            Cast(F(column.path), output_field=TextField())
            if column.annotation is None and column.kind in ("date", "datetime")
            else (column.path if column.annotation is None else column.key)
            for column in COLUMNS
        ]
        return queryset.values_list(*fields)

    def _raw_chunks(self, queryset: QuerySet, chunk_size: int) -> Iterator[list[tuple]]:
        """Rows straight from a cursor, in chunks: flat memory (a server-side cursor
        on PostgreSQL), and none of Django's per-value converters (the functions
        here accept the driver's values). The SQL is made now, in the current time
        zone, even if the rows are read later (a streamed response)."""
        database = queryset.db
        sql, params = self._raw_values(queryset).query.sql_with_params()

        def chunks():
            with connections[database].chunked_cursor() as cursor:
                cursor.execute(sql, params)
                while chunk := cursor.fetchmany(chunk_size):
                    yield chunk

        return chunks()

    def rows(self, queryset: QuerySet, chunk_size: int = 2_000) -> Iterator[list]:
        """Every row with typed values (see `present`), streamed."""
        chunks = self._raw_chunks(queryset, chunk_size)
        return (self.present(raw) for chunk in chunks for raw in chunk)

    def csv_local_time(self):
        """A function: driver datetime (UTC) → "YYYY-MM-DD HH:MM" in the zone."""
        tz, utc = self.tz, datetime.UTC
        parse_datetime = datetime.datetime.fromisoformat
        # Most zones (Asia/Jakarta among them) have kept one offset for decades: add
        # it to the stored UTC time instead of converting each value.
        fixed = _fixed_offset(tz)

        whole_hours = (
            fixed is not None and fixed % datetime.timedelta(hours=1) == datetime.timedelta()
        )
        hours: dict[str, str] = {}

        def local(value):
            if type(value) is str:
                if whole_hours and value[10:11] == " ":
                    # "2026-11-26 10:30:09.188574" (UTC, as SQLite holds it): shift the
                    # hour once per distinct hour, keep the minutes.
                    hour = value[:13]
                    shifted = hours.get(hour)
                    if shifted is None:
                        shifted = (parse_datetime(hour + ":00") + fixed).isoformat(" ", "hours")
                        hours[hour] = shifted
                    return shifted + value[13:16]
                value = parse_datetime(value)
            if value.tzinfo is None:
                if fixed is not None:
                    return (value + fixed).isoformat(" ", "minutes")[:16]
                value = value.replace(tzinfo=utc)
            return value.astimezone(tz).isoformat(" ", "minutes")[:16]

        return local

    def csv_chunks(self, queryset: QuerySet, chunk_size: int = 2_000) -> Iterator[list]:
        """Every row as CSV cells, a chunk at a time: the fast path for exports.

        Each kind of column is handled in its own tight loop (no call per cell):
        text made safe for spreadsheets (`spreadsheets.safe_text`, called only for
        the few values that pass its module's quick pre-test), times made local,
        ids looked up, yes/no. Empty values and dates need nothing: the CSV
        writer writes None as an empty cell and dates as ISO."""
        careful_first = spreadsheets.CAREFUL_FIRST
        has_break = spreadsheets.HAS_CELL_BREAK
        local = self.csv_local_time()
        titles = self.titles_by_raw_key
        safe = spreadsheets.safe_text
        lookups = []
        texts, times, wholes, flags = [], [], [], []
        for index, column in enumerate(COLUMNS):
            table = {"department": self.departments, "course": titles}.get(column.key)
            if column.key == "state":
                table = self.status_labels
            if table is not None:
                lookups.append((index, {key: safe(str(label)) for key, label in table.items()}))
            elif column.kind == "datetime":
                times.append(index)
            elif column.kind == "percent":
                wholes.append(index)
            elif column.kind == "bool":
                flags.append(index)
            elif column.kind == "text":
                texts.append(index)
        yes, no = safe(self.yes), safe(self.no)

        def convert(chunk):
            rows = []
            for raw in chunk:
                row = list(raw)
                for i in texts:
                    value = row[i]
                    if value and (value[0] in careful_first or has_break(value)):
                        row[i] = safe(value)
                for i in times:
                    if row[i]:
                        row[i] = local(row[i])
                for i, table in lookups:
                    row[i] = table.get(row[i], "")
                for i in wholes:
                    if row[i] is not None:
                        row[i] = int(row[i])
                for i in flags:
                    row[i] = yes if row[i] else no
                rows.append(row)
            return rows

        return map(convert, self._raw_chunks(queryset, chunk_size))


def _fixed_offset(tz) -> datetime.timedelta | None:
    """The zone's UTC offset if it was the same in January and July of every year
    from 1970 to 2050 (then adding it is exact), else None."""
    offsets = {
        tz.utcoffset(datetime.datetime(year, month, 15, 12))
        for year in range(1970, 2051)
        for month in (1, 7)
    }
    return offsets.pop() if len(offsets) == 1 else None


def header() -> list[str]:
    return [str(column.label) for column in COLUMNS]
