"""HR's journey in the Wagtail admin, in Indonesian: import employees (preview, then
apply), see them in the people list, assign a course to a department with a due
date, find them in the completion report, export it as CSV and XLSX and read both
files back, and see the department on the HR dashboard. Then a file with rejected
rows, which changes nothing.

Every page visited is saved as a screenshot (see conftest.py).
"""

import csv
import datetime
import io
import re
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.conf import settings as django_settings
from django.utils import timezone, translation
from playwright.sync_api import Page, expect

from courses import services
from courses.models import CourseAssignment, Enrolment
from cxacademy.accounts.admin_views import SAMPLE_FILE
from cxacademy.accounts.models import Department, User
from cxacademy.hr.models import ReportExport
from cxacademy.spreadsheets import FORMULA_STARTS
from tests import factories
from tests.courses.conftest import build_course
from tests.e2e.test_foundation import in_language, login, path_re

pytestmark = pytest.mark.e2e

COURSE_TITLE = "Layanan Prima"
JAKARTA = "Retail / Toko Jakarta"
SURABAYA = "Retail / Toko Surabaya"
# Someone already in Toko Jakarta whose name, job title and employee ID were typed
# as spreadsheet formulas: the exports must keep them inert.
FORMULA_NAME = '=HYPERLINK("http://evil.test","Klik")'
FORMULA_JOB_TITLE = "@SUM(A1:A9)"
FORMULA_EMPLOYEE_ID = "+62-811"
FORMULA_EMAIL = "formula@cxacademy.test"
NOT_STARTED = "Belum dimulai"
CSV_HEADER = "ID Karyawan,Nama lengkap,Email,Departemen,Jabatan,Bahasa,Email atasan"
# Row 3 has a bad email; rows 2 and 4 share an employee ID; row 5 is fine.
REJECTED_ROWS = [
    "CXA-3001,Dewi Kartika Sari,dewi.sari@cxacademy.test,Retail / Toko Jakarta,Kasir,id,",
    "CXA-3002,Budi Hartono,budi.hartono@@cxacademy,Retail / Toko Jakarta,Kasir,id,",
    "CXA-3001,Citra Handayani,citra.handayani@cxacademy.test,Human Resources,HR Officer,id,",
    "CXA-3004,Eko Prasetyo,eko.prasetyo@cxacademy.test,Retail / Toko Jakarta,Kasir,id,",
]


@pytest.fixture(autouse=True)
def _imports_dir(settings, tmp_path):
    """Uploaded files wait for their apply in a folder of this test's own."""
    settings.PEOPLE_IMPORT_DIR = tmp_path / "imports"


def sample_people() -> list[dict]:
    """The sample file's rows, keyed by its (Indonesian) column names."""
    with SAMPLE_FILE.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def count_of(page: Page, key: str) -> int:
    """The number at the start of a summary line, `<li data-count=key>12 …</li>`."""
    text = page.locator(f"li[data-count={key}]").inner_text()
    found = re.match(r"\s*(\d+)", text)
    assert found, f"no number in data-count={key}: {text!r}"
    return int(found.group(1))


def people_plural(count: int) -> str:
    with translation.override("id"):
        return translation.ngettext(
            "Assignment saved: %(count)d person has this course.",
            "Assignment saved: %(count)d people have this course.",
            count,
        ) % {"count": count}


def read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM to read the names"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def assert_inert(value, where: str) -> None:
    """A text cell a spreadsheet would run as a formula must start with an apostrophe."""
    if isinstance(value, str) and value:
        assert not value.startswith(FORMULA_STARTS), f"{where}: {value!r} would run as a formula"


def choose_in_modal(page: Page, chooser_id: str, link_text: str) -> None:
    """Open a Wagtail chooser (page or snippet) and pick `link_text` in its modal."""
    page.locator(f"#{chooser_id}-chooser [data-chooser-action-choose]").click()
    modal = page.locator(".modal-dialog:visible")
    expect(modal).to_have_count(1)
    modal.get_by_role("link", name=link_text, exact=True).click()
    expect(modal).to_have_count(0)
    expect(page.locator(f"#{chooser_id}-title")).to_have_text(link_text)


# --- the journey -------------------------------------------------------------------


def test_hr_imports_people_assigns_a_course_and_exports_the_report(
    page, live_server, site, hr_user, mailoutbox, shoot
):
    course = build_course(site, modules=1, lessons=2, title=COURSE_TITLE)
    people = sample_people()
    assert len(people) == 12
    jakarta_people = [p for p in people if p["Departemen"] == JAKARTA]
    assert len(jakarta_people) == 3
    login(page, live_server, hr_user, shoot=shoot)

    # 1. Upload the sample file, letting the import create its departments.
    page.goto(f"{live_server.url}/admin/people/import/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    form = page.locator("main form", has=page.locator("input[name=file]"))
    form.locator("input[name=file]").set_input_files(str(SAMPLE_FILE))
    create_departments = form.get_by_label("Buat departemen yang belum ada")
    create_departments.check()
    expect(create_departments).to_be_checked()
    shoot("import-form")
    form.get_by_role("button", name="Pratinjau").click()

    # 2. The preview: twelve new people, nothing rejected, nothing changed yet.
    expect(page).to_have_url(re.compile(r"/admin/people/import/[A-Za-z0-9_-]+/$"))
    preview_url = page.url
    assert count_of(page, "create") == 12
    assert count_of(page, "update") == 0
    assert count_of(page, "unchanged") == 0
    assert count_of(page, "rejected") == 0
    rows = page.locator("tr[data-row]")
    expect(rows).to_have_count(12)
    expect(page.locator("tr[data-row][data-status=create]")).to_have_count(12)
    for number, person in enumerate(people, start=2):  # row 1 holds the column names
        row = page.locator(f"tr[data-row='{number}']")
        expect(row).to_contain_text(person["Nama lengkap"])
        expect(row).to_contain_text(person["Email"])
    expect(page.locator(".cxa-import-summary")).to_contain_text(JAKARTA)  # new departments
    assert not User.objects.filter(email__in=[p["Email"] for p in people]).exists()
    assert not Department.objects.exists()
    shoot("import-preview")

    # 3. Apply: twelve people created, departments made, invitations sent.
    page.locator("form.cxa-import-apply").get_by_role("button", name="Terapkan impor").click()
    expect(page).to_have_url(preview_url + "done/")
    assert count_of(page, "created") == 12
    assert count_of(page, "updated") == 0
    assert count_of(page, "unchanged") == 0
    assert count_of(page, "departments") == 7  # 5 departments and 2 parents
    assert count_of(page, "invited") == 12
    shoot("import-done")
    assert sorted(m.to[0] for m in mailoutbox) == sorted(p["Email"] for p in people)
    assert User.objects.filter(email__in=[p["Email"] for p in people]).count() == 12

    # 4. The people list shows them, with their department, and filters by department.
    page.get_by_role("link", name=in_language("id", "See the people")).click()
    expect(page).to_have_url(path_re("/admin/people/"))
    for person in people:
        row = page.locator(f"tr[data-email='{person['Email']}']")
        expect(row).to_contain_text(person["Nama lengkap"])
        expect(row).to_contain_text(person["ID Karyawan"])
        expect(row).to_contain_text(person["Departemen"])
    shoot("people")
    page.locator("select#people-department").select_option(label=JAKARTA)
    page.locator("form.cxa-people-filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"department=\d+"))
    expect(page.locator("table.cxa-people tbody tr")).to_have_count(3)
    for person in jakarta_people:
        expect(page.locator(f"tr[data-email='{person['Email']}']")).to_be_visible()
    shoot("people-toko-jakarta")

    # Someone already working in Toko Jakarta, whose details look like formulas.
    jakarta = Department.objects.get(name="Toko Jakarta", parent__name="Retail")
    formula_person = factories.learner(full_name=FORMULA_NAME, email=FORMULA_EMAIL)
    factories.LearnerProfileFactory(
        user=formula_person,
        department=jakarta,
        job_title=FORMULA_JOB_TITLE,
        employee_id=FORMULA_EMPLOYEE_ID,
    )

    # 5. Assign the course to Toko Jakarta, plus one named person from Surabaya,
    # with a due date, through the admin form and its choosers.
    due = timezone.localdate() + datetime.timedelta(days=30)
    page.goto(f"{live_server.url}/admin/course_assignments/new/")
    page.locator("select#id_course").select_option(label=COURSE_TITLE)
    choose_in_modal(page, "id_department", JAKARTA)
    surabaya_person = next(p for p in people if p["Departemen"] == SURABAYA)
    page.locator("input#id_users").fill(surabaya_person["Email"])
    found = page.locator("[data-hr-people-results] li")
    expect(found).to_have_count(1)
    found.get_by_role("button").click()
    expect(page.locator("[data-hr-people-chosen] input:checked")).to_have_count(1)
    due_input = page.locator("input#id_due_date")  # the browser's own date field
    due_input.fill(due.isoformat())
    expect(due_input).to_have_value(due.isoformat())
    shoot("assignment-form")
    page.locator("main form button[type=submit].button-longrunning").click()

    expect(page).to_have_url(path_re("/admin/course_assignments/"))
    expect(page.locator(".messages li.success")).to_contain_text(people_plural(5))
    listing = page.locator("main table.listing tbody")
    expect(listing).to_contain_text(COURSE_TITLE)
    expect(listing).to_contain_text(JAKARTA)
    shoot("assignments")
    assignment = CourseAssignment.objects.get()
    assert assignment.course_id == course.pk
    assert assignment.department == jakarta
    assert assignment.due_date == due
    assert assignment.created_by == hr_user
    assert Enrolment.objects.filter(course_key=course.translation_key).count() == 5

    # 6. The completion report, filtered by Toko Jakarta in the filter menu: the
    # Toko Jakarta people, not started; not the Surabaya person.
    page.goto(f"{live_server.url}/admin/hr/completions/")
    report_rows = page.locator("#listing-results table.listing tbody tr")
    expect(report_rows).to_have_count(5)
    page.get_by_role("button", name=in_language("id", "Show filters")).click()
    page.locator("#filters-drilldown").get_by_role(
        "button", name=in_language("id", "Department")
    ).click()
    page.locator("select#id_department").select_option(label=JAKARTA)
    expect(page).to_have_url(re.compile(rf"[?&]department={jakarta.pk}(&|$)"))
    expect(report_rows).to_have_count(4)
    page.keyboard.press("Escape")
    for person in jakarta_people:
        # The page shows the chosen columns (email is not among the defaults);
        # the exports below hold every column.
        row = report_rows.filter(has_text=person["ID Karyawan"])
        expect(row).to_contain_text(person["Nama lengkap"])
        expect(row).to_contain_text(person["ID Karyawan"])
        expect(row).to_contain_text(COURSE_TITLE)
        expect(row.locator(".hr-status")).to_have_text(NOT_STARTED)
        expect(row.locator(f"time[datetime='{due.isoformat()}']")).to_be_visible()
    expect(report_rows.filter(has_text=FORMULA_EMPLOYEE_ID)).to_contain_text(FORMULA_NAME)
    expect(report_rows.filter(has_text=surabaya_person["Nama lengkap"])).to_have_count(0)
    shoot("report-toko-jakarta")

    # 7. Export CSV and XLSX with the header's buttons, which follow the filters chosen
    # in the filter menu (the export-buttons test below checks that on its own).
    expect(report_rows).to_have_count(4)
    actions = page.locator("#w-slim-header-buttons")

    def download(label: str):
        link = actions.get_by_role("link", name=in_language("id", label))
        expect(link).to_be_visible()  # on the page, not behind "⋯" (issue 15)
        with page.expect_download() as info:
            link.click()
        return info.value

    csv_download = download("Download CSV")
    assert re.fullmatch(r"completions-\d{4}-\d{2}-\d{2}\.csv", csv_download.suggested_filename)
    expected_rows = {p["Email"]: p for p in jakarta_people}

    # Times are shown in the requester's time zone (HR has no profile: the default).
    local = ZoneInfo(django_settings.DEFAULT_USER_TIME_ZONE)
    assigned_on = {
        e.user.email: e.enrolled_at.astimezone(local).replace(tzinfo=None, microsecond=0)
        for e in Enrolment.objects.filter(user__email__in=expected_rows).select_related("user")
    }

    table = read_csv(csv_download.path())
    header, data = table[0], table[1:]
    assert header[:3] == ["ID karyawan", "Nama", "Email"]
    column = {name: header.index(name) for name in header}
    assert len(data) == 4, data
    by_email = {row[column["Email"]]: row for row in data}
    assert set(by_email) == {*expected_rows, FORMULA_EMAIL}
    for email, person in expected_rows.items():
        row = by_email[email]
        assert row[column["ID karyawan"]] == person["ID Karyawan"]
        assert row[column["Nama"]] == person["Nama lengkap"]
        assert row[column["Departemen"]] == JAKARTA
        assert row[column["Jabatan"]] == person["Jabatan"]
        assert row[column["Kursus"]] == COURSE_TITLE
        assert row[column["Tenggat"]] == due.isoformat()
        assert row[column["Ditugaskan pada"]] == f"{assigned_on[email]:%Y-%m-%d %H:%M}"
        assert row[column["Status"]] == NOT_STARTED
        assert row[column["Progres"]] == "0"
    formula_row = by_email[FORMULA_EMAIL]
    assert formula_row[column["Nama"]] == "'" + FORMULA_NAME
    assert formula_row[column["Jabatan"]] == "'" + FORMULA_JOB_TITLE
    assert formula_row[column["ID karyawan"]] == "'" + FORMULA_EMPLOYEE_ID
    for number, row in enumerate(table, start=1):
        for name, value in zip(header, row, strict=True):
            assert_inert(value, f"CSV row {number}, {name}")

    xlsx_download = download("Download XLSX")
    assert xlsx_download.suggested_filename.endswith(".xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_download.path().read_bytes()))
    sheet = workbook.active
    assert sheet.freeze_panes == "A2"
    sheet_rows = list(sheet.iter_rows())
    assert [cell.value for cell in sheet_rows[0]] == header
    assert all(cell.font.b for cell in sheet_rows[0])
    assert len(sheet_rows) == 1 + 4
    by_email = {row[column["Email"]].value: row for row in sheet_rows[1:]}
    assert set(by_email) == {*expected_rows, FORMULA_EMAIL}
    for email, person in expected_rows.items():
        row = by_email[email]
        assert row[column["ID karyawan"]].value == person["ID Karyawan"]
        assert row[column["Nama"]].value == person["Nama lengkap"]
        assert row[column["Departemen"]].value == JAKARTA
        assert row[column["Status"]].value == NOT_STARTED
        due_cell = row[column["Tenggat"]]
        assert due_cell.is_date and due_cell.value.date() == due, due_cell.value
        assert due_cell.number_format == "yyyy-mm-dd"
        assigned = row[column["Ditugaskan pada"]]
        assert assigned.is_date, assigned.value
        assert abs(assigned.value - assigned_on[email]) < datetime.timedelta(seconds=1)
        progress = row[column["Progres"]]
        assert progress.data_type == "n" and progress.value == 0
    formula_row = by_email[FORMULA_EMAIL]
    assert formula_row[column["Nama"]].value == "'" + FORMULA_NAME
    assert formula_row[column["Jabatan"]].value == "'" + FORMULA_JOB_TITLE
    for row in sheet_rows:
        for cell in row:
            assert cell.data_type != "f", f"{cell.coordinate} is a formula: {cell.value!r}"
            assert_inert(cell.value, f"XLSX {cell.coordinate}")

    # Both exports are in the audit log, with the filter and the row count.
    logged = list(ReportExport.objects.filter(requested_by=hr_user).order_by("requested_at"))
    assert [(e.format, e.rows, e.filters["department"]) for e in logged] == [
        ("csv", 4, jakarta.pk),
        ("xlsx", 4, jakarta.pk),
    ]

    # 8. The HR dashboard: Toko Jakarta's cell for the course in the heat map.
    page.goto(f"{live_server.url}/admin/hr/")
    heat = page.locator("table.hr-heat")
    expect(heat.locator("thead")).to_contain_text(COURSE_TITLE)
    jakarta_row = heat.locator("tbody tr").filter(
        has=page.locator("th", has_text=re.compile(rf"^\s*{re.escape(JAKARTA)}\s*$"))
    )
    expect(jakarta_row).to_have_count(1)
    cell = jakarta_row.locator("td.hr-heat__cell")
    expect(cell).to_have_count(1)
    expect(cell).to_contain_text("0%")
    expect(cell.locator(".hr-heat__detail")).to_contain_text("0/4")
    expect(cell).to_have_class(re.compile(r"\bhr-heat--0\b"))
    surabaya_row = heat.locator("tbody tr").filter(has=page.locator("th", has_text=SURABAYA))
    expect(surabaya_row.locator(".hr-heat__detail")).to_contain_text("0/1")
    shoot("hr-dashboard")


# --- a file that cannot be imported --------------------------------------------------


def test_a_file_with_rejected_rows_shows_the_reasons_and_changes_nothing(
    page, live_server, site, hr_user, mailoutbox, shoot, tmp_path
):
    login(page, live_server, hr_user)
    upload_rejected_file(page, live_server, tmp_path)

    assert count_of(page, "rejected") == 3
    assert count_of(page, "create") == 1
    expect(page.locator("[role=alert]")).to_contain_text(
        in_language("id", "Nothing can be imported while any row is rejected.")
    )
    expect(page.locator("form.cxa-import-apply")).to_have_count(0)
    expect(page.get_by_role("button", name="Terapkan impor")).to_have_count(0)

    # The preview opens on the rejected rows, each with its reasons.
    rejected = page.locator("tr[data-row]")
    expect(rejected).to_have_count(3)
    expect(page.locator("tr[data-row][data-status=rejected]")).to_have_count(3)
    duplicate = in_language(
        "id", "The employee ID “%(id)s” appears more than once in the file (rows %(rows)s)."
    ) % {"id": "CXA-3001", "rows": "2, 4"}
    bad_email = in_language("id", "“%(email)s” is not a valid email address.") % {
        "email": "budi.hartono@@cxacademy"
    }
    expect(page.locator("tr[data-row='2'] .cxa-reasons")).to_contain_text(duplicate)
    expect(page.locator("tr[data-row='3'] .cxa-reasons")).to_contain_text(bad_email)
    expect(page.locator("tr[data-row='4'] .cxa-reasons")).to_contain_text(duplicate)
    shoot("rejected-rows")

    assert not User.objects.exclude(pk=hr_user.pk).exists()
    assert not Department.objects.exists()
    assert mailoutbox == []


# --- known bugs ----------------------------------------------------------------------


def upload_rejected_file(page: Page, live_server, tmp_path) -> None:
    """Upload REJECTED_ROWS (departments may be created) and wait for the preview."""
    bad_file = tmp_path / "karyawan-salah.csv"
    text = "\r\n".join([CSV_HEADER, *REJECTED_ROWS]) + "\r\n"
    bad_file.write_text("\ufeff" + text, encoding="utf-8")
    page.goto(f"{live_server.url}/admin/people/import/")
    form = page.locator("main form", has=page.locator("input[name=file]"))
    form.locator("input[name=file]").set_input_files(str(bad_file))
    form.get_by_label("Buat departemen yang belum ada").check()
    form.get_by_role("button", name="Pratinjau").click()
    expect(page).to_have_url(re.compile(r"/admin/people/import/[A-Za-z0-9_-]+/$"))


def test_all_rows_of_a_rejected_file_can_be_shown(page, live_server, site, hr_user, tmp_path):
    login(page, live_server, hr_user)
    upload_rejected_file(page, live_server, tmp_path)
    expect(page.locator("tr[data-row]")).to_have_count(3)
    all_rows = in_language("id", "All rows")
    page.get_by_role("link", name=re.compile(rf"^{re.escape(all_rows)} \(4\)")).click()
    expect(page).to_have_url(re.compile(r"\?show=$"))
    expect(page.locator("tr[data-row]")).to_have_count(4)
    expect(page.locator("tr[data-row='5']")).to_have_attribute("data-status", "create")


def test_export_buttons_follow_filters_chosen_in_the_filter_menu(
    page, live_server, site, hr_user, shoot
):
    course = build_course(site, modules=1, lessons=1, title=COURSE_TITLE)
    retail = Department.objects.create(name="Retail")
    jakarta = Department.objects.create(name="Toko Jakarta", parent=retail)
    surabaya = Department.objects.create(name="Toko Surabaya", parent=retail)
    for name, department in (("Agus Setiawan", jakarta), ("Made Wirawan", surabaya)):
        user = factories.learner(full_name=name)
        factories.LearnerProfileFactory(user=user, department=department)
    assignment = CourseAssignment.objects.create(course=course, department=retail)
    services.assignment_apply(assignment=assignment)
    login(page, live_server, hr_user)

    page.goto(f"{live_server.url}/admin/hr/completions/")
    report_rows = page.locator("#listing-results table.listing tbody tr")
    expect(report_rows).to_have_count(2)
    page.get_by_role("button", name=in_language("id", "Show filters")).click()
    page.locator("#filters-drilldown").get_by_role(
        "button", name=in_language("id", "Department")
    ).click()
    page.locator("select#id_department").select_option(label=JAKARTA)
    expect(report_rows).to_have_count(1)
    page.keyboard.press("Escape")
    shoot("filtered")

    actions = page.locator("#w-slim-header-buttons")
    with page.expect_download() as info:
        actions.get_by_role("link", name=in_language("id", "Download CSV")).click()
    names = [row[1] for row in read_csv(info.value.path())[1:]]
    assert names == ["Agus Setiawan"]
