"""The template preview names one course throughout: a course that awards the template
(in the template's language), else a course of the site, else one sample name."""

import subprocess

import pytest

from certificates.admin_views import sample_certificate
from certificates.documents import certificate_html
from tests.courses.conftest import build_course, translate


def _preview_text(client, template, tmp_path):
    response = client.get(f"/admin/certificates/templates/{template.pk}/preview.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    path = tmp_path / "preview.pdf"
    path.write_bytes(response.content)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()
    return " ".join(text.split())


@pytest.fixture
def awarded(site, cert_template):
    cert_template.title = "Sertifikat CX Mindset"
    cert_template.body = "Lulus kursus {course} pada {date}."
    cert_template.save()
    build_course(site, modules=1, lessons=1, title="Kursus lain")
    course = build_course(
        site, modules=1, lessons=1, title="CX Mindset", certificate_template=cert_template
    )
    return cert_template, course


def test_the_preview_names_the_course_that_awards_the_template(client, trainer, awarded, tmp_path):
    template, _course = awarded
    client.force_login(trainer)
    text = _preview_text(client, template, tmp_path)
    assert "Lulus kursus CX Mindset pada" in text
    assert "Dasar-dasar CX" not in text and "Kursus lain" not in text
    html = certificate_html(sample_certificate(template))
    assert "<title>CX Mindset:" in html  # the document's own title says the same


def test_an_english_template_names_the_english_course(trainer, awarded):
    template, course = awarded
    english = translate(course)
    english.title = "CX Mindset (EN)"
    english.save_revision().publish()
    english.certificate_template = template
    english.save()
    template.language = "en"
    template.save()
    assert sample_certificate(template).course_title == "CX Mindset (EN)"


def test_without_courses_one_sample_name_is_used_everywhere(site, cert_template):
    certificate = sample_certificate(cert_template)
    assert certificate.course_title == certificate.snapshot["course_title"]
    assert certificate.course_title in certificate_html(certificate)


def test_a_learner_cannot_preview(client, learner, cert_template):
    client.force_login(learner)
    response = client.get(f"/admin/certificates/templates/{cert_template.pk}/preview.pdf")
    assert response.status_code in (302, 403)
