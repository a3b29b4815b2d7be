from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cxacademy.demo import people as demo


class Command(BaseCommand):
    help = (
        "Load the demo site: home pages, departments, demo accounts and the demo course. "
        "Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo accounts even with DEBUG off (they share a published password).",
        )

    def handle(self, *args, allow_production=False, **options):
        if not settings.DEBUG and not allow_production and not getattr(settings, "TESTING", False):
            raise CommandError(
                "Refusing to load demo accounts with DEBUG off: their password is public. "
                "Use setup_site for production, or --allow-production for a demo server."
            )
        counts = demo.seed_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {counts['departments']} departments, {counts['accounts']} accounts, "
                f"{counts['lessons']} lessons (both languages)."
            )
        )
