"""Loading a course package into the site: everything is read and checked first, and a
package with any problem is refused whole (`PackageRefused`, each problem with its file
and line); only then is anything written, in one transaction.

Without `update`, a course that is already installed is refused (nothing to do but
say how to update it). With `update`, the installed course is brought in line with the
package: pages whose fields differ get a new published revision, new pages are added,
pages are put in the package's order, and pages the package no longer holds are removed
unless learners have records on them (those are kept, and the report says so). Pages
are found by their `key` (Wagtail's `translation_key`), which is what learners'
enrolments, progress, attempts, runs and certificates refer to, so updating keeps every
learner's progress. Loading the same package twice changes nothing.
"""

import copy
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Locale, Page, Site

from courses.models import CourseCataloguePage, CoursePage, ItemProgress
from cxacademy.packages import images
from cxacademy.packages.bilingual import LANGUAGES, localise, missing
from cxacademy.packages.indexing import indexed_once
from cxacademy.packages.pages import (
    FORMAT,
    ITEM_KINDS,
    PageSpec,
    PendingStream,
    _field,
    checked_stream,
    normalised_stream,
    read_page,
    stream_with_kept_ids,
)
from cxacademy.packages.problems import PackageFile, PackageRefused, Problems
from cxacademy.packages.questions import Bank, install_bank, read_bank

CERTIFICATE_FIELDS = (
    "name",
    "language",
    "orientation",
    "primary_colour",
    "accent_colour",
    "title",
    "body",
    "signatory_1_name",
    "signatory_1_title",
    "signatory_2_name",
    "signatory_2_title",
    "validity_months",
)


@dataclass
class Package:
    root: Path
    course: PageSpec
    bank: Bank
    certificate: dict[str, dict] | None = None  # language -> template fields

    def pages(self):
        yield self.course
        for module in self.course.children:
            yield module
            yield from module.children


@dataclass
class LoadReport:
    course: CoursePage | None = None
    changes: list[str] = field(default_factory=list)


class _DryRun(Exception):
    pass


def read_package(root: Path) -> Package:
    """The package at `root`, checked whole; raises PackageRefused listing every problem."""
    root = Path(root)
    problems = Problems()
    if not (root / "course.toml").is_file():
        problems.add(str(root), None, "not a course package: course.toml is missing")
        raise PackageRefused(problems.items)
    course_file = PackageFile(root, root / "course.toml", problems)
    course = read_page(course_file, ("course",), problems, root)
    if course_file.data is not None and course_file.data.get("format") != FORMAT:
        problems.add(
            course_file.name,
            course_file.line("format"),
            f"this site reads package format {FORMAT}, "
            f"the file says {course_file.data.get('format')!r}",
        )
    module_dirs = (
        sorted(p for p in (root / "modules").iterdir() if p.is_dir())
        if (root / "modules").is_dir()
        else []
    )
    for directory in module_dirs:
        if not (directory / "module.toml").is_file():
            problems.add(directory.relative_to(root).as_posix(), None, "module.toml is missing")
            continue
        module = read_page(
            PackageFile(root, directory / "module.toml", problems), ("module",), problems, root
        )
        for path in sorted(directory.glob("*.toml")):
            if path.name == "module.toml":
                continue
            item = read_page(PackageFile(root, path, problems), ITEM_KINDS, problems, root)
            if module is not None and item is not None:
                module.children.append(item)
        if course is not None and module is not None:
            course.children.append(module)
    bank = read_bank(root, problems)
    package = Package(root=root, course=course, bank=bank)
    if course is not None and "certificate" in course.extra:
        package.certificate = _certificate(course, problems)
    if course is not None:
        _check_whole(package, problems)
    if problems:
        raise PackageRefused(problems.items)
    return package


def _certificate(course: PageSpec, problems: Problems) -> dict[str, dict] | None:
    from certificates.models import CertificateTemplate

    data = course.extra["certificate"]
    file = course.file
    if not isinstance(data, dict):
        problems.add(file.name, file.line("certificate"), "certificate must be a table")
        return None
    for name in data:
        if name not in CERTIFICATE_FIELDS:
            problems.add(
                file.name, file.line(f"certificate.{name}"), f"unknown certificate field {name!r}"
            )
    for path, language in missing(data):
        problems.add(
            file.name,
            file.line(f"certificate.{path}"),
            f"missing translation: no {language!r} text for certificate.{path}",
        )
    if problems:
        return None
    result = {}
    for language in LANGUAGES:
        # Left out means the model's default, as for pages.
        fields = {
            name: CertificateTemplate._meta.get_field(name).get_default()
            for name in CERTIFICATE_FIELDS
        } | localise(data, language)
        template = CertificateTemplate(**fields)
        try:
            template.full_clean(exclude=["version"])
        except Exception as error:  # ValidationError: named per field
            for name, messages in getattr(
                error, "message_dict", {"certificate": [str(error)]}
            ).items():
                problems.add(
                    file.name,
                    file.line(f"certificate.{name}"),
                    f"certificate {name}: {' '.join(messages)}",
                )
        result[language] = fields
    return result


def _check_whole(package: Package, problems: Problems) -> None:
    """What no single file can tell: unique keys and slugs, questions that exist,
    scenarios the engine can play, images that are there."""
    from simulations import engine

    keys: dict[uuid.UUID, str] = {}
    for spec in package.pages():
        if spec.key is not None:
            if spec.key in keys:
                problems.add(
                    spec.file.name, spec.file.line("key"), f"key also used by {keys[spec.key]}"
                )
            keys[spec.key] = spec.file.name
    for parent in [package.course, *package.course.children]:
        for language in LANGUAGES:
            seen = {}
            for child in parent.children:
                slug = child.fields.get(language, {}).get("slug")
                if slug in seen:
                    problems.add(
                        child.file.name,
                        child.file.line("slug"),
                        f"slug {slug!r} ({language}) is also used by {seen[slug]}",
                    )
                seen[slug] = child.file.name
    names = set(package.bank.names)
    for spec in package.pages():
        if spec.kind.name == "quiz":
            for entry in _quiz_questions(spec):
                if entry["name"] not in names:
                    problems.add(
                        spec.file.name,
                        spec.file.line("questions"),
                        f"no question named {entry['name']!r} in questions/",
                    )
        if spec.kind.name == "quiz":
            categories = {tuple(question.category) for question in package.bank.questions}
            for number, draw in enumerate(spec.extra.get("draws", []), start=1):
                path = tuple(draw["category"])
                if not any(c[: len(path)] == path for c in categories) and not _category_exists(
                    path
                ):
                    problems.add(
                        spec.file.name,
                        spec.file.line(f"draws[{number}]") or spec.file.line("draws"),
                        f"draws, entry {number}: no question category {' / '.join(path)!r} "
                        "in questions/ or on the site",
                    )
        if spec.kind.name == "scenario":
            for language in LANGUAGES:
                fields = spec.fields.get(language, {})
                if "steps" not in fields:
                    continue
                for problem in engine.validate_stream(
                    competencies=fields.get("competencies", []),
                    kpis=fields.get("kpis", []),
                    steps=fields["steps"],
                    budget=fields.get("budget"),
                ):
                    path = (
                        f"steps[{_step_number(fields['steps'], problem.step)}]"
                        if problem.step
                        else "steps"
                    )
                    problems.add(
                        spec.file.name, spec.file.line(path), f"scenario ({language}): {problem}"
                    )
        cover = spec.file.data.get("cover_image") if spec.kind.name == "course" else None
        if cover:
            images.image_for_field(cover, package.root, problems, spec.file.name, write=False)


def _category_exists(path: tuple[str, ...]) -> bool:
    from quizzes.models import QuestionCategory

    parent = None
    for name in path:
        parent = QuestionCategory.objects.filter(parent=parent, name=name).first()
        if parent is None:
            return False
    return True


def _step_number(steps: list, key: str) -> int:
    for index, step in enumerate(steps):
        if step.get("value", {}).get("key") == key:
            return index + 1
    return 1


def _quiz_questions(spec: PageSpec) -> list[dict]:
    """The quiz's questions as {"name", "mark"} (checked by pages.read_page)."""
    return spec.extra.get("questions", [])


# --- Writing ---------------------------------------------------------------------------


def load_package(
    root: Path | Package, *, update: bool = False, dry_run: bool = False
) -> LoadReport:
    """Load the package at `root` (see the module's docstring). With `dry_run`, everything
    is checked and the report says what would change; nothing is kept."""
    package = root if isinstance(root, Package) else read_package(root)
    report = LoadReport()
    added_files: list = []
    try:
        with transaction.atomic(), indexed_once():
            before = _last_image_id()
            try:
                _write(package, report, update=update, dry_run=dry_run)
                if dry_run:
                    raise _DryRun
            except BaseException:
                added_files = _image_files_since(before)
                raise
    except _DryRun:
        report.course = None
    finally:
        # A load that is rolled back (a dry run, a refusal) keeps no image file either.
        for storage, name in added_files:
            storage.delete(name)
    return report


def _last_image_id() -> int:
    from wagtail.images import get_image_model

    return get_image_model().objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def _image_files_since(last_id: int) -> list:
    from wagtail.images import get_image_model

    return [
        (image.file.storage, image.file.name)
        for image in get_image_model().objects.filter(pk__gt=last_id)
    ]


def installed_course(package: Package) -> CoursePage | None:
    default = Locale.get_default()
    spec = package.course
    if spec.key is not None:
        found = CoursePage.objects.filter(translation_key=spec.key, locale=default).first()
        if found is not None:
            return found
    return CoursePage.objects.filter(locale=default, slug=spec.fields["id"]["slug"]).first()


def _write(package: Package, report: LoadReport, *, update: bool, dry_run: bool) -> None:
    existing = installed_course(package)
    if existing is not None and not update:
        raise PackageRefused(
            [
                _problem(
                    package.course.file.name,
                    f"the course {existing.title!r} is already installed; "
                    "load the package with --update to bring it in line",
                )
            ]
        )
    default = Locale.get_default()
    english = Locale.objects.get(language_code="en")
    _check_keys(package, existing, default)
    catalogue = _catalogue(default, english, report.changes)
    writer = _Writer(
        package,
        report.changes,
        update=update,
        locales={"id": default, "en": english},
    )
    writer.add_images()
    writer.questions = install_bank(package.bank, update=update, changes=report.changes)
    templates = writer.certificates()
    course = writer.page(package.course, catalogue)
    for module_spec in package.course.children:
        module = writer.page(module_spec, course)
        for item_spec in module_spec.children:
            writer.page(item_spec, module)
        writer.tidy(module, module_spec)
    writer.tidy(course, package.course)
    if templates:
        writer.set_certificates(course, templates)
    report.course = CoursePage.objects.get(pk=course.pk)


def _catalogue(default: Locale, english: Locale, changes: list[str]) -> CourseCataloguePage:
    """The site's course catalogue, made (in both languages, with the texts of
    cxacademy/content/site.toml) when the first course is loaded."""
    from django.utils import translation

    from cxacademy.packages.site import site_texts

    catalogue = CourseCataloguePage.objects.filter(locale=default).first()
    if catalogue is None:
        home = Page.objects.filter(locale=default, depth=2).first()
        if home is None:
            raise PackageRefused(
                [_problem("course.toml", "the site has no home page; run setup_site first")]
            )
        catalogue = home.add_child(
            instance=CourseCataloguePage(locale=default, **site_texts("catalogue", "id"))
        )
        catalogue.save_revision().publish()
        changes.append("added the course catalogue")
    if not catalogue.has_translation(english):
        fields = site_texts("catalogue", "en")
        own_slug, catalogue.slug = catalogue.slug, fields["slug"]
        try:
            with translation.override("en"):
                translated = catalogue.copy_for_translation(english)
        finally:
            catalogue.slug = own_slug
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save_revision().publish()
    translated = catalogue.get_translation(english).specific
    slug = site_texts("catalogue", "en")["slug"]
    if translated.slug == catalogue.slug != slug:
        # An install from before translations had slugs of their own: /en/katalog/.
        _publish_changed(translated, lambda: setattr(translated, "slug", slug))
        changes.append(f"renamed the English catalogue to {slug!r}")
    return catalogue


def ensure_catalogue() -> CourseCataloguePage:
    """The course catalogue in both languages (what loading a course first makes sure of)."""
    english = Locale.objects.get(language_code="en")
    return _catalogue(Locale.get_default(), english, [])


def _publish_changed(page: Page, change) -> None:
    """Publish `page` after `change()`; a new slug redirects the page's old address and
    its descendants' (done here, while the descendants still have their old slugs:
    Wagtail's own redirects come after the commit, when a load has renamed them too)."""
    before = type(page).objects.get(pk=page.pk)
    change()
    page.save_revision().publish()
    if before.slug != page.slug and apps.is_installed("wagtail.contrib.redirects"):
        from wagtail.contrib.redirects.signal_handlers import create_redirects

        after = type(page).objects.get(pk=page.pk)  # publish saved another copy
        create_redirects(page=after, page_old=before, sites=Site.objects.all())


def _check_keys(package: Package, course: CoursePage | None, default: Locale) -> None:
    """A key names one page: refused when it names a page of another type, or a page
    outside the course being loaded (a key copied from another package would move that
    course's page into this one)."""
    problems = Problems()
    for spec in package.pages():
        if spec.key is None:
            continue
        found = Page.objects.filter(translation_key=spec.key, locale=default).first()
        if found is None:
            continue
        found = found.specific
        where = (spec.file.name, spec.file.line("key"))
        if not isinstance(found, spec.kind.model):
            problems.add(*where, f"key is that of the {found._meta.verbose_name} {found.title!r}")
        elif spec is not package.course and (course is None or not found.is_descendant_of(course)):
            problems.add(
                *where,
                f"key is that of {found.title!r} in another course; "
                "a new page needs a new key (or none)",
            )
    if problems:
        raise PackageRefused(problems.items)


def learners_with_records(keys: list) -> int:
    """How many learners have anything on these pages: progress, a quiz attempt or a
    simulation run (finished or not), metric lab practice."""
    from courses.models import MetricLabAttempt
    from quizzes.models import QuizAttempt
    from simulations.models import ScenarioRun

    users = set(ItemProgress.objects.filter(item_key__in=keys).values_list("user", flat=True))
    users |= set(QuizAttempt.objects.filter(quiz_key__in=keys).values_list("user", flat=True))
    users |= set(ScenarioRun.objects.filter(scenario_key__in=keys).values_list("user", flat=True))
    users |= set(
        MetricLabAttempt.objects.filter(lesson_key__in=keys).values_list("user", flat=True)
    )
    return len(users)


def _problem(file: str, message: str):
    from cxacademy.packages.problems import Problem

    return Problem(file, None, message)


class _Writer:
    def __init__(self, package, changes, *, update, locales):
        self.package = package
        self.changes = changes
        self.update = update
        self.locales = locales
        self.questions = {}
        self.resolved = {}
        self.cover = None

    # Fields -----------------------------------------------------------------------

    def _fields(self, spec: PageSpec, language: str) -> dict:
        # A copy: Wagtail writes block ids into the stream values it is given, and a
        # package read once may be loaded more than once.
        fields = copy.deepcopy(spec.fields[language])
        for name in spec.kind.streams():
            if isinstance(fields.get(name), PendingStream):
                fields[name] = copy.deepcopy(self.resolved[(spec.file.name, language, name)])
        if spec.kind.name == "course" and spec.file.data.get("cover_image"):
            fields["cover_image"] = self.cover
        return fields

    def add_images(self) -> None:
        """Add the package's new images, then check the streams that name them, before any
        page is written: every problem is reported, as for the rest of the package."""
        problems = Problems()
        self.resolved = {}
        for spec in self.package.pages():
            for language in LANGUAGES:
                for name in spec.kind.streams():
                    value = spec.fields.get(language, {}).get(name)
                    if isinstance(value, PendingStream):
                        block = _field(spec.kind.model, name).stream_block
                        self.resolved[(spec.file.name, language, name)] = checked_stream(
                            block,
                            copy.deepcopy(value.raw),
                            self.package.root,
                            spec.file,
                            name,
                            language,
                            problems,
                            write=True,
                        )
        course = self.package.course
        self.cover = None
        if course.file.data.get("cover_image"):
            self.cover = images.image_for_field(
                course.file.data["cover_image"],
                self.package.root,
                problems,
                course.file.name,
                write=True,
            )
        if problems:
            raise PackageRefused(problems.items)

    def _relations(self, spec: PageSpec):
        """A quiz's questions and draws, as (name, [(field values)])."""
        from quizzes.models import QuestionCategory, QuizDraw, QuizQuestion

        if spec.kind.name != "quiz":
            return {}
        fixed = [
            QuizQuestion(
                question=self.questions[entry["name"]], mark=entry.get("mark"), sort_order=order
            )
            for order, entry in enumerate(_quiz_questions(spec))
        ]
        draws = [
            QuizDraw(
                category=QuestionCategory.for_path(tuple(entry["category"])),
                count=entry.get("count", 1),
                include_subcategories=entry.get("include_subcategories", True),
                sort_order=order,
            )
            for order, entry in enumerate(spec.extra.get("draws", []))
        ]
        return {"fixed_questions": fixed, "draws": draws}

    @staticmethod
    def _relation_state(page, name):
        if name == "fixed_questions":
            return [(q.question_id, q.mark) for q in page.fixed_questions.all()]
        return [(d.category_id, d.count, d.include_subcategories) for d in page.draws.all()]

    def _differs(self, page, fields: dict, relations: dict) -> list[str]:
        changed = []
        for name, value in fields.items():
            model_field = _field(type(page), name)
            current = getattr(page, name)
            if hasattr(model_field, "stream_block"):
                try:
                    current = normalised_stream(model_field.stream_block, current.get_prep_value())
                except ValidationError:  # a stored value its block now refuses
                    current = None
            elif model_field.is_relation:
                current = getattr(page, model_field.attname)
                value = getattr(value, "pk", value)
            if current != value:
                changed.append(name)
        for name, items in relations.items():
            wanted = (
                [(q.question.pk, q.mark) for q in items]
                if name == "fixed_questions"
                else [(d.category.pk, d.count, d.include_subcategories) for d in items]
            )
            if self._relation_state(page, name) != wanted:
                changed.append(name)
        return changed

    def _apply(self, page, fields: dict, relations: dict, *, ids_from=None) -> None:
        """Set the fields; a stream keeps the block ids of `ids_from` (the page itself, or
        for a translation its Indonesian page, so both languages share block ids)."""
        for name, value in fields.items():
            model_field = _field(type(page), name)
            if hasattr(model_field, "stream_block"):
                source = getattr(ids_from or page, name).get_prep_value()
                value = stream_with_kept_ids(source, value)
            setattr(page, name, value)
        for name, items in relations.items():
            setattr(page, name, items)

    # Pages ------------------------------------------------------------------------

    def page(self, spec: PageSpec, parent: Page) -> Page:
        model = spec.kind.model
        default = self.locales["id"]
        fields = self._fields(spec, "id")
        relations = self._relations(spec)
        page = None
        if spec.key is not None:
            page = model.objects.filter(translation_key=spec.key, locale=default).first()
        if page is None:
            page = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
        label = f"{spec.kind.name} {fields['slug']}"
        if page is None:
            page = model(locale=default, **fields)
            if spec.key is not None:
                page.translation_key = spec.key
            self._apply(page, {}, relations)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.changes.append(f"added {label}")
        elif self.update:
            page = page.specific
            if page.get_parent().pk != parent.pk:
                page.move(parent, pos="last-child")
                page = model.objects.get(pk=page.pk)
                self.changes.append(f"moved {label}")
            changed = self._differs(page, fields, relations)
            if changed:
                _publish_changed(page, lambda p=page: self._apply(p, fields, relations))
                self.changes.append(f"changed {label}: {', '.join(changed)}")
        self._translation(spec, page, parent)
        return model.objects.get(pk=page.pk)

    def _translation(self, spec: PageSpec, page: Page, parent: Page) -> None:
        from django.utils import translation

        english = self.locales["en"]
        fields = self._fields(spec, "en")
        relations = self._relations(spec)
        label = f"{spec.kind.name} {fields['slug']} (en)"
        existing = page.get_translation_or_none(english)
        if existing is None:
            own_slug = page.slug
            page.slug = fields["slug"]
            try:
                with translation.override("en"):
                    translated = page.copy_for_translation(english)
            finally:
                page.slug = own_slug
            self._apply(translated, fields, relations)
            translated.save_revision().publish()
            self.changes.append(f"added {label}")
            return
        if not self.update:
            return
        existing = existing.specific
        en_parent = parent.get_translation_or_none(english)
        if en_parent is not None and existing.get_parent().pk != en_parent.pk:
            existing.move(en_parent, pos="last-child")
            existing = type(existing).objects.get(pk=existing.pk)
        changed = self._differs(existing, fields, relations)
        if changed:
            source = type(page).objects.get(pk=page.pk)
            _publish_changed(
                existing, lambda: self._apply(existing, fields, relations, ids_from=source)
            )
            self.changes.append(f"changed {label}: {', '.join(changed)}")

    def tidy(self, parent: Page, spec: PageSpec) -> None:
        """Children in the package's order; children the package no longer holds removed,
        unless learners have records on them."""
        if not self.update:
            return
        english = self.locales["en"]
        wanted = []
        for child in spec.children:
            found = (
                child.kind.model.objects.filter(
                    translation_key=child.key, locale=self.locales["id"]
                ).first()
                if child.key
                else None
            )
            if found is None:
                found = (
                    child.kind.model.objects.child_of(parent)
                    .filter(slug=child.fields["id"]["slug"])
                    .first()
                )
            wanted.append(found.translation_key)
        for child in parent.get_children().specific():
            if child.translation_key in wanted:
                continue
            keys = [
                child.translation_key,
                *child.get_descendants().values_list("translation_key", flat=True),
            ]
            learners = learners_with_records(keys)
            if learners:
                self.changes.append(
                    f"kept {child.title!r}: not in the package, but {learners} learner(s) have "
                    "records on it; delete it in the admin if you mean to"
                )
                continue
            for version in Page.objects.filter(translation_key=child.translation_key):
                version.delete()
            self.changes.append(f"removed {child.title!r} (not in the package, no learner records)")
        for tree_parent in [parent, parent.get_translation_or_none(english)]:
            if tree_parent is None:
                continue
            tree_parent = Page.objects.get(pk=tree_parent.pk)
            children = list(tree_parent.get_children())
            order = [c.translation_key for c in children if c.translation_key in wanted]
            target = [key for key in wanted if key in order]
            if order == target:
                continue
            by_key = {c.translation_key: c for c in children}
            for key in target:
                Page.objects.get(pk=by_key[key].pk).move(tree_parent, pos="last-child")
            self.changes.append(f"reordered the pages under {tree_parent.title!r}")

    # Certificates -----------------------------------------------------------------

    def certificates(self) -> dict:
        from certificates.models import CertificateTemplate

        if not self.package.certificate:
            return {}
        templates = {}
        for language in LANGUAGES:
            fields = self.package.certificate[language]
            template = CertificateTemplate.objects.filter(name=fields["name"]).first()
            if template is None:
                template = CertificateTemplate.objects.create(**fields)
                self.changes.append(f"added certificate template {fields['name']!r}")
            elif self.update:
                changed = [k for k, v in fields.items() if getattr(template, k) != v]
                if changed:
                    for name, value in fields.items():
                        setattr(template, name, value)
                    template.save()
                    others = sorted(
                        set(
                            CoursePage.objects.filter(certificate_template=template)
                            .exclude(translation_key=self.package.course.key)
                            .values_list("title", flat=True)
                        )
                    )
                    also = f" (also used by {', '.join(others)})" if others else ""
                    self.changes.append(
                        f"changed certificate template {fields['name']!r}: "
                        f"{', '.join(changed)}{also}"
                    )
            templates[language] = template
        return templates

    def set_certificates(self, course: CoursePage, templates: dict) -> None:
        english = self.locales["en"]
        for language, page in [("id", course), ("en", course.get_translation(english))]:
            page = CoursePage.objects.get(pk=page.pk)
            template = templates[language]
            if page.certificate_template_id == template.pk:
                continue
            if page.certificate_template_id is not None and not self.update:
                continue
            page.certificate_template = template
            page.save_revision().publish()
            self.changes.append(f"set the certificate of {page.title!r}")
