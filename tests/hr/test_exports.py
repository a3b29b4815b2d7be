"""Exports of the completion report: CSV and XLSX read back, formula injection,
background exports bound to their requester, the audit log, the command line."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from courses.models import Enrolment
from cxacademy.accounts.models import User
from cxacademy.hr.models import ReportExport
from tests.factories import LearnerProfileFactory, UserFactory, hr

pytestmark = pytest.mark.django_db

REPORT = "/admin/hr/completions/"
PAYLOADS = ['=HYPERLINK("http://evil.test","klik")', "+62 812 (cmd)", "@SUM(A1:A9)", "-1+1"]


def many_rows(company, count):
    """`count` more people on the course (bulk, for size tests)."""
    users = User.objects.bulk_create(
        [
            User(username=f"bulk{i}", email=f"bulk{i}@example.test", full_name=f"Orang {i:04d}")
            for i in range(count)
        ]
    )
    from cxacademy.accounts.models import LearnerProfile

    LearnerProfile.objects.bulk_create(
        [
            LearnerProfile(user=u, department=company.jakarta, employee_id=f"B{i:05d}")
            for i, u in enumerate(users)
        ]
    )
    Enrolment.objects.bulk_create(
        [
            Enrolment(user=u, course_key=company.course.translation_key, source="assigned")
            for u in users
        ]
    )


def poisoned(company):
    """A person whose name, department and job title are formula payloads."""
    from cxacademy.accounts.models import Department

    department = Department.objects.create(name=PAYLOADS[1], parent=company.retail)
    user = UserFactory(full_name=PAYLOADS[0], email="evil@example.test")
    LearnerProfileFactory(
        user=user, department=department, job_title=PAYLOADS[2], employee_id=PAYLOADS[3]
    )
    Enrolment.objects.create(user=user, course_key=company.course.translation_key)
    return user


def read_csv(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(body[1:])))


def test_csv_export_streams_what_the_filters_show(client, hr_user, company):
    client.force_login(hr_user)
    response = client.get(REPORT + f"?export=csv&department={company.jakarta.pk}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    header, data = rows[0], rows[1:]
    assert header[:3] == ["ID karyawan", "Nama", "Email"]
    assert sorted(row[1] for row in data) == ["Ani Lestari", "Budi Santoso"]
    ani = next(row for row in data if row[1] == "Ani Lestari")
    assert ani[header.index("Progres")] == "100"
    assert ani[header.index("Nomor sertifikat")].startswith("CXA-")
    assert ani[header.index("Status")] == "Selesai"


def test_xlsx_export_has_typed_cells_header_and_frozen_panes(client, hr_user, company):
    client.force_login(hr_user)
    response = client.get(REPORT + "?export=xlsx")
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header[1] == "Nama" and sheet["A1"].font.bold
    assert sheet.column_dimensions["B"].width >= 20
    rows = {row[1]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"Ani Lestari", "Budi Santoso", "Citra Dewi", "Dodi Pratama"}
    ani, budi = rows["Ani Lestari"], rows["Budi Santoso"]
    progress = header.index("Progres")
    assert ani[progress] == 1 and budi[progress] == 0.5  # numbers, shown as %
    assert sheet.cell(row=2, column=progress + 1).number_format == "0%"
    assert isinstance(ani[header.index("Tenggat")], datetime.datetime)  # a real date
    assert isinstance(ani[header.index("Selesai pada")], datetime.datetime)
    assert isinstance(ani[header.index("Sertifikat berlaku sampai")], datetime.datetime)


def test_formula_payloads_come_out_inert_in_both_formats(client, hr_user, company):
    poisoned(company)
    client.force_login(hr_user)
    rows = read_csv(client.get(REPORT + "?export=csv&search=evil@example.test"))
    assert len(rows) == 2
    cells = rows[1]
    for payload in PAYLOADS:
        assert not any(cell.startswith(payload[0]) and cell == payload for cell in cells)
    assert "'" + PAYLOADS[0] in cells and "'" + PAYLOADS[2] in cells and "'" + PAYLOADS[3] in cells
    assert any(cell.endswith("/ " + PAYLOADS[1]) for cell in cells)  # inside the path: harmless

    response = client.get(REPORT + "?export=xlsx&search=evil@example.test")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell for cell in next(sheet.iter_rows(min_row=2, values_only=True)) if cell]
    for value in values:
        if isinstance(value, str):
            assert not value.startswith(("=", "+", "-", "@")), value
    assert "'" + PAYLOADS[0] in values
    cells = next(sheet.iter_rows(min_row=2))
    assert all(cell.data_type != "f" for cell in cells)


def test_every_export_is_written_to_the_audit_log(client, hr_user, company):
    client.force_login(hr_user)
    client.get(REPORT + f"?export=csv&status=completed&department={company.retail.pk}")
    entry = ReportExport.objects.get()
    assert entry.requested_by == hr_user and entry.requested_by_email == hr_user.email
    assert entry.format == "csv" and entry.rows == 1 and entry.status == "streamed"
    assert entry.filters["status"] == "completed"
    assert entry.filters["department"] == company.retail.pk
    log = client.get("/admin/hr/exports/").content.decode()
    assert hr_user.email in log and "Retail" in log and "Selesai" in log


def test_large_exports_run_in_the_background_for_the_requester_only(
    client, hr_user, company, settings, django_capture_on_commit_callbacks
):
    settings.EXPORT_BACKGROUND_ROWS = 2
    client.force_login(hr_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(REPORT + "?export=xlsx")
    export = ReportExport.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{export.pk}/")
    page = client.get(response["Location"]).content.decode()
    assert "Siap diunduh" in page and 'value="100"' in page  # immediate tasks in tests
    download = client.get(f"/admin/hr/exports/{export.pk}/download/")
    assert download.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    assert sheet.max_row == 5  # header + 4 active people

    other = hr()
    stranger = Client()
    stranger.force_login(other)
    # (a 404 in the admin passes through the language redirect first)
    assert stranger.get(f"/admin/hr/exports/{export.pk}/", follow=True).status_code == 404
    download = stranger.get(f"/admin/hr/exports/{export.pk}/download/", follow=True)
    assert download.status_code == 404


def test_expired_exports_are_deleted_and_no_longer_download(
    client, hr_user, company, settings, django_capture_on_commit_callbacks
):
    settings.EXPORT_BACKGROUND_ROWS = 0
    client.force_login(hr_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(REPORT + "?export=csv")
    export = ReportExport.objects.get()
    from cxacademy.hr.exports import storage

    assert storage().exists(export.file_name)
    ReportExport.objects.filter(pk=export.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.get(f"/admin/hr/exports/{export.pk}/download/", follow=True)
    assert response.status_code == 404
    client.get("/admin/hr/exports/")
    export.refresh_from_db()
    assert export.status == "expired" and not storage().exists(export.file_name or "x")


def test_command_line_export_with_filters(tmp_path, company):
    target = tmp_path / "overdue.csv"
    call_command(
        "export_completions",
        "--format",
        "csv",
        "--output",
        str(target),
        "--department",
        "Retail",
        "--status",
        "overdue",
        "--language",
        "en",
    )
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert rows[0][1] == "Name"
    assert [row[1] for row in rows[1:]] == ["Dodi Pratama"]
    assert rows[1][rows[0].index("Status")] == "Overdue"
    entry = ReportExport.objects.get()
    assert entry.channel == "command" and entry.rows == 1


def test_command_line_export_xlsx_by_course_title(tmp_path, company):
    target = tmp_path / "all.xlsx"
    call_command(
        "export_completions",
        "--format",
        "xlsx",
        "--output",
        str(target),
        "--course",
        "pola pikir cx",
        "--people",
        "all",
    )
    sheet = openpyxl.load_workbook(target).active
    assert sheet.max_row == 6


def test_command_line_refuses_unknown_filters(tmp_path, company):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No department"):
        call_command(
            "export_completions",
            "--format",
            "csv",
            "--output",
            str(tmp_path / "x.csv"),
            "--department",
            "Nowhere",
        )
    with pytest.raises(CommandError, match="due"):
        call_command(
            "export_completions",
            "--format",
            "csv",
            "--output",
            str(tmp_path / "x.csv"),
            "--due-from",
            "2026-13-45",
        )
    assert not ReportExport.objects.exists()
