"""What goes on the certificate: filled-in text, nothing typed becomes markup."""

import pytest

from certificates import documents
from certificates.models import CertificateTemplate

pytestmark = pytest.mark.django_db


def test_placeholders_are_filled_and_unknown_ones_shown_as_typed():
    template = CertificateTemplate(body="{name} lulus {course} ({score}); {unknown}")
    text = documents.body_text(template, {"name": "Budi", "course": "CX", "score": "90%"})
    assert text == "Budi lulus CX (90%); {unknown}"


def test_hostile_text_from_a_trainer_or_a_learner_stays_text():
    template = CertificateTemplate(
        body='<img src="file:///etc/passwd"><link href="http://evil.example/x.css"> {name}'
    )
    text = documents.body_text(template, {"name": "<script>alert(1)</script>Budi"})
    assert "<img" not in text and "<link" not in text and "<script" not in text
    assert "&lt;img" in text and "Budi" in text


def test_a_stray_brace_does_not_break_the_certificate():
    template = CertificateTemplate(body="Nilai {score")
    assert documents.body_text(template, {"score": "90"}) == "Nilai {score"


def test_a_hostile_name_renders_a_pdf_without_fetching_anything(cert_template, monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the renderer tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    sample = documents.sample_certificate(cert_template)
    sample.learner_name = '<img src="http://evil.example/p.png">محمد 王小明'
    sample.snapshot["learner_name"] = sample.learner_name
    html = documents.certificate_html(sample)
    assert 'src="http://evil.example' not in html
    assert documents.certificate_pdf(sample).startswith(b"%PDF")


def test_the_template_editor_offers_a_sample_pdf(client, trainer, cert_template):
    client.force_login(trainer)
    page = client.get(f"/admin/snippets/certificates/certificatetemplate/edit/{cert_template.pk}/")
    assert page.status_code == 200
    assert f"/admin/certificates/templates/{cert_template.pk}/preview.pdf" in page.content.decode()


def test_each_saved_design_is_a_new_version(cert_template):
    assert cert_template.version == 1
    cert_template.title = "Baru"
    cert_template.save()
    cert_template.refresh_from_db()
    assert cert_template.version == 2


def test_the_qr_code_on_the_certificate_opens_its_verification_page(cert_template):
    from certificates.rendering import qr_svg
    from certificates.views import verification_url

    sample = documents.sample_certificate(cert_template)
    html = documents.certificate_html(sample)
    url = verification_url(sample)
    assert url.endswith(f"/certificates/verify/{sample.code}/")
    # The same address drawn again gives the same modules: the code printed is that URL.
    drawn = qr_svg(url)
    path_data = drawn.split(' d="', 1)[1].split('"', 1)[0]
    assert path_data in html
    assert url in html
