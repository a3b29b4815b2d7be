"""A small company for the HR report: one certified course assigned to Retail,
five people at every stage."""

import datetime
from dataclasses import dataclass

import pytest
from django.test import Client
from django.utils import timezone

from courses import services
from courses.models import CourseAssignment, Enrolment
from cxacademy.accounts.models import Department, User
from tests.courses.conftest import build_course, lessons_of
from tests.factories import LearnerProfileFactory
from tests.factories import learner as make_learner


@dataclass
class Company:
    course: object
    retail: Department
    jakarta: Department
    contact: Department
    people: dict[str, User]


def person(name, department, *, job_title="Kasir", email=None, employee_id=None):
    user = make_learner(full_name=name, email=email or f"{name.split()[0].lower()}@example.test")
    LearnerProfileFactory(
        user=user, department=department, job_title=job_title, employee_id=employee_id
    )
    return user


def complete_lessons(user, course, count=None):
    client = Client()
    client.force_login(user)
    for lesson in lessons_of(course)[:count]:
        response = client.post(f"/id/learn/lessons/{lesson.pk}/complete/")
        assert response.status_code in (200, 302)


@pytest.fixture
def company(site, cert_template):
    course = build_course(
        site, modules=1, lessons=2, title="Pola Pikir CX", certificate_template=cert_template
    )
    retail = Department.objects.create(name="Retail")
    jakarta = Department.objects.create(name="Toko Jakarta", parent=retail)
    contact = Department.objects.create(name="Contact Center")
    people = {
        "ani": person("Ani Lestari", jakarta, employee_id="E-001"),
        "budi": person("Budi Santoso", jakarta, employee_id="E-002"),
        "citra": person("Citra Dewi", contact, job_title="Agen", employee_id="E-003"),
        "dodi": person("Dodi Pratama", retail, job_title="Kepala Toko", employee_id="E-004"),
        "eko": person("Eko Saputra", retail, employee_id="E-005"),
    }
    due = timezone.localdate() + datetime.timedelta(days=14)
    assignment = CourseAssignment.objects.create(course=course, department=retail, due_date=due)
    named = CourseAssignment.objects.create(course=course, due_date=due)
    named.users.set([people["citra"]])
    services.assignment_apply(assignment=assignment)
    services.assignment_apply(assignment=named)
    complete_lessons(people["ani"], course)
    complete_lessons(people["budi"], course, count=1)
    Enrolment.objects.filter(user=people["dodi"]).update(
        due_date=timezone.localdate() - datetime.timedelta(days=1)
    )
    people["eko"].is_active = False
    people["eko"].save()
    return Company(course=course, retail=retail, jakarta=jakarta, contact=contact, people=people)
