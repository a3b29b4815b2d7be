"""Background work for certificates: render a PDF, regenerate a template's PDFs."""

import logging
from functools import partial

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django_tasks import task

from cxacademy import jobs

logger = logging.getLogger(__name__)


@task()
def render_certificate(certificate_id: int) -> str:
    """Render (or re-render) one certificate's PDF and store it."""
    from certificates.models import Certificate

    certificate = Certificate.objects.select_related("template", "user").get(pk=certificate_id)
    _render(certificate)
    return certificate.code


def _render(certificate) -> None:
    """Write the new PDF beside the old one, point the certificate at it (file and
    version in one row update), and only then delete the old file: a process killed
    at any moment leaves the old valid PDF or the new one, never a half-written file."""
    from certificates import documents

    pdf = documents.certificate_pdf(certificate)
    old = certificate.pdf.name
    storage = certificate.pdf.storage
    # The old file still exists, so the storage picks a new name for the new one.
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    certificate.pdf_version = certificate.template.version if certificate.template else 0
    certificate.save(update_fields=["pdf", "pdf_version"])
    if old and old != certificate.pdf.name:
        transaction.on_commit(partial(storage.delete, old))


@task()
def regenerate_certificates(job_id: int) -> int:
    """Re-render every current certificate of a template after a design change,
    counting progress on the job as it goes.

    Certificates are taken in id order and the job remembers the last one handled,
    so a job resumed after its worker died continues with the next one.
    """
    from certificates.models import Certificate, CertificateJob

    run = jobs.claim(CertificateJob, job_id)
    job = CertificateJob.objects.get(pk=job_id)
    if run is None:  # delivered twice, or already taken by another worker
        return job.done
    ids = list(
        Certificate.objects.filter(
            template=job.template_id,
            status__in=[Certificate.Status.VALID, Certificate.Status.REVOKED],
            pk__gt=job.last_certificate_id,
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    try:
        jobs.heartbeat(CertificateJob, job_id, run, total=job.done + job.failed + len(ids))
        for certificate_id in ids:
            try:
                render_certificate.call(certificate_id)
            except Exception:  # one broken certificate must not stop the batch
                logger.exception("Could not render certificate %s", certificate_id)
                outcome = {"failed": F("failed") + 1}
            else:
                outcome = {"done": F("done") + 1}
            jobs.heartbeat(
                CertificateJob, job_id, run, last_certificate_id=certificate_id, **outcome
            )
    except jobs.JobLost:
        logger.warning("Certificate job %s was taken over; this worker stops", job_id)
        return CertificateJob.objects.get(pk=job_id).done
    job.refresh_from_db()
    jobs.finish_batch(
        CertificateJob,
        job_id,
        run,
        failed=job.failed,
        failures="certificates could not be rendered",
    )
    return job.done


@task()
def send_expiry_reminder(certificate_id: int, days: int) -> bool:
    from certificates import services
    from certificates.models import Certificate

    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    return services.reminder_send(certificate=certificate, days=days)
