"""HR's import screens and people list in the Wagtail admin: preview, apply, leavers."""

import os
import re
import stat

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cxacademy.accounts import people_services
from cxacademy.accounts.admin_views import SAMPLE_FILE
from cxacademy.accounts.models import Department, User
from tests.accounts.test_people_import import HEADER_EN, csv_bytes, xlsx_bytes
from tests.factories import LearnerProfileFactory, UserFactory, hr

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/people/import/"


@pytest.fixture(autouse=True)
def _imports_dir(settings, tmp_path):
    settings.PEOPLE_IMPORT_DIR = tmp_path / "imports"
    return settings.PEOPLE_IMPORT_DIR


@pytest.fixture
def demo_departments(site):
    made = {}
    for name, parent in [
        ("Retail", None),
        ("Toko Jakarta", "Retail"),
        ("Toko Surabaya", "Retail"),
        ("Layanan Pelanggan", None),
        ("Contact Center", "Layanan Pelanggan"),
        ("Human Resources", None),
        ("Learning & Development", None),
    ]:
        made[name] = Department.objects.create(name=name, parent=made.get(parent))
    return made


def admin_client(user) -> Client:
    # The admin in English, so assertions hold whatever the Indonesian catalogue says.
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


@pytest.fixture
def hr_client(hr_user):
    return admin_client(hr_user)


def upload(client, data: bytes, name="karyawan.csv", create_departments=False):
    fields = {"file": SimpleUploadedFile(name, data, content_type="text/csv")}
    if create_departments:
        fields["create_departments"] = "on"
    return client.post(IMPORT_URL, fields)


def preview_url(response) -> str:
    assert response.status_code == 302, response.content.decode()[:2000]
    url = response["Location"]
    assert re.fullmatch(r"/admin/people/import/[A-Za-z0-9_-]+/", url), url
    return url


def digest_of(page) -> str:
    return re.search(r'name="digest" value="([0-9a-f]+)"', page.content.decode()).group(1)


def count(page, key) -> int:
    match = re.search(rf'data-count="{key}">\s*(\d+)', page.content.decode())
    return int(match.group(1))


# --- Who may -------------------------------------------------------------------

PEOPLE_URLS = [
    "/admin/people/",
    IMPORT_URL,
    "/admin/people/import/template.csv",
    "/admin/people/import/sample.csv",
    "/admin/people/import/abcdefghijklmnopqrstuvwxyz/",
]


@pytest.mark.parametrize("url", PEOPLE_URLS)
def test_a_learner_gets_403(url, learner):
    assert admin_client(learner).get(url).status_code == 403


@pytest.mark.parametrize("url", PEOPLE_URLS)
def test_a_trainer_is_turned_away(url, trainer):
    response = admin_client(trainer).get(url)
    assert response.status_code in {302, 403}
    if response.status_code == 302:
        assert response["Location"] == "/admin/"  # Wagtail's "no permission" bounce


@pytest.mark.parametrize("url", PEOPLE_URLS)
def test_a_visitor_is_sent_to_sign_in(url, client, site):
    response = client.get(url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_menu_shows_people_to_hr_and_administrators_only(hr_user, superuser, trainer):
    for user in (hr_user, superuser):
        page = admin_client(user).get("/admin/").content.decode()
        assert "/admin/people/import/" in page and "/admin/people/" in page
    assert "/admin/people/" not in admin_client(trainer).get("/admin/").content.decode()


def test_someone_elses_preview_is_not_found(hr_client, demo_departments, site):
    url = preview_url(upload(hr_client, SAMPLE_FILE.read_bytes()))
    other = admin_client(hr())
    # Django's LocaleMiddleware first tries the address under /en/; it ends in a 404.
    assert other.get(url, follow=True).status_code == 404
    assert other.post(url + "apply/", {"digest": "x"}, follow=True).status_code == 404
    assert other.get(url + "done/", follow=True).status_code == 404
    assert hr_client.get(url).status_code == 200
    assert not User.objects.filter(email__endswith="@cxacademy.test").exists()


def test_applying_needs_a_post(hr_client, demo_departments):
    url = preview_url(upload(hr_client, SAMPLE_FILE.read_bytes()))
    assert hr_client.get(url + "apply/").status_code == 405


# --- The import journey -----------------------------------------------------------


def test_hr_previews_the_sample_then_applies_it(
    hr_client, demo_departments, django_capture_on_commit_callbacks
):
    form = hr_client.get(IMPORT_URL)
    assert form.status_code == 200
    page = form.content.decode()
    assert "/admin/people/import/sample.csv" in page and "/admin/people/import/template.csv" in page

    url = preview_url(upload(hr_client, SAMPLE_FILE.read_bytes()))
    preview = hr_client.get(url)
    assert preview.status_code == 200
    assert (count(preview, "create"), count(preview, "rejected")) == (12, 0)
    assert "Apply import" in preview.content.decode()
    assert not User.objects.filter(email__endswith="@cxacademy.test").exists()  # a dry run

    with django_capture_on_commit_callbacks(execute=True):
        applied = hr_client.post(url + "apply/", {"digest": digest_of(preview)})
    assert applied.status_code == 302 and applied["Location"] == url + "done/"
    done = hr_client.get(url + "done/")
    assert (count(done, "created"), count(done, "invited")) == (12, 12)
    assert User.objects.filter(email__endswith="@cxacademy.test").count() == 12
    assert len(mail.outbox) == 12

    # A second click on Apply (or the back button) imports nothing twice.
    again = hr_client.post(url + "apply/", {"digest": digest_of(preview)})
    assert again["Location"] == url + "done/"
    assert User.objects.filter(email__endswith="@cxacademy.test").count() == 12


def test_re_importing_the_same_file_shows_everyone_unchanged(hr_client, demo_departments):
    first = preview_url(upload(hr_client, SAMPLE_FILE.read_bytes()))
    hr_client.post(first + "apply/", {"digest": digest_of(hr_client.get(first))})
    second = hr_client.get(preview_url(upload(hr_client, SAMPLE_FILE.read_bytes())))
    assert (count(second, "create"), count(second, "update"), count(second, "unchanged")) == (
        0,
        0,
        12,
    )
    assert "Apply import" not in second.content.decode()
    assert "there is nothing to apply" in second.content.decode()


def test_an_update_shows_old_and_new_values(hr_client, demo_departments):
    LearnerProfileFactory(
        user=UserFactory(email="ani@example.test", full_name="Ani"),
        employee_id="CXA-1",
        department=demo_departments["Human Resources"],
        job_title="HR Officer",
    )
    data = csv_bytes("CXA-1,Ani,ani@example.test,Retail / Toko Jakarta,HR Manager,,")
    preview = hr_client.get(preview_url(upload(hr_client, data)))
    page = preview.content.decode()
    assert count(preview, "update") == 1
    assert "Job title: HR Officer → HR Manager" in page
    assert "Department: Human Resources → Retail / Toko Jakarta" in page


def test_a_file_with_rejected_rows_cannot_be_applied(hr_client, demo_departments):
    data = csv_bytes(
        "CXA-1,Ani,ani@example.test,Human Resources,,,",
        "CXA-2,Budi,budi@@example,Human Resources,,,",
        "CXA-1,Citra,citra@example.test,Gudang,,,",
    )
    url = preview_url(upload(hr_client, data))
    preview = hr_client.get(url)
    page = preview.content.decode()
    assert count(preview, "rejected") == 3
    assert "Apply import" not in page and "/apply/" not in page
    assert "Nothing can be imported while any row is rejected." in page
    assert re.search(r'data-row="3" data-status="rejected"', page)
    assert "“budi@@example” is not a valid email address." in page
    assert "The department “Gudang” does not exist." in page
    assert "appears more than once in the file (rows 2, 4)" in page
    # Forcing the apply anyway changes nothing.
    forced = hr_client.post(url + "apply/", {"digest": "whatever"})
    assert forced["Location"] == url
    assert not User.objects.filter(email="ani@example.test").exists()


def test_missing_departments_are_created_when_hr_ticks_the_box(hr_client, demo_departments):
    data = csv_bytes("CXA-1,Ani,ani@example.test,Operasional / Gudang Cikarang,,,")
    url = preview_url(upload(hr_client, data, create_departments=True))
    preview = hr_client.get(url)
    assert "Operasional / Gudang Cikarang" in preview.content.decode()
    hr_client.post(url + "apply/", {"digest": digest_of(preview)})
    assert Department.objects.get(name="Gudang Cikarang").parent.name == "Operasional"


def test_apply_is_refused_when_the_plan_changed_after_the_preview(hr_client, demo_departments):
    url = preview_url(upload(hr_client, SAMPLE_FILE.read_bytes()))
    preview = hr_client.get(url)
    # Meanwhile someone else gives one of the file's employee IDs to an existing person.
    LearnerProfileFactory(employee_id="CXA-2005", user=UserFactory(email="lain@example.test"))
    refused = hr_client.post(url + "apply/", {"digest": digest_of(preview)}, follow=True)
    assert refused.redirect_chain[-1][0] == url
    assert "nothing was imported" in refused.content.decode()
    assert not User.objects.filter(email__endswith="@cxacademy.test").exists()


def test_a_stale_digest_is_refused_even_when_no_row_is_rejected(hr_client, demo_departments):
    url = preview_url(upload(hr_client, SAMPLE_FILE.read_bytes()))
    preview = hr_client.get(url)
    UserFactory(email="nur.aini@cxacademy.test", full_name="Nur")  # now an update, not a create
    refused = hr_client.post(url + "apply/", {"digest": digest_of(preview)}, follow=True)
    assert "changed after the preview" in refused.content.decode()
    assert User.objects.filter(email__endswith="@cxacademy.test").count() == 1


def test_hr_sees_a_superuser_takeover_rejected_and_cannot_apply_it(
    hr_client, superuser, demo_departments
):
    LearnerProfileFactory(user=superuser, employee_id="CXA-1")
    original = superuser.email
    data = csv_bytes("CXA-1,Admin,hr.mailbox@example.test,,,,")
    url = preview_url(upload(hr_client, data))
    preview = hr_client.get(url)
    page = preview.content.decode()
    assert count(preview, "rejected") == 1 and count(preview, "update") == 0
    assert "only an administrator can change it through an import" in page
    assert "Apply import" not in page
    forced = hr_client.post(url + "apply/", {"digest": "whatever"})
    assert forced["Location"] == url
    superuser.refresh_from_db()
    assert superuser.email == original


def test_an_administrator_previews_and_applies_a_change_to_a_staff_account(
    superuser, hr_user, demo_departments
):
    LearnerProfileFactory(user=hr_user, employee_id="CXA-2")
    client = admin_client(superuser)
    url = preview_url(upload(client, csv_bytes("CXA-2,Rina HR,rina.hr@example.test,,,,")))
    preview = client.get(url)
    assert count(preview, "update") == 1
    client.post(url + "apply/", {"digest": digest_of(preview)})
    hr_user.refresh_from_db()
    assert hr_user.email == "rina.hr@example.test"


def test_an_upload_is_kept_readable_by_the_server_alone(hr_user, site, _imports_dir):
    previous = os.umask(0o022)  # the usual umask: new files world-readable
    try:
        _imports_dir.mkdir(mode=0o755, parents=True)  # left by an older version
        token = people_services.upload_save(
            data=SAMPLE_FILE.read_bytes(),
            filename="karyawan.csv",
            create_departments=False,
            user=hr_user,
        )
        upload = people_services.upload_load(token=token, user=hr_user)
        people_services.upload_mark_applied(upload=upload, result=people_services.ImportResult())
        token = people_services.upload_save(
            data=b"x", filename="lagi.csv", create_departments=False, user=hr_user
        )
    finally:
        os.umask(previous)
    assert stat.S_IMODE(_imports_dir.stat().st_mode) == 0o700
    files = list(_imports_dir.iterdir())
    assert {path.suffix for path in files} == {".upload", ".json"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_new_imports_folder_is_private(hr_user, site, _imports_dir):
    people_services.upload_save(data=b"x", filename="a.csv", create_departments=False, user=hr_user)
    assert stat.S_IMODE(_imports_dir.stat().st_mode) == 0o700


@pytest.mark.parametrize("suffix", ["\n", "\r\n", "/../x", " "])
def test_a_token_with_anything_after_it_is_refused_before_any_file_is_read(
    hr_user, site, monkeypatch, suffix
):
    token = people_services.upload_save(
        data=b"x", filename="a.csv", create_departments=False, user=hr_user
    )
    assert people_services.upload_load(token=token, user=hr_user) is not None
    looked_up = []
    real = people_services._meta_path
    monkeypatch.setattr(
        people_services,
        "_meta_path",
        lambda user_id, token: looked_up.append(token) or real(user_id, token),
    )
    assert people_services.upload_load(token=token + suffix, user=hr_user) is None
    assert looked_up == []


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (
            HEADER_EN.encode() + "\r\n1,José,jose@example.test,,,,\r\n".encode("cp1252"),
            "karyawan.csv",
            "CSV UTF-8",
        ),
        (
            f"{HEADER_EN}\r\n1,Siti,siti@example.test,,,,\r\n".encode("utf-16"),
            "karyawan.csv",
            "CSV UTF-8",
        ),
        (b"Nama,Telepon\r\nAni,0812\r\n", "karyawan.csv", "The column “Email” is missing."),
        (b"not a workbook", "karyawan.xlsx", "could not be opened as an Excel workbook"),
    ],
)
def test_an_unreadable_file_is_refused_on_the_upload_page(
    hr_client, site, _imports_dir, data, name, message
):
    response = upload(hr_client, data, name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "nothing was changed" in response.content.decode()
    assert not _imports_dir.exists() or not any(_imports_dir.iterdir())  # nothing kept


def test_a_file_over_5_mb_is_refused_before_it_is_read(hr_client, site, settings):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024  # kept in memory, not on disk
    big = HEADER_EN.encode() + b"\r\n" + b"x" * (6 * 1024 * 1024)
    response = upload(hr_client, big)
    assert response.status_code == 400
    assert "larger than 5 MB" in response.content.decode()


def test_an_xlsx_file_goes_through_the_same_journey(hr_client, demo_departments):
    data = xlsx_bytes(
        [
            ["Employee ID", "Full name", "Email", "Department", "Language"],
            ["CXA-9", "Ani", "ani@example.test", "Human Resources", "English"],
        ]
    )
    url = preview_url(upload(hr_client, data, name="karyawan.xlsx"))
    preview = hr_client.get(url)
    assert count(preview, "create") == 1
    hr_client.post(url + "apply/", {"digest": digest_of(preview)})
    assert User.objects.get(email="ani@example.test").profile.preferred_language == "en"


def test_formula_looking_names_are_shown_escaped(hr_client, demo_departments):
    name = '=HYPERLINK("http://evil.test","<b>Klik</b>")'
    data = csv_bytes(f'CXA-1,"{name.replace(chr(34), chr(34) * 2)}",ani@example.test,,,,')
    url = preview_url(upload(hr_client, data))
    page = hr_client.get(url).content.decode()
    assert "<b>Klik</b>" not in page
    assert "=HYPERLINK(&quot;http://evil.test&quot;,&quot;&lt;b&gt;Klik&lt;/b&gt;&quot;)" in page
    hr_client.post(url + "apply/", {"digest": digest_of(hr_client.get(url))})
    assert User.objects.get(email="ani@example.test").full_name == name
    listing = hr_client.get("/admin/people/?q=ani").content.decode()
    assert "<b>Klik</b>" not in listing and "&lt;b&gt;Klik&lt;/b&gt;" in listing


def test_a_long_preview_is_paginated(hr_client, demo_departments):
    lines = [f"CXA-{n},Person {n},p{n}@example.test,Human Resources,,," for n in range(150)]
    url = preview_url(upload(hr_client, csv_bytes(*lines)))
    first = hr_client.get(url).content.decode()
    assert first.count('data-status="create"') == 100
    second = hr_client.get(url + "?show=&p=2").content.decode()
    assert second.count('data-status="create"') == 50


def test_the_template_and_the_sample_download(hr_client, site):
    template = hr_client.get("/admin/people/import/template.csv")
    assert template["Content-Type"].startswith("text/csv")
    header = b"".join(template.streaming_content).decode("utf-8-sig").strip()
    assert header == ",".join(f'"{name}"' for name in HEADER_EN.split(","))  # every field quoted
    sample = hr_client.get("/admin/people/import/sample.csv")
    assert b"".join(sample.streaming_content) == SAMPLE_FILE.read_bytes()
    assert "karyawan-contoh.csv" in sample["Content-Disposition"]


# --- People ---------------------------------------------------------------------


def test_hr_finds_people_by_name_email_or_id_and_by_department(hr_client, demo_departments):
    LearnerProfileFactory(
        user=UserFactory(full_name="Ani Yudhoyono", email="ani@example.test"),
        employee_id="CXA-77",
        department=demo_departments["Toko Jakarta"],
    )
    LearnerProfileFactory(
        user=UserFactory(full_name="Budi Santoso", email="budi@example.test", is_active=False),
        department=demo_departments["Human Resources"],
    )

    def emails(query):
        page = hr_client.get("/admin/people/" + query).content.decode()
        return set(re.findall(r'data-email="([^"]+)"', page))

    assert emails("?q=yudho") == {"ani@example.test"}
    assert emails("?q=CXA-77") == {"ani@example.test"}
    assert emails("?q=budi@") == {"budi@example.test"}
    retail = demo_departments["Retail"].pk  # sub-departments included
    assert emails(f"?department={retail}") == {"ani@example.test"}
    assert emails("?active=inactive") == {"budi@example.test"}
    assert "budi@example.test" not in emails("?active=active")


def test_hr_deactivates_a_leaver_after_confirming_and_reactivates_them(hr_user, learner):
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(hr_user)
    url = f"/admin/people/{learner.pk}/deactivate/"
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Yes, deactivate" in confirm.content.decode()
    learner.refresh_from_db()
    assert learner.is_active  # asking changes nothing
    assert client.post(url).status_code == 403  # no CSRF token
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm.content.decode())
    done = client.post(url, {"csrfmiddlewaretoken": token.group(1)}, follow=True)
    assert done.redirect_chain[-1][0] == "/admin/people/"
    learner.refresh_from_db()
    assert not learner.is_active
    assert "Reactivate" in done.content.decode()

    url = f"/admin/people/{learner.pk}/reactivate/"
    token = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', client.get(url).content.decode()
    )
    client.post(url, {"csrfmiddlewaretoken": token.group(1)})
    learner.refresh_from_db()
    assert learner.is_active


def test_hr_cannot_deactivate_themselves_or_an_administrator(hr_client, hr_user, superuser):
    listing = hr_client.get("/admin/people/").content.decode()
    assert f"/admin/people/{hr_user.pk}/deactivate/" not in listing
    assert f"/admin/people/{superuser.pk}/deactivate/" not in listing
    hr_client.post(f"/admin/people/{superuser.pk}/deactivate/")
    hr_client.post(f"/admin/people/{hr_user.pk}/deactivate/")
    superuser.refresh_from_db()
    hr_user.refresh_from_db()
    assert superuser.is_active and hr_user.is_active


def test_learners_and_trainers_cannot_deactivate_anyone(learner, trainer):
    victim = UserFactory()
    assert admin_client(learner).post(f"/admin/people/{victim.pk}/deactivate/").status_code == 403
    admin_client(trainer).post(f"/admin/people/{victim.pk}/deactivate/")
    victim.refresh_from_db()
    assert victim.is_active
