"""Exports of the completion report, and the audit log they write.

Every export, however it is made, is a `ReportExport` row: who, when, which
filters, how many rows. Up to `EXPORT_BACKGROUND_ROWS` rows it streams straight
to the browser; above that a background task writes the file into private
storage, records its progress, and keeps it `EXPORT_KEEP_HOURS` hours for the
person who asked (nobody else may download it).
"""

import datetime
import logging
import secrets
import tempfile
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files import File
from django.core.files.storage import storages
from django.db import transaction
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone, translation

from courses.reports import Context
from cxacademy import jobs, spreadsheets
from cxacademy.hr import report
from cxacademy.hr.models import ReportExport

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 1_000


def storage():
    return storages["exports"]


def file_name(export: ReportExport) -> str:
    """What the person's browser saves: completions-2026-11-26.xlsx"""
    return f"completions-{timezone.localdate(export.requested_at).isoformat()}.{export.format}"


def time_zone_of(user) -> ZoneInfo:
    """The person's time zone (their profile), else the academy's default."""
    profile = getattr(user, "profile", None) if user else None
    name = getattr(profile, "time_zone", None) or settings.DEFAULT_USER_TIME_ZONE
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo(settings.DEFAULT_USER_TIME_ZONE)


def export_log(
    *,
    user,
    filters: report.ReportFilters,
    fmt: str,
    rows: int,
    channel: str,
    status: str,
    requested_as: str = "",
) -> ReportExport:
    """Write the audit-log row of an export."""
    return ReportExport.objects.create(
        requested_by=user if user and user.is_authenticated else None,
        requested_by_email=getattr(user, "email", "") or "",
        requested_as=requested_as,
        channel=channel,
        format=fmt,
        filters=filters.to_json(),
        language=translation.get_language() or settings.LANGUAGE_CODE,
        rows=rows,
        status=status,
    )


def write(*, fmt: str, target, filters: report.ReportFilters, tz: ZoneInfo, on_row=None) -> int:
    """Write the rows the filters select to `target` (a binary file) as CSV or XLSX,
    with dates, "today" and "overdue" in the time zone `tz` (default: the current)."""
    tz = tz or timezone.get_current_timezone()
    with timezone.override(tz):
        return _write(fmt=fmt, target=target, filters=filters, tz=tz, on_row=on_row)


def _write(*, fmt, target, filters, tz, on_row) -> int:
    context = Context.build()
    presenter = report.Presenter(context, tz)
    queryset = filters.queryset(context)
    if fmt == ReportExport.Format.XLSX:
        rows = presenter.rows(queryset)
        return spreadsheets.xlsx_write(
            target,
            header=report.header(),
            rows=rows,
            kinds=[column.kind for column in report.COLUMNS],
            widths=[column.width for column in report.COLUMNS],
            title=translation.gettext("Completions"),
            on_row=on_row,
        )
    written = 0

    def counted(chunks):
        nonlocal written
        for chunk in chunks:
            yield chunk
            written += len(chunk)
            if on_row is not None:
                on_row(written)

    chunks = counted(presenter.csv_chunks(queryset, chunk_size=PROGRESS_EVERY))
    for text in spreadsheets.csv_chunks(report.header(), chunks):
        target.write(text.encode("utf-8"))
    return written


def stream(*, export: ReportExport, filters: report.ReportFilters, user):
    """The response for an export small enough to send at once."""
    tz = time_zone_of(user)
    name = file_name(export)
    if export.format == ReportExport.Format.CSV:
        context = Context.build()
        chunks = report.Presenter(context, tz).csv_chunks(filters.queryset(context))
        response = StreamingHttpResponse(
            (text.encode("utf-8") for text in spreadsheets.csv_chunks(report.header(), chunks)),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    # FileResponse closes the buffer once it is sent.
    buffer = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115
    write(fmt=export.format, target=buffer, filters=filters, tz=tz)
    buffer.seek(0)
    return FileResponse(
        buffer,
        as_attachment=True,
        filename=name,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def export_request(*, user, filters: report.ReportFilters, fmt: str):
    """Start an export from the admin: (export, response) when it streams now,
    (export, None) when it was queued as a background task."""
    context = Context.build()
    rows = filters.queryset(context).count()
    exports_purge()
    now = rows <= settings.EXPORT_BACKGROUND_ROWS
    export = export_log(
        user=user,
        filters=filters,
        fmt=fmt,
        rows=rows,
        channel=ReportExport.Channel.ADMIN,
        status=ReportExport.Status.STREAMED if now else ReportExport.Status.QUEUED,
    )
    if now:
        return export, stream(export=export, filters=filters, user=user)
    from cxacademy.hr.tasks import export_completions

    transaction.on_commit(lambda: export_completions.enqueue(export.pk))
    return export, None


def export_run(*, export_id: int) -> ReportExport:
    """Write a queued export's file (the background task's work).

    The rows go to a temporary file, which is then stored under a name only this run
    uses, and only then recorded on the export: a worker killed at any moment leaves
    nothing downloadable, and a resumed export starts again from the first row.
    """
    # Claimed atomically (cxacademy.jobs): a job delivered twice runs once.
    run = jobs.claim(ReportExport, export_id, started_at=timezone.now(), rows_done=0)
    export = ReportExport.objects.select_related("requested_by__profile").get(pk=export_id)
    if run is None:
        return export
    name = f"{export.pk}-{secrets.token_hex(12)}.{export.format}"

    def progress(done: int):
        if done % PROGRESS_EVERY == 0:  # CSV reports once a chunk, XLSX every row
            jobs.heartbeat(ReportExport, export.pk, run, rows_done=done)

    try:
        with translation.override(export.language), tempfile.TemporaryFile() as handle:
            rows = write(
                fmt=export.format,
                target=handle,
                filters=report.ReportFilters.from_json(export.filters),
                tz=time_zone_of(export.requested_by),
                on_row=progress,
            )
            handle.seek(0)
            jobs.heartbeat(ReportExport, export.pk, run, rows_done=rows)
            stored = storage().save(name, File(handle, name=name))
    except jobs.JobLost:
        logger.warning("Export %s was taken over; this worker stops", export.pk)
        export.refresh_from_db()
        return export
    except Exception:
        logger.exception("Export %s failed", export.pk)
        jobs.fail(
            ReportExport,
            export.pk,
            run,
            error="The export could not be written; see the server log.",
        )
        raise
    now = timezone.now()
    ready = jobs.finish(
        ReportExport,
        export.pk,
        run,
        status=ReportExport.Status.READY,
        rows_done=rows,
        file_name=stored,
        expires_at=now + datetime.timedelta(hours=settings.EXPORT_KEEP_HOURS),
    )
    if not ready:  # marked stopped meanwhile: its resumed run writes a file of its own
        storage().delete(stored)
    export.refresh_from_db()
    return export


def exports_purge(now=None) -> int:
    """Delete the files of exports past their time (the audit-log rows stay), mark
    as failed the jobs that stopped (a lost queue message, a worker that died; the
    rule is cxacademy.jobs'), and delete files no export owns (half-written by a
    worker killed while storing them)."""
    now = now or timezone.now()
    jobs.mark_stale_failed(ReportExport, now=now)
    expired = list(
        ReportExport.objects.filter(status=ReportExport.Status.READY, expires_at__lte=now)
    )
    for export in expired:
        if export.file_name:
            storage().delete(export.file_name)
    ReportExport.objects.filter(pk__in=[e.pk for e in expired]).update(
        status=ReportExport.Status.EXPIRED, file_name=""
    )
    _discard_orphans()
    return len(expired)


def _discard_orphans() -> None:
    try:
        names = storage().listdir("")[1]
    except (FileNotFoundError, NotImplementedError):
        return
    # Listed before the exports are read: a file stored meanwhile belongs to an export
    # that is still running or already ready, and both keep it.
    owners = ReportExport.objects.filter(
        status__in=[
            ReportExport.Status.QUEUED,
            ReportExport.Status.RUNNING,
            ReportExport.Status.READY,
        ]
    ).values_list("pk", "status", "file_name")
    busy, ready = set(), set()
    for pk, status, stored in owners:
        if status == ReportExport.Status.READY:
            ready.add(stored)
        else:
            busy.add(str(pk))
    # Only files untouched for as long as a job may go without a heartbeat: a file
    # being stored right now is never taken from under its writer.
    cutoff = timezone.now() - jobs.stale_after()
    for name in names:
        pk = name.partition("-")[0]
        orphan = pk.isdigit() and pk not in busy and name not in ready
        if orphan and storage().get_modified_time(name) < cutoff:
            storage().delete(name)
