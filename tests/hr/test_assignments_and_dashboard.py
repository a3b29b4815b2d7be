"""Who an assignment reaches, when it is due, the reminders it sends, and the HR
dashboard that sums it all up."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from courses import services
from courses.models import CourseAssignment, Enrolment
from tests.hr.conftest import person

pytestmark = pytest.mark.django_db


def test_job_titles_narrow_a_department_assignment(company):
    CourseAssignment.objects.all().delete()  # only the assignments made here
    assignment = CourseAssignment.objects.create(
        course=company.course, department=company.retail, job_titles="kepala toko\n"
    )
    other = CourseAssignment.objects.create(course=company.course, job_titles="Agen")
    Enrolment.objects.all().delete()
    services.assignment_apply(assignment=assignment)
    assert set(Enrolment.objects.values_list("user__full_name", flat=True)) == {"Dodi Pratama"}
    services.assignment_apply(assignment=other)  # a job title anywhere in the company
    assert Enrolment.objects.filter(user=company.people["citra"]).exists()


def test_due_days_after_joining_counts_from_joining_or_from_the_assignment(company):
    newcomer = person("Nina Baru", company.jakarta)
    today = timezone.localdate()
    assignment = CourseAssignment.objects.create(
        course=company.course, department=company.jakarta, due_days_after_joining=30
    )
    CourseAssignment.objects.filter(pk=assignment.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=10)
    )
    assignment.refresh_from_db()
    Enrolment.objects.all().delete()
    newcomer.date_joined = timezone.now() - datetime.timedelta(days=3)
    newcomer.save()
    company.people["ani"].date_joined = timezone.now() - datetime.timedelta(days=400)
    company.people["ani"].save()
    services.assignment_apply(assignment=assignment)
    due = dict(Enrolment.objects.values_list("user__full_name", "due_date"))
    assert due["Nina Baru"] == today - datetime.timedelta(days=3) + datetime.timedelta(days=30)
    # Ani was here long before: 30 days from the day the course was assigned.
    assert due["Ani Lestari"] == today - datetime.timedelta(days=10) + datetime.timedelta(days=30)


def test_deactivated_people_get_no_new_assignments(company):
    Enrolment.objects.all().delete()
    assignment = CourseAssignment.objects.get(department=company.retail)
    services.assignment_apply(assignment=assignment)
    assert not Enrolment.objects.filter(user=company.people["eko"]).exists()


def test_hr_assigns_by_job_title_in_the_admin_and_everyone_gets_it_at_once(
    client, hr_user, company
):
    agent = person("Rina Agen", company.contact, job_title="Agen")  # nobody assigned her yet
    client.force_login(hr_user)
    response = client.post(
        "/admin/course_assignments/new/",
        {"course": company.course.pk, "job_titles": "Agen", "due_days_after_joining": "14"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assignment = CourseAssignment.objects.latest("created_at")
    assert assignment.created_by == hr_user
    # Enrolled at once (she never opened her dashboard), due 14 days from today.
    enrolment = Enrolment.objects.get(user=agent)
    assert enrolment.assignment == assignment
    assert enrolment.due_date == timezone.localdate() + datetime.timedelta(days=14)
    listing = client.get("/admin/course_assignments/").content.decode()
    assert "Agen" in listing


def test_a_fixed_date_and_days_after_joining_together_are_refused(client, hr_user, company):
    client.force_login(hr_user)
    response = client.post(
        "/admin/course_assignments/new/",
        {
            "course": company.course.pk,
            "department": company.retail.pk,
            "due_date": "2026-12-31",
            "due_days_after_joining": "14",
        },
    )
    assert response.status_code == 200
    assert "jangan keduanya" in response.content.decode()


def test_changing_the_due_date_moves_unfinished_enrolments(company):
    assignment = CourseAssignment.objects.get(department=company.retail)
    new_due = timezone.localdate() + datetime.timedelta(days=60)
    assignment.due_date = new_due
    assignment.save()
    services.assignment_apply(assignment=assignment)
    assert Enrolment.objects.get(user=company.people["budi"]).due_date == new_due
    ani = Enrolment.objects.get(user=company.people["ani"])  # completed: left alone
    assert ani.due_date != new_due


def test_reminders_before_the_due_date_and_when_overdue_are_sent_once(company, settings):
    settings.ASSIGNMENT_REMINDER_DAYS = [7, 1]
    today = timezone.localdate()
    Enrolment.objects.filter(user=company.people["budi"]).update(
        due_date=today + datetime.timedelta(days=5)
    )
    Enrolment.objects.filter(user=company.people["citra"]).update(
        due_date=today + datetime.timedelta(days=30)
    )
    call_command("send_assignment_reminders")
    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {"budi@example.test", "dodi@example.test"}  # Ani finished, Eko left
    assert "Pengingat" in sent["budi@example.test"].subject
    assert "melewati tenggat" in sent["dodi@example.test"].subject
    assert (
        "/learn/" in sent["budi@example.test"].body
        or "pola-pikir-cx" in sent["budi@example.test"].body
    )
    call_command("send_assignment_reminders")
    assert len(mail.outbox) == 2  # never twice
    Enrolment.objects.filter(user=company.people["budi"]).update(
        due_date=today + datetime.timedelta(days=1)
    )
    call_command("send_assignment_reminders")
    assert len(mail.outbox) == 3  # the 1-day reminder is a new one


def test_the_dashboard_shows_the_heat_map_overdue_expiring_and_trend(client, hr_user, company):
    client.force_login(hr_user)
    html = client.get("/admin/hr/").content.decode()
    assert "Retail / Toko Jakarta" in html and "Pola Pikir CX" in html
    assert "hr-heat--2" in html  # Toko Jakarta: 1 of 2 completed = 50%
    assert "1/2" in html
    assert "<svg" in html and "Penyelesaian per minggu" in html
    # Ani's certificate expires in a year: not in the 30/60/90 windows.
    assert html.count('class="hr-card__number">0<') == 3


def test_learners_never_reach_hr_screens(client, learner, company):
    client.force_login(learner)
    for url in ("/admin/hr/", "/admin/hr/completions/", "/admin/hr/exports/"):
        assert client.get(url).status_code == 403
