"""A course edited after learners started: whoever now meets the rule completes it
(and gets the certificate) without doing anything more."""

import pytest
from django.db import transaction

from certificates.models import Certificate, CertificateTemplate
from courses import services
from courses.models import Enrolment
from tests import factories
from tests.courses.conftest import build_course, lessons_of

pytestmark = pytest.mark.django_db


def test_making_the_last_required_lesson_optional_completes_the_course(
    site, learner, django_capture_on_commit_callbacks
):
    template = CertificateTemplate.objects.create(name="Standar", validity_months=12)
    course = build_course(site, modules=1, lessons=2, certificate_template=template)
    first, second = lessons_of(course)
    services.enrol(user=learner, course=course)
    colleague = factories.learner()
    services.enrol(user=colleague, course=course)  # has done nothing
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_mark_done(user=learner, lesson=first, course=course)
    assert Enrolment.objects.get(user=learner).completed_at is None

    second.required = False
    with django_capture_on_commit_callbacks(execute=True):
        second.save_revision().publish()

    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert Certificate.objects.filter(user=learner).count() == 1
    assert Enrolment.objects.get(user=colleague).completed_at is None
    assert not Certificate.objects.filter(user=colleague).exists()

    # Publishing again changes nothing: completion and certificate happen once.
    with django_capture_on_commit_callbacks(execute=True):
        second.save_revision().publish()
    assert Certificate.objects.filter(user=learner).count() == 1


def test_unpublishing_the_last_required_lesson_completes_the_course(
    site, learner, django_capture_on_commit_callbacks
):
    course = build_course(site, modules=1, lessons=2)
    first, second = lessons_of(course)
    services.enrol(user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_mark_done(user=learner, lesson=first, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        second.unpublish()
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_the_refresh_reads_the_course_once_whatever_the_number_of_learners(site):
    """Publishing a page refreshes every waiting learner: one read of the outline, then
    for each learner one read of their progress inside their own transaction (its
    savepoint and release: nothing completes here)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    course = build_course(site, modules=3, lessons=3)

    def queries_with(learners: int) -> int:
        for _ in range(learners):
            services.enrol(user=factories.learner(), course=course)
        with CaptureQueriesContext(connection) as captured:
            assert services.course_refresh_completions(course=course) == 0
        return len(captured.captured_queries)

    two = queries_with(2)
    six = queries_with(4)  # six waiting learners now
    assert six - two == 4 * 3, (two, six)


def _refreshes(callbacks) -> list:
    return [c for c in callbacks if c.__module__ == "courses.signal_handlers"]


def test_publishing_many_pages_of_a_course_at_once_refreshes_it_once(
    site, django_capture_on_commit_callbacks
):
    course = build_course(site, modules=1, lessons=2)
    first, second = lessons_of(course)

    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        course.save_revision().publish()  # as a package load publishes every page
        first.save_revision().publish()
        second.save_revision().publish()

    assert len(_refreshes(callbacks)) == 1


def test_a_refresh_rolled_back_with_its_savepoint_is_asked_for_again(
    site, django_capture_on_commit_callbacks
):
    course = build_course(site, modules=1, lessons=2)
    first, second = lessons_of(course)

    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            first.save_revision().publish()
            raise RuntimeError
        second.save_revision().publish()

    assert len(_refreshes(callbacks)) == 1
