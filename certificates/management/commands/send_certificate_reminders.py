from django.conf import settings
from django.core.management.base import BaseCommand

from certificates import services
from certificates.tasks import send_expiry_reminder
from cxacademy import jobs


class Command(BaseCommand):
    help = (
        "Send expiry reminders for certificates (once per window; run daily). "
        "Windows come from CERTIFICATE_REMINDER_DAYS, e.g. 60,30,7."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", default=None, help="Override the windows, e.g. 30,7")

    def handle(self, *args, days, **options):
        windows = (
            [int(d) for d in days.split(",") if d.strip()]
            if days
            else settings.CERTIFICATE_REMINDER_DAYS
        )
        due = services.reminders_due(windows)
        for certificate, window in due:
            send_expiry_reminder.enqueue(certificate.pk, window)
        self.stdout.write(self.style.SUCCESS(f"{len(due)} reminders queued."))
        # Daily commands also sweep the background jobs whose worker died (cron may
        # run `sweep_jobs` more often).
        jobs.sweep()
