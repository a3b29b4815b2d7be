"""An import's invitation emails as one job: progress, and a worker that dies halfway
is shown as stopped once its heartbeat is stale; Resume invites only the rest."""

import datetime
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from cxacademy.accounts.models import InvitationJob
from tests.accounts.test_people_import import apply, csv_bytes, departments  # noqa: F401

pytestmark = pytest.mark.django_db

FOUR_PEOPLE = csv_bytes(
    *(f"CXA-40{n:02d},Orang Baru {n},baru{n}@example.test,Retail,Kasir,id," for n in range(4))
)


class Killed(BaseException):
    """What a SIGKILL looks like from inside: nothing after it runs, no handler."""


def english_admin(user) -> Client:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def test_invitations_of_an_import_are_one_job_with_progress(
    departments,  # noqa: F811
    hr_user,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        result = apply(FOUR_PEOPLE, hr_user)
    job = InvitationJob.objects.get()
    assert result.invitation_job == job.pk and result.invited == 4
    assert (job.status, job.done, job.total) == ("done", 4, 4)
    assert sorted(m.to[0] for m in mail.outbox) == [f"baru{n}@example.test" for n in range(4)]
    page = english_admin(hr_user).get(f"/admin/people/invitations/{job.pk}/").content.decode()
    assert "4 of 4 people invited" in page and "100%" in page


def test_a_worker_that_died_halfway_resumes_with_the_people_not_yet_invited(
    departments,  # noqa: F811
    hr_user,
    trainer,
    django_capture_on_commit_callbacks,
):
    from django.core.mail import send_mail as real_send_mail

    def dies_on_the_third(*args, **kwargs):
        if len(mail.outbox) == 2:
            raise Killed
        return real_send_mail(*args, **kwargs)

    # (The immediate task backend records the task as failed and carries on.)
    with (
        mock.patch("django.core.mail.send_mail", side_effect=dies_on_the_third),
        django_capture_on_commit_callbacks(execute=True),
    ):
        apply(FOUR_PEOPLE, hr_user)
    job = InvitationJob.objects.get()
    assert (job.status, job.done) == ("running", 2) and len(mail.outbox) == 2

    client = english_admin(hr_user)
    page = client.get(f"/admin/people/invitations/{job.pk}/").content.decode()
    assert "Resume" not in page  # its heartbeat is fresh: it may only be slow
    InvitationJob.objects.filter(pk=job.pk).update(
        heartbeat_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    page = client.get(f"/admin/people/invitations/{job.pk}/").content.decode()
    assert "The work stopped before it finished" in page and "Resume" in page

    # Nobody without the people permission may resume it.
    outsider = Client()
    outsider.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        refused = outsider.post(f"/admin/people/invitations/{job.pk}/")
    assert refused.status_code in (302, 403) and callbacks == []

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/people/invitations/{job.pk}/")
    job.refresh_from_db()
    assert (job.status, job.done, job.total) == ("done", 4, 4)
    recipients = [m.to[0] for m in mail.outbox]
    assert sorted(recipients) == [f"baru{n}@example.test" for n in range(4)]  # once each

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page = client.post(f"/admin/people/invitations/{job.pk}/", follow=True).content.decode()
    assert callbacks == [] and "nothing to resume" in page and len(mail.outbox) == 4
