from django.core.management.base import BaseCommand

from quizzes import services


class Command(BaseCommand):
    help = "Close and grade quiz attempts whose time limit has passed (run every few minutes)."

    def handle(self, *args, **options):
        closed = services.attempt_close_expired()
        self.stdout.write(self.style.SUCCESS(f"Closed {closed} attempts."))
