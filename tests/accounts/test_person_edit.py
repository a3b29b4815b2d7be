"""HR corrects a learner's name and profile on the project's own screen; never an
email, a password or a role, and never a staff member's record."""

import pytest
from django.contrib.auth.models import Group

from cxacademy.accounts import roles
from cxacademy.accounts.models import Department
from tests import factories
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(site):
    return factories.learner(full_name="Dewi Lestrai", email="dewi@example.test")


def _form(**overrides):
    return {
        "full_name": "Dewi Lestari",
        "employee_id": "E-100",
        "department": "",
        "job_title": "Kasir",
        "manager": "",
        "preferred_language": "id",
        "time_zone": "Asia/Jakarta",
        **overrides,
    }


def test_hr_corrects_a_learners_name_and_profile(client, hr_user, person):
    lead = factories.learner(full_name="Rina Ketua")
    store = Department.objects.create(name="Toko Bandung")
    client.force_login(hr_user)
    index = client.get("/admin/people/").content.decode()
    assert f"/admin/people/{person.pk}/edit/" in index
    response = client.post(
        f"/admin/people/{person.pk}/edit/",
        _form(department=store.pk, manager=lead.pk, job_title="Supervisor"),
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.full_name == "Dewi Lestari"
    assert (person.profile.department, person.profile.manager) == (store, lead)
    assert person.profile.job_title == "Supervisor"
    assert person.email == "dewi@example.test"
    assert person.check_password(PASSWORD)


def test_the_form_offers_no_email_password_or_role(client, hr_user, person):
    client.force_login(hr_user)
    page = client.get(f"/admin/people/{person.pk}/edit/").content.decode()
    for field in ('name="email"', 'name="password', 'name="groups"', 'name="is_superuser"'):
        assert field not in page


def test_sneaked_in_fields_are_ignored(client, hr_user, person):
    client.force_login(hr_user)
    client.post(
        f"/admin/people/{person.pk}/edit/",
        _form(
            email="mallory@example.test",
            is_superuser="on",
            groups=[Group.objects.get(name=roles.HR).pk],
            password1="x",
        ),
    )
    person.refresh_from_db()
    assert person.email == "dewi@example.test"
    assert not person.is_superuser
    assert list(person.groups.values_list("name", flat=True)) == [roles.LEARNER]


def test_bad_input_is_a_message_and_changes_nothing(client, hr_user, person):
    client.force_login(hr_user)
    response = client.post(
        f"/admin/people/{person.pk}/edit/", _form(full_name="", manager=person.pk)
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    person.refresh_from_db()
    assert person.full_name == "Dewi Lestrai"


def test_a_name_with_a_direction_override_is_refused(client, hr_user, person):
    client.force_login(hr_user)
    response = client.post(f"/admin/people/{person.pk}/edit/", _form(full_name="Dewi \u202eirtseL"))
    assert response.status_code == 200
    assert "full_name" in response.context["form"].errors
    person.refresh_from_db()
    assert person.full_name == "Dewi Lestrai"


def test_hr_cannot_edit_staff_records_not_even_their_own(client, hr_user, trainer):
    other_hr = factories.hr()
    client.force_login(hr_user)
    for staff in (trainer, other_hr, hr_user):
        refused = client.get(f"/admin/people/{staff.pk}/edit/")
        # Wagtail turns a refusal in the admin into "no permission" on the dashboard.
        assert (refused.status_code, refused["Location"]) == (302, "/admin/")
        client.post(f"/admin/people/{staff.pk}/edit/", _form(full_name="Diganti"))
        staff.refresh_from_db()
        assert staff.full_name != "Diganti"


def test_a_superuser_may_edit_staff_records(client, superuser, trainer):
    client.force_login(superuser)
    response = client.post(f"/admin/people/{trainer.pk}/edit/", _form(full_name="Tari Pelatih"))
    assert response.status_code == 302
    trainer.refresh_from_db()
    assert trainer.full_name == "Tari Pelatih"


def test_learners_and_trainers_cannot_edit_people(client, learner, trainer, person):
    for user in (learner, trainer):
        client.force_login(user)
        assert client.get(f"/admin/people/{person.pk}/edit/").status_code in (302, 403)
        client.post(f"/admin/people/{person.pk}/edit/", _form(full_name="Diganti"))
    person.refresh_from_db()
    assert person.full_name == "Dewi Lestrai"


def test_a_name_certificates_cannot_print_is_warned_about_once(client, hr_user, person):
    brahmi = "\U00011013\U00011000"  # no bundled font draws Brahmi
    client.force_login(hr_user)
    first = client.post(f"/admin/people/{person.pk}/edit/", _form(full_name=brahmi))
    assert first.status_code == 200
    assert "full_name" in first.context["form"].errors
    again = client.post(
        f"/admin/people/{person.pk}/edit/",
        _form(full_name=brahmi, full_name_confirmed=brahmi),
    )
    assert again.status_code == 302
    person.refresh_from_db()
    assert person.full_name == brahmi


def test_a_name_is_stored_normalised(client, hr_user, person):
    client.force_login(hr_user)
    decomposed = "Dewi  Le\u0301stari"  # e + combining acute, two spaces
    client.post(f"/admin/people/{person.pk}/edit/", _form(full_name=decomposed))
    person.refresh_from_db()
    assert person.full_name == "Dewi L\u00e9stari"
