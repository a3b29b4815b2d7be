from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from cxacademy.packages.loader import load_package
from cxacademy.packages.problems import PackageRefused


class Command(BaseCommand):
    help = (
        "Load a course package (a folder; see docs/course-packages.md). The whole package "
        "is checked first; a package with problems is refused whole, each problem named "
        "with its file and line."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check and report what would change; write nothing.",
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="Bring an installed course in line with the package (new published revisions; "
            "learners' progress is kept).",
        )

    def handle(self, *args, **options):
        # Problems come from our checks and from Django's field checks: one language.
        with translation.override("en"):
            self._handle(**options)

    def _handle(self, path, dry_run=False, update=False, **options):
        try:
            report = load_package(path, update=update, dry_run=dry_run)
        except PackageRefused as refused:
            for problem in refused.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{path}: refused, nothing was written ({len(refused.problems)} problem(s))."
            ) from None
        for change in report.changes:
            self.stdout.write(f"  {change}")
        verb = "would change" if dry_run else "changed"
        summary = (
            f"{path}: {len(report.changes)} {verb}"
            if report.changes
            else f"{path}: nothing to change"
        )
        self.stdout.write(
            self.style.SUCCESS(summary + (" (dry run, nothing written)" if dry_run else ""))
        )
