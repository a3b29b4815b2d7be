"""HR's admin screens: the completion report with its exports, the exports log,
and the dashboard. Only people with `courses.view_completion_report` (HR) and
superusers reach them."""

import functools

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton

from courses.reports import Context
from cxacademy import jobs
from cxacademy.accounts import people_selectors
from cxacademy.hr import dashboard as hr_dashboard
from cxacademy.hr import exports, report, services
from cxacademy.hr.models import ReportExport

UNREADABLE_FILTER = gettext_noop("A filter has a value that cannot be read; nothing was exported.")
PERMISSION = "courses.view_completion_report"
PEOPLE_PERMISSION = "accounts.manage_people"
PAGE_SIZES = (25, 50, 100, 250)


def _require(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def hr_view(view):
    """HR only, in the person's own time zone (Wagtail's admin would use its own
    profile setting): dates, "today" and "overdue" match what exports say."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        _require(request)
        with timezone.override(exports.time_zone_of(request.user)):
            return view(request, *args, **kwargs)

    return wrapped


class ReportCell(Column):
    """A cell of the completion report, with a template per kind of value."""

    templates = {
        "percent": "hr/cells/progress.html",
        "state": "hr/cells/status.html",
        "date": "hr/cells/date.html",
        "datetime": "hr/cells/datetime.html",
    }

    def __init__(self, spec, **kwargs):
        self.spec = spec
        self.cell_template_name = self.templates.get(
            "state" if spec.key == "state" else spec.kind, "wagtailadmin/tables/cell.html"
        )
        super().__init__(
            spec.key,
            label=spec.label,
            sort_key=spec.key if spec.key in report.SORT_KEYS else None,
            **kwargs,
        )


class CompletionReportView(ReportView):
    page_title = _("Completion report")
    header_icon = "table"
    template_name = "hr/completion_report.html"
    results_template_name = "hr/completion_report_results.html"
    index_url_name = "completion_report"
    index_results_url_name = "completion_report_results"
    filterset_class = report.CompletionFilterSet
    # Only its presence matters: it shows Wagtail's CSV/XLSX export buttons, which
    # keep the filters in the query string. The export itself is ours (see `get`).
    list_export = ["full_name"]
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        _require(request)
        with timezone.override(exports.time_zone_of(request.user)):
            return super().dispatch(request, *args, **kwargs)

    @cached_property
    def report_context(self) -> Context:
        return Context.build()

    @cached_property
    def chosen_columns(self) -> list[str] | None:
        return services.report_columns_of(self.request.user)

    @cached_property
    def columns(self):
        return [ReportCell(spec) for spec in report.shown_columns(self.chosen_columns)]

    @cached_property
    def header_buttons(self):
        """The downloads on the page itself, not behind "⋯": HR's main task here.
        They keep the filters (Wagtail redraws them when the filters change)."""
        return [
            *super().header_buttons,
            HeaderButton(
                gettext("Download CSV"),
                url=self.csv_export_url,
                icon_name="download",
                priority=80,
                attrs={"data-export": "csv"},
            ),
            HeaderButton(
                gettext("Download XLSX"),
                url=self.xlsx_export_url,
                icon_name="download",
                priority=90,
                attrs={"data-export": "xlsx"},
            ),
        ]

    @cached_property
    def header_more_buttons(self):
        return [b for b in super().header_more_buttons if "export=" not in (b.url or "")]

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "context": self.report_context}

    @cached_property
    def report_filters(self) -> report.ReportFilters:
        return self.filters.report_filters(ordering=[self.ordering] if self.ordering else [])

    def get_paginate_by(self, queryset):
        try:
            size = int(self.request.GET.get("per_page", self.paginate_by))
        except ValueError:
            size = self.paginate_by
        return size if size in PAGE_SIZES else self.paginate_by

    def get_queryset(self):
        self.presenter = report.Presenter(self.report_context)
        return self.presenter.values(self.report_filters.queryset(self.report_context))

    def order_queryset(self, queryset):
        return queryset  # ReportFilters orders (by the ?ordering= column)

    def get_table(self, object_list):
        return super().get_table(self.present(object_list))

    def present(self, object_list):
        keys = [spec.key for spec in report.COLUMNS]
        state = keys.index("state")
        return [
            {**dict(zip(keys, self.presenter.present(raw), strict=True)), "state_code": raw[state]}
            for raw in object_list
        ]

    def get(self, request, *args, **kwargs):
        fmt = request.GET.get("export")
        if fmt in (ReportExport.Format.CSV, ReportExport.Format.XLSX):
            if self.filters.has_errors:
                # Never export more than the person asked for: fix the filter first.
                messages.error(request, gettext(UNREADABLE_FILTER))
                query = request.GET.copy()
                query.pop("export")
                return redirect(f"{request.path}?{query.urlencode()}")
            export, response = exports.export_request(
                user=request.user, filters=self.report_filters, fmt=fmt
            )
            return response if response is not None else redirect("report_export", export.pk)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["page_sizes"] = PAGE_SIZES
        context["per_page"] = self.get_paginate_by(None)
        context["threshold"] = settings.EXPORT_BACKGROUND_ROWS
        context["log_url"] = reverse("report_exports")
        shown = {column.name for column in self.columns}
        context["choosable_columns"] = [
            (spec.key, spec.label, spec.key in shown) for spec in report.CHOOSABLE_COLUMNS
        ]
        context["first_columns"] = [
            column.label for column in self.columns[: len(report.FIRST_COLUMNS)]
        ]
        context["columns_url"] = reverse("completion_report_columns")
        return context


@require_POST
@hr_view
def report_columns(request):
    """Save the completion report's columns for this person (every device), then
    back to the report with the filters they had. Unknown names: ignored, said."""
    choice = services.report_columns_save(
        user=request.user, columns=request.POST.getlist("columns")
    )
    if choice.ignored:
        names = ", ".join(name[:40] for name in choice.ignored[:5])
        messages.warning(
            request,
            gettext("These are not columns of the report and were ignored: %(names)s")
            % {"names": names},
        )
    messages.success(request, gettext("Columns saved. You will see them on every device."))
    query = request.POST.get("query", "")
    target = reverse("completion_report")
    if query:  # read and written again: only parameters, never another address
        params = QueryDict(query, mutable=True)
        params.pop("export", None)  # back to the report, not into a download
        target = f"{target}?{params.urlencode()}" if params else target
    return redirect(target)


@hr_view
def export_detail(request, pk):
    """Progress of a background export, then its download link. Only the person
    who asked sees it (anyone else: 404). An export whose worker died shows as
    stopped, and a POST resumes it: it is written again from the first row."""
    export = get_object_or_404(ReportExport, pk=pk, requested_by=request.user)
    exports.exports_purge()
    export.refresh_from_db()
    if request.method == "POST":
        from cxacademy.hr.tasks import export_completions

        if jobs.resume_and_enqueue(
            ReportExport, export.pk, export_completions, requested_by=request.user
        ):
            messages.success(request, gettext("Resumed: the export is being written again."))
        else:  # resumed already (a double click, a second tab) or not stopped
            not_stopped = gettext("This export is not stopped; there is nothing to resume.")
            messages.warning(request, not_stopped)
        return redirect("report_export", export.pk)
    context = Context.build()
    return render(
        request,
        "hr/export_detail.html",
        {
            "export": export,
            "filters": report.ReportFilters.from_json(export.filters).describe(context),
        },
    )


@hr_view
def export_download(request, pk):
    export = get_object_or_404(ReportExport, pk=pk, requested_by=request.user)
    if not export.downloadable:
        raise Http404
    try:
        handle = exports.storage().open(export.file_name, "rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    return FileResponse(handle, as_attachment=True, filename=exports.file_name(export))


@hr_view
def export_log(request):
    """The audit log: every export, by whom, when, with which filters and rows."""
    exports.exports_purge()
    entries = ReportExport.objects.select_related("requested_by")
    query = request.GET.get("q", "").strip()
    if query:
        entries = entries.filter(Q(requested_by_email__icontains=query))
    entries = list(entries[:200])
    context = Context.build()
    departments = report.Presenter(context).departments
    for entry in entries:
        filters = report.ReportFilters.from_json(entry.filters)
        entry.described = filters.describe(context, departments)
        entry.mine = entry.requested_by_id == request.user.pk
    return render(request, "hr/export_log.html", {"entries": entries, "query": query})


def people_search(request):
    """The assignment form's people chooser: active learners (never staff) whose
    name, email, department or employee ID matches `?q=`, as JSON. For people who
    may manage people (HR) only: it reads names and emails."""
    if not request.user.has_perm(PEOPLE_PERMISSION):
        raise PermissionDenied
    results = people_selectors.learners_search(query=request.GET.get("q", ""))
    return JsonResponse({"results": results})


@hr_view
def dashboard(request):
    return render(request, "hr/dashboard.html", hr_dashboard.build())
