import pytest

from certificates.models import CertificateTemplate
from tests.courses.conftest import build_course, lessons_of


@pytest.fixture
def cert_template(db):
    return CertificateTemplate.objects.create(
        name="Standar",
        title="Sertifikat Kelulusan",
        body="Diberikan kepada {name} untuk {course} pada {date}, nilai {score}. No. {number}",
        signatory_1_name="Rina Wulandari",
        signatory_1_title="Kepala Akademi",
        validity_months=12,
    )


@pytest.fixture
def certified_course(site, cert_template):
    return build_course(
        site, modules=1, lessons=2, title="Dasar CX", certificate_template=cert_template
    )


def complete(client, course):
    for lesson in lessons_of(course):
        client.post(f"/id/learn/lessons/{lesson.pk}/complete/")
