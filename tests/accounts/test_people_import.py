"""HR loads employees from CSV or XLSX: read, plan, apply all or nothing, invite."""

import io
import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from openpyxl import Workbook

from courses.models import Enrolment, ItemProgress
from cxacademy.accounts import people_import, people_services, roles
from cxacademy.accounts.models import Department, LearnerProfile, User
from cxacademy.accounts.people_import import FileRejected, Status, plan_import, read_file
from tests.factories import (
    PASSWORD,
    DepartmentFactory,
    LearnerProfileFactory,
    UserFactory,
    hr,
    trainer,
)

pytestmark = pytest.mark.django_db

HEADER_ID = "ID Karyawan,Nama lengkap,Email,Departemen,Jabatan,Bahasa,Email atasan"
HEADER_EN = "Employee ID,Full name,Email,Department,Job title,Language,Manager email"


@pytest.fixture(autouse=True)
def _english():
    # Reasons are asserted in English, whatever the Indonesian catalogue says.
    with translation.override("en"):
        yield


@pytest.fixture
def departments(site):
    retail = DepartmentFactory(name="Retail")
    service = DepartmentFactory(name="Layanan Pelanggan")
    return {
        "Retail": retail,
        "Retail / Toko Jakarta": DepartmentFactory(name="Toko Jakarta", parent=retail),
        "Retail / Toko Surabaya": DepartmentFactory(name="Toko Surabaya", parent=retail),
        "Layanan Pelanggan / Contact Center": DepartmentFactory(
            name="Contact Center", parent=service
        ),
        "Human Resources": DepartmentFactory(name="Human Resources"),
    }


def csv_bytes(*lines: str, header: str = HEADER_ID, bom: bool = True) -> bytes:
    text = "\r\n".join([header, *lines]) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def xlsx_bytes(rows: list[list]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def plan_for(data: bytes, filename: str = "karyawan.csv", *, by=None, **kwargs):
    """The plan for `data` as HR sees it (a new HR person unless `by` says who imports)."""
    return plan_import(read_file(data, filename), by=by or hr(), **kwargs)


def apply(data: bytes, by, filename="karyawan.csv", **kwargs):
    kwargs.setdefault("create_departments", False)
    return people_services.people_import_apply(data=data, filename=filename, by=by, **kwargs)


TWO_PEOPLE = csv_bytes(
    "CXA-3001,Rina Kusuma,Rina.Kusuma@Example.test,Retail / Toko Jakarta,Kepala Toko,id,",
    "CXA-3002,Joko Widodo,joko@example.test,Retail › Toko Jakarta,Store Associate,English,"
    "rina.kusuma@example.test",
)


# --- Reading --------------------------------------------------------------------


def test_indonesian_headers_with_a_bom_are_read():
    parsed = read_file(TWO_PEOPLE, "karyawan.csv")
    assert parsed.columns == people_import.FIELDS
    assert [row.number for row in parsed.rows] == [2, 3]
    assert parsed.rows[0].values["full_name"] == "Rina Kusuma"
    assert parsed.rows[1].values["department"] == "Retail › Toko Jakarta"


def test_headers_are_matched_whatever_their_case_spacing_or_language():
    data = csv_bytes(
        "1,Ani,ani@example.test",
        header="  EMPLOYEE_ID , nama LENGKAP,E-mail",
        bom=False,
    )
    parsed = read_file(data, "people.csv")
    assert parsed.columns == ("employee_id", "full_name", "email")
    assert parsed.rows[0].values == {
        "employee_id": "1",
        "full_name": "Ani",
        "email": "ani@example.test",
    }


def test_excel_in_indonesian_saves_with_semicolons_and_that_is_read_too():
    data = csv_bytes("CXA-1;Ani;ani@example.test;Human Resources", header="NIK;Nama;Email;Divisi")
    parsed = read_file(data, "people.csv")
    assert parsed.rows[0].values["department"] == "Human Resources"


def test_xlsx_is_read_and_numeric_ids_keep_their_digits():
    data = xlsx_bytes(
        [
            ["Employee ID", "Full name", "Email", "Department"],
            [1001, "Ani Yudhoyono", "ani@example.test", "Human Resources"],
            [None, None, None, None],
            [1002.0, "Budi", "budi@example.test", None],
        ]
    )
    parsed = read_file(data, "people.xlsx")
    assert [(r.number, r.values["employee_id"]) for r in parsed.rows] == [(2, "1001"), (4, "1002")]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            HEADER_EN.encode() + "\r\n1,José Álvarez,jose@example.test\r\n".encode("cp1252"),
            id="cp1252",
        ),
        pytest.param(f"{HEADER_EN}\r\n1,Siti,siti@example.test\r\n".encode("utf-16"), id="utf-16"),
        pytest.param(
            f"{HEADER_EN}\r\n1,Siti,siti@example.test\r\n".encode("utf-16-le"), id="utf-16-no-bom"
        ),
    ],
)
def test_a_file_not_in_utf8_is_refused_with_how_to_save_it(data):
    with pytest.raises(FileRejected) as error:
        read_file(data, "karyawan.csv")
    assert "CSV UTF-8" in error.value.messages[0]


def test_a_50_mb_file_is_refused_before_it_is_parsed(monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("parsed a file that is too large")

    monkeypatch.setattr(people_import, "_csv_rows", never)
    monkeypatch.setattr(people_import, "_xlsx_rows", never)
    huge = HEADER_EN.encode() + b"\r\n" + b"x" * (50 * 1024 * 1024)
    for name in ("karyawan.csv", "karyawan.xlsx"):
        with pytest.raises(FileRejected) as error:
            read_file(huge, name)
        assert "The file is 50.1 MB; the limit is 5 MB." in error.value.messages[0]


def test_more_than_20000_employees_are_refused():
    lines = [f"{n},Person {n},p{n}@example.test" for n in range(people_import.MAX_ROWS + 1)]
    with pytest.raises(FileRejected) as error:
        read_file(csv_bytes(*lines, header="Employee ID,Full name,Email"), "big.csv")
    assert "more than 20,000 employees" in error.value.messages[0]


def test_an_xlsx_with_too_many_rows_is_refused_too():
    rows = [["Employee ID", "Full name", "Email"]] + [
        [n, f"P{n}", f"p{n}@example.test"] for n in range(people_import.MAX_ROWS + 1)
    ]
    with pytest.raises(FileRejected):
        read_file(xlsx_bytes(rows), "big.xlsx")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Employee ID,Full name", "The column “Email” is missing."),
        ("Employee ID,Full name,Email,Salary", "Column D, “Salary”, is not a column we know."),
        ("Employee ID,Full name,Email,Surel", "Columns C and D both hold “Email”."),
        ("Name,Mail,Phone", "The column “Employee ID” is missing."),
    ],
)
def test_wrong_columns_are_refused_with_what_is_wrong(header, expected):
    with pytest.raises(FileRejected) as error:
        read_file(csv_bytes("a,b,c,d", header=header), "karyawan.csv")
    assert expected in error.value.messages


def test_an_old_excel_file_or_garbage_is_refused_with_a_message():
    with pytest.raises(FileRejected):
        read_file(b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "karyawan.xls")
    with pytest.raises(FileRejected):
        read_file(b"PK\x03\x04 not really a zip", "karyawan.xlsx")
    with pytest.raises(FileRejected):
        read_file(HEADER_EN.encode() + b"\r\n", "karyawan.csv")


# --- Planning -------------------------------------------------------------------


def test_a_clean_file_plans_new_people_and_names_nothing_rejected(departments):
    plan = plan_for(TWO_PEOPLE)
    assert plan.ok
    assert plan.counts == {"create": 2, "update": 0, "unchanged": 0, "rejected": 0}
    rina, joko = plan.rows
    assert rina.email == "rina.kusuma@example.test"
    assert joko.department == "Retail / Toko Jakarta"
    assert (rina.language, joko.language) == ("id", "en")


def test_each_bad_row_is_rejected_with_its_spreadsheet_row_and_reason(departments):
    data = csv_bytes(
        "CXA-1,Ani,ani@example.test,Human Resources,,,",
        "CXA-2,Budi,budi(at)example.test,Human Resources,,,",
        "CXA-3,Citra,citra@example.test,Retail / Toko Bandung,,,",
        "CXA-4,Dodi,dodi@example.test,Human Resources,,Klingon,",
        "CXA-5,Eka,eka@example.test,Human Resources,,,boss@example.test",
        "CXA-6,,fajar@example.test,Human Resources,,,",
    )
    plan = plan_for(data)
    assert not plan.ok
    reasons = {row.number: " ".join(row.reasons) for row in plan.rows}
    assert plan.rows[0].status == Status.CREATE
    assert "“budi(at)example.test” is not a valid email address." in reasons[3]
    assert "The department “Retail / Toko Bandung” does not exist." in reasons[4]
    assert "The language “Klingon” is not one we offer" in reasons[5]
    assert (
        "The manager “boss@example.test” is neither in the academy nor in this file." in reasons[6]
    )
    assert "The full name is missing." in reasons[7]


def test_duplicate_ids_and_emails_are_rejected_naming_every_occurrence(departments):
    data = csv_bytes(
        "CXA-1,Ani,ani@example.test,,,,",
        "CXA-2,Budi,budi@example.test,,,,",
        "CXA-1,Ani Lagi,ani.lagi@example.test,,,,",
        "CXA-9,Citra,BUDI@example.test,,,,",
    )
    plan = plan_for(data)
    by_row = {row.number: row for row in plan.rows}
    assert all(row.status == Status.REJECTED for row in plan.rows)
    for number in (2, 4):
        assert "The employee ID “CXA-1” appears more than once in the file (rows 2, 4)." in (
            by_row[number].reasons
        )
    for number in (3, 5):
        assert "The email “budi@example.test” appears more than once in the file (rows 3, 5)." in (
            by_row[number].reasons
        )


def test_an_email_that_belongs_to_another_employee_is_rejected(departments):
    LearnerProfileFactory(user=UserFactory(email="ani@example.test"), employee_id="CXA-1")
    LearnerProfileFactory(user=UserFactory(email="budi@example.test"), employee_id="CXA-2")
    plan = plan_for(
        csv_bytes(
            "CXA-1,Ani,budi@example.test,,,,",  # Ani's ID with Budi's address
            "CXA-7,Budi,budi@example.test,,,,",  # Budi's address under another ID
            header=HEADER_EN,
        )
    )
    first, second = plan.rows
    assert first.status == second.status == Status.REJECTED
    assert any("already belongs to someone else" in reason for reason in first.reasons)
    assert any("belongs to employee ID “CXA-2”, not “CXA-7”" in r for r in second.reasons)


def test_departments_may_be_created_on_the_way_when_hr_allows_it(departments):
    data = csv_bytes("CXA-1,Ani,ani@example.test,Operasional > Gudang > Cikarang,,,")
    assert not plan_for(data).ok
    plan = plan_for(data, create_departments=True)
    assert plan.ok
    assert plan.new_departments == [
        "Operasional",
        "Operasional / Gudang",
        "Operasional / Gudang / Cikarang",
    ]


def test_an_update_lists_each_changed_field_old_and_new(departments):
    manager = UserFactory(email="boss@example.test")
    LearnerProfileFactory(
        user=UserFactory(email="ani@example.test", full_name="Ani"),
        employee_id="CXA-1",
        department=departments["Human Resources"],
        job_title="HR Officer",
    )
    plan = plan_for(
        csv_bytes(
            "CXA-1,Ani Yudhoyono,ani@example.test,retail / toko jakarta,HR Officer,en,"
            "boss@example.test"
        )
    )
    (row,) = plan.rows
    assert row.status == Status.UPDATE
    assert [(c.field, c.old, c.new) for c in row.changes] == [
        ("full_name", "Ani", "Ani Yudhoyono"),
        ("department", "Human Resources", "Retail / Toko Jakarta"),
        ("language", "id", "en"),
        ("manager_email", "", manager.email),
    ]


def test_an_existing_person_without_an_id_is_found_by_email_and_gets_the_id(departments):
    user = UserFactory(email="ani@example.test", full_name="Ani")
    (row,) = plan_for(csv_bytes("CXA-1,Ani,ANI@example.test,,,,")).rows
    assert (row.status, row.user_id) == (Status.UPDATE, user.pk)
    assert [(c.field, c.new) for c in row.changes] == [("employee_id", "CXA-1")]


def test_planning_takes_a_fixed_number_of_queries(
    departments, hr_user, django_assert_max_num_queries
):
    lines = [
        f"CXA-{n},Person {n},p{n}@example.test,Human Resources,Agent,id,p0@example.test"
        for n in range(300)
    ]
    parsed = read_file(csv_bytes(*lines), "big.csv")
    with django_assert_max_num_queries(10):
        plan = plan_import(parsed, by=hr_user)
    assert plan.counts["create"] == 299 and plan.counts["rejected"] == 1  # p0 manages p0


# --- Staff accounts ------------------------------------------------------------

STAFF_REASON = "has a staff account (administrator, trainer or HR); only an administrator"


def staff_account(kind: str, email: str) -> User:
    """A staff person with employee ID CXA-900, as the import would find them."""
    if kind == "superuser":
        user = UserFactory(email=email, full_name="Admin", is_superuser=True, is_staff=True)
    elif kind == "trainer":
        user = trainer(email=email, full_name="Admin")
    elif kind == "hr":
        user = hr(email=email, full_name="Admin")
    else:  # admin access granted to the person, not through a group
        from django.contrib.auth.models import Permission

        user = UserFactory(email=email, full_name="Admin")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    LearnerProfileFactory(user=user, employee_id="CXA-900")
    return user


STAFF_KINDS = ["superuser", "trainer", "hr", "admin-access"]


@pytest.mark.parametrize("kind", STAFF_KINDS)
def test_hr_cannot_take_over_a_staff_account_by_giving_its_id_a_new_email(
    departments, hr_user, kind
):
    victim = staff_account(kind, "admin@example.test")
    # The employee ID finds the account; the row would make HR's mailbox its login.
    data = csv_bytes("CXA-900,Admin,hr.mailbox@example.test,,,,")
    (row,) = plan_for(data, by=hr_user).rows
    assert row.status == Status.REJECTED and row.changes == []
    assert any(STAFF_REASON in reason for reason in row.reasons), row.reasons

    with pytest.raises(people_services.ImportRefused, match="rejected"):
        apply(data, hr_user)
    victim.refresh_from_db()
    assert victim.email == "admin@example.test"
    assert list(EmailAddress.objects.filter(user=victim).values_list("email", flat=True)) == [
        "admin@example.test"
    ]
    assert not EmailAddress.objects.filter(email="hr.mailbox@example.test").exists()


@pytest.mark.parametrize("kind", STAFF_KINDS)
def test_hr_cannot_change_a_staff_account_found_by_its_email(departments, hr_user, kind):
    victim = staff_account(kind, "admin@example.test")
    data = csv_bytes("CXA-900,Someone Else,ADMIN@example.test,Human Resources,Intern,en,")
    (row,) = plan_for(data, by=hr_user).rows
    assert row.status == Status.REJECTED
    assert any(STAFF_REASON in reason for reason in row.reasons)
    with pytest.raises(people_services.ImportRefused):
        apply(data, hr_user)
    victim.refresh_from_db()
    assert victim.full_name == "Admin" and victim.profile.job_title != "Intern"


def test_a_staff_account_found_by_a_secondary_address_is_protected_too(departments, hr_user):
    victim = staff_account("superuser", "admin@example.test")
    EmailAddress.objects.create(user=victim, email="old.admin@example.test", verified=True)
    (row,) = plan_for(csv_bytes(",Admin,old.admin@example.test,,,,"), by=hr_user).rows
    assert row.user_id == victim.pk
    assert row.status == Status.REJECTED
    assert any(STAFF_REASON in reason for reason in row.reasons)


def test_a_staff_row_that_changes_nothing_is_left_unchanged(departments, hr_user):
    # A company-wide file lists HR and trainers too; as long as it changes nothing
    # about them it may still be imported by HR.
    staff_account("trainer", "trainer@example.test")
    data = csv_bytes("CXA-900,Admin,trainer@example.test,,,,", "CXA-1,Ani,ani@example.test,,,,")
    plan = plan_for(data, by=hr_user)
    assert [row.status for row in plan.rows] == [Status.UNCHANGED, Status.CREATE]
    assert apply(data, hr_user).created == 1


def test_an_administrator_may_change_staff_accounts_through_the_import(
    departments, hr_user, superuser
):
    victim = staff_account("trainer", "trainer@example.test")
    data = csv_bytes("CXA-900,Admin,trainer.baru@example.test,,,,")
    assert plan_for(data, by=hr_user).rows[0].status == Status.REJECTED
    (row,) = plan_for(data, by=superuser).rows
    assert row.status == Status.UPDATE
    result = apply(data, superuser)
    assert result.updated == 1
    victim.refresh_from_db()
    assert victim.email == "trainer.baru@example.test"


def test_apply_plans_for_the_importer_not_for_whoever_previewed(departments, hr_user, superuser):
    staff_account("trainer", "trainer@example.test")
    data = csv_bytes("CXA-900,Admin,trainer.baru@example.test,,,,")
    digest = plan_for(data, by=superuser).digest()  # an administrator's preview
    with pytest.raises(people_services.ImportRefused):
        apply(data, hr_user, expected_digest=digest)
    assert User.objects.filter(email="trainer@example.test").exists()


def test_nobody_changes_their_own_email_through_an_import(departments, superuser):
    superuser.full_name = "Ayu Purnawati"
    superuser.save()
    LearnerProfileFactory(user=superuser, employee_id="CXA-1")
    data = csv_bytes("CXA-1,Ayu Purnawati,elsewhere@example.test,,,,")
    (row,) = plan_for(data, by=superuser).rows
    assert row.status == Status.REJECTED
    assert any("cannot change your own email address" in reason for reason in row.reasons)
    with pytest.raises(people_services.ImportRefused):
        apply(data, superuser)
    superuser.refresh_from_db()
    assert superuser.email != "elsewhere@example.test"


def test_the_staff_check_takes_a_fixed_number_of_queries(departments, hr_user):
    def queries_for(count: int) -> int:
        people = [UserFactory(email=f"q{count}-{n}@example.test") for n in range(count)]
        people[0].groups.add(*trainer().groups.all())  # one of them a trainer
        lines = [f",New Name {n},{person.email},,,," for n, person in enumerate(people)]
        parsed = read_file(csv_bytes(*lines), "people.csv")
        with CaptureQueriesContext(connection) as queries:
            plan = plan_import(parsed, by=hr_user)
        assert plan.counts["rejected"] == 1 and plan.counts["update"] == count - 1
        return len(queries)

    assert queries_for(3) == queries_for(40)


# --- Applying -------------------------------------------------------------------


def test_apply_creates_people_with_verified_addresses_and_invites_them(
    departments, hr_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        result = apply(TWO_PEOPLE, hr_user)
    assert (result.created, result.updated, result.invited) == (2, 0, 2)
    rina = User.objects.get(email="rina.kusuma@example.test")
    joko = User.objects.get(email="joko@example.test")
    assert rina.is_active and not rina.has_usable_password()
    assert rina.full_name == "Rina Kusuma" and rina.first_name == "Rina"
    assert rina.groups.filter(name=roles.LEARNER).exists()
    address = EmailAddress.objects.get(user=rina)
    assert address.verified and address.primary and address.email == rina.email
    assert rina.profile.employee_id == "CXA-3001"
    assert rina.profile.department == departments["Retail / Toko Jakarta"]
    assert rina.profile.job_title == "Kepala Toko"
    assert joko.profile.preferred_language == "en"
    assert joko.profile.manager == rina

    assert sorted(m.to[0] for m in mail.outbox) == [joko.email, rina.email]
    to_rina = next(m for m in mail.outbox if m.to == [rina.email])
    to_joko = next(m for m in mail.outbox if m.to == [joko.email])
    assert "/id/accounts/password/reset/key/" in to_rina.body
    assert "/en/accounts/password/reset/key/" in to_joko.body
    assert "Choose your password here" in to_joko.body


def test_the_invitation_link_sets_a_password_that_then_signs_in(
    client, departments, hr_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        apply(TWO_PEOPLE, hr_user)
    body = next(m.body for m in mail.outbox if m.to == ["joko@example.test"])
    link = re.search(r"https?://[^/\s]+(/\S+/password/reset/key/\S+/)", body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    set_password_url = form.redirect_chain[-1][0]
    assert "set-password" in set_password_url
    done = client.post(
        set_password_url, {"password1": PASSWORD, "password2": PASSWORD}, follow=True
    )
    assert done.status_code == 200
    assert User.objects.get(email="joko@example.test").has_usable_password()
    signed_in = client.post(
        "/en/accounts/login/", {"login": "joko@example.test", "password": PASSWORD}, follow=True
    )
    assert signed_in.wsgi_request.user.email == "joko@example.test"
    # The link works once.
    again = client.get(link, follow=True)
    assert again.context["token_fail"]


def test_importing_the_same_file_again_changes_nothing(
    departments, hr_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        apply(TWO_PEOPLE, hr_user)
    mail.outbox.clear()
    assert plan_for(TWO_PEOPLE).counts == {"create": 0, "update": 0, "unchanged": 2, "rejected": 0}
    with (
        CaptureQueriesContext(connection) as queries,
        django_capture_on_commit_callbacks(execute=True),
    ):
        result = apply(TWO_PEOPLE, hr_user)
    writes = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)
    assert mail.outbox == []


def test_apply_updates_only_the_fields_that_changed(departments, hr_user):
    apply(TWO_PEOPLE, hr_user)
    changed = csv_bytes(
        "CXA-3001,Rina Kusuma,rina.baru@example.test,Retail / Toko Surabaya,,,",
        "CXA-3002,Joko Widodo,joko@example.test,,,,",
    )
    result = apply(changed, hr_user)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    rina = User.objects.get(profile__employee_id="CXA-3001")
    assert rina.email == "rina.baru@example.test"
    assert list(EmailAddress.objects.filter(user=rina).values_list("email", "primary")) == [
        ("rina.baru@example.test", True)
    ]
    assert rina.profile.department == departments["Retail / Toko Surabaya"]
    assert rina.profile.job_title == "Kepala Toko"  # empty cell: kept


def test_nothing_is_written_when_any_row_is_rejected(departments, hr_user):
    data = csv_bytes(
        "CXA-1,Ani,ani@example.test,Human Resources,,,",
        "CXA-2,Budi,not-an-email,Human Resources,,,",
    )
    people_before = User.objects.count()
    with pytest.raises(people_services.ImportRefused):
        apply(data, hr_user)
    assert User.objects.count() == people_before
    assert not LearnerProfile.objects.filter(employee_id="CXA-1").exists()


def test_apply_refuses_when_the_people_changed_since_the_preview(departments, hr_user):
    digest = plan_for(TWO_PEOPLE).digest()
    UserFactory(email="joko@example.test")  # signed up meanwhile
    with pytest.raises(people_services.ImportRefused, match="changed after the preview"):
        apply(TWO_PEOPLE, hr_user, expected_digest=digest)
    assert not User.objects.filter(email="rina.kusuma@example.test").exists()


def test_apply_creates_missing_departments_only_when_allowed(departments, hr_user):
    data = csv_bytes("CXA-1,Ani,ani@example.test,Retail / Toko Bandung,,,")
    with pytest.raises(people_services.ImportRefused):
        apply(data, hr_user)
    assert not Department.objects.filter(name="Toko Bandung").exists()
    result = apply(data, hr_user, create_departments=True)
    assert result.departments_created == 1
    bandung = Department.objects.get(name="Toko Bandung")
    assert bandung.parent == departments["Retail"]
    assert User.objects.get(email="ani@example.test").profile.department == bandung


def test_apply_from_xlsx(departments, hr_user):
    data = xlsx_bytes(
        [
            ["ID Karyawan", "Nama lengkap", "Email", "Departemen", "Bahasa"],
            [2001, "Wayan Sukarni", "wayan@example.test", "Human Resources", "Inggris"],
        ]
    )
    apply(data, hr_user, filename="karyawan.xlsx")
    wayan = User.objects.get(email="wayan@example.test")
    assert (wayan.profile.employee_id, wayan.profile.preferred_language) == ("2001", "en")


def test_formula_looking_names_are_stored_as_typed(departments, hr_user):
    name = '=HYPERLINK("http://evil.test","Klik")'
    data = csv_bytes(f'CXA-1,"{name.replace(chr(34), chr(34) * 2)}",ani@example.test,,,,')
    apply(data, hr_user)
    assert User.objects.get(email="ani@example.test").full_name == name


def test_the_sample_file_imports_cleanly(departments, hr_user):
    Department.objects.create(name="Learning & Development")
    data = people_import_sample()
    plan = plan_for(data)
    assert plan.ok, [r.reasons for r in plan.rows if r.reasons]
    assert plan.counts["create"] == 12
    apply(data, hr_user)
    putri = User.objects.get(email="putri.lestari@cxacademy.test")
    assert putri.profile.manager.email == "agus.setiawan@cxacademy.test"


def people_import_sample() -> bytes:
    from cxacademy.accounts.admin_views import SAMPLE_FILE

    return SAMPLE_FILE.read_bytes()


def test_assignments_are_synced_for_created_and_updated_people(departments, hr_user, monkeypatch):
    from courses import services as course_services

    seen = []
    monkeypatch.setattr(
        course_services, "assignments_sync_many", lambda *, users: seen.extend(users)
    )
    apply(TWO_PEOPLE, hr_user)
    assert sorted(u.email for u in seen) == ["joko@example.test", "rina.kusuma@example.test"]
    seen.clear()
    apply(TWO_PEOPLE, hr_user)
    assert seen == []


def test_an_imported_person_finds_their_departments_course_assigned(site, departments, hr_user):
    from courses.models import CourseAssignment
    from tests.courses.conftest import build_course

    course = build_course(site, modules=1, lessons=1)
    CourseAssignment.objects.create(course=course, department=departments["Retail"])
    apply(TWO_PEOPLE, hr_user)
    joko = User.objects.get(email="joko@example.test")
    enrolment = Enrolment.objects.get(user=joko)
    assert enrolment.course_key == course.translation_key
    assert enrolment.source == Enrolment.Source.ASSIGNED


# --- Leavers --------------------------------------------------------------------


def test_a_deactivated_person_keeps_their_history_but_cannot_sign_in(client, hr_user, learner):
    import uuid

    course_key = uuid.uuid4()
    Enrolment.objects.create(user=learner, course_key=course_key)
    ItemProgress.objects.create(
        user=learner, course_key=course_key, item_key=uuid.uuid4(), item_kind="lesson", done=True
    )
    client.force_login(learner)
    people_services.person_deactivate(user=learner, by=hr_user)
    learner.refresh_from_db()
    assert not learner.is_active
    assert Enrolment.objects.filter(user=learner).count() == 1
    assert ItemProgress.objects.filter(user=learner, done=True).count() == 1
    # The open session ends, and signing in again is refused.
    assert not client.get("/id/").wsgi_request.user.is_authenticated
    refused = client.post(
        "/en/accounts/login/", {"login": learner.email, "password": PASSWORD}, follow=True
    )
    assert not refused.wsgi_request.user.is_authenticated

    people_services.person_reactivate(user=learner, by=hr_user)
    back = client.post(
        "/en/accounts/login/", {"login": learner.email, "password": PASSWORD}, follow=True
    )
    assert back.wsgi_request.user == learner


def test_a_person_reactivated_finds_the_courses_assigned_while_they_were_away(
    site, departments, hr_user
):
    from courses.models import CourseAssignment
    from courses.services import assignment_apply
    from tests.courses.conftest import build_course

    course = build_course(site, modules=1, lessons=1)
    person = LearnerProfileFactory(
        user=UserFactory(email="cuti@example.test"), department=departments["Retail / Toko Jakarta"]
    ).user
    people_services.person_deactivate(user=person, by=hr_user)
    assignment = CourseAssignment.objects.create(
        course=course, department=departments["Retail"], created_by=hr_user
    )
    assignment_apply(assignment=assignment)
    assert not Enrolment.objects.filter(user=person).exists()  # inactive people are skipped

    people_services.person_reactivate(user=User.objects.get(pk=person.pk), by=hr_user)
    enrolment = Enrolment.objects.get(user=person)
    assert enrolment.course_key == course.translation_key
    assert enrolment.source == Enrolment.Source.ASSIGNED
    assert enrolment.assignment == assignment


def test_nobody_deactivates_themselves_and_hr_cannot_deactivate_an_administrator(
    hr_user, superuser
):
    with pytest.raises(people_services.PersonError):
        people_services.person_deactivate(user=hr_user, by=hr_user)
    with pytest.raises(people_services.PersonError):
        people_services.person_deactivate(user=superuser, by=hr_user)
    people_services.person_deactivate(user=hr_user, by=superuser)
    hr_user.refresh_from_db()
    assert not hr_user.is_active


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_template_header_is_read_back_in_either_language(language):
    with translation.override(language):
        header = ",".join(str(people_import.COLUMN_LABELS[name]) for name in people_import.FIELDS)
    parsed = read_file(csv_bytes("1,Ani,ani@example.test,,,,", header=header), "template.csv")
    assert parsed.columns == people_import.FIELDS
