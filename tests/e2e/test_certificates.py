"""A learner finishes a course, downloads the certificate, and anyone can verify it."""

from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext as _
from playwright.sync_api import expect

from certificates.models import Certificate, CertificateTemplate
from tests.courses.conftest import build_course, lessons_of
from tests.e2e.test_foundation import login

pytestmark = pytest.mark.e2e


def test_learner_earns_downloads_and_verifies_a_certificate(
    page, live_server, site, learner, shoot, screenshots
):
    template = CertificateTemplate.objects.create(name="Standar", validity_months=12)
    course = build_course(
        site, modules=1, lessons=1, title="Dasar CX", certificate_template=template
    )
    login(page, live_server, learner)

    lesson = lessons_of(course)[0]
    page.goto(f"{live_server.url}{lesson.url}")
    page.locator("form.lesson__complete button[type=submit]").click()
    page.wait_for_load_state()
    certificate = Certificate.objects.get(user=learner)

    page.goto(f"{live_server.url}/id/certificates/mine/")
    expect(page.locator(".certificate-card")).to_contain_text("Dasar CX")
    expect(page.locator(".certificate-card")).to_contain_text(certificate.code)
    shoot("my-certificates")
    with page.expect_download() as download_info:
        page.locator(f'a[href$="{certificate.code}.pdf"]').click()
    path = download_info.value.path()
    with open(path, "rb") as handle:
        assert handle.read(5) == b"%PDF-"

    verify_url = page.locator("input[data-copy-source]").input_value()
    assert verify_url.endswith(f"/id/certificates/verify/{certificate.code}/")
    visitor = page.context.browser.new_context()
    try:
        public = visitor.new_page()
        # The printed address names the public site; here the test server stands in.
        public.goto(live_server.url + urlsplit(verify_url).path)
        with translation.override("id"):
            valid = _("Valid")
        expect(public.locator(".verify-result h2")).to_have_text(valid)
        expect(public.locator(".verify-result")).to_contain_text(certificate.learner_name)
        public.screenshot(path=str(screenshots / "test-certificates--verify-public.png"))
    finally:
        visitor.close()
