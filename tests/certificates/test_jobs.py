"""Bulk regeneration whose worker dies: the job is shown as stopped once its heartbeat
is stale, and Resume re-renders exactly the certificates not yet done, once."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from certificates import documents
from certificates.models import Certificate, CertificateJob
from certificates.tasks import regenerate_certificates, render_certificate
from cxacademy import jobs
from cxacademy.hr.models import ReportExport
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FAKE_PDF = b"%PDF-1.7\n% test\n%%EOF\n"


class Killed(BaseException):
    """What a SIGKILL looks like from inside: nothing after it runs, no handler."""


def certificates_of(template, count: int) -> list[Certificate]:
    today = datetime.date.today()
    Certificate.objects.bulk_create(
        Certificate(
            user=user,
            course_key="6f1c2a8e-8f0e-4a51-9c55-3f9f0f4d7d11",
            template=template,
            learner_name=user.display_name,
            course_title="Dasar CX",
            completed_on=today,
            snapshot={
                "learner_name": user.display_name,
                "course_title": "Dasar CX",
                "completed_on": today.isoformat(),
                "score": "88.5",
                "hours": "1.5",
            },
        )
        for user in UserFactory.create_batch(count)
    )
    return list(Certificate.objects.filter(template=template).order_by("pk"))


def rendering(rendered: list, *, die_at: int | None = None):
    """Patch the PDF drawing: record which certificates are drawn, and die (like a
    killed worker) when the `die_at`-th one starts."""

    def draw(certificate):
        if die_at is not None and len(rendered) + 1 == die_at:
            raise Killed
        rendered.append(certificate.pk)
        return FAKE_PDF

    return mock.patch.object(documents, "certificate_pdf", side_effect=draw)


def admin_client(user) -> Client:
    """Signed in, with the admin in English (the academy's default is Indonesian)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def age(job, minutes=10):
    type(job).objects.filter(pk=job.pk).update(
        heartbeat_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def test_a_job_whose_worker_died_shows_stopped_and_resumes_with_the_rest(
    trainer, cert_template, django_capture_on_commit_callbacks
):
    certificates = certificates_of(cert_template, 5)
    job = CertificateJob.objects.create(template=cert_template, requested_by=trainer)
    first: list[int] = []
    with rendering(first, die_at=3), pytest.raises(Killed):
        regenerate_certificates.call(job.pk)
    assert first == [c.pk for c in certificates[:2]]
    client = admin_client(trainer)
    page = client.get(f"/admin/certificates/jobs/{job.pk}/").content.decode()
    # Before the heartbeat is stale the job may just be slow: it still says running.
    assert "Running" in page and "Resume" not in page

    age(job)
    page = client.get(f"/admin/certificates/jobs/{job.pk}/").content.decode()
    job.refresh_from_db()
    assert (job.status, job.done, job.total) == ("failed", 2, 5)
    assert "The work stopped before it finished" in page and "2 of 5 done" in page
    assert "Resume" in page and 'http-equiv="refresh"' not in page

    second: list[int] = []
    with rendering(second), django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/certificates/jobs/{job.pk}/")
    assert response.status_code == 302
    assert second == [c.pk for c in certificates[2:]]  # exactly the rest, once each
    job.refresh_from_db()
    assert (job.status, job.done, job.failed, job.total, job.failure) == ("done", 5, 0, 5, "")
    assert "100%" in client.get(f"/admin/certificates/jobs/{job.pk}/").content.decode()
    assert {c.pdf_version for c in Certificate.objects.filter(template=cert_template)} == {
        cert_template.version
    }

    # A second Resume (a double click, another tab) does nothing.
    third: list[int] = []
    with rendering(third), django_capture_on_commit_callbacks(execute=True):
        page = client.post(f"/admin/certificates/jobs/{job.pk}/", follow=True).content.decode()
    assert third == [] and "nothing to resume" in page


def test_only_template_editors_see_and_resume_a_job(
    trainer, hr_user, learner, cert_template, django_capture_on_commit_callbacks
):
    job = CertificateJob.objects.create(template=cert_template, status="running", total=3)
    age(job)
    for user in (hr_user, learner):
        client = Client()
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            response = client.post(f"/admin/certificates/jobs/{job.pk}/")
        # Refused: Wagtail sends them to the admin's home page or to sign in.
        assert response.status_code in (302, 403) and callbacks == []
        assert "/jobs/" not in response.get("Location", "")
    job.refresh_from_db()
    assert job.status == "running"  # nobody allowed looked at it yet


def test_a_worker_that_was_only_slow_stops_once_its_job_was_resumed(cert_template):
    job = CertificateJob.objects.create(template=cert_template)
    old_run = jobs.claim(CertificateJob, job.pk)
    assert jobs.claim(CertificateJob, job.pk) is None  # delivered twice: runs once
    age(job)
    assert jobs.mark_stale_failed(CertificateJob) == 1
    assert [jobs.resume(CertificateJob, job.pk) for _ in range(3)] == [True, False, False]
    new_run = jobs.claim(CertificateJob, job.pk)
    assert new_run == old_run + 1
    with pytest.raises(jobs.JobLost):
        jobs.heartbeat(CertificateJob, job.pk, old_run, done=99)
    assert not jobs.finish(CertificateJob, job.pk, old_run, status="done")
    jobs.heartbeat(CertificateJob, job.pk, new_run, done=1)
    job.refresh_from_db()
    assert (job.status, job.done) == ("running", 1)


def test_a_heartbeat_keeps_a_long_job_alive(cert_template, settings):
    settings.JOB_STALE_SECONDS = 60
    job = CertificateJob.objects.create(template=cert_template)
    run = jobs.claim(CertificateJob, job.pk)
    later = timezone.now() + datetime.timedelta(seconds=50)
    job.refresh_from_db()
    assert not jobs.is_stale(job, now=later)
    assert jobs.is_stale(job, now=later + datetime.timedelta(seconds=11))
    assert jobs.mark_stale_failed(CertificateJob, now=later) == 0
    with mock.patch.object(timezone, "now", return_value=later):
        jobs.heartbeat(CertificateJob, job.pk, run)
    assert jobs.mark_stale_failed(CertificateJob, now=later + datetime.timedelta(seconds=50)) == 0
    assert jobs.mark_stale_failed(CertificateJob, now=later + datetime.timedelta(seconds=61)) == 1


def test_the_sweep_command_stops_stale_jobs_of_every_kind(cert_template, hr_user):
    stale = CertificateJob.objects.create(template=cert_template, status="running")
    fresh = CertificateJob.objects.create(template=cert_template, status="running")
    export = ReportExport.objects.create(format="csv", status="running", requested_by=hr_user)
    waiting = ReportExport.objects.create(format="csv", status="queued", requested_by=hr_user)
    age(stale)
    age(export)
    age(waiting)  # queued ten minutes: a busy queue, not a lost job
    call_command("sweep_jobs", stdout=open("/dev/null", "w"))  # noqa: SIM115
    statuses = {
        name: type(job).objects.get(pk=job.pk).status
        for name, job in {
            "stale": stale,
            "fresh": fresh,
            "export": export,
            "waiting": waiting,
        }.items()
    }
    assert statuses == {
        "stale": "failed",
        "fresh": "running",
        "export": "failed",
        "waiting": "queued",
    }
    age(waiting, minutes=3 * 60)
    assert jobs.sweep() == {
        "accounts.InvitationJob": 0,
        "certificates.CertificateJob": 0,
        "hr.ReportExport": 1,  # queued longer than any queue keeps a job waiting
    }


def test_a_render_killed_before_its_row_is_updated_keeps_the_old_pdf(cert_template):
    (certificate,) = certificates_of(cert_template, 1)
    with rendering([]):
        render_certificate.call(certificate.pk)
    certificate.refresh_from_db()
    old_name, old_version = certificate.pdf.name, certificate.pdf_version
    cert_template.save()  # a new design: version 2
    with (
        mock.patch.object(documents, "certificate_pdf", return_value=FAKE_PDF + b"v2"),
        mock.patch.object(Certificate, "save", side_effect=Killed),
        pytest.raises(Killed),
    ):
        render_certificate.call(certificate.pk)
    certificate.refresh_from_db()
    assert (certificate.pdf.name, certificate.pdf_version) == (old_name, old_version)
    with certificate.pdf.open("rb") as handle:
        assert handle.read() == FAKE_PDF  # the old file is whole, not replaced halfway


def test_an_expiry_reminder_killed_while_sending_is_sent_by_the_next_run(cert_template):
    from django.core import mail

    from certificates import services

    expiring = certificates_of(cert_template, 3)
    Certificate.objects.update(expires_on=timezone.localdate() + datetime.timedelta(days=5))
    real_send = services.send_mail

    def dies_after_the_first(*args, **kwargs):
        if len(mail.outbox) == 1:
            raise Killed
        return real_send(*args, **kwargs)

    # (The immediate task backend records each killed task as failed and carries on.)
    with mock.patch.object(services, "send_mail", side_effect=dies_after_the_first):
        call_command("send_certificate_reminders", days="7", stdout=open("/dev/null", "w"))  # noqa: SIM115
    recorded = sorted(c.reminders_sent for c in Certificate.objects.all())
    assert recorded == [[], [], [7]]  # the one whose mail never went out is not recorded
    call_command("send_certificate_reminders", days="7", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("send_certificate_reminders", days="7", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 3  # each exactly once
    for certificate in expiring:
        assert sum(certificate.code in m.body for m in mail.outbox) == 1
