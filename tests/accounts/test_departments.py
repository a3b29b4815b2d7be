"""The department tree has one owner: paths, sub-trees and ancestors come from
`cxacademy.accounts.departments`, one read of the table, loops guarded."""

import pytest
from django.core.exceptions import ValidationError

from courses import selectors
from courses.models import CourseAssignment
from cxacademy.accounts import departments
from cxacademy.accounts.models import Department, LearnerProfile
from tests import factories
from tests.courses.conftest import build_course


@pytest.fixture
def retail(db):
    retail = Department.objects.create(name="Retail")
    stores = Department.objects.create(name="Stores", parent=retail)
    jakarta = Department.objects.create(name="Jakarta", parent=stores)
    finance = Department.objects.create(name="Finance")
    return retail, stores, jakarta, finance


def test_paths_name_every_department_from_the_top(retail, django_assert_num_queries):
    retail, stores, jakarta, finance = retail
    with django_assert_num_queries(1):
        paths = departments.paths()
    assert paths == {
        retail.pk: "Retail",
        stores.pk: "Retail / Stores",
        jakarta.pk: "Retail / Stores / Jakarta",
        finance.pk: "Finance",
    }
    assert str(jakarta) == "Retail / Stores / Jakarta"


def test_subtree_holds_the_department_and_everything_below(retail, django_assert_num_queries):
    retail, stores, jakarta, finance = retail
    with django_assert_num_queries(1):
        assert departments.subtree(retail.pk) == {retail.pk, stores.pk, jakarta.pk}
    assert departments.subtree(jakarta.pk) == {jakarta.pk}
    assert departments.subtree(finance.pk) == {finance.pk}


def test_ancestors_run_from_the_top(retail, django_assert_num_queries):
    retail, stores, jakarta, _ = retail
    with django_assert_num_queries(1):
        assert departments.ancestors(jakarta.pk) == [retail.pk, stores.pk]
    assert departments.ancestors(jakarta.pk, include_self=True) == [
        retail.pk,
        stores.pk,
        jakarta.pk,
    ]
    assert departments.ancestors(retail.pk) == []
    assert departments.ancestors(None) == []
    assert [d.name for d in jakarta.ancestors()] == ["Retail", "Stores"]


def test_a_renamed_parent_shows_in_every_path_below_it(retail):
    retail, stores, jakarta, _ = retail
    retail.name = "Retail & Online"
    retail.save()
    paths = departments.paths()
    assert paths[stores.pk] == "Retail & Online / Stores"
    assert paths[jakarta.pk] == "Retail & Online / Stores / Jakarta"
    assert Department.objects.get(pk=jakarta.pk).path == "Retail & Online / Stores / Jakarta"


def test_no_departments_gives_empty_answers(db):
    assert departments.paths() == {}
    assert departments.subtree(123) == {123}
    assert departments.ancestors(123) == []


def test_a_loop_written_into_the_database_gives_finite_answers(retail):
    """The admin refuses a loop, but a report must not hang on one made by hand."""
    retail, stores, jakarta, _ = retail
    Department.objects.filter(pk=retail.pk).update(parent=jakarta)
    paths = departments.paths()
    for pk in (retail.pk, stores.pk, jakarta.pk):
        names = paths[pk].split(" / ")
        assert len(names) == len(set(names)) <= 3
        assert names[-1] == Department.objects.get(pk=pk).name
        assert len(departments.ancestors(pk, include_self=True)) == 3
        assert departments.subtree(pk) == {retail.pk, stores.pk, jakarta.pk}
    assert len(Department.objects.get(pk=jakarta.pk).ancestors()) == 3


def test_the_admin_refuses_to_put_a_department_inside_its_own_child(retail):
    retail, _, jakarta, _ = retail
    retail.parent = jakarta
    with pytest.raises(ValidationError) as refused:
        retail.full_clean()
    assert "parent" in refused.value.message_dict


def test_a_very_deep_tree_is_walked_without_recursion(db):
    parent, chain = None, []
    for level in range(1500):
        parent = Department(name=f"L{level}", parent_id=parent.pk if parent else None)
        parent.save()
        chain.append(parent.pk)
    tree = departments.tree()
    assert tree.paths()[chain[-1]].count(" / ") == 1499
    assert tree.ancestors(chain[-1]) == chain[:-1]
    assert tree.subtree(chain[0]) == set(chain)


def test_in_memory_rows_give_the_same_paths(retail):
    rows = Department.objects.only("name", "parent_id")
    assert departments.paths(rows) == departments.paths()


def test_assignments_reach_people_in_sub_departments(retail, site):
    """Courses ask the same tree: an assignment to Retail reaches Jakarta's staff."""
    retail, _, jakarta, finance = retail
    course = build_course(site, modules=1, lessons=1)
    inside, outside = factories.learner(), factories.learner()
    LearnerProfile.objects.update_or_create(user=inside, defaults={"department": jakarta})
    LearnerProfile.objects.update_or_create(user=outside, defaults={"department": finance})
    assignment = CourseAssignment.objects.create(course=course, department=retail)
    assert set(selectors.assignment_audience(assignment)) == {inside}
    person = selectors.people_for_assignments([inside.pk])[0]
    assert person.departments == set(departments.ancestors(jakarta.pk, include_self=True))
    assert retail.pk in person.departments
