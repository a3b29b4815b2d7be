"""Issue 15, HR: the completion report's chosen columns (kept on the server), its
assignment filter, and the assignment form's course and people choosers with their
server-side checks."""

import csv
import io

import pytest
from django.utils import translation
from wagtail.users.models import UserProfile

from courses.models import CourseAssignment
from cxacademy.hr import report
from cxacademy.hr.models import ReportPreference
from tests import factories
from tests.courses.conftest import translate

pytestmark = pytest.mark.django_db

REPORT = "/admin/hr/completions/"
COLUMNS = "/admin/hr/completions/columns/"
SEARCH = "/admin/hr/people/search/"
NEW_ASSIGNMENT = "/admin/course_assignments/new/"


def in_indonesian(message: str) -> str:
    with translation.override("id"):
        return translation.gettext(message)


def header_keys(html: str) -> list[str]:
    """The report's column headings, in order, as labels."""
    import re

    table = html.split('id="listing-results"', 1)[1].split("<thead", 1)[1].split("</thead>", 1)[0]
    return [
        re.sub(r"<[^>]+>|\s+", " ", cell).strip()
        for cell in re.findall(r"<th[^>]*>(.*?)</th>", table, re.S)
    ]


def labels(*keys: str) -> list[str]:
    by_key = {column.key: column for column in report.COLUMNS}
    with translation.override("id"):
        return [str(by_key[key].label) for key in keys]


# --- Columns ---------------------------------------------------------------------------


def test_the_report_shows_name_course_status_progress_and_due_date_first(client, hr_user, company):
    client.force_login(hr_user)
    html = client.get(REPORT).content.decode()
    headings = header_keys(html)
    assert headings[:5] == labels(*report.FIRST_COLUMNS), headings
    assert len(headings) < len(report.COLUMNS)  # not all 17 at once
    # The downloads are on the page, not behind "⋯".
    assert 'data-export="csv"' in html and 'data-export="xlsx"' in html


def test_chosen_columns_are_kept_for_the_person_and_unknown_ones_ignored(client, hr_user, company):
    client.force_login(hr_user)
    response = client.post(
        COLUMNS,
        {
            "columns": ["email", "certificate_number", "password", "<script>", "state"],
            "query": f"department={company.retail.pk}&status=completed",
        },
    )
    assert response.status_code == 302
    # Back to the report with the filters the person had.
    assert response["Location"] == f"{REPORT}?department={company.retail.pk}&status=completed"
    assert ReportPreference.objects.get(user=hr_user).columns == ["email", "certificate_number"]
    page = client.get(response["Location"])
    messages = [str(m) for m in page.context["messages"]]
    assert any("password" in m for m in messages), messages  # said, not silently dropped
    headings = header_keys(page.content.decode())
    assert headings == labels(*report.FIRST_COLUMNS, "email", "certificate_number")
    # Another device (a fresh session) sees the same columns: they live on the server.
    client.logout()
    client.force_login(hr_user)
    assert header_keys(client.get(REPORT).content.decode()) == headings


def test_choosing_no_column_leaves_the_first_five(client, hr_user, company):
    client.force_login(hr_user)
    assert client.post(COLUMNS, {}).status_code == 302
    headings = header_keys(client.get(REPORT).content.decode())
    assert headings == labels(*report.FIRST_COLUMNS)


def test_exports_keep_every_column_whatever_is_shown(client, hr_user, company):
    client.force_login(hr_user)
    client.post(COLUMNS, {"columns": ["email"]})
    response = client.get(REPORT + "?export=csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(body)))
    assert header == labels(*(column.key for column in report.COLUMNS))


@pytest.mark.parametrize("role", ["anonymous", "learner", "trainer"])
def test_only_hr_saves_columns(client, role, learner, trainer, company):
    if role != "anonymous":
        client.force_login({"learner": learner, "trainer": trainer}[role])
    response = client.post(COLUMNS, {"columns": ["email"]})
    # Refused: sign-in for visitors, 403 or Wagtail's "no permission" redirect.
    assert response.status_code in (302, 403)
    if role == "anonymous":
        assert "login" in response["Location"]
    assert not ReportPreference.objects.exists()


def test_columns_are_saved_by_post_only(client, hr_user, company):
    client.force_login(hr_user)
    assert client.get(COLUMNS + "?columns=email").status_code == 405
    assert not ReportPreference.objects.exists()


# --- The assignment filter ----------------------------------------------------------


def test_the_report_filters_by_one_assignment(client, hr_user, company):
    retail = CourseAssignment.objects.get(department=company.retail)
    named = CourseAssignment.objects.get(department=None)
    client.force_login(hr_user)
    html = client.get(f"{REPORT}?assignment={named.pk}").content.decode()
    assert "Citra Dewi" in html and "Ani Lestari" not in html
    html = client.get(f"{REPORT}?assignment={retail.pk}").content.decode()
    assert "Ani Lestari" in html and "Citra Dewi" not in html


@pytest.mark.parametrize("bad", ["abc", "999999", "-1", "1 OR 1=1"])
def test_a_bad_assignment_filter_is_an_error_not_a_500(client, hr_user, company, bad):
    client.force_login(hr_user)
    response = client.get(REPORT, {"assignment": bad})
    assert response.status_code == 200
    assert response.context["filters"].errors
    # …and nothing is exported with it.
    response = client.get(REPORT, {"assignment": bad, "export": "csv"})
    assert response.status_code == 302


def test_the_people_count_links_to_the_report_of_that_assignment(client, hr_user, company):
    named = CourseAssignment.objects.get(department=None)
    client.force_login(hr_user)
    listing = client.get("/admin/course_assignments/").content.decode()
    assert f'href="{REPORT}?assignment={named.pk}">1</a>' in listing
    retail = CourseAssignment.objects.get(department=company.retail)
    # Ani, Budi, Dodi (Eko's account is deactivated; the report leaves him out too).
    assert f'href="{REPORT}?assignment={retail.pk}">3</a>' in listing


# --- The assignment form -------------------------------------------------------------


def test_the_course_list_names_each_course_once_in_the_admins_language(client, hr_user, company):
    english = translate(company.course, "en")
    english.title = "CX Mindset (EN)"
    english.save_revision().publish()
    client.force_login(hr_user)
    html = client.get(NEW_ASSIGNMENT).content.decode()
    select = html.split('name="course"', 1)[1].split("</select>", 1)[0]
    assert select.count(f'value="{company.course.pk}"') == 1
    assert f'value="{english.pk}"' not in select
    # An admin who works in English sees the English title.
    profile = UserProfile.get_for_user(hr_user)
    profile.preferred_language = "en"
    profile.save()
    html = client.get(NEW_ASSIGNMENT).content.decode()
    select = html.split('name="course"', 1)[1].split("</select>", 1)[0]
    assert "CX Mindset (EN)" in select and f'value="{company.course.pk}"' not in select


def test_a_second_language_version_is_refused_in_words(client, hr_user, company):
    english = translate(company.course, "en")
    client.force_login(hr_user)
    response = client.post(NEW_ASSIGNMENT, {"course": english.pk, "department": company.retail.pk})
    assert response.status_code == 200
    (error,) = response.context["form"].errors.as_data()["course"]
    assert error.code == "other_language"  # not Django's "select a valid choice"
    assert english.title in error.messages[0]
    assert CourseAssignment.objects.count() == 2  # the company's two, nothing new


@pytest.mark.parametrize("value", ["abc", "1.5", "-3", "99999999"])
def test_a_course_that_is_not_an_id_is_a_form_error_not_a_500(client, hr_user, company, value):
    client.force_login(hr_user)
    response = client.post(NEW_ASSIGNMENT, {"course": value, "department": company.retail.pk})
    assert response.status_code == 200
    assert response.context["form"].errors["course"]
    assert CourseAssignment.objects.count() == 2


def test_staff_cannot_be_named_on_an_assignment(client, hr_user, trainer, company):
    admin = factories.UserFactory(is_superuser=True, is_staff=True, full_name="Adi Admin")
    client.force_login(hr_user)
    for staff in (trainer, hr_user, admin):
        response = client.post(
            NEW_ASSIGNMENT,
            {"course": company.course.pk, "users": [company.people["ani"].pk, staff.pk]},
        )
        assert response.status_code == 200
        errors = response.context["form"].errors["users"]
        assert staff.display_name in errors[0], errors
        assert company.people["ani"].display_name not in errors[0]
    assert CourseAssignment.objects.count() == 2
    # A learner is fine.
    response = client.post(
        NEW_ASSIGNMENT, {"course": company.course.pk, "users": [company.people["ani"].pk]}
    )
    assert response.status_code == 302, response.content.decode()[:2000]


# --- People search -----------------------------------------------------------------------


def test_people_search_finds_learners_by_name_email_and_department(
    client, hr_user, trainer, company
):
    client.force_login(hr_user)

    def found(query):
        response = client.get(SEARCH, {"q": query})
        assert response.status_code == 200
        return {row["email"] for row in response.json()["results"]}

    assert found("ani les") == {"ani@example.test"}
    assert found("budi@example") == {"budi@example.test"}
    assert found("Toko Jakarta") == {"ani@example.test", "budi@example.test"}
    results = client.get(SEARCH, {"q": "Ani"}).json()["results"]
    assert results[0]["department"] == "Retail / Toko Jakarta"
    # Staff and deactivated accounts are never offered.
    assert trainer.email not in found(trainer.full_name or trainer.email)
    assert hr_user.email not in found(hr_user.email)
    assert found("eko") == set()
    assert found("") == set()


def test_people_search_is_for_hr_only(client, learner, trainer, company):
    assert client.get(SEARCH, {"q": "ani"}).status_code == 302  # to sign in
    for someone in (learner, trainer):
        client.force_login(someone)
        assert client.get(SEARCH, {"q": "ani"}).status_code in (302, 403)


def test_saving_columns_returns_to_the_report_never_into_a_download(client, hr_user, company):
    client.force_login(hr_user)
    response = client.post(COLUMNS, {"columns": ["email"], "query": "export=csv&status=completed"})
    assert response["Location"] == f"{REPORT}?status=completed"
    response = client.post(COLUMNS, {"columns": ["email"], "query": "//evil.test/?a=1"})
    assert response["Location"].startswith(f"{REPORT}?")
