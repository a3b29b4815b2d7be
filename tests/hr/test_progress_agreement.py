"""HR reads progress in SQL (`courses.reports.progress_expression`, for speed: sorting
and 100,000-row exports), learners in Python (`courses.completion`). Proved equal
over random course outlines: optional items, modules of only optional items, empty
modules and courses, quizzes and simulations with and without pass marks, items
done, passed, failed, only opened, or no longer in the course, completions recorded
before the course changed, locked modules."""

import datetime
import uuid

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses import completion, selectors
from courses.models import Enrolment, ItemProgress
from courses.reports import Context, enrolment_rows, progress_expression
from tests.factories import learner as make_learner

pytestmark = pytest.mark.django_db

KINDS = ("lesson", "quiz", "simulation")
# What the item contract can hold for one learner and one item: nothing; opened
# (a record, not done); done (a lesson, or a quiz or scenario without a pass mark);
# done and passed; done and failed.
OUTCOMES = ("none", "opened", "done", "passed", "failed")
LEARNERS = 3

item = st.tuples(
    st.booleans(),  # required
    st.sampled_from(KINDS),
    st.lists(st.sampled_from(OUTCOMES), min_size=LEARNERS, max_size=LEARNERS),
)
module = st.lists(item, max_size=5)  # empty modules included
course = st.tuples(
    st.lists(module, max_size=4),  # courses without modules included
    st.booleans(),  # sequential (locked modules): must not change progress
    st.lists(st.booleans(), min_size=LEARNERS, max_size=LEARNERS),  # recorded complete
    st.lists(st.sampled_from(OUTCOMES), min_size=LEARNERS, max_size=LEARNERS),  # a removed item
)


def _record(user, course_key, item_key, kind, outcome):
    if outcome == "none":
        return None
    return ItemProgress(
        user=user,
        course_key=course_key,
        item_key=item_key,
        item_kind=kind,
        done=outcome != "opened",
        passed={"passed": True, "failed": False}.get(outcome),
        score={"passed": 90, "failed": 40}.get(outcome),
    )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(course, min_size=1, max_size=3))
def test_hr_progress_equals_the_learners_rule(learners_fixture, courses):
    ItemProgress.objects.all().delete()
    Enrolment.objects.all().delete()
    learners = learners_fixture
    outlines, sequential, records, enrolments = {}, {}, [], []
    now = timezone.now()
    for modules_shape, is_sequential, recorded, removed in courses:
        course_key = uuid.uuid4()
        modules = []
        for module_shape in modules_shape:
            items = []
            for required, kind, outcomes in module_shape:
                key = uuid.uuid4()
                items.append(completion.Item(key=key, required=required))
                for user, outcome in zip(learners, outcomes, strict=True):
                    records.append(_record(user, course_key, key, kind, outcome))
            modules.append(completion.Module(key=uuid.uuid4(), items=tuple(items)))
        outlines[course_key] = tuple(modules)
        sequential[course_key] = is_sequential
        gone = uuid.uuid4()  # an item deleted from the course since it was done
        for user, outcome in zip(learners, removed, strict=True):
            records.append(_record(user, course_key, gone, "quiz", outcome))
        for user, complete in zip(learners, recorded, strict=True):
            enrolments.append(
                Enrolment(user=user, course_key=course_key, completed_at=now if complete else None)
            )
    ItemProgress.objects.bulk_create([r for r in records if r is not None])
    Enrolment.objects.bulk_create(enrolments)

    context = Context(outlines=outlines, titles={}, today=datetime.date.today())
    in_sql = {
        (user_id, key): progress
        for user_id, key, progress in enrolment_rows()
        .annotate(progress=progress_expression(context))
        .values_list("user_id", "course_key", "progress")
    }
    assert len(in_sql) == len(enrolments)
    for user in learners:
        states = selectors.item_states(user, outlines.keys())  # the learner pages' read
        for key, modules in outlines.items():
            status = completion.course_status(modules, states, sequential=sequential[key])
            assert in_sql[(user.pk, key)] == status.percent, (user.pk, modules, states)


@pytest.fixture
def learners_fixture(db):
    return [make_learner() for _ in range(LEARNERS)]


def test_halves_round_up_in_both():
    # 1 of 8 items is 12.5%: 13% in Python and in SQL (Python's round() gave 12).
    assert completion.whole_percent(1, 8, empty=0) == 13
    assert completion.whole_percent(3, 8, empty=0) == 38
    assert completion.whole_percent(0, 0, empty=0) == 0
