"""Background work for courses."""

from django_tasks import task


@task()
def send_assignment_reminder(enrolment_id: int, kind: str) -> bool:
    """Email one due-date or overdue reminder (sent once)."""
    from courses.services import assignment_reminder_send

    return assignment_reminder_send(enrolment_id=enrolment_id, kind=kind)


@task()
def refresh_course_completions(course_id: int) -> int:
    """After a course, or a page inside it, is published or unpublished."""
    from courses.models import CoursePage
    from courses.services import course_refresh_completions

    course = CoursePage.objects.filter(pk=course_id).first()
    return course_refresh_completions(course=course) if course else 0


@task()
def course_completed(enrolment_id: int) -> None:
    """Does nothing. Completion reaches other apps through the `cxa_course_completing`
    hook, inside the completion itself; this task only remains so that tasks queued
    by an older release still find it in the worker. Remove it a release later."""
    return None
