"""Faults: a worker process killed (SIGKILL) mid-job, then the recovery.

Each test runs a job in a real separate process (`python -c`, the test settings, this
test's database: PostgreSQL's test database directly, or on SQLite a file copy of the
in-memory test database that is copied back afterwards). The process stops at fixed
points and waits for a line on its stdin, so the test decides exactly where it dies:
no timing, no sleeps. After the kill, what must hold:

- nothing partial is visible: every certificate has its old valid PDF or its new one
  (with the matching `pdf_version`); no half-written export can be downloaded;
- nothing is stuck: once the heartbeat is stale (moved back, not waited for) the
  progress page says the work stopped and offers Resume;
- Resume finishes exactly what was left: the certificates not yet re-rendered, each
  once; the people not yet invited, each once; the export written again whole;
  half-stored files are deleted;
- a quiz submit killed before its transaction ends leaves nothing: no grade, no
  completion, no certificate; sent again, it is graded once with one certificate;
- a reminder run killed while a mail goes out has recorded only the mails sent, and
  the next run sends each of the others once.

KILLS counts the kills tried and recovered (printed with -s).
"""

import contextlib
import datetime
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from certificates import documents
from certificates.models import Certificate, CertificateJob
from certificates.tasks import render_certificate
from cxacademy.hr import exports
from cxacademy.hr.models import ReportExport
from tests.factories import UserFactory
from tests.hr.conftest import company  # noqa: F401 - the fixture, for the export test
from tests.hr.test_exports import read_csv

# Generous: only a broken child ever waits this long; a healthy one answers at once.
TIMEOUT = 180
KILLS = {"tried": 0, "recovered": 0}

# The worker. `heartbeat` and the file storage's `_save` are wrapped so that the
# process reports each step on stdout and waits for the test's answer on stdin.
WORKER = r"""
import os, sys
import django

django.setup()
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage

from cxacademy import jobs


def gate(event):
    print(event, flush=True)
    answer = sys.stdin.readline().strip()
    if not answer:  # the test is gone: stop quietly
        os._exit(3)
    return answer


real_heartbeat = jobs.heartbeat


def heartbeat(*args, **kwargs):
    real_heartbeat(*args, **kwargs)
    gate("beat")


jobs.heartbeat = heartbeat
real_save = FileSystemStorage._save


def _save(self, name, content):
    data = content.read()
    if gate("store") == "half":
        stored = real_save(self, name, ContentFile(data[: len(data) // 2]))
        gate("half-stored " + self.path(stored))  # never answered: killed here
    return real_save(self, name, ContentFile(data))


FileSystemStorage._save = _save
kind, pk = sys.argv[1], int(sys.argv[2])
if kind == "regenerate":
    from certificates.tasks import regenerate_certificates

    regenerate_certificates.call(pk)
elif kind == "submit":
    import json

    from django.test import Client

    from certificates import services as certificate_services
    from quizzes.models import QuizAttempt

    real_issue = certificate_services.certificate_issue

    def certificate_issue(**kwargs):
        gate("issuing")  # graded, the course completing, its certificate next
        return real_issue(**kwargs)

    certificate_services.certificate_issue = certificate_issue
    attempt = QuizAttempt.objects.select_related("user").get(pk=pk)
    client = Client()
    client.force_login(attempt.user)
    with open(sys.argv[3]) as answers:
        client.post(f"/id/learn/quizzes/attempts/{pk}/submit/", json.load(answers))
elif kind == "invitations":
    import django.core.mail

    from cxacademy.accounts.tasks import send_invitations

    real_send_mail = django.core.mail.send_mail

    def send_mail(*args, **kwargs):
        gate("mail")
        return real_send_mail(*args, **kwargs)

    django.core.mail.send_mail = send_mail
    send_invitations.call(pk)
elif kind == "reminders":
    from django.core.management import call_command

    from certificates import services

    real_send_mail = services.send_mail

    def send_mail(*args, **kwargs):
        gate("mail")
        return real_send_mail(*args, **kwargs)

    services.send_mail = send_mail
    call_command("send_certificate_reminders", days="7")
else:
    from cxacademy.hr import exports

    exports.PROGRESS_EVERY = 1  # a heartbeat (and so a stop) after every row
    exports.export_run(export_id=pk)
print("finished", flush=True)
"""


@contextlib.contextmanager
def shared_database(tmp_path: Path):
    """The DATABASE_URL under which another process sees this test's database."""
    conf = connection.settings_dict
    if connection.vendor == "postgresql":
        auth = conf["USER"] + (f":{conf['PASSWORD']}" if conf["PASSWORD"] else "")
        host = f"{conf['HOST'] or '127.0.0.1'}:{conf['PORT'] or 5432}"
        yield f"postgres://{auth}@{host}/{conf['NAME']}"
        return
    # pytest-django's SQLite test database lives in this process's memory: hand the
    # worker a file copy, and take back what it wrote.
    path = tmp_path / "worker.sqlite3"
    connection.ensure_connection()
    with contextlib.closing(sqlite3.connect(path)) as copy:
        connection.connection.backup(copy)
    yield f"sqlite:///{path}"
    with contextlib.closing(sqlite3.connect(path)) as copy:
        copy.backup(connection.connection)


class Worker:
    """A job running in its own process, stopped at each step until told to go on."""

    def __init__(self, database_url: str, kind: str, pk: int, log: Path, *extra: str):
        environ = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cxacademy.settings.test",
            "DATABASE_URL": database_url,
            "TASK_BACKEND": "immediate",
        }
        environ.pop("REDIS_URL", None)
        self.log = log
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", WORKER, kind, str(pk), *extra],
            cwd=settings.BASE_DIR,
            env=environ,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log.open("w"),
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put("<exit>")

    def next(self) -> str:
        try:
            line = self.lines.get(timeout=TIMEOUT)
        except queue.Empty:
            self.kill()
            raise AssertionError(f"worker silent for {TIMEOUT}s:\n{self.log.read_text()}") from None
        assert line != "<exit>", f"worker ended early:\n{self.log.read_text()}"
        return line

    def answer(self, text: str = "go"):
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()

    def kill(self) -> int:
        KILLS["tried"] += 1
        self.process.send_signal(signal.SIGKILL)
        code = self.process.wait(timeout=TIMEOUT)
        self.process.stdin.close()
        return code


def english_admin(user) -> Client:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def stale(model, pk):
    """What a few minutes without a heartbeat look like, without waiting for them."""
    model.objects.filter(pk=pk).update(
        heartbeat_at=timezone.now() - datetime.timedelta(seconds=settings.JOB_STALE_SECONDS + 60)
    )


def whole_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def pdf_of(certificate) -> bytes:
    with certificate.pdf.open("rb") as handle:
        return handle.read()


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


# serialized_rollback: the flush after each test then leaves the database as the
# browser tests (which restore a serialized copy) expect it.
transactional = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@transactional
@pytest.mark.parametrize("where", ["between certificates", "mid-write of a PDF"])
def test_regeneration_killed_mid_job_recovers_exactly_the_rest(
    where, tmp_path, trainer, cert_template, django_capture_on_commit_callbacks
):
    certificates = certificates_of(cert_template, 4)
    for certificate in certificates:
        render_certificate.call(certificate.pk)  # each has a valid PDF of version 1
    old = {c.pk: pdf_of(c) for c in Certificate.objects.filter(template=cert_template)}
    cert_template.title = "Sertifikat Kompetensi"
    cert_template.save()  # a new design: version 2
    new_version = cert_template.version
    job = CertificateJob.objects.create(template=cert_template, requested_by=trainer)

    half_written = None
    with shared_database(tmp_path) as database_url:
        worker = Worker(database_url, "regenerate", job.pk, tmp_path / "worker.log")
        stored = beats = 0
        while True:
            event = worker.next()
            if event == "store":
                stored += 1
                worker.answer("half" if where.startswith("mid") and stored == 3 else "go")
            elif event.startswith("half-stored "):
                half_written = Path(event.removeprefix("half-stored "))
                break
            elif event == "beat":
                beats += 1  # the first beat is the start, then one per certificate
                if where.startswith("between") and beats == 3:
                    break
                worker.answer()
        assert worker.kill() == -signal.SIGKILL

    # Killed after two certificates: the job still says running until it goes stale.
    job.refresh_from_db()
    assert (job.status, job.done, job.total) == ("running", 2, 4)
    # Nothing half-written: each certificate has its old PDF (version 1) or a whole
    # new one (version 2), never the half file the worker was writing.
    for certificate in Certificate.objects.filter(template=cert_template):
        data = pdf_of(certificate)
        assert whole_pdf(data)
        if certificate.pdf_version == new_version:
            assert data != old[certificate.pk]
        else:
            assert data == old[certificate.pk]
    versions = [c.pdf_version for c in Certificate.objects.order_by("pk")]
    assert versions == [new_version, new_version, 1, 1]
    if half_written is not None:
        assert half_written.exists() and not whole_pdf(half_written.read_bytes())
        assert not Certificate.objects.filter(pdf__endswith=half_written.name).exists()

    client = english_admin(trainer)
    page = client.get(f"/admin/certificates/jobs/{job.pk}/").content.decode()
    assert "Running" in page and "Resume" not in page  # not stale yet: maybe just slow
    stale(CertificateJob, job.pk)
    page = client.get(f"/admin/certificates/jobs/{job.pk}/").content.decode()
    assert "The work stopped before it finished" in page and "2 of 4 done" in page
    assert "Resume" in page

    rendered = []
    real = documents.certificate_pdf

    def recording(certificate):
        rendered.append(certificate.pk)
        return real(certificate)

    with (
        mock.patch.object(documents, "certificate_pdf", side_effect=recording),
        django_capture_on_commit_callbacks(execute=True),
    ):
        client.post(f"/admin/certificates/jobs/{job.pk}/")
    assert rendered == [c.pk for c in certificates[2:]]  # exactly the rest, once each
    job.refresh_from_db()
    assert (job.status, job.done, job.failed, job.total) == ("done", 4, 0, 4)
    for certificate in Certificate.objects.filter(template=cert_template):
        assert certificate.pdf_version == new_version and whole_pdf(pdf_of(certificate))
    assert "100%" in client.get(f"/admin/certificates/jobs/{job.pk}/").content.decode()
    if half_written is not None:
        half_written.unlink()
    KILLS["recovered"] += 1
    print(f"\nregeneration killed {where}: stopped at 2/4, resumed the other 2 ({KILLS})")


@transactional
@pytest.mark.parametrize("where", ["while writing rows", "mid-store of the file"])
def test_export_killed_mid_write_leaves_nothing_to_download_and_resumes_whole(
    where,
    tmp_path,
    hr_user,
    company,  # noqa: F811 - the fixture imported above
    django_capture_on_commit_callbacks,
):
    export = exports.export_log(
        user=hr_user,
        filters=exports.report.ReportFilters(),
        fmt="csv",
        rows=4,
        channel=ReportExport.Channel.ADMIN,
        status=ReportExport.Status.QUEUED,
    )
    half_written = None
    with shared_database(tmp_path) as database_url:
        worker = Worker(database_url, "export", export.pk, tmp_path / "worker.log")
        beats = 0
        while True:
            event = worker.next()
            if event == "beat":
                beats += 1
                if where.startswith("while") and beats == 2:
                    break
                worker.answer()
            elif event == "store":
                worker.answer("half")
            elif event.startswith("half-stored "):
                half_written = Path(event.removeprefix("half-stored "))
                break
        assert worker.kill() == -signal.SIGKILL

    export.refresh_from_db()
    assert export.status == "running" and not export.file_name
    if half_written is not None:
        assert half_written.exists()  # the worker died halfway through storing it
    client = english_admin(hr_user)
    download = f"/admin/hr/exports/{export.pk}/download/"
    assert client.get(download, follow=True).status_code == 404
    stale(ReportExport, export.pk)
    page = client.get(f"/admin/hr/exports/{export.pk}/").content.decode()
    assert "The work stopped before it finished" in page and "Resume" in page
    assert client.get(download, follow=True).status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/hr/exports/{export.pk}/")
    export.refresh_from_db()
    assert (export.status, export.rows_done) == ("ready", 4)
    rows = read_csv(client.get(download))
    assert len(rows) == 5  # the header and the four active people, whole
    if half_written is not None:
        # Once it is as old as a stale heartbeat, the purge deletes the orphan.
        past = (timezone.now() - datetime.timedelta(hours=1)).timestamp()
        os.utime(half_written, (past, past))
        exports.exports_purge()
        assert not half_written.exists()
        assert exports.storage().exists(export.file_name)
    KILLS["recovered"] += 1
    print(f"\nexport killed {where}: nothing downloadable, resumed whole ({KILLS})")


@transactional
def test_reminders_killed_mid_run_send_the_rest_once_on_the_next_run(tmp_path, cert_template):
    from django.core import mail
    from django.core.management import call_command

    expiring = certificates_of(cert_template, 3)
    Certificate.objects.update(expires_on=timezone.localdate() + datetime.timedelta(days=5))
    with shared_database(tmp_path) as database_url:
        worker = Worker(database_url, "reminders", 0, tmp_path / "worker.log")
        assert worker.next() == "mail"
        worker.answer()
        assert worker.next() == "mail"  # the second mail is going out: killed here
        assert worker.kill() == -signal.SIGKILL
    recorded = sorted(c.reminders_sent for c in Certificate.objects.all())
    assert recorded == [[], [], [7]]  # recorded only once sent
    mail.outbox.clear()
    for _ in range(2):  # the next daily run, and one more for good measure
        call_command("send_certificate_reminders", days="7", stdout=open(os.devnull, "w"))  # noqa: SIM115
    sent_before = next(c for c in Certificate.objects.all() if c.reminders_sent)
    for certificate in expiring:
        expected = 0 if certificate.pk == sent_before.pk else 1
        assert sum(certificate.code in m.body for m in mail.outbox) == expected
    assert len(mail.outbox) == 2
    KILLS["recovered"] += 1
    print(f"\nreminders killed mid-run: 1 sent, the other 2 sent once by the next run ({KILLS})")


@transactional
def test_a_quiz_submit_killed_mid_submit_leaves_nothing_and_counts_once_when_sent_again(
    tmp_path, learner, site, cert_template
):
    import json

    from courses.models import Enrolment
    from quizzes.models import QuestionResponse, QuizAttempt
    from tests.courses.conftest import build_course, lessons_of
    from tests.quizzes.conftest import build_quiz, right_answers

    course = build_course(
        site, modules=1, lessons=1, title="Kuis akhir", certificate_template=cert_template
    )
    quiz = build_quiz(site, course=course)
    client = Client()
    client.force_login(learner)
    for lesson in lessons_of(course):
        client.post(f"/id/learn/lessons/{lesson.pk}/complete/")
    assert client.post(f"/id/learn/quizzes/{quiz.pk}/start/").status_code == 302
    attempt = QuizAttempt.objects.get(user=learner, status="open")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(right_answers(attempt)))

    with shared_database(tmp_path) as database_url:
        worker = Worker(database_url, "submit", attempt.pk, tmp_path / "worker.log", str(answers))
        assert worker.next() == "issuing"  # inside the submit: killed here
        assert worker.kill() == -signal.SIGKILL

    # Nothing partial: not graded, no responses, no completion, no certificate.
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score) == ("open", None)
    assert not QuestionResponse.objects.filter(attempt=attempt).exists()
    assert Enrolment.objects.get(user=learner).completed_at is None
    assert not Certificate.objects.filter(user=learner).exists()

    # The learner sends it again (the same tab, the same sequence): graded once.
    response = client.post(
        f"/id/learn/quizzes/attempts/{attempt.pk}/submit/", json.loads(answers.read_text())
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and attempt.score == 100
    assert QuestionResponse.objects.filter(attempt=attempt).count() == len(attempt.layout)
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert Certificate.objects.filter(user=learner).count() == 1
    KILLS["recovered"] += 1
    print(f"\nquiz submit killed mid-submit: nothing written, graded once on resend ({KILLS})")


@transactional
def test_invitations_killed_mid_job_resume_with_the_people_not_yet_invited(
    tmp_path, hr_user, django_capture_on_commit_callbacks
):
    from django.core import mail

    from cxacademy.accounts.models import InvitationJob

    people = UserFactory.create_batch(4)
    for person in people:
        person.set_unusable_password()
        person.save()
    job = InvitationJob.objects.create(
        requested_by=hr_user, user_ids=[p.pk for p in people], total=len(people)
    )
    with shared_database(tmp_path) as database_url:
        worker = Worker(database_url, "invitations", job.pk, tmp_path / "worker.log")
        mails = 0
        while True:
            event = worker.next()
            if event == "mail":
                mails += 1
                if mails == 3:  # the third invitation is about to go out: killed here
                    break
            worker.answer()
        assert worker.kill() == -signal.SIGKILL

    job.refresh_from_db()
    assert (job.status, job.done) == ("running", 2)
    client = english_admin(hr_user)
    stale(InvitationJob, job.pk)
    page = client.get(f"/admin/people/invitations/{job.pk}/").content.decode()
    assert "The work stopped before it finished" in page and "Resume" in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/people/invitations/{job.pk}/")
    job.refresh_from_db()
    assert (job.status, job.done, job.total) == ("done", 4, 4)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people[2:])
    KILLS["recovered"] += 1
    print(f"\ninvitations killed mid-job: 2 sent, resumed with the other 2 ({KILLS})")
