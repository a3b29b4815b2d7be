"""A background export whose worker died: shown as stopped once its heartbeat is
stale, nothing downloadable meanwhile, Resume writes it again from the first row;
files half-stored by a killed worker are deleted."""

import datetime
import os
from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from cxacademy.hr import exports
from cxacademy.hr.models import ReportExport
from tests.factories import hr
from tests.hr.test_exports import read_csv

pytestmark = pytest.mark.django_db

REPORT = "/admin/hr/completions/"


class Killed(BaseException):
    """What a SIGKILL looks like from inside: nothing after it runs, no handler."""


def english_admin(user) -> Client:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def aged(export, minutes=10):
    ReportExport.objects.filter(pk=export.pk).update(
        heartbeat_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def test_an_export_whose_worker_died_is_stopped_then_resumed_whole(
    hr_user, company, settings, django_capture_on_commit_callbacks
):
    settings.EXPORT_BACKGROUND_ROWS = 0
    client = english_admin(hr_user)
    # The worker dies while storing the file (after writing every row to its temp file).
    # (The immediate task backend records the task as failed and carries on.)
    with (
        mock.patch.object(exports.storage().__class__, "save", side_effect=Killed),
        django_capture_on_commit_callbacks(execute=True),
    ):
        client.get(REPORT + "?export=csv")
    export = ReportExport.objects.get()
    page = client.get(f"/admin/hr/exports/{export.pk}/").content.decode()
    assert "Being written" in page and "Resume" not in page
    assert client.get(f"/admin/hr/exports/{export.pk}/download/", follow=True).status_code == 404

    aged(export)
    page = client.get(f"/admin/hr/exports/{export.pk}/").content.decode()
    assert "The work stopped before it finished" in page and "Resume" in page
    assert 'http-equiv="refresh"' not in page
    assert client.get(f"/admin/hr/exports/{export.pk}/download/", follow=True).status_code == 404

    # Another HR person cannot see or resume it.
    stranger = Client()
    stranger.force_login(hr())
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        refused = stranger.post(f"/admin/hr/exports/{export.pk}/", follow=True)
    assert refused.status_code == 404 and callbacks == []

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/hr/exports/{export.pk}/")
    export.refresh_from_db()
    assert (export.status, export.rows_done, export.run) == ("ready", 4, 2)
    rows = read_csv(client.get(f"/admin/hr/exports/{export.pk}/download/"))
    assert len(rows) == 5 and rows[0][0]  # header and the 4 active people, whole

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page = client.post(f"/admin/hr/exports/{export.pk}/", follow=True).content.decode()
    assert callbacks == [] and "nothing to resume" in page


def test_files_half_stored_by_a_killed_worker_are_deleted(hr_user, company):
    storage = exports.storage()
    ready = ReportExport.objects.create(
        format="csv",
        status="ready",
        requested_by=hr_user,
        expires_at=timezone.now() + datetime.timedelta(hours=1),
    )
    stopped = ReportExport.objects.create(format="csv", status="failed", requested_by=hr_user)
    running = ReportExport.objects.create(format="csv", status="running", requested_by=hr_user)
    names = {
        "ready": storage.save(f"{ready.pk}-a.csv", ContentFile(b"whole")),
        "half": storage.save(f"{stopped.pk}-b.csv", ContentFile(b"ha")),
        "writing": storage.save(f"{running.pk}-c.csv", ContentFile(b"wri")),
        "just stored": storage.save(f"{stopped.pk}-d.csv", ContentFile(b"new")),
    }
    ReportExport.objects.filter(pk=ready.pk).update(file_name=names["ready"])
    old = (timezone.now() - datetime.timedelta(hours=1)).timestamp()
    for key in ("ready", "half", "writing"):
        os.utime(storage.path(names[key]), (old, old))
    try:
        exports.exports_purge()
        kept = {key for key, name in names.items() if storage.exists(name)}
        assert kept == {"ready", "writing", "just stored"}
    finally:
        for name in names.values():
            storage.delete(name)
