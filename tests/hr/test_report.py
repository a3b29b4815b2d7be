"""The completion report HR reads in the admin: rows, filters, sorting, permissions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Enrolment
from cxacademy.hr import exports
from cxacademy.hr.models import ReportExport
from cxacademy.hr.services import report_columns_save

pytestmark = pytest.mark.django_db

REPORT = "/admin/hr/completions/"


def page(client, query=""):
    response = client.get(REPORT + query)
    assert response.status_code == 200, response.content.decode()[:500]
    return response.content.decode()


def test_one_row_per_person_and_course_with_their_standing(client, hr_user, company):
    # The certificate number is not shown unless chosen (issue 15: fewer columns).
    report_columns_save(user=hr_user, columns=["department", "certificate_number"])
    client.force_login(hr_user)
    html = page(client, "?people=all")
    for name in ("Ani Lestari", "Budi Santoso", "Citra Dewi", "Dodi Pratama", "Eko Saputra"):
        assert html.count(name) == 1, name
    # The admin speaks Indonesian by default.
    for label in ("Selesai", "Sedang berjalan", "Belum dimulai", "Terlambat"):
        assert label in html
    assert "Retail / Toko Jakarta" in html
    assert "Pola Pikir CX" in html
    assert 'value="50"' in html  # Budi: one lesson of two
    assert "CXA-" in html  # Ani's certificate number


def test_deactivated_people_are_hidden_unless_asked_for(client, hr_user, company):
    client.force_login(hr_user)
    assert "Eko Saputra" not in page(client)
    inactive = page(client, "?people=inactive")
    assert "Eko Saputra" in inactive and "Ani Lestari" not in inactive


def test_department_filter_includes_sub_departments(client, hr_user, company):
    client.force_login(hr_user)
    html = page(client, f"?department={company.retail.pk}")
    assert "Ani Lestari" in html and "Dodi Pratama" in html
    assert "Citra Dewi" not in html
    html = page(client, f"?department={company.jakarta.pk}")
    assert "Dodi Pratama" not in html


def test_status_and_overdue_filters(client, hr_user, company):
    client.force_login(hr_user)
    overdue = page(client, "?overdue=on")
    assert "Dodi Pratama" in overdue and "Budi Santoso" not in overdue
    completed = page(client, "?status=completed")
    assert "Ani Lestari" in completed and "Citra Dewi" not in completed
    in_progress = page(client, "?status=in_progress")
    assert "Budi Santoso" in in_progress and "Ani Lestari" not in in_progress


def test_completed_date_range_and_search(client, hr_user, company):
    client.force_login(hr_user)
    ani = Enrolment.objects.get(user=company.people["ani"])
    # The day in HR's time zone (Jakarta), as the filter reads it: from 17:00 UTC
    # the UTC date is already yesterday there.
    day = timezone.localdate(ani.completed_at, exports.time_zone_of(hr_user)).isoformat()
    assert "Ani Lestari" in page(client, f"?completed_from={day}&completed_to={day}")
    assert "Ani Lestari" not in page(client, "?completed_to=2000-01-01")
    assert "Citra Dewi" in page(client, "?search=E-003")
    assert "Budi Santoso" not in page(client, "?search=E-003")


def test_sorting_by_progress(client, hr_user, company):
    client.force_login(hr_user)
    html = page(client, "?ordering=-progress")
    assert html.index("Ani Lestari") < html.index("Budi Santoso") < html.index("Citra Dewi")
    html = page(client, "?ordering=progress")
    assert html.index("Budi Santoso") > html.index("Citra Dewi")


def test_bad_filter_values_are_ignored_not_a_crash(client, hr_user, company):
    client.force_login(hr_user)
    html = page(client, "?department=abc&status=nonsense&due_from=31-31-2026&per_page=9999")
    assert "Ani Lestari" in html


def test_the_page_costs_the_same_queries_whatever_its_size(
    client, hr_user, company, django_db_blocker
):
    from tests.hr.test_exports import many_rows

    many_rows(company, 120)
    client.force_login(hr_user)
    counts = {}
    for size in (25, 100, 250):
        with CaptureQueriesContext(connection) as captured:
            page(client, f"?per_page={size}")
        counts[size] = len(captured.captured_queries)
    print(f"report page queries by page size: {counts}")
    assert counts[25] == counts[100] == counts[250]
    # pinned: rows, count, filters (with the assignments), lookups, the column choice
    assert counts[25] == 22, counts


def test_only_hr_and_superusers_see_the_report(
    client, learner, trainer, hr_user, superuser, company
):
    assert client.get(REPORT).status_code == 302  # anonymous: to the login page
    client.force_login(learner)
    assert client.get(REPORT).status_code == 403
    client.force_login(trainer)  # reaches the admin, not this: sent back to its home page
    for url in (REPORT, REPORT + "?export=csv", "/admin/hr/", "/admin/hr/exports/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/", url
    assert not ReportExport.objects.exists()
    client.force_login(superuser)
    assert client.get(REPORT).status_code == 200
    client.force_login(hr_user)
    assert "Laporan penyelesaian" in client.get("/admin/").content.decode()  # in the menu
