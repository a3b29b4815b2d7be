"""HR assigns courses to departments and people; assignments reach later joiners."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import CourseAssignment, Enrolment
from cxacademy.accounts.models import Department
from tests.courses.conftest import build_course, lessons_of
from tests.factories import LearnerProfileFactory
from tests.factories import learner as make_learner

pytestmark = pytest.mark.django_db


@pytest.fixture
def retail(db):
    retail = Department.objects.create(name="Retail")
    Department.objects.create(name="Toko Jakarta", parent=retail)
    return retail


def _assign(course, department=None, users=(), due=None):
    assignment = CourseAssignment.objects.create(course=course, department=department, due_date=due)
    assignment.users.set(users)
    return assignment


def _member(department):
    user = make_learner()
    LearnerProfileFactory(user=user, department=department)
    return user


def test_someone_who_joins_the_department_later_finds_the_course_waiting(client, course, retail):
    due = timezone.localdate() + datetime.timedelta(days=14)
    _assign(course, department=retail, due=due)
    newcomer = _member(retail)  # joined after the assignment
    client.force_login(newcomer)
    page = client.get("/en/learn/my-learning/").content.decode()
    assert course.title in page
    assert "Assigned" in page
    assert due.strftime("%-d") in page
    enrolment = Enrolment.objects.get(user=newcomer)
    assert enrolment.source == Enrolment.Source.ASSIGNED and enrolment.due_date == due


def test_a_department_assignment_reaches_its_sub_departments(client, course, retail):
    _assign(course, department=retail)
    store_worker = _member(Department.objects.get(name="Toko Jakarta"))
    client.force_login(store_worker)
    assert course.title in client.get("/en/learn/my-learning/").content.decode()


def test_people_outside_the_department_are_not_assigned(client, course, retail):
    _assign(course, department=retail)
    outsider = _member(Department.objects.create(name="Finance"))
    client.force_login(outsider)
    client.get("/en/learn/my-learning/")
    assert not Enrolment.objects.filter(user=outsider).exists()


def test_named_learners_are_assigned(client, course):
    named = make_learner()
    _assign(course, users=[named])
    client.force_login(named)
    assert course.title in client.get("/en/learn/my-learning/").content.decode()


def test_overdue_assignments_are_flagged_and_listed_first(client, site, retail):
    late = build_course(site, title="Terlambat")
    later = build_course(site, title="Nanti")
    today = timezone.localdate()
    _assign(later, department=retail, due=today + datetime.timedelta(days=30))
    _assign(late, department=retail, due=today - datetime.timedelta(days=1))
    member = _member(retail)
    client.force_login(member)
    page = client.get("/en/learn/my-learning/").content.decode()
    assert page.index("Terlambat") < page.index("Nanti")
    assert "learning-row--overdue" in page
    assert page.count("Overdue") == 1


def test_assigned_courses_cannot_be_left(client, course, retail):
    _assign(course, department=retail)
    member = _member(retail)
    client.force_login(member)
    client.get("/en/learn/my-learning/")
    client.post(f"/en/learn/courses/{course.pk}/leave/")
    assert Enrolment.objects.get(user=member).is_active


def test_completed_courses_move_to_the_completed_list(client, course, retail):
    _assign(course, department=retail)
    member = _member(retail)
    client.force_login(member)
    for lesson in lessons_of(course):
        client.post(f"/en/learn/lessons/{lesson.pk}/complete/")
    page = client.get("/en/learn/my-learning/").content.decode()
    assert "Completed on" in page
    assert "learning-row--done" in page


def test_hr_assigns_a_course_in_the_admin(client, hr_user, course, retail):
    client.force_login(hr_user)
    response = client.post(
        "/admin/course_assignments/new/",
        {"course": course.pk, "department": retail.pk, "due_date": "2026-12-31"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assignment = CourseAssignment.objects.get()
    assert assignment.course_key == course.translation_key
    assert assignment.created_by == hr_user


def test_an_assignment_without_anyone_to_assign_is_refused(client, hr_user, course):
    client.force_login(hr_user)
    response = client.post("/admin/course_assignments/new/", {"course": course.pk})
    assert response.status_code == 200
    with translation.override("id"):  # the admin speaks the site language by default
        assert (
            _("Choose a department, job titles, named learners, or a combination.")
            in response.content.decode()
        )
    assert not CourseAssignment.objects.exists()


def test_trainers_and_learners_cannot_assign(client, trainer, learner, course):
    client.force_login(trainer)
    assert client.get("/admin/course_assignments/new/").status_code == 302  # no permission
    client.force_login(learner)
    assert client.get("/admin/course_assignments/").status_code == 403
