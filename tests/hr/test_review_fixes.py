"""Edge cases found in review: time zones, unreadable filters, control characters,
jobs delivered twice, stale jobs, edited assignments, reminders that fail."""

import csv
import datetime
import io
import re
import zoneinfo
from unittest import mock

import openpyxl
import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from courses import services
from courses.models import CourseAssignment, Enrolment
from cxacademy.hr import exports
from cxacademy.hr.models import ReportExport
from tests.hr.conftest import person
from tests.hr.test_exports import read_csv

pytestmark = pytest.mark.django_db

REPORT = "/admin/hr/completions/"
UTC = datetime.UTC


def test_times_and_date_filters_follow_the_viewers_zone_not_utc(client, hr_user, company):
    # 20:00 UTC on 10 March is 03:00 on 11 March in Jakarta.
    Enrolment.objects.filter(user=company.people["ani"]).update(
        completed_at=datetime.datetime(2026, 3, 10, 20, 0, tzinfo=UTC)
    )
    client.force_login(hr_user)
    html = client.get(REPORT + "?status=completed").content.decode()
    assert 'datetime="2026-03-11T03:00"' in html
    rows = read_csv(client.get(REPORT + "?export=csv&status=completed"))
    assert rows[1][rows[0].index("Selesai pada")] == "2026-03-11 03:00"
    day = client.get(REPORT + "?completed_from=2026-03-11&completed_to=2026-03-11").content
    assert "Ani Lestari" in day.decode()
    assert "Ani Lestari" not in client.get(REPORT + "?completed_to=2026-03-10").content.decode()


def test_a_person_in_another_zone_sees_their_own_times(client, hr_user, company):
    from cxacademy.accounts.services import profile_for

    profile = profile_for(hr_user)
    profile.time_zone = "Asia/Jayapura"  # UTC+9
    profile.save()
    Enrolment.objects.filter(user=company.people["ani"]).update(
        completed_at=datetime.datetime(2026, 3, 10, 20, 0, tzinfo=UTC)
    )
    client.force_login(hr_user)
    assert 'datetime="2026-03-11T05:00"' in client.get(REPORT).content.decode()


@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("Asia/Jakarta", "2026-03-11 03:00"),
        ("Asia/Kolkata", "2026-03-11 01:30"),
        ("Europe/Amsterdam", "2026-03-10 21:00"),
        ("Europe/Amsterdam", "2026-07-10 22:00"),
    ],
)
def test_csv_times_in_every_kind_of_zone(client, hr_user, company, zone, shown):
    """Whole-hour, half-hour and summer-time zones (the fast path and the general)."""
    from cxacademy.accounts.services import profile_for

    profile = profile_for(hr_user)
    profile.time_zone = zone
    profile.save()
    month = 7 if shown.startswith("2026-07") else 3
    Enrolment.objects.filter(user=company.people["ani"]).update(
        completed_at=datetime.datetime(2026, month, 10, 20, 0, tzinfo=UTC)
    )
    client.force_login(hr_user)
    rows = read_csv(client.get(REPORT + "?export=csv&status=completed"))
    assert rows[1][rows[0].index("Selesai pada")] == shown


def test_an_export_with_an_unreadable_filter_is_refused_not_widened(client, hr_user, company):
    client.force_login(hr_user)
    response = client.get(
        REPORT + f"?department={company.jakarta.pk}&due_from=2026-31-31&export=csv"
    )
    assert response.status_code == 302 and "export" not in response["Location"]
    assert not ReportExport.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert "tidak ada yang diekspor" in page
    assert "Citra Dewi" not in page  # the readable department filter still applies


def test_control_characters_do_not_break_an_xlsx_export(client, hr_user, company):
    company.people["budi"].full_name = "Budi\x01Santoso"
    company.people["budi"].save()
    client.force_login(hr_user)
    response = client.get(REPORT + "?export=xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert "BudiSantoso" in [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_tab_and_carriage_return_payloads_are_neutralised_in_background_csv(
    client, hr_user, company, settings, django_capture_on_commit_callbacks
):
    for key, payload in (("budi", "\tcmd|' /C calc'!A0"), ("citra", "\r=1+1")):
        profile = company.people[key].profile
        profile.job_title = payload
        profile.save()
    settings.EXPORT_BACKGROUND_ROWS = 0
    client.force_login(hr_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(REPORT + "?export=csv")
    export = ReportExport.objects.get()
    body = client.get(f"/admin/hr/exports/{export.pk}/download/")
    text = b"".join(body.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text[1:])))
    titles = [row[rows[0].index("Jabatan")] for row in rows[1:]]
    # A carriage return also starts a line for a reader that ignores quotes: the
    # formula after it gets its own apostrophe.
    assert "'\tcmd|' /C calc'!A0" in titles and "'\r'=1+1" in titles
    assert not any(title[:1] in "=+-@\t\r" for title in titles)


def test_a_job_delivered_twice_runs_once_and_stale_jobs_fail(hr_user, company):
    export = exports.export_log(
        user=hr_user,
        filters=exports.report.ReportFilters(),
        fmt="csv",
        rows=4,
        channel="admin",
        status=ReportExport.Status.QUEUED,
    )
    first = exports.export_run(export_id=export.pk)
    assert first.status == "ready"
    with mock.patch.object(exports, "_write") as write:
        again = exports.export_run(export_id=export.pk)
    write.assert_not_called()
    assert again.file_name == first.file_name

    stale = exports.export_log(
        user=hr_user,
        filters=exports.report.ReportFilters(),
        fmt="csv",
        rows=4,
        channel="admin",
        status=ReportExport.Status.QUEUED,
    )
    # Queued three hours ago and never taken by a worker (cxacademy.jobs.QUEUE_WAIT).
    ReportExport.objects.filter(pk=stale.pk).update(
        heartbeat_at=timezone.now() - datetime.timedelta(hours=3)
    )
    exports.exports_purge()
    stale.refresh_from_db()
    assert stale.status == "failed"


def test_editing_an_assignment_in_the_admin_moves_the_due_dates(client, hr_user, company):
    assignment = CourseAssignment.objects.get(department=company.retail)
    client.force_login(hr_user)
    new_due = timezone.localdate() + datetime.timedelta(days=90)
    response = client.post(
        f"/admin/course_assignments/edit/{assignment.pk}/",
        {"course": company.course.pk, "department": company.retail.pk, "due_date": new_due},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Enrolment.objects.get(user=company.people["budi"]).due_date == new_due
    # Switching to days after joining recomputes them per person.
    response = client.post(
        f"/admin/course_assignments/edit/{assignment.pk}/",
        {
            "course": company.course.pk,
            "department": company.retail.pk,
            "due_days_after_joining": "10",
        },
    )
    assert response.status_code == 302
    budi = Enrolment.objects.get(user=company.people["budi"])
    assignment.refresh_from_db()
    expected = timezone.localdate(assignment.created_at) + datetime.timedelta(days=10)
    assert budi.due_date == expected


def test_job_titles_match_despite_case_and_stray_spaces(company):
    sloppy = person("Gita Agen", company.contact, job_title="  AGEN ")
    assignment = CourseAssignment.objects.create(course=company.course, job_titles="agen")
    services.assignment_apply(assignment=assignment)
    assert Enrolment.objects.filter(user=sloppy).exists()


def test_a_reminder_that_could_not_be_sent_is_tried_again_next_time(company, settings):
    settings.ASSIGNMENT_REMINDER_DAYS = [7]
    Enrolment.objects.filter(user=company.people["budi"]).update(
        due_date=timezone.localdate() + datetime.timedelta(days=3)
    )
    with mock.patch("django.core.mail.send_mail", side_effect=OSError("SMTP down")):
        call_command("send_assignment_reminders")  # the task fails (and is logged)
    assert Enrolment.objects.get(user=company.people["budi"]).reminders_sent == []
    assert not mail.outbox
    mail.outbox.clear()
    call_command("send_assignment_reminders")
    assert any(m.to == ["budi@example.test"] for m in mail.outbox)


def test_the_dashboard_trend_counts_this_weeks_completion(client, hr_user, company):
    client.force_login(hr_user)
    html = client.get("/admin/hr/").content.decode()
    counts = re.findall(r'<th scope="row">[^<]+</th><td>(\d+)</td>', html)
    assert len(counts) == 12 and counts[-1] == "1" and set(counts[:-1]) == {"0"}


def test_zone_helper_falls_back_to_the_academy_default(hr_user):
    assert exports.time_zone_of(None) == zoneinfo.ZoneInfo("Asia/Jakarta")
