"""Background work for certificates: render a PDF, regenerate a template's PDFs."""

import logging

from django.core.files.base import ContentFile
from django.db.models import F
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def render_certificate(certificate_id: int) -> str:
    """Render (or re-render) one certificate's PDF and store it."""
    from certificates import documents
    from certificates.models import Certificate

    certificate = Certificate.objects.select_related("template", "user").get(pk=certificate_id)
    pdf = documents.certificate_pdf(certificate)
    if certificate.pdf:
        certificate.pdf.delete(save=False)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    certificate.pdf_version = certificate.template.version if certificate.template else 0
    certificate.save(update_fields=["pdf", "pdf_version"])
    return certificate.code


@task()
def regenerate_certificates(job_id: int) -> int:
    """Re-render every current certificate of a template after a design change,
    counting progress on the job as it goes."""
    from certificates.models import Certificate, CertificateJob

    job = CertificateJob.objects.get(pk=job_id)
    ids = list(
        Certificate.objects.filter(
            template=job.template, status__in=[Certificate.Status.VALID, Certificate.Status.REVOKED]
        ).values_list("pk", flat=True)
    )
    CertificateJob.objects.filter(pk=job.pk).update(
        status=CertificateJob.Status.RUNNING, total=len(ids)
    )
    for certificate_id in ids:
        try:
            render_certificate.call(certificate_id)
        except Exception:  # one broken certificate must not stop the batch
            logger.exception("Could not render certificate %s", certificate_id)
            CertificateJob.objects.filter(pk=job.pk).update(failed=F("failed") + 1)
        else:
            CertificateJob.objects.filter(pk=job.pk).update(done=F("done") + 1)
    job.refresh_from_db()
    job.status = CertificateJob.Status.FAILED if job.failed else CertificateJob.Status.DONE
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "finished_at"])
    return job.done


@task()
def send_expiry_reminder(certificate_id: int, days: int) -> bool:
    from certificates import services
    from certificates.models import Certificate

    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    return services.reminder_send(certificate=certificate, days=days)
