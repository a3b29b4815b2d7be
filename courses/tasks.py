"""Background work for courses."""

from django_tasks import task
from wagtail import hooks

COURSE_COMPLETED_HOOK = "cxa_course_completed"


@task()
def course_completed(enrolment_id: int) -> int:
    """Runs once after a learner completes a course.

    Other apps react by registering a Wagtail hook named `cxa_course_completed`
    that takes the `Enrolment` (the certificates app issues the certificate here).
    Returns how many hooks ran.
    """
    from courses.models import Enrolment

    enrolment = Enrolment.objects.select_related("user").get(pk=enrolment_id)
    handlers = hooks.get_hooks(COURSE_COMPLETED_HOOK)
    for handler in handlers:
        handler(enrolment)
    return len(handlers)


@task()
def send_assignment_reminder(enrolment_id: int, kind: str) -> bool:
    """Email one due-date or overdue reminder (sent once)."""
    from courses.services import assignment_reminder_send

    return assignment_reminder_send(enrolment_id=enrolment_id, kind=kind)
