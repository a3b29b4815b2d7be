"""Anyone can verify a code; learners download their own PDF; staff revoke and reissue."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from certificates import services
from certificates.models import Certificate, CertificateJob
from tests.certificates.conftest import complete
from tests.factories import learner as make_learner

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(client, learner, certified_course):
    client.force_login(learner)
    complete(client, certified_course)
    return Certificate.objects.get(user=learner)


def test_the_verification_page_shows_a_valid_certificate_and_nothing_private(certificate, learner):
    page = Client().get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    assert "Valid" in page and certificate.learner_name in page and "Dasar CX" in page
    assert learner.email not in page
    assert learner.username not in page


def test_a_typed_code_is_forgiven(certificate):
    typed = certificate.code.lower().replace("-", " ")
    response = Client().get("/en/certificates/verify/", {"code": typed})
    assert response.status_code == 200 and "Valid" in response.content.decode()


def test_an_unknown_code_is_simply_not_found(certificate):
    near_miss = certificate.code[:-1] + ("0" if certificate.code[-1] != "0" else "1")
    for code in [near_miss, "CXA-0000-0000-0000-0000", "nonsense"]:
        response = Client().get("/en/certificates/verify/", {"code": code})
        assert response.status_code == 404
        assert "No certificate has this code" in response.content.decode()
        assert certificate.learner_name not in response.content.decode()


def test_verification_lookups_are_rate_limited(certificate):
    client = Client()
    statuses = [
        client.get("/en/certificates/verify/", {"code": "CXA-0000-0000-0000-0000"}).status_code
        for _ in range(35)
    ]
    assert statuses[0] == 404 and statuses[-1] == 429


def test_expired_certificates_say_so(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    assert (
        "Expired" in Client().get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    )


def test_hr_revokes_and_the_page_shows_the_reason(client, hr_user, certificate):
    client.force_login(hr_user)
    client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Data pelatihan salah"})
    page = Client().get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    assert "Revoked" in page and "Data pelatihan salah" in page
    assert "Valid</h2>" not in page


def test_revoking_needs_a_reason(client, hr_user, certificate):
    client.force_login(hr_user)
    client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "  "})
    certificate.refresh_from_db()
    assert certificate.status == "valid"


def test_a_name_correction_reissues_and_both_pages_say_so(client, hr_user, certificate, learner):
    learner.full_name = "Siti Rahmawati Putri"
    learner.save()
    client.force_login(hr_user)
    client.post(f"/admin/certificates/{certificate.pk}/reissue/")
    new = Certificate.objects.get(status="valid", user=learner)
    assert new.learner_name == "Siti Rahmawati Putri" and new.code != certificate.code
    old_page = Client().get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    new_page = Client().get(f"/en/certificates/verify/{new.code}/").content.decode()
    assert "Superseded" in old_page and new.code in old_page
    assert "Valid" in new_page and certificate.code in new_page


def test_learners_download_their_own_certificate_only(client, learner, certificate):
    response = client.get(f"/id/certificates/mine/{certificate.code}.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    other = Client()
    other.force_login(make_learner())
    assert other.get(f"/id/certificates/mine/{certificate.code}.pdf").status_code == 404


def test_my_certificates_offers_linkedin_and_a_verification_link(client, certificate):
    page = client.get("/en/certificates/mine/").content.decode()
    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in page
    assert f"certId={certificate.code}" in page
    assert f"/en/certificates/verify/{certificate.code}/" in page


def test_learners_cannot_reach_the_register(client, learner, certificate):
    assert client.get("/admin/certificates/").status_code == 403


def test_the_register_filters_by_expiry(client, hr_user, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=20)
    )
    client.force_login(hr_user)
    assert certificate.code in client.get("/admin/certificates/?show=30").content.decode()
    assert certificate.code not in client.get("/admin/certificates/?show=expired").content.decode()


def test_expiry_reminders_are_sent_once_per_window(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=20)
    )
    mail.outbox.clear()
    call_command("send_certificate_reminders", days="60,30,7", verbosity=0)
    call_command("send_certificate_reminders", days="60,30,7", verbosity=0)
    assert len(mail.outbox) == 1
    assert certificate.code in mail.outbox[0].body
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=5)
    )
    call_command("send_certificate_reminders", days="60,30,7", verbosity=0)
    assert len(mail.outbox) == 2  # the 7-day window is a new reminder


def test_hr_reassigns_the_expiring_and_recompletion_issues_a_new_certificate(
    client, hr_user, learner, certificate, certified_course
):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=10)
    )
    staff = Client()
    staff.force_login(hr_user)
    staff.post("/admin/certificates/?show=30", {"due_date": "2027-01-31"})
    enrolment = certificate.enrolment
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None and str(enrolment.due_date) == "2027-01-31"
    complete(client, certified_course)
    certificate.refresh_from_db()
    assert certificate.status == "superseded"
    assert Certificate.objects.get(user=learner, status="valid").pk != certificate.pk


def test_bulk_regeneration_runs_as_a_job_with_progress(
    client, trainer, certificate, cert_template, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/certificates/templates/{cert_template.pk}/regenerate/")
    job = CertificateJob.objects.get()
    assert response["Location"] == f"/admin/certificates/jobs/{job.pk}/"
    job.refresh_from_db()
    assert (job.status, job.done, job.total) == ("done", 1, 1)
    assert "100%" in client.get(response["Location"]).content.decode()


def test_the_template_preview_is_a_pdf(client, trainer, cert_template):
    client.force_login(trainer)
    response = client.get(f"/admin/certificates/templates/{cert_template.pk}/preview.pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_services_refuse_revoking_twice(certificate):
    services.certificate_revoke(certificate=certificate, reason="Salah")
    with pytest.raises(ValueError):
        services.certificate_revoke(certificate=certificate, reason="Lagi")
