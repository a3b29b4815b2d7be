"""Every write that matters for enrolment, progress and completion."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from courses import selectors
from courses.models import CoursePage, Enrolment, ItemProgress, LessonPage, ModuleItem

# Wagtail hook run inside the completion's transaction: fn(enrolment=, course=).
COMPLETING_HOOK = "cxa_course_completing"


class EnrolmentError(Exception):
    """A request about enrolment that cannot be granted; the message is for the learner."""


@transaction.atomic
def enrol(
    *,
    user,
    course: CoursePage,
    source: str = Enrolment.Source.SELF,
    assignment=None,
    due_date=None,
) -> Enrolment:
    """Enrol `user` on `course` (any language). Enrolling again reactivates the
    earlier enrolment with all its progress."""
    if source == Enrolment.Source.SELF and not course.self_enrolment:
        raise EnrolmentError(_("This course is assigned by HR; you cannot enrol yourself."))
    enrolment, created = Enrolment.objects.select_for_update().get_or_create(
        user=user,
        course_key=course.translation_key,
        defaults={"source": source, "assignment": assignment, "due_date": due_date},
    )
    if not created and not enrolment.is_active:
        enrolment.status = Enrolment.Status.ACTIVE
        enrolment.withdrawn_at = None
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@transaction.atomic
def unenrol(*, user, course: CoursePage) -> Enrolment:
    """Leave a course. Progress stays, so re-enrolling picks up where it was."""
    enrolment = (
        Enrolment.objects.select_for_update()
        .filter(user=user, course_key=course.translation_key, status=Enrolment.Status.ACTIVE)
        .first()
    )
    if enrolment is None:
        raise EnrolmentError(_("You are not enrolled in this course."))
    if enrolment.assignment_id or enrolment.source == Enrolment.Source.ASSIGNED:
        raise EnrolmentError(_("HR assigned this course to you, so it stays in your learning."))
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.withdrawn_at = timezone.now()
    enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@transaction.atomic
def assignments_sync(*, user) -> None:
    """Turn every assignment that reaches `user` into an active enrolment.

    Runs when a learner opens their dashboard, so someone who joins a department
    after the course was assigned to it finds the course waiting. A fixed number
    of queries whatever the number of assignments.
    """
    assignments = selectors.assignments_for(user)
    if not assignments:
        return
    existing = {
        e.course_key: e
        for e in Enrolment.objects.select_for_update().filter(
            user=user, course_key__in=[a.course_key for a in assignments]
        )
    }
    new = []
    for assignment in assignments:
        enrolment = existing.get(assignment.course_key)
        if enrolment is None:
            enrolment = Enrolment(
                user=user,
                course_key=assignment.course_key,
                source=Enrolment.Source.ASSIGNED,
                assignment=assignment,
                due_date=assignment.due_date,
            )
            existing[assignment.course_key] = enrolment
            new.append(enrolment)
        elif enrolment.assignment_id is None or not enrolment.is_active:
            enrolment.assignment = assignment
            enrolment.due_date = enrolment.due_date or assignment.due_date
            enrolment.status = Enrolment.Status.ACTIVE
            enrolment.withdrawn_at = None
            enrolment.save(update_fields=["assignment", "due_date", "status", "withdrawn_at"])
    if new:
        Enrolment.objects.bulk_create(new, ignore_conflicts=True)


@transaction.atomic
def item_record_result(
    *,
    user,
    item: ModuleItem,
    course: CoursePage,
    done: bool,
    passed: bool | None = None,
    score=None,
) -> ItemProgress:
    """Record the item contract's answer for `user` and bring completion up to date.

    A learner who finishes an item of an open course without enrolling is enrolled
    on the way, so their work counts.
    """
    enrolment = (
        enrol(user=user, course=course, source=Enrolment.Source.SELF)
        if (course.self_enrolment)
        else Enrolment.objects.select_for_update().get(user=user, course_key=course.translation_key)
    )
    progress, _ = ItemProgress.objects.select_for_update().get_or_create(
        user=user,
        item_key=item.translation_key,
        defaults={"course_key": course.translation_key, "item_kind": item.item_kind},
    )
    progress.done = progress.done or done
    progress.passed = passed if passed is not None else progress.passed
    progress.score = score if score is not None else progress.score
    if progress.done and progress.completed_at is None:
        progress.completed_at = timezone.now()
    progress.save()
    enrolment_refresh_completion(enrolment=enrolment, course=course)
    return progress


def lesson_mark_done(*, user, lesson: LessonPage, course: CoursePage) -> ItemProgress:
    """Mark a lesson done. Twice is the same as once."""
    return item_record_result(user=user, item=lesson, course=course, done=True)


def enrolment_refresh_completion(*, enrolment: Enrolment, course: CoursePage) -> bool:
    """Record the completion of the course if the rule says it is complete.

    Completion is recorded once and kept (later edits to the course do not take
    it away). On the first completion the `course_completed` task is enqueued
    after the transaction commits. Returns whether the course is complete.
    """
    if enrolment.completed_at:
        return True
    outline = selectors.course_outline(course)
    status = selectors.course_status(
        outline, selectors.item_states(enrolment.user, [course.translation_key])
    )
    if not status.complete:
        return False
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    # Work that must succeed or fail with the completion itself (the certificate is
    # issued in this transaction); slower follow-ups run as a task after commit.
    for hook in hooks.get_hooks(COMPLETING_HOOK):
        hook(enrolment=enrolment, course=course)
    from courses.tasks import course_completed

    transaction.on_commit(lambda: course_completed.enqueue(enrolment.pk))
    return True


def enrolment_touch(*, enrolment: Enrolment, item: Page) -> None:
    """Remember the item a learner last opened, for "continue where you left off".
    Writes at most once a minute per item."""
    now = timezone.now()
    if (
        enrolment.last_item_key == item.translation_key
        and enrolment.last_visited_at
        and (now - enrolment.last_visited_at < timedelta(minutes=1))
    ):
        return
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_item_key=item.translation_key, last_visited_at=now
    )
