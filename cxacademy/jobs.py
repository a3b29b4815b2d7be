"""Background jobs that may die halfway: one rule for heartbeats, staleness and resuming.

A worker process can be killed at any moment (a deploy, the out-of-memory killer, a
lost container). A job row that only said "running" would then say so forever, as
bulk certificate regeneration once did at 18/31. So every job model here (certificate
regeneration, completion exports, people invitations) inherits `Job` and

- is *claimed* atomically before it runs (`claim`): a job delivered twice, or resumed
  twice, runs once; each claim gets a new `run` number;
- records a *heartbeat* while it works (`heartbeat`), at least once per item;
- is *stale* when its heartbeat is older than `JOB_STALE_SECONDS` (or, still queued,
  older than `QUEUE_WAIT`): `mark_stale_failed` then marks it failed with a message
  its progress page shows, when the page is loaded or polled and by `manage.py
  sweep_jobs`;
- can be *resumed* (`resume`) by the person allowed to see it: queued again, and the
  task continues from where the job stopped (each task knows what is left).

A worker that was only slow, not dead, finds on its next heartbeat that the job is no
longer its own (`JobLost`) and stops, so a resumed job never runs in two places.
"""

from __future__ import annotations

import datetime

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JobStatus(models.TextChoices):
    """The life of a job that goes through a list (regeneration, invitations). HR
    exports have their own statuses around the same queued / running / failed."""

    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


QUEUED, RUNNING, FAILED = JobStatus.QUEUED.value, JobStatus.RUNNING.value, JobStatus.FAILED.value
# A queued job has no heartbeat until a worker takes it; a busy queue may hold it for
# a while, but not this long (the message was lost, or no worker is listening).
QUEUE_WAIT = datetime.timedelta(hours=2)


class Failure(models.TextChoices):
    STOPPED = (
        "stopped",
        _(
            "The work stopped before it finished: the process doing it ended or stopped "
            "responding. Nothing half-done was kept. Resume to continue from where it stopped."
        ),
    )
    ERROR = "error", _("The work failed with an error; see the server log.")


class JobLost(Exception):
    """The job is no longer this worker's: it was marked stale, or resumed elsewhere."""


class Job(models.Model):
    """Fields every background job row has, beside its own status and progress."""

    heartbeat_at = models.DateTimeField(
        _("last sign of life"), default=timezone.now, editable=False
    )
    # Which claim owns the job: a worker from an earlier claim may no longer write.
    run = models.PositiveIntegerField(default=0, editable=False)
    failure = models.CharField(_("failure"), max_length=10, choices=Failure, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        abstract = True

    @property
    def resumable(self) -> bool:
        return self.status == FAILED and self.failure == Failure.STOPPED

    @property
    def active(self) -> bool:
        return self.status in (QUEUED, RUNNING)


def stale_after() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.JOB_STALE_SECONDS)


def _stale(now: datetime.datetime) -> Q:
    return Q(status=RUNNING, heartbeat_at__lt=now - stale_after()) | Q(
        status=QUEUED, heartbeat_at__lt=now - QUEUE_WAIT
    )


def is_stale(job: Job, *, now: datetime.datetime | None = None) -> bool:
    now = now or timezone.now()
    if job.status == RUNNING:
        return job.heartbeat_at < now - stale_after()
    return job.status == QUEUED and job.heartbeat_at < now - QUEUE_WAIT


def mark_stale_failed(model: type[Job], *, now=None, **lookups) -> int:
    """Mark the stale jobs of `model` (among `lookups`) failed; returns how many.

    One UPDATE whose WHERE repeats the rule, so a heartbeat landing at the same
    moment wins: a job that just proved alive is never failed.
    """
    now = now or timezone.now()
    return (
        model.objects.filter(_stale(now), **lookups)
        .filter(status__in=[QUEUED, RUNNING])
        .update(status=FAILED, failure=Failure.STOPPED, finished_at=now)
    )


def current(job: Job) -> Job:
    """The job as its progress page should show it: failed if it went stale."""
    mark_stale_failed(type(job), pk=job.pk)
    job.refresh_from_db()
    return job


def job_models() -> list[type[Job]]:
    return [model for model in apps.get_models() if issubclass(model, Job)]


def sweep(*, now=None) -> dict[str, int]:
    """Mark every stale job of every job model failed (the periodic sweep)."""
    return {model._meta.label: mark_stale_failed(model, now=now) for model in job_models()}


def claim(model: type[Job], pk: int, **fields) -> int | None:
    """Take a queued job for this worker: its run number, or None when another
    worker has it (or it is finished, failed or gone). `fields` are set with it."""
    with transaction.atomic():
        claimed = model.objects.filter(pk=pk, status=QUEUED).update(
            status=RUNNING,
            run=F("run") + 1,
            heartbeat_at=timezone.now(),
            failure="",
            error="",
            finished_at=None,
            **fields,
        )
        if not claimed:
            return None
        return model.objects.filter(pk=pk).values_list("run", flat=True).get()


def heartbeat(model: type[Job], pk: int, run: int, **fields) -> None:
    """Record that the job is alive (and its progress, `fields`), or raise `JobLost`."""
    alive = model.objects.filter(pk=pk, status=RUNNING, run=run).update(
        heartbeat_at=timezone.now(), **fields
    )
    if not alive:
        raise JobLost(f"{model._meta.label} {pk} run {run}")


def finish(model: type[Job], pk: int, run: int, *, status: str, **fields) -> bool:
    """End the job with `status`; False when it was no longer this worker's."""
    now = timezone.now()
    return bool(
        model.objects.filter(pk=pk, status=RUNNING, run=run).update(
            status=status, heartbeat_at=now, finished_at=now, **fields
        )
    )


def fail(model: type[Job], pk: int, run: int, *, error: str) -> bool:
    """End the job as failed by an error (not resumable: it would fail again)."""
    return finish(model, pk, run, status=FAILED, failure=Failure.ERROR, error=error[:2000])


def finish_batch(model: type[Job], pk: int, run: int, *, failed: int, failures: str) -> bool:
    """End a job that went through a list of items: done, or failed saying how many
    items failed (`failures` completes the sentence, e.g. "certificates could not be
    rendered"); the items' own errors are in the server log."""
    if failed:
        return fail(model, pk, run, error=f"{failed} {failures}; see the server log.")
    return finish(model, pk, run, status=JobStatus.DONE)


def resume_and_enqueue(model: type[Job], pk: int, task, **lookups) -> bool:
    """Resume a stopped job and, once that is committed, hand it to `task` again;
    False when there was nothing to resume (a double click, a second tab)."""
    if not resume(model, pk, **lookups):
        return False
    transaction.on_commit(lambda: task.enqueue(pk))
    return True


def resume(model: type[Job], pk: int, **lookups) -> bool:
    """Queue a stopped job again; True for exactly one of any number of concurrent
    calls (the caller then enqueues its task, which continues where it stopped)."""
    return bool(
        model.objects.filter(pk=pk, status=FAILED, failure=Failure.STOPPED, **lookups).update(
            status=QUEUED, heartbeat_at=timezone.now(), finished_at=None
        )
    )
