"""A bulk regeneration of 100 certificates through the task API (the job the
template editor starts), timed end to end with its progress record."""

import datetime
import time

import pytest

from certificates.models import Certificate, CertificateJob, CertificateTemplate
from certificates.tasks import regenerate_certificates
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_bench_regenerate_100_certificates(site):
    template = CertificateTemplate.objects.create(name="Bench", validity_months=12)
    today = datetime.date.today()
    Certificate.objects.bulk_create(
        Certificate(
            user=user,
            course_key=site.translation_key,
            template=template,
            learner_name=user.display_name,
            course_title="Dasar-dasar CX",
            completed_on=today,
            snapshot={
                "learner_name": user.display_name,
                "course_title": "Dasar-dasar CX",
                "completed_on": today.isoformat(),
                "score": "88.5",
                "hours": "1.5",
            },
        )
        for user in UserFactory.create_batch(100)
    )
    job = CertificateJob.objects.create(template=template)
    start = time.perf_counter()
    result = regenerate_certificates.enqueue(job.pk)  # immediate backend: runs now
    seconds = time.perf_counter() - start
    job.refresh_from_db()
    assert result.return_value == 100 and job.status == "done" and job.done == 100
    print(
        f"\nbulk regeneration through the task API: 100 certificates in {seconds:.1f} s "
        f"({1000 * seconds / 100:.0f} ms each, progress recorded after each)"
    )
