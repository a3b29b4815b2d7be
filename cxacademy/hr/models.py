"""Completion report exports: each one is a row of the audit log, and a large one
is also a background job with progress and a file kept for a limited time."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cxacademy import jobs


class ReportExport(jobs.Job):
    """One export: its audit-log entry and, when it runs in the background, the job
    (progress, heartbeat, resume after a worker died; see cxacademy.jobs)."""

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"

    class Status(models.TextChoices):
        STREAMED = "streamed", _("Downloaded straight away")
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Being written")
        READY = "ready", _("Ready to download")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Expired")

    class Channel(models.TextChoices):
        ADMIN = "admin", _("Admin")
        COMMAND = "command", _("Command line")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept even if the account is later deleted: the audit log must say who.
    requested_by_email = models.EmailField(_("requested by (email)"), blank=True)
    # Who ran it when nobody signed in did (the command line): the system account.
    requested_as = models.CharField(_("requested as"), max_length=150, blank=True)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now, db_index=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel, default=Channel.ADMIN)
    format = models.CharField(_("format"), max_length=4, choices=Format)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(default=0)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.QUEUED)
    file_name = models.CharField(max_length=200, blank=True, editable=False)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("available until"), null=True, blank=True)

    class Meta:
        verbose_name = _("report export")
        verbose_name_plural = _("report exports")
        ordering = ["-requested_at"]

    def __str__(self):
        when = f"{self.requested_at:%Y-%m-%d %H:%M}"
        return f"{self.get_format_display()} · {self.requested_by_email} · {when}"

    @property
    def percent(self) -> int:
        if self.status in (self.Status.READY, self.Status.STREAMED):
            return 100
        return round(100 * self.rows_done / self.rows) if self.rows else 0

    @property
    def downloadable(self) -> bool:
        return (
            self.status == self.Status.READY
            and bool(self.file_name)
            and self.expires_at is not None
            and self.expires_at > timezone.now()
        )

    @property
    def finished(self) -> bool:
        return self.status not in (self.Status.QUEUED, self.Status.RUNNING)


class ReportPreference(models.Model):
    """The completion report's columns one HR person chose, kept on the server so
    they follow the person to another browser or device. Keys of
    `cxacademy.hr.report.COLUMNS`; the report ignores keys it no longer knows."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="report_preference",
    )
    columns = models.JSONField(_("columns"), default=list, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("report preference")
        verbose_name_plural = _("report preferences")

    def __str__(self):
        return f"{self.user} · {', '.join(self.columns)}"
