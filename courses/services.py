"""Every write that matters for enrolment, progress and completion."""

import secrets
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from courses import selectors
from courses.models import (
    CourseAssignment,
    CoursePage,
    Enrolment,
    ItemProgress,
    LessonPage,
    MetricLabAttempt,
    ModuleItem,
)

# The one way other apps react to a completed course: a Wagtail hook run once, inside
# the completion's transaction, as fn(enrolment=, course=) (certificates issue here).
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
def enrolment_restart(*, enrolment: Enrolment, assignment: CourseAssignment) -> Enrolment:
    """Start a course again from the beginning for `assignment` (recertification).

    The enrolment becomes active with the assignment's due date, its completion
    and every item's progress are cleared, and reminders start afresh for the new
    due date. Quiz attempts and simulation runs made before now stay as history
    but no longer count, as tries used or towards a grade (`restarted_at`).
    Certificates already issued stay until the next completion issues one that
    supersedes them.
    """
    locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    locked.restarted_at = timezone.now()
    locked.completed_at = None
    locked.status = Enrolment.Status.ACTIVE
    locked.withdrawn_at = None
    locked.assignment = assignment
    locked.due_date = assignment.due_date
    locked.reminders_sent = []
    locked.full_clean()
    locked.save(
        update_fields=[
            "completed_at",
            "status",
            "withdrawn_at",
            "assignment",
            "due_date",
            "reminders_sent",
            "restarted_at",
        ]
    )
    ItemProgress.objects.filter(user_id=locked.user_id, course_key=locked.course_key).delete()
    return locked


def assignment_reaches(assignment: CourseAssignment, *, person: selectors.Person) -> bool:
    """Does `assignment` put its course on this person's plate?

    Named learners always; otherwise the department (with its sub-departments) and
    the job titles, whichever are set, must both match.
    """
    if assignment.pk in person.named_assignments:
        return True
    if not assignment.department_id and not assignment.job_title_list:
        return False
    in_department = not assignment.department_id or assignment.department_id in person.departments
    titles = {title.casefold() for title in assignment.job_title_list}
    has_title = not titles or person.job_title.casefold() in titles
    return in_department and has_title


@transaction.atomic
def assignments_sync_many(*, users) -> int:
    """Turn every assignment that reaches these people into active enrolments.

    Runs after HR assigns or imports people, and when a learner opens their
    dashboard (so someone who joins a department later finds the course waiting).
    A fixed number of queries whatever the number of people and assignments.
    Inactive people are skipped. Returns how many enrolments were made or reopened.
    """
    assignments = list(CourseAssignment.objects.order_by("created_at"))
    people = selectors.people_for_assignments([u.pk for u in users if u.is_active])
    if not assignments or not people:
        return 0
    reached: dict[tuple[int, object], CourseAssignment] = {}
    for person in people:
        for assignment in assignments:
            if assignment_reaches(assignment, person=person):
                reached.setdefault((person.user_id, assignment.course_key), assignment)
    if not reached:
        return 0
    existing = {
        (e.user_id, e.course_key): e
        for e in Enrolment.objects.select_for_update().filter(
            user_id__in={user_id for user_id, _ in reached},
            course_key__in={key for _, key in reached},
        )
    }
    joined = {person.user_id: person.joined_on for person in people}
    new, changed = [], []
    for (user_id, course_key), assignment in reached.items():
        enrolment = existing.get((user_id, course_key))
        due = assignment.due_date_for(joined_on=joined[user_id])
        if enrolment is None:
            new.append(
                Enrolment(
                    user_id=user_id,
                    course_key=course_key,
                    source=Enrolment.Source.ASSIGNED,
                    assignment=assignment,
                    due_date=due,
                )
            )
        elif enrolment.assignment_id is None or not enrolment.is_active:
            enrolment.assignment = assignment
            enrolment.due_date = enrolment.due_date or due
            enrolment.status = Enrolment.Status.ACTIVE
            enrolment.withdrawn_at = None
            changed.append(enrolment)
    if new:
        Enrolment.objects.bulk_create(new, ignore_conflicts=True)
    if changed:
        Enrolment.objects.bulk_update(
            changed, ["assignment", "due_date", "status", "withdrawn_at"], batch_size=500
        )
    return len(new) + len(changed)


def assignments_sync(*, user) -> int:
    """`assignments_sync_many` for one person."""
    return assignments_sync_many(users=[user])


@transaction.atomic
def assignment_apply(*, assignment: CourseAssignment) -> int:
    """Bring everyone an assignment reaches onto the course, and bring the due dates
    of the unfinished enrolments it made in line with it (HR changed the date, or
    the days after joining). Returns how many enrolments were made or reopened."""
    unfinished = list(
        Enrolment.objects.select_related("user").filter(
            assignment=assignment, course_key=assignment.course_key, completed_at__isnull=True
        )
    )
    moved = []
    for enrolment in unfinished:
        joined = timezone.localdate(enrolment.user.date_joined)
        due = assignment.due_date_for(joined_on=joined)
        if due != enrolment.due_date:
            enrolment.due_date, enrolment.reminders_sent = due, []
            moved.append(enrolment)
    Enrolment.objects.bulk_update(moved, ["due_date", "reminders_sent"], batch_size=500)
    return assignments_sync_many(users=selectors.assignment_audience(assignment))


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
    if enrolment.started_at is None:
        enrolment.started_at = timezone.now()
        enrolment.save(update_fields=["started_at"])
    enrolment_refresh_completion(enrolment=enrolment, course=course)
    return progress


def lesson_mark_done(*, user, lesson: LessonPage, course: CoursePage) -> ItemProgress:
    """Mark a lesson done. Twice is the same as once."""
    return item_record_result(user=user, item=lesson, course=course, done=True)


def enrolment_refresh_completion(
    *, enrolment: Enrolment, course: CoursePage, outline: selectors.CourseOutline | None = None
) -> bool:
    """Record the completion of the course if the rule says it is complete.

    Completion is recorded once and kept (later edits to the course do not take
    it away). On the first completion every `COMPLETING_HOOK` runs once, in the
    same transaction, so a certificate is issued with the completion or not at
    all. Returns whether the course is complete. `outline`: the course's, when the
    caller has read it already (one read for many learners).
    """
    if enrolment.completed_at:
        return True
    outline = outline or selectors.course_outline(course)
    status = selectors.course_status(
        outline, selectors.item_states(enrolment.user, [course.translation_key])
    )
    if not status.complete:
        return False
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    # Work that must succeed or fail with the completion itself; a hook with slow
    # work (the certificate's PDF) enqueues its own task after commit.
    for hook in hooks.get_hooks(COMPLETING_HOOK):
        hook(enrolment=enrolment, course=course)
    return True


def course_refresh_completions(*, course: CoursePage) -> int:
    """Record the completions that an edit of the course made true (a required item
    made optional or unpublished): learners who now meet the rule get their
    completion and certificate without doing anything. Returns how many."""
    enrolments = Enrolment.objects.filter(
        course_key=course.translation_key,
        status=Enrolment.Status.ACTIVE,
        completed_at__isnull=True,
    ).select_related("user")
    outline = selectors.course_outline(course)  # once, whatever the number of learners
    completed = 0
    for enrolment in enrolments.iterator(chunk_size=500):
        with transaction.atomic():
            completed += enrolment_refresh_completion(
                enrolment=enrolment, course=course, outline=outline
            )
    return completed


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
    if enrolment.started_at is None:
        Enrolment.objects.filter(pk=enrolment.pk, started_at__isnull=True).update(started_at=now)
        enrolment.started_at = now


# --- Metric lab ---------------------------------------------------------------------


@transaction.atomic
def metric_lab_attempt_start(
    *, user, lesson: LessonPage, block_id: str, metric: str
) -> MetricLabAttempt:
    """A new metric lab exercise for `metric`, with a fresh random seed (the
    exercise is rebuilt from metric and seed, so the answer never leaves the server)."""
    attempt = MetricLabAttempt(
        user=user,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        metric=metric,
        seed=secrets.randbelow(2**31),
    )
    attempt.full_clean()
    attempt.save()
    return attempt


@transaction.atomic
def metric_lab_attempt_answer(
    *, attempt: MetricLabAttempt, answer: Decimal, correct: bool
) -> MetricLabAttempt:
    """Record the learner's answer once; a second answer (double click, second tab)
    changes nothing and the first result stands."""
    MetricLabAttempt.objects.filter(pk=attempt.pk, answered_at__isnull=True).update(
        answer=answer.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP),
        correct=correct,
        answered_at=timezone.now(),
    )
    attempt.refresh_from_db()
    return attempt


# --- Assignment reminders ------------------------------------------------------

OVERDUE = "overdue"


def assignment_reminders_due(days_before: list[int], today=None) -> list[tuple[Enrolment, str]]:
    """(enrolment, reminder) pairs due and not yet sent: "before-N" for the
    tightest window the due date falls in (with windows 7 and 1, a course due in
    5 days gets the 7-day reminder once, never late), "overdue" once it has passed.
    Only active people with an unfinished, active enrolment."""
    today = today or timezone.localdate()
    windows = sorted({d for d in days_before if d >= 0})
    horizon = today + timedelta(days=windows[-1] if windows else -1)
    due = []
    for enrolment in Enrolment.objects.filter(
        status=Enrolment.Status.ACTIVE,
        completed_at__isnull=True,
        due_date__isnull=False,
        due_date__lte=max(horizon, today),
        user__is_active=True,
    ).select_related("user"):
        days_left = (enrolment.due_date - today).days
        if days_left < 0:
            kind = OVERDUE
        else:
            window = next((d for d in windows if d >= days_left), None)
            if window is None:
                continue
            kind = f"before-{window}"
        if kind not in enrolment.reminders_sent:
            due.append((enrolment, kind))
    return due


def assignment_reminder_send(*, enrolment_id: int, kind: str) -> bool:
    """Send one assignment reminder, once (recorded on the enrolment), in the
    learner's language with a link to the course."""
    from django.core.mail import send_mail
    from django.utils import translation
    from django.utils.formats import date_format
    from django.utils.translation import gettext

    from cxacademy.accounts.services import preferred_language

    with transaction.atomic():
        # The row stays locked while the mail goes out: a reminder is recorded only
        # once it was sent, and two workers never send the same one.
        enrolment = (
            Enrolment.objects.select_for_update().select_related("user").get(pk=enrolment_id)
        )
        if kind in enrolment.reminders_sent or enrolment.completed_at:
            return False
        language = preferred_language(enrolment.user) or "id"
        with translation.override(language):
            from wagtail.models import Locale

            locale = Locale.objects.filter(language_code=language).first()
            course = selectors.courses_by_key([enrolment.course_key], locale).get(
                enrolment.course_key
            )
            if course is None:  # not published (any more): nothing to remind of
                return False
            values = {
                "name": enrolment.user.get_short_name(),
                "course": course.title,
                "date": date_format(enrolment.due_date, "DATE_FORMAT"),
                "url": course.get_full_url() or "",
            }
            if kind == OVERDUE:
                subject = gettext("“%(course)s” is overdue") % values
                body = gettext(
                    "Hello %(name)s,\n\nthe course “%(course)s” was due on %(date)s and is "
                    "not finished yet. Please complete it as soon as you can:\n%(url)s\n\n"
                    "CX Academy"
                )
            else:
                subject = gettext("Reminder: “%(course)s” is due on %(date)s") % values
                body = gettext(
                    "Hello %(name)s,\n\nthe course “%(course)s” is due on %(date)s. "
                    "Continue where you left off:\n%(url)s\n\nCX Academy"
                )
            send_mail(subject, body % values, None, [enrolment.user.email])
        enrolment.reminders_sent = sorted({*enrolment.reminders_sent, kind})
        enrolment.save(update_fields=["reminders_sent"])
    return True
