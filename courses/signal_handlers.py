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

    # One refresh per course and transaction: a content load publishes every page of a
    # course in one transaction.
    connection = transaction.get_connection()
    waiting = {id(entry[1]) for entry in connection.run_on_commit}
    pending = connection.__dict__.setdefault("cxa_completion_refresh", {})
    # By translation key: the course's language versions share their learners.
    key = course.translation_key
    if id(pending.get(key)) in waiting:  # still waiting (not rolled back)
        return
    course_id = course.pk

    def refresh():
        pending.pop(key, None)
        refresh_course_completions.enqueue(course_id)

    pending[key] = refresh
    transaction.on_commit(refresh)


def connect():
    page_published.connect(refresh_completions, dispatch_uid="courses.refresh_completions")
    page_unpublished.connect(
        refresh_completions, dispatch_uid="courses.refresh_completions_unpublished"
    )
