"""Recertification starts the tries afresh: quiz attempts and simulation runs from
before the restart stay as history but neither use up tries nor pass the item again."""

import datetime

import pytest
from django.utils import timezone

from certificates import services as certificate_services
from certificates.models import Certificate
from courses import api as course_api
from courses.models import Enrolment, ItemProgress
from quizzes import services as quiz_services
from quizzes.models import QuizAttempt
from simulations import services as simulation_services
from simulations.models import ScenarioRun
from tests import factories
from tests.courses.conftest import build_course
from tests.quizzes.conftest import build_quiz, right_answers
from tests.simulations.conftest import build_scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site, cert_template):
    # Only the graded item: its result alone decides completion.
    return build_course(
        site, modules=0, lessons=0, title="Dasar CX", certificate_template=cert_template
    )


@pytest.fixture
def quiz(site, course):
    return build_quiz(
        site, kinds=["single"], course=course, attempts_allowed=2, pass_mark=100, grading="highest"
    )


@pytest.fixture
def scenario(site, course):
    return build_scenario(site, course=course, attempts_allowed=1, grading="highest")


def _quiz_start(client, quiz):
    response = client.post(f"/id/learn/quizzes/{quiz.pk}/start/", follow=True)
    assert response.status_code == 200
    return QuizAttempt.objects.filter(quiz_key=quiz.translation_key, status="open").first()


def _quiz_submit(client, attempt, *, right, capture):
    data = right_answers(attempt) if right else {"sequence": attempt.sequence}
    with capture(execute=True):
        client.post(f"/id/learn/quizzes/attempts/{attempt.pk}/submit/", data)
    attempt.refresh_from_db()
    return attempt


def _run_start(client, scenario):
    response = client.post(f"/id/learn/simulations/{scenario.pk}/start/", follow=True)
    assert response.status_code == 200
    return ScenarioRun.objects.filter(scenario_key=scenario.translation_key, status="open").first()


def _act(client, run, action, key=""):
    run.refresh_from_db()
    client.post(
        f"/id/learn/simulations/runs/{run.pk}/act/",
        {"action": action, "key": key, "sequence": run.sequence},
    )


def _run_play(client, run, *, right, capture):
    with capture(execute=True):
        if right:
            _act(client, run, "choose", "selidiki")
            _act(client, run, "open", "retur")
            _act(client, run, "open", "survei")
            _act(client, run, "continue")
            _act(client, run, "choose", "perbaiki-retur")
        else:
            _act(client, run, "choose", "latih-cs")
    run.refresh_from_db()
    assert run.status == "finished" and run.passed is right
    return run


def _recertify(learner):
    (certificate,) = Certificate.objects.filter(user=learner, status=Certificate.Status.VALID)
    certificate_services.recertification_assign(
        certificates=[certificate],
        due_date=timezone.localdate() + datetime.timedelta(days=30),
        assigned_by=factories.hr(),
    )
    return certificate


def _certified_by_quiz(client, learner, quiz, capture):
    """Both allowed attempts used: a fail, then a pass that certifies."""
    client.force_login(learner)
    _quiz_submit(client, _quiz_start(client, quiz), right=False, capture=capture)
    _quiz_submit(client, _quiz_start(client, quiz), right=True, capture=capture)
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert Certificate.objects.filter(user=learner).count() == 1
    assert _quiz_start(client, quiz) is None  # no attempts left


def test_recertification_gives_the_quiz_attempts_back_and_a_fail_issues_nothing(
    client, learner, quiz, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    _certified_by_quiz(client, learner, quiz, capture)
    old_certificate = _recertify(learner)

    attempt = _quiz_start(client, quiz)
    assert attempt is not None, "the recertifying learner may start a new attempt"
    assert attempt.number == 3  # numbers stay unique: the old attempts are kept
    page = client.get(quiz.url)
    assert page.context["attempts_left"] == 1

    _quiz_submit(client, attempt, right=False, capture=capture)
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is None, "the old pass must not complete the course again"
    assert Certificate.objects.filter(user=learner).count() == 1
    assert quiz_services.quiz_grade(learner, quiz) == 0
    progress = ItemProgress.objects.get(user=learner, item_key=quiz.translation_key)
    assert progress.passed is False
    assert QuizAttempt.objects.filter(user=learner).count() == 3  # history kept

    _quiz_submit(client, _quiz_start(client, quiz), right=True, capture=capture)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert Certificate.objects.filter(user=learner).count() == 2
    assert Certificate.objects.filter(user=learner, status=Certificate.Status.VALID).count() == 1
    old_certificate.refresh_from_db()
    assert old_certificate.status == Certificate.Status.SUPERSEDED
    assert _quiz_start(client, quiz) is None  # both new attempts used


def test_recertification_gives_the_simulation_runs_back_and_a_fail_issues_nothing(
    client, learner, scenario, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    client.force_login(learner)
    _run_play(client, _run_start(client, scenario), right=True, capture=capture)
    assert Certificate.objects.filter(user=learner).count() == 1
    assert _run_start(client, scenario) is None  # the one run allowed is used
    old_certificate = _recertify(learner)

    page = client.get(scenario.url)
    assert page.context["can_start"] and page.context["runs_left"] == 1
    assert page.context["finished"] == []  # the old run no longer counts
    run = _run_start(client, scenario)
    assert run is not None, "the recertifying learner may start a new run"
    assert run.number == 2

    _run_play(client, run, right=False, capture=capture)
    assert Enrolment.objects.get(user=learner).completed_at is None
    assert Certificate.objects.filter(user=learner).count() == 1
    assert simulation_services.scenario_grade(learner, scenario) == run.overall
    assert _run_start(client, scenario) is None  # the new run is used

    # HR assigns the recertification again: a passing run certifies exactly once.
    assert _recertify(learner) == old_certificate
    _run_play(client, _run_start(client, scenario), right=True, capture=capture)
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert Certificate.objects.filter(user=learner).count() == 2
    assert Certificate.objects.filter(user=learner, status=Certificate.Status.VALID).count() == 1
    old_certificate.refresh_from_db()
    assert old_certificate.status == Certificate.Status.SUPERSEDED


def test_another_learners_recertification_changes_nothing_for_this_one(
    client, learner, quiz, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    other = factories.learner()
    _certified_by_quiz(client, other, quiz, capture)
    _certified_by_quiz(client, learner, quiz, capture)
    _recertify(other)

    assert course_api.item_tries_since(other, quiz) is not None
    assert course_api.item_tries_since(learner, quiz) is None
    client.force_login(learner)
    assert _quiz_start(client, quiz) is None  # still no attempts left
    assert quiz_services.quiz_grade(learner, quiz) == 100
    assert Enrolment.objects.get(user=learner).completed_at is not None
    client.force_login(other)
    assert _quiz_start(client, quiz) is not None


def test_an_attempt_in_progress_at_the_restart_counts_once_finished(
    client, learner, site, course, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    quiz = build_quiz(site, kinds=["single"], course=course, attempts_allowed=2, pass_mark=100)
    client.force_login(learner)
    _quiz_submit(client, _quiz_start(client, quiz), right=True, capture=capture)
    in_progress = _quiz_start(client, quiz)  # started, not yet submitted
    _recertify(learner)

    page = client.get(quiz.url)
    assert page.context["open_attempt"] == in_progress
    assert page.context["finished"] == [] and page.context["attempts_left"] == 1
    _quiz_submit(client, in_progress, right=True, capture=capture)
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert Certificate.objects.filter(user=learner, status=Certificate.Status.VALID).count() == 1
    assert Certificate.objects.filter(user=learner).count() == 2
