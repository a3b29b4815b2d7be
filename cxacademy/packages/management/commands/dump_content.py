from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from cxacademy.packages.dumper import dump_course, find_course
from cxacademy.packages.problems import PackageRefused


class Command(BaseCommand):
    help = "Write an installed course out as a course package (see docs/course-packages.md)."

    def add_arguments(self, parser):
        parser.add_argument("course", help="The course's slug (either language) or page id.")
        parser.add_argument("path", type=Path, help="An empty or new folder.")

    def handle(self, *args, **options):
        # Problems come from our checks and from Django's field checks: one language.
        with translation.override("en"):
            self._handle(**options)

    def _handle(self, course, path, **options):
        page = find_course(course)
        if page is None:
            raise CommandError(
                f"No course {course!r}, or several courses share that slug (give the page id)."
            )
        try:
            files = dump_course(page, path)
        except PackageRefused as refused:
            for problem in refused.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{page.title}: not written ({len(refused.problems)} problem(s))."
            ) from None
        self.stdout.write(self.style.SUCCESS(f"{page.title}: {len(files)} files in {path}"))
