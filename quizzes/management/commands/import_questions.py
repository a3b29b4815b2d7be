from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from quizzes import importing


class Command(BaseCommand):
    help = "Import questions from a GIFT or Moodle XML file. All or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", required=True, choices=sorted(importing.FORMATS))
        parser.add_argument("--category", default="", help="e.g. 'CX/Metrics' (created if missing)")
        parser.add_argument("--language", default=None, help="id or en (default: the site default)")

    def handle(self, *args, file, format, category, language, **options):
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        locale = Locale.objects.get(language_code=language) if language else None
        report = importing.import_questions(
            data=file.read_bytes(), fmt=format, category_path=category, locale=locale
        )
        for problem in report.unsupported:
            where = f"line {problem.line}: " if problem.line else ""
            self.stdout.write(
                self.style.WARNING(f"not imported ({where}{problem.name}): {problem.message}")
            )
        if not report.ok:
            for problem in report.problems:
                where = f"line {problem.line}: " if problem.line else ""
                name = f"{problem.name}: " if problem.name else ""
                self.stderr.write(f"{where}{name}{problem.message}")
            raise CommandError("Nothing was imported: the file has problems (listed above).")
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(report.by_kind.items()))
        self.stdout.write(self.style.SUCCESS(f"Imported {report.created} questions ({kinds})."))
