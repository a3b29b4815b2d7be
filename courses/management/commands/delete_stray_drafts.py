"""Delete the draft pages that the add-page form's autosave made and nobody kept
(courses/drafts.py has the rule). Safe to run at any time; run it daily."""

from django.core.management.base import BaseCommand

from courses import drafts


class Command(BaseCommand):
    help = "Delete draft pages the add-page form's autosave made and nobody saved for a week."

    def handle(self, *args, **options):
        count = drafts.delete_stray_drafts()
        self.stdout.write(f"Deleted {count} stray draft page(s).")
