import secrets
import time

from django.core.management.base import BaseCommand, CommandError
from django_tasks import TaskResultStatus

from cxacademy.tasks import ping


class Command(BaseCommand):
    help = "Enqueue a ping task and wait for a worker to run it (checks the task queue)."

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=10.0, help="Seconds to wait.")

    def handle(self, *args, timeout, **options):
        token = secrets.token_hex(8)
        result = ping.enqueue(token)
        deadline = time.monotonic() + timeout
        while result.status not in (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED):
            if time.monotonic() > deadline:
                raise CommandError(
                    f"No worker ran the task within {timeout:g}s (backend {result.backend}). "
                    "Start one with: manage.py rqworker --job-class django_tasks_rq.Job default"
                )
            time.sleep(0.2)
            result.refresh()
        if result.return_value != token:
            raise CommandError(f"The task came back {result.status}, not with our token.")
        self.stdout.write(self.style.SUCCESS(f"Task queue works (backend {result.backend})."))
