"""Background work for courses."""

from django_tasks import task


@task()
def send_assignment_reminder(enrolment_id: int, kind: str) -> bool:
    """Email one due-date or overdue reminder (sent once)."""
    from courses.services import assignment_reminder_send

    return assignment_reminder_send(enrolment_id=enrolment_id, kind=kind)
