"""Every write that matters for certificates."""

import calendar
import datetime
from decimal import Decimal

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from certificates.models import Certificate, CertificateTemplate


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (the month's last day when it has fewer days)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _course_score(enrolment) -> Decimal | None:
    """The learner's average over the course's scored items (quizzes, simulations)."""
    from courses.models import ItemProgress

    scores = list(
        ItemProgress.objects.filter(
            user=enrolment.user, course_key=enrolment.course_key, score__isnull=False
        ).values_list("score", flat=True)
    )
    if not scores:
        return None
    return (sum(scores) / len(scores)).quantize(Decimal("0.1"))


def _snapshot(enrolment, course, template: CertificateTemplate) -> dict:
    completed = timezone.localdate(enrolment.completed_at)
    score = _course_score(enrolment)
    with translation.override(template.language):
        title = (course.get_translation_or_none(_locale(template.language)) or course).title
    return {
        "learner_name": enrolment.user.display_name,
        "course_title": title,
        "completed_at": enrolment.completed_at.isoformat(),
        "completed_on": completed.isoformat(),
        "score": str(score) if score is not None else None,
        "hours": str(round(Decimal(course.estimated_minutes) / 60, 1)),
        "template_version": template.version,
        "language": template.language,
    }


def _locale(language: str):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=language).first()


def certificate_issue(*, enrolment, course) -> Certificate | None:
    """Issue the course's certificate for a completed enrolment, exactly once.

    Called inside the completion's transaction (the `cxa_course_completing` hook).
    Retries, double requests and concurrent completions find the one already
    issued (a unique constraint backs this up). A new completion after
    recertification supersedes the earlier certificate. The PDF is rendered by a
    task after the transaction commits.
    """
    template = course.certificate_template
    if template is None or enrolment.completed_at is None:
        return None
    current = (
        Certificate.objects.select_for_update()
        .filter(
            enrolment=enrolment, status__in=[Certificate.Status.VALID, Certificate.Status.REVOKED]
        )
        .first()
    )
    if current and current.snapshot.get("completed_at") == enrolment.completed_at.isoformat():
        return current
    snapshot = _snapshot(enrolment, course, template)
    completed_on = datetime.date.fromisoformat(snapshot["completed_on"])
    try:
        with transaction.atomic():
            if current is not None:
                current.status = Certificate.Status.SUPERSEDED
                current.save(update_fields=["status"])
            certificate = Certificate.objects.create(
                user=enrolment.user,
                enrolment=enrolment,
                course_key=enrolment.course_key,
                template=template,
                template_version=template.version,
                learner_name=snapshot["learner_name"],
                course_title=snapshot["course_title"],
                snapshot=snapshot,
                completed_on=completed_on,
                expires_on=(
                    add_months(completed_on, template.validity_months)
                    if template.validity_months
                    else None
                ),
            )
            if current is not None:
                current.superseded_by = certificate
                current.save(update_fields=["superseded_by"])
    except IntegrityError:  # a concurrent completion issued it first
        return Certificate.objects.get(
            enrolment=enrolment, status__in=[Certificate.Status.VALID, Certificate.Status.REVOKED]
        )
    _render_after_commit(certificate)
    return certificate


def _render_after_commit(certificate: Certificate) -> None:
    from certificates.tasks import render_certificate

    transaction.on_commit(lambda: render_certificate.enqueue(certificate.pk))


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str) -> Certificate:
    """Revoke with a reason people will see on the verification page."""
    reason = " ".join(reason.split())[:300]
    if not reason:
        raise ValueError(_("Give the reason for revoking; the verification page shows it."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status != Certificate.Status.VALID:
        raise ValueError(_("Only a valid certificate can be revoked."))
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason
    certificate.save(update_fields=["status", "revoked_at", "revoked_reason"])
    return certificate


@transaction.atomic
def certificate_reissue(*, certificate: Certificate) -> Certificate:
    """A new certificate with the learner's current name (after a correction);
    the old one is marked superseded and both verification pages say so."""
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.status != Certificate.Status.VALID:
        raise ValueError(_("Only a valid certificate can be reissued."))
    old.status = Certificate.Status.SUPERSEDED
    old.save(update_fields=["status"])
    snapshot = {**old.snapshot, "learner_name": old.user.display_name, "reissue_of": old.code}
    new = Certificate.objects.create(
        user=old.user,
        enrolment=old.enrolment,
        course_key=old.course_key,
        template=old.template,
        template_version=old.template.version if old.template else old.template_version,
        learner_name=snapshot["learner_name"],
        course_title=old.course_title,
        snapshot=snapshot,
        completed_on=old.completed_on,
        expires_on=old.expires_on,
    )
    old.superseded_by = new
    old.save(update_fields=["superseded_by"])
    _render_after_commit(new)
    return new


def reminders_due(days_before: list[int], today=None) -> list[tuple[Certificate, int]]:
    """(certificate, window) pairs whose expiry reminder is due and not yet sent.

    With windows 60, 30 and 7 days, a certificate expiring in 20 days is in the
    30-day window: it gets that reminder once, and never the 60-day one late.
    """
    today = today or timezone.localdate()
    windows = sorted({d for d in days_before if d >= 0})
    if not windows:
        return []
    due = []
    for certificate in Certificate.objects.filter(
        status=Certificate.Status.VALID,
        expires_on__gte=today,
        expires_on__lte=today + datetime.timedelta(days=windows[-1]),
    ).select_related("user"):
        days_left = (certificate.expires_on - today).days
        window = next(d for d in windows if d >= days_left)
        if window not in certificate.reminders_sent:
            due.append((certificate, window))
    return due


def reminder_send(*, certificate: Certificate, days: int) -> bool:
    """Send one expiry reminder, once (recorded on the certificate)."""
    # The row stays locked while the mail goes out and is recorded only once it was
    # sent: a worker killed halfway leaves it unrecorded, and the next run sends it
    # (recorded first, a killed worker would have lost it for good).
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if days in locked.reminders_sent:
            return False
        _reminder_mail(locked)
        locked.reminders_sent = sorted({*locked.reminders_sent, days})
        locked.save(update_fields=["reminders_sent"])
    return True


def _reminder_mail(locked: Certificate) -> None:
    profile_language = getattr(getattr(locked.user, "profile", None), "preferred_language", "id")
    with translation.override(profile_language):
        send_mail(
            subject=_("Your certificate for “%(course)s” expires on %(date)s")
            % {"course": locked.course_title, "date": locked.expires_on.isoformat()},
            message=_(
                "Hello %(name)s,\n\nyour certificate %(code)s for “%(course)s” expires on "
                "%(date)s. Ask your HR team about recertification.\n\nCX Academy"
            )
            % {
                "name": locked.learner_name,
                "code": locked.code,
                "course": locked.course_title,
                "date": locked.expires_on.isoformat(),
            },
            from_email=None,
            recipient_list=[locked.user.email],
        )


@transaction.atomic
def recertification_assign(*, certificates, due_date, assigned_by):
    """HR re-assigns the course to the holders of expiring certificates: a named
    assignment with a due date, and their enrolments reopened so that completing
    the course again issues a new certificate (which supersedes the old one)."""
    from courses import services as course_services
    from courses.models import CourseAssignment, CoursePage, Enrolment

    by_course: dict = {}
    for certificate in certificates:
        by_course.setdefault(certificate.course_key, []).append(certificate)
    assignments = []
    for course_key, items in by_course.items():
        course = CoursePage.objects.filter(translation_key=course_key).first()
        if course is None:
            continue
        assignment = CourseAssignment.objects.create(
            course=course, due_date=due_date, created_by=assigned_by
        )
        users = [c.user for c in items]
        assignment.users.set(users)
        for enrolment in Enrolment.objects.filter(course_key=course_key, user__in=users):
            course_services.enrolment_restart(enrolment=enrolment, assignment=assignment)
        assignments.append(assignment)
    return assignments
