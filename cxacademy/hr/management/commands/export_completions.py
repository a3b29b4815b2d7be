"""Export the completion report for automation (cron, a nightly audit copy).

    manage.py export_completions --format xlsx --output completions.xlsx \
        --course "CX Mindset" --department "Retail" --status overdue

Filters mean what they mean in the admin report. Written to the exports audit
log like every other export.
"""

import getpass
from contextlib import suppress
from functools import partial

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict
from django.utils import translation

from courses.reports import Context
from cxacademy import jobs
from cxacademy.accounts.departments import paths as department_paths
from cxacademy.accounts.models import Department
from cxacademy.hr import exports, report
from cxacademy.hr.models import ReportExport


class Command(BaseCommand):
    help = "Write the completion report (with the admin's filters) to a CSV or XLSX file."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "xlsx"], required=True)
        parser.add_argument("--output", required=True, help="File to write.")
        parser.add_argument("--course", help="Course title (either language) or key.")
        parser.add_argument("--department", help='Department path, e.g. "Retail / Toko Jakarta".')
        parser.add_argument(
            "--status", choices=["not_started", "in_progress", "completed", "overdue"]
        )
        parser.add_argument("--overdue", action="store_true", help="Overdue only.")
        parser.add_argument("--people", choices=["active", "inactive", "all"], default="active")
        parser.add_argument("--search", help="Name, email or employee ID.")
        for name in ("due", "assigned", "completed"):
            parser.add_argument(f"--{name}-from", help="YYYY-MM-DD")
            parser.add_argument(f"--{name}-to", help="YYYY-MM-DD")
        parser.add_argument("--language", default="id", choices=["id", "en"])

    def handle(self, *args, **options):
        with translation.override(options["language"]):
            context = Context.build()
            data = QueryDict(mutable=True)
            if options["course"]:
                data["course"] = self._course(options["course"], context)
            if options["department"]:
                data["department"] = str(self._department(options["department"]))
            for name in ("status", "people", "search"):
                if options[name]:
                    data[name] = options[name]
            if options["overdue"]:
                data["overdue"] = "on"
            for name in ("due", "assigned", "completed"):
                for end in ("from", "to"):
                    value = options[f"{name}_{end}"]
                    if value:
                        data[f"{name}_{end}"] = value
            filterset = report.CompletionFilterSet(data=data, context=context)
            if not filterset.is_valid():
                problems = "; ".join(
                    f"{field}: {' '.join(errors)}" for field, errors in filterset.errors.items()
                )
                raise CommandError(problems)
            filters = filterset.report_filters()
            rows = filters.queryset(context).count()
            export = exports.export_log(
                user=None,
                requested_as=f"{getpass.getuser()} (manage.py)",
                filters=filters,
                fmt=options["format"],
                rows=rows,
                channel=ReportExport.Channel.COMMAND,
                status=ReportExport.Status.RUNNING,
            )
            try:
                with open(options["output"], "wb") as target:
                    written = exports.write(
                        fmt=options["format"],
                        target=target,
                        filters=filters,
                        tz=None,
                        on_row=partial(self._alive, export.pk),
                    )
            except Exception as error:
                ReportExport.objects.filter(pk=export.pk).update(
                    status=ReportExport.Status.FAILED, error=str(error)[:500]
                )
                raise CommandError(f"The export failed: {error}") from error
            ReportExport.objects.filter(pk=export.pk).update(
                status=ReportExport.Status.STREAMED, rows_done=written
            )
            exports.exports_purge()
        self.stdout.write(self.style.SUCCESS(f"{written} rows written to {options['output']}."))

    def _alive(self, pk: int, done: int) -> None:
        # Its row says "running" while this command writes: keep it from looking stopped.
        if done % exports.PROGRESS_EVERY == 0:
            with suppress(jobs.JobLost):  # the file is the command's own: it carries on
                jobs.heartbeat(ReportExport, pk, 0, rows_done=done)

    def _course(self, wanted: str, context: Context) -> str:
        matches = [
            key
            for key, title in context.titles.items()
            if wanted.casefold() in (title.casefold(), str(key))
        ]
        if not matches:
            from courses.models import CoursePage

            matches = list(
                CoursePage.objects.filter(title__iexact=wanted)
                .values_list("translation_key", flat=True)
                .distinct()
            )
        if len(matches) != 1:
            raise CommandError(f"No single course is called {wanted!r}.")
        return str(matches[0])

    def _department(self, wanted: str) -> int:
        normalised = " / ".join(part.strip() for part in wanted.replace("›", "/").split("/"))
        for pk, path in department_paths(Department.objects.only("name", "parent_id")).items():
            if path.casefold() == normalised.casefold():
                return pk
        raise CommandError(f"No department {wanted!r}.")
