from django.conf import settings
from django.core.management.base import BaseCommand

from courses import services
from courses.tasks import send_assignment_reminder
from cxacademy import jobs


class Command(BaseCommand):
    help = (
        "Queue reminders for assigned courses (run daily): before the due date, one per "
        "window in ASSIGNMENT_REMINDER_DAYS (e.g. 7,1), and once when overdue. Each is "
        "sent once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", default=None, help="Override the windows, e.g. 14,3")

    def handle(self, *args, days, **options):
        windows = (
            [int(d) for d in days.split(",") if d.strip()]
            if days
            else settings.ASSIGNMENT_REMINDER_DAYS
        )
        due = services.assignment_reminders_due(windows)
        for enrolment, kind in due:
            send_assignment_reminder.enqueue(enrolment.pk, kind)
        self.stdout.write(self.style.SUCCESS(f"{len(due)} reminders queued."))
        # Daily commands also sweep the background jobs whose worker died (cron may
        # run `sweep_jobs` more often).
        jobs.sweep()
