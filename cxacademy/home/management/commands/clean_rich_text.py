"""Clean stored rich text that Wagtail's editor cannot load (raw <img>, <link>, <br>,
unclosed tags left by imports or older versions). Safe to run any number of times:
only values the editor rejects are rewritten.
"""

from django.core.management.base import BaseCommand

from cxacademy.rich_text import rich_text_repair


class Command(BaseCommand):
    help = (
        "Rewrite, with the project's sanitiser, every stored rich text value that "
        "Wagtail's editor cannot load. --dry-run only counts them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, change nothing.")

    def handle(self, *args, dry_run=False, **options):
        changed = rich_text_repair(dry_run=dry_run)
        for label, count in sorted(changed.items()):
            self.stdout.write(f"{label}: {count}")
        verb = "would be cleaned" if dry_run else "cleaned"
        self.stdout.write(self.style.SUCCESS(f"{sum(changed.values())} rows {verb}."))
