"""One path from a completed course to its certificate, and recertification that
changes enrolments through `courses.services` (issue 16)."""

import datetime

import pytest
from django.utils import timezone
from wagtail import hooks

from certificates import services
from certificates.models import Certificate
from courses import services as course_services
from courses import tasks as course_tasks
from courses.models import Enrolment, ItemProgress
from tests import factories
from tests.certificates.conftest import complete

pytestmark = pytest.mark.django_db


def _certified(client, learner, course, capture):
    client.force_login(learner)
    with capture(execute=True):
        complete(client, course)
    return Enrolment.objects.get(user=learner)


def test_completing_a_course_issues_its_certificate_once_through_the_completing_hook(
    client, learner, certified_course, django_capture_on_commit_callbacks, monkeypatch
):
    issued = []
    real_issue = services.certificate_issue

    def counting_issue(**kwargs):
        issued.append(kwargs["enrolment"].pk)
        return real_issue(**kwargs)

    monkeypatch.setattr(services, "certificate_issue", counting_issue)
    enrolment = _certified(client, learner, certified_course, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        complete(client, certified_course)  # again: nothing new

    assert issued == [enrolment.pk]
    assert Certificate.objects.filter(user=learner).count() == 1
    # The one path: no second, after-commit hook or task that nobody registers.
    assert not hooks.get_hooks("cxa_course_completed")
    # The old task stays for tasks queued before an upgrade, and does nothing.
    assert course_tasks.course_completed.call(enrolment.pk) is None
    assert Certificate.objects.filter(user=learner).count() == 1
    assert len(hooks.get_hooks(course_services.COMPLETING_HOOK)) == 1


def test_recertification_restarts_the_course_and_a_new_completion_supersedes(
    client, learner, certified_course, django_capture_on_commit_callbacks
):
    enrolment = _certified(client, learner, certified_course, django_capture_on_commit_callbacks)
    Enrolment.objects.filter(pk=enrolment.pk).update(reminders_sent=["overdue"])
    first = Certificate.objects.get(user=learner)
    due = timezone.localdate() + datetime.timedelta(days=30)

    (assignment,) = services.recertification_assign(
        certificates=[first], due_date=due, assigned_by=factories.hr()
    )

    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert enrolment.is_active
    assert enrolment.due_date == due
    assert enrolment.assignment == assignment
    assert enrolment.reminders_sent == []
    assert not ItemProgress.objects.filter(user=learner).exists()
    first.refresh_from_db()
    assert first.status == Certificate.Status.VALID  # until the course is done again

    with django_capture_on_commit_callbacks(execute=True):
        complete(client, certified_course)
    first.refresh_from_db()
    assert first.status == Certificate.Status.SUPERSEDED
    assert Certificate.objects.filter(user=learner, status=Certificate.Status.VALID).count() == 1


def test_recertification_leaves_other_learners_and_courses_alone(
    client, learner, certified_course, django_capture_on_commit_callbacks
):
    _certified(client, learner, certified_course, django_capture_on_commit_callbacks)
    other = factories.learner()
    client.force_login(other)
    with django_capture_on_commit_callbacks(execute=True):
        complete(client, certified_course)
    services.recertification_assign(
        certificates=[Certificate.objects.get(user=learner)],
        due_date=timezone.localdate(),
        assigned_by=factories.hr(),
    )
    assert Enrolment.objects.get(user=other).completed_at is not None
    assert ItemProgress.objects.filter(user=other).count() == 2


def test_enrolment_restart_is_keyword_only_and_all_or_nothing(
    client, learner, certified_course, django_capture_on_commit_callbacks, monkeypatch
):
    enrolment = _certified(client, learner, certified_course, django_capture_on_commit_callbacks)
    from courses.models import CourseAssignment

    assignment = CourseAssignment.objects.create(course=certified_course)
    with pytest.raises(TypeError):
        course_services.enrolment_restart(enrolment, assignment)

    class Broken:
        class objects:  # noqa: N801 - stands in for a manager
            @staticmethod
            def filter(**kwargs):
                raise RuntimeError("database went away")

    monkeypatch.setattr(course_services, "ItemProgress", Broken)
    with pytest.raises(RuntimeError):
        course_services.enrolment_restart(enrolment=enrolment, assignment=assignment)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None  # nothing half-done
    assert enrolment.assignment is None


def test_hr_recertifies_expiring_certificates_from_the_register(
    client, learner, certified_course, django_capture_on_commit_callbacks
):
    enrolment = _certified(client, learner, certified_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner)
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + datetime.timedelta(days=10)
    )
    due = timezone.localdate() + datetime.timedelta(days=20)
    client.force_login(factories.learner())
    refused = client.post("/admin/certificates/?show=30", {"due_date": due.isoformat()})
    assert refused.status_code in (302, 403)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None

    client.force_login(factories.hr())
    client.post("/admin/certificates/?show=30", {"due_date": due.isoformat()})
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert enrolment.due_date == due
    assert not ItemProgress.objects.filter(user=learner).exists()
