"""Builds the demo course (content in `demo_content`) as a published Indonesian
page tree with its English translation. Idempotent: pages that exist are kept."""

from django.utils import translation
from wagtail.models import Locale, Page

from courses.models import CourseCataloguePage, CoursePage, LessonPage, ModulePage
from cxacademy.home.models import HomePage


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def _child(parent: Page, model, slug: str, fields: dict) -> Page:
    """The child of `parent` with `slug`, created and published if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = parent.add_child(instance=model(slug=slug, **fields))
    return _publish(page)


def _translation(page: Page, locale: Locale, fields: dict) -> Page:
    """The page's translation into `locale`, created (with `fields`) and published if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    with translation.override(locale.language_code):
        translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    return _publish(translated)


def _lesson_fields(lesson: dict, language: str) -> dict:
    return {
        "title": lesson[language]["title"],
        "body": [(block["type"], block["value"]) for block in lesson[language]["body"]],
        "estimated_minutes": lesson.get("minutes", 8),
        "completion": lesson.get("completion", LessonPage.Completion.MARK_DONE),
    }


def build_demo_course(content: dict, catalogue_content: dict) -> CoursePage:
    default = Locale.get_default()
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=default, depth=2)

    catalogue = _child(home, CourseCataloguePage, "katalog", catalogue_content["id"])
    _translation(catalogue, english, catalogue_content["en"])

    course_fields = {
        "estimated_minutes": content["estimated_minutes"],
        "level": content["level"],
    }
    course = _child(catalogue, CoursePage, content["slug"], {**course_fields, **content["id"]})
    _translation(course, english, {**course_fields, **content["en"]})
    for module_content in content["modules"]:
        module = _child(course, ModulePage, module_content["slug"], module_content["id"])
        _translation(module, english, module_content["en"])
        for lesson_content in module_content["lessons"]:
            lesson = _child(
                module, LessonPage, lesson_content["slug"], _lesson_fields(lesson_content, "id")
            )
            _translation(lesson, english, _lesson_fields(lesson_content, "en"))
    return course
