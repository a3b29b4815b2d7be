"""Builds the demo course (content in `demo_content`) as a published Indonesian
page tree with its English translation. Idempotent: pages that exist are kept.

Each translation gets a slug in its own language (the content's `slug_en`, else its
title's), so English addresses read in English: /en/catalogue/cx-mindset/measuring-cx/
beside /id/katalog/cx-mindset/mengukur-cx/.
"""

from django.apps import apps
from django.utils import translation
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, Site

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


def _translation(page: Page, locale: Locale, fields: dict, *, slug: str = "") -> Page:
    """The page's translation into `locale`, created (with `fields`) and published if
    missing, under `slug` or, without one, its title's slug.

    A translation made before translations had slugs of their own (its slug still the
    source's, as on an install seeded earlier) is renamed, and its old address
    redirects to it."""
    slug = slug or slugify(fields["title"])
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        existing = existing.specific
        if existing.slug == page.slug != slug:
            _rename(existing, slug)
        return existing
    # Wagtail's copy takes the source's slug (made free in the new parent); lend it
    # the translation's, so the copy never lives under the source's name.
    own_slug = page.slug
    page.slug = slug
    try:
        with translation.override(locale.language_code):
            translated = page.copy_for_translation(locale)
    finally:
        page.slug = own_slug
    for name, value in fields.items():
        setattr(translated, name, value)
    return _publish(translated)


def _rename(page: Page, slug: str) -> None:
    """Give a live page a new slug, redirecting its old address (and its descendants')
    when Wagtail's redirects app is installed; without it, old links would 404."""
    before = type(page).objects.get(pk=page.pk)
    page.slug = find_available_slug(page.get_parent(), slug, ignore_page_id=page.pk)
    page.save()
    # A later publish of the draft or live revision must keep the new slug.
    for revision in {page.latest_revision, page.live_revision} - {None}:
        revision.content["slug"] = page.slug
        revision.save(update_fields=["content"])
    if apps.is_installed("wagtail.contrib.redirects"):
        # Wagtail also does this once the transaction commits; doing it here, while
        # the descendants' own slugs are still the old ones, redirects their old
        # addresses exactly, and the seed's tests (which never commit) see it.
        from wagtail.contrib.redirects.signal_handlers import create_redirects

        create_redirects(page=page, page_old=before, sites=Site.objects.all())


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

    catalogue = _child(
        home, CourseCataloguePage, catalogue_content["slug"], catalogue_content["id"]
    )
    _translation(catalogue, english, catalogue_content["en"], slug=catalogue_content["slug_en"])

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
