"""Writing an installed course out as a package, in the format the loader reads, so a
course authored in the Wagtail admin can be kept as files, reviewed as a diff and loaded
into another site. Loading a package and dumping it again gives the same files.

What cannot be written is named and nothing is written: a page of a type packages do
not hold, a page without its English translation, a page whose two languages differ in
something other than their texts (another number of blocks, another setting), rich text
that links to a page or document of this site by its id.
"""

import re
import shutil
from pathlib import Path

from django.db.models import Q
from wagtail.models import Locale, Page

from courses.models import CoursePage
from cxacademy.packages import images
from cxacademy.packages.bilingual import Mismatch, merge
from cxacademy.packages.loader import CERTIFICATE_FIELDS
from cxacademy.packages.pages import FORMAT, _field, field_value, kind_of
from cxacademy.packages.problems import PackageRefused, Problem
from cxacademy.packages.questions import dump_bank
from cxacademy.packages.toml_writer import dumps

HEADER = (
    f"CX Academy course package, format {FORMAT}: see docs/course-packages.md.\n"
    "Texts are written once per language, side by side (.id = Bahasa Indonesia, .en = English)."
)
_SITE_REFERENCE = re.compile(r'(linktype="(?:page|document)"|embedtype="image")')


def find_course(identifier: str) -> CoursePage | None:
    """A course by its slug (in either language) or its page id; the Indonesian version."""
    default = Locale.get_default()
    query = Q(slug=identifier)
    if identifier.isdigit():
        query |= Q(pk=int(identifier))
    keys = set(CoursePage.objects.filter(query).values_list("translation_key", flat=True))
    if len(keys) != 1:
        return None  # none, or several courses share the slug (use the page id)
    course = CoursePage.objects.filter(translation_key=keys.pop()).order_by("pk")
    return course.filter(locale=default).first() or course.first()


def dump_course(course: CoursePage, root: Path) -> list[str]:
    """Write `course` as a package in `root` (which must be empty or missing); returns the
    files written. Raises PackageRefused naming everything that cannot be written."""
    root = Path(root)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise PackageRefused([Problem(str(root), None, "choose an empty folder")])
    existed = root.exists()
    dumper = _Dumper(root)
    try:
        files = dumper.course(course)
        if dumper.problems:
            raise PackageRefused(dumper.problems)
        root.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        bank_problems = dump_bank(list(dict.fromkeys(dumper.questions)), root)
        if bank_problems:
            raise PackageRefused(bank_problems)
    except Exception:
        # Nothing half-written: files written before a refusal (or a full disk) go.
        if root.exists():
            for child in root.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
            if not existed:
                root.rmdir()
        raise
    return sorted(files) + sorted(
        p.relative_to(root).as_posix() for p in (root / "questions").glob("*") if p.is_file()
    )


class _Dumper:
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []
        self.questions = []
        self.english = Locale.objects.get(language_code="en")

    def course(self, course: CoursePage) -> dict[str, str]:
        files = {}
        data = self.page(course, "course.toml")
        if data is not None:
            data = {"format": FORMAT, **data}
            certificate = self.certificate(course)
            if certificate:
                data["certificate"] = certificate
            files["course.toml"] = dumps(data, HEADER)
        for number, module in enumerate(course.get_children().specific(), start=1):
            folder = f"modules/{number:02d}-{module.slug}"
            module_data = self.page(module, f"{folder}/module.toml", expected=("module",))
            if module_data is not None:
                files[f"{folder}/module.toml"] = dumps(module_data)
            for position, item in enumerate(module.get_children().specific(), start=1):
                name = f"{folder}/{position:02d}-{item.slug}.toml"
                item_data = self.page(item, name, expected=("lesson", "quiz", "scenario"))
                if item_data is not None:
                    files[name] = dumps(item_data)
        return files

    def page(self, page: Page, file: str, expected=("course",)) -> dict | None:
        kind = kind_of(page)
        if kind is None or kind.name not in expected:
            self.problems.append(
                Problem(
                    file,
                    None,
                    f"cannot write {page.title!r}: a {page.specific_class._meta.verbose_name} "
                    "page is not part of the package format",
                )
            )
            return None
        translated = page.get_translation_or_none(self.english)
        if translated is None:
            self.problems.append(Problem(file, None, f"{page.title!r} has no English translation"))
            return None
        translated = translated.specific
        values = [self._values(kind, version, file) for version in (page, translated)]
        try:
            merged = merge(*values)
        except Mismatch as mismatch:
            self.problems.append(Problem(file, None, f"the two languages differ: {mismatch}"))
            return None
        data = {"kind": kind.name, "key": str(page.translation_key), **merged}
        if kind.name == "quiz":
            data.update(self.quiz(page))
        return data

    def _values(self, kind, page: Page, file: str) -> dict:
        values = {"slug": page.slug, "title": page.title}
        for name in kind.fields:
            model_field = _field(kind.model, name)
            if name == "cover_image":
                if page.cover_image_id:
                    values[name] = images.image_file_for_field(page.cover_image, self.root)
                continue
            value = field_value(page, name)
            if hasattr(model_field, "stream_block"):
                messages: list[str] = []
                value = images.images_to_files(model_field.stream_block, value, self.root, messages)
                self.problems += [Problem(file, None, message) for message in messages]
            self._check_references(value, file, name)
            values[name] = value
        return values

    def _check_references(self, value, file: str, name: str) -> None:
        if isinstance(value, str):
            if _SITE_REFERENCE.search(value):
                self.problems.append(
                    Problem(
                        file,
                        None,
                        f"{name}: links to a page, document or image of this site by its "
                        "id, which another site would not have; link by address instead",
                    )
                )
        elif isinstance(value, dict):
            for item in value.values():
                self._check_references(item, file, name)
        elif isinstance(value, list):
            for item in value:
                self._check_references(item, file, name)

    def quiz(self, quiz) -> dict:
        data = {}
        fixed = list(quiz.fixed_questions.select_related("question").order_by("sort_order"))
        self.questions += [entry.question for entry in fixed]
        if any(entry.mark is not None for entry in fixed):
            data["questions"] = [
                {
                    "name": entry.question.name,
                    **({"mark": field_value(entry, "mark")} if entry.mark is not None else {}),
                }
                for entry in fixed
            ]
        else:
            data["questions"] = [entry.question.name for entry in fixed]
        draws = list(quiz.draws.select_related("category").order_by("sort_order"))
        if draws:
            from quizzes.models import Question

            data["draws"] = [
                {
                    "category": draw.category.path.split(" / "),
                    "count": draw.count,
                    "include_subcategories": draw.include_subcategories,
                }
                for draw in draws
            ]
            for draw in draws:
                ids = (
                    draw.category.descendant_ids()
                    if draw.include_subcategories
                    else {draw.category_id}
                )
                self.questions += list(
                    Question.objects.filter(
                        category_id__in=ids, locale=Locale.get_default()
                    ).order_by("pk")
                )
        return data

    def certificate(self, course: CoursePage) -> dict | None:
        translated = course.get_translation(self.english).specific
        templates = [course.certificate_template, translated.certificate_template]
        if templates[0] is None:
            return None
        templates[1] = templates[1] or templates[0]
        values = [{name: getattr(t, name) for name in CERTIFICATE_FIELDS} for t in templates]
        try:
            return merge(*values)
        except Mismatch as mismatch:
            self.problems.append(Problem("course.toml", None, f"certificate: {mismatch}"))
            return None
