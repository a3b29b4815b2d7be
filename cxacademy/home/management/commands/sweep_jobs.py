"""Mark background jobs whose worker died as stopped (run every few minutes from cron).

Progress pages do the same for the job they show, so this only matters for jobs
nobody is watching: their rows stop saying "running", and the person who started
them finds a Resume button when they come back.
"""

from django.core.management.base import BaseCommand

from cxacademy import jobs


class Command(BaseCommand):
    help = (
        "Mark as stopped every background job (certificate regeneration, export, "
        "invitations) with no heartbeat for JOB_STALE_SECONDS; they can then be resumed."
    )

    def handle(self, *args, **options):
        swept = jobs.sweep()
        for label, count in swept.items():
            if count:
                self.stdout.write(f"{label}: {count} stopped")
        self.stdout.write(self.style.SUCCESS(f"{sum(swept.values())} stale jobs marked stopped."))
