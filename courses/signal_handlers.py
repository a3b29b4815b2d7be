"""Publishing changes what a course asks of its learners, whichever way it happens
(the editor, scheduled publishing, a content load): Wagtail's publish signals are
the one place that sees them all."""

from django.db import transaction
from wagtail.signals import page_published, page_unpublished


def _course_of(page):
    from courses.models import CoursePage

    if isinstance(page.specific_deferred, CoursePage):
        return page
    return CoursePage.objects.ancestor_of(page).first()


def refresh_completions(sender, instance, **kwargs):
    course = _course_of(instance)
    if course is None:
        return
    from courses.tasks import refresh_course_completions

    course_id = course.pk
    transaction.on_commit(lambda: refresh_course_completions.enqueue(course_id))


def connect():
    page_published.connect(refresh_completions, dispatch_uid="courses.refresh_completions")
    page_unpublished.connect(
        refresh_completions, dispatch_uid="courses.refresh_completions_unpublished"
    )
