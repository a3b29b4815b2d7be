import pytest

from courses.models import CourseCataloguePage, CoursePage, LessonPage, ModulePage


def build_course(home, *, modules=2, lessons=3, title="CX Mindset", body=None, **fields):
    """A published course under a catalogue under `home`: modules × lessons."""
    catalogue = CourseCataloguePage.objects.child_of(home).first()
    if catalogue is None:
        catalogue = home.add_child(instance=CourseCataloguePage(title="Katalog", slug="katalog"))
    course = catalogue.add_child(instance=CoursePage(title=title, summary="Belajar CX.", **fields))
    for m in range(modules):
        module = course.add_child(instance=ModulePage(title=f"Modul {m + 1}"))
        for n in range(lessons):
            module.add_child(
                instance=LessonPage(
                    title=f"Pelajaran {m + 1}.{n + 1}",
                    body=body or [("rich_text", f"<p>Isi pelajaran {m + 1}.{n + 1}</p>")],
                )
            )
    return course


def translate(course, language="en"):
    """The course's English (or other) tree, as Wagtail's simple translation makes it, published."""
    from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
    from wagtail.models import Locale, Page

    locale = Locale.objects.get(language_code=language)
    CopyPageForTranslationAction(course, locale, copy_parents=True, include_subtree=True).execute(
        skip_permission_checks=True
    )
    translated = course.get_translation(locale)
    for page in Page.objects.filter(
        path__startswith=translated.get_parent().path, locale=locale, alias_of__isnull=True
    ):
        page.specific.save_revision().publish()  # aliases mirror their source and are live
    return translated.specific.__class__.objects.get(pk=translated.pk)


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).live().order_by("path"))


@pytest.fixture
def course(site):
    return build_course(site)
