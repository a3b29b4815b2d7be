"""The metric lab's writes belong to `courses.services`, not to the view (issue 16)."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from courses import services, views
from courses.models import MetricLabAttempt
from tests.courses.conftest import build_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(site):
    return lessons_of(build_course(site, modules=1, lessons=1))[0]


def test_starting_an_exercise_stores_a_fresh_seed_for_the_learner(learner, lesson):
    first = services.metric_lab_attempt_start(
        user=learner, lesson=lesson, block_id="lab", metric="nps"
    )
    second = services.metric_lab_attempt_start(
        user=learner, lesson=lesson, block_id="lab", metric="nps"
    )
    assert first.lesson_key == lesson.translation_key
    assert first.answered_at is None
    assert MetricLabAttempt.objects.filter(user=learner).count() == 2
    assert all(0 <= attempt.seed < 2**31 for attempt in (first, second))


def test_an_unknown_metric_is_refused_and_nothing_is_stored(learner, lesson):
    with pytest.raises(ValidationError):
        services.metric_lab_attempt_start(
            user=learner, lesson=lesson, block_id="lab", metric="made-up"
        )
    assert not MetricLabAttempt.objects.exists()


def test_the_first_answer_stands(learner, lesson):
    attempt = services.metric_lab_attempt_start(
        user=learner, lesson=lesson, block_id="lab", metric="csat"
    )
    services.metric_lab_attempt_answer(attempt=attempt, answer=Decimal("72.49995"), correct=True)
    again = services.metric_lab_attempt_answer(attempt=attempt, answer=Decimal("1"), correct=False)
    assert again.answer == Decimal("72.5000")
    assert again.correct is True


def test_the_writes_are_keyword_only_and_live_in_services(learner, lesson):
    with pytest.raises(TypeError):
        services.metric_lab_attempt_start(learner, lesson, "lab", "nps")
    assert not hasattr(views, "metric_lab_attempt_start")
    assert not hasattr(views, "metric_lab_attempt_answer")
