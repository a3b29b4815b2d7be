"""The completion rule, tested directly: no database."""

import uuid

from hypothesis import given
from hypothesis import strategies as st

from courses.completion import Item, ItemState, Module, course_status


def _module(*required):
    return Module(key=uuid.uuid4(), items=tuple(Item(uuid.uuid4(), r) for r in required))


DONE = ItemState(done=True)
PASSED = ItemState(done=True, passed=True, score=90)
FAILED = ItemState(done=True, passed=False, score=40)


def test_nothing_done_is_zero_percent_and_not_complete():
    modules = (_module(True, True), _module(True))
    status = course_status(modules, {}, sequential=False)
    assert (status.done, status.total, status.percent, status.complete) == (0, 3, 0, False)


def test_every_required_item_done_completes_the_course():
    modules = (_module(True, False), _module(True))
    states = {modules[0].items[0].key: DONE, modules[1].items[0].key: DONE}
    status = course_status(modules, states, sequential=False)
    assert status.complete
    assert status.percent == 100  # the optional item does not count


def test_a_failed_quiz_is_done_but_does_not_complete_the_course():
    modules = (_module(True, True),)
    states = {modules[0].items[0].key: DONE, modules[0].items[1].key: FAILED}
    status = course_status(modules, states, sequential=False)
    assert not status.complete
    assert status.done == 1


def test_a_passed_quiz_counts():
    modules = (_module(True),)
    assert course_status(modules, {modules[0].items[0].key: PASSED}, sequential=False).complete


def test_sequential_modules_open_one_after_another():
    modules = (_module(True), _module(True), _module(True))
    states = {modules[0].items[0].key: DONE}
    status = course_status(modules, states, sequential=True)
    assert [m.unlocked for m in status.modules] == [True, True, False]
    assert [m.unlocked for m in course_status(modules, states, sequential=False).modules] == [
        True,
        True,
        True,
    ]


def test_a_course_without_items_is_never_complete():
    assert not course_status((), {}, sequential=False).complete


def test_a_course_of_only_optional_items_needs_them_all():
    modules = (_module(False, False),)
    half = {modules[0].items[0].key: DONE}
    assert not course_status(modules, half, sequential=False).complete
    full = {item.key: DONE for item in modules[0].items}
    assert course_status(modules, full, sequential=False).complete


@given(
    st.lists(
        st.lists(st.tuples(st.booleans(), st.sampled_from([None, True, False])), max_size=6),
        max_size=5,
    ),
    st.booleans(),
)
def test_percent_is_bounded_and_complete_means_every_required_item_satisfied(shape, sequential):
    modules, states = [], {}
    for module_shape in shape:
        items = []
        for required, outcome in module_shape:
            item = Item(uuid.uuid4(), required)
            items.append(item)
            if outcome is not None:
                states[item.key] = ItemState(
                    done=True, passed=outcome if outcome is False else None
                )
        modules.append(Module(uuid.uuid4(), tuple(items)))
    status = course_status(tuple(modules), states, sequential=sequential)
    assert 0 <= status.percent <= 100
    required = [i for m in modules for i in m.items if i.required]
    if status.complete and required:
        assert all(i.key in states and states[i.key].satisfied for i in required)
    if status.complete:
        assert all(m.complete for m in status.modules)


def test_grade_across_attempts_is_one_rule_for_quizzes_and_simulations():
    from decimal import Decimal as D

    import pytest

    from courses.completion import grade_across
    from quizzes.scoring import grade_attempts
    from simulations.engine import grade_runs

    scores = [D("40"), D("90"), D("65")]
    two = D("0.01")
    assert grade_across(scores, "highest", two) == D("90.00")
    assert grade_across(scores, "last", two) == D("65.00")
    assert grade_across(scores, "first", two) == D("40.00")
    assert grade_across(scores, "average", two) == D("65.00")
    assert grade_across([D("1"), D("2")], "average", D("1")) == D("2")  # half up
    assert grade_across([], "highest", two) is None
    with pytest.raises(ValueError, match="Unknown grading method"):
        grade_across(scores, "best", two)
    assert grade_attempts(scores, "average") == grade_runs(scores, "average") == D("65")
