"""Departments nest; profiles hold what the academy knows about an employee."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from cxacademy.accounts import services
from cxacademy.accounts.models import Department, LearnerProfile
from tests.factories import LearnerProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_department_shows_its_place_in_the_organisation():
    retail = Department.objects.create(name="Retail")
    stores = Department.objects.create(name="Stores", parent=retail)
    jakarta = Department.objects.create(name="Jakarta", parent=stores)
    assert jakarta.path == "Retail / Stores / Jakarta"
    assert str(jakarta) == "Retail / Stores / Jakarta"


def test_a_department_cannot_sit_inside_its_own_sub_department():
    retail = Department.objects.create(name="Retail")
    stores = Department.objects.create(name="Stores", parent=retail)
    retail.parent = stores
    with pytest.raises(ValidationError) as error:
        retail.full_clean()
    assert "parent" in error.value.message_dict


def test_two_departments_of_the_same_name_may_not_share_a_parent():
    retail = Department.objects.create(name="Retail")
    Department.objects.create(name="Jakarta", parent=retail)
    with pytest.raises(IntegrityError):
        Department.objects.create(name="Jakarta", parent=retail)


def test_two_top_level_departments_of_the_same_name_are_refused():
    Department.objects.create(name="Retail")
    with pytest.raises(IntegrityError):
        Department.objects.create(name="Retail")


def test_employees_without_an_id_can_coexist():
    first = LearnerProfileFactory(employee_id="")
    second = LearnerProfileFactory(employee_id="  ")
    for profile in (first, second):
        profile.full_clean()
        profile.save()
    assert LearnerProfile.objects.filter(employee_id__isnull=True).count() == 2


def test_accounts_made_outside_sign_up_get_a_profile_on_first_need(site):
    user = UserFactory()
    assert not LearnerProfile.objects.filter(user=user).exists()
    profile = services.profile_for(user)
    assert profile.preferred_language == "id"
    assert profile.time_zone == "Asia/Jakarta"


def test_an_unknown_language_is_not_remembered(site):
    user = UserFactory()
    assert services.profile_set_language(user=user, language="xx") is None
    assert services.profile_set_language(user=user, language="en").preferred_language == "en"


@pytest.mark.parametrize(
    ("full_name", "greeting"),
    [
        ("Budi Santoso", "Budi"),
        ("T. Aswani Maulana", "Aswani"),
        ("Dr. Rina", "Rina"),
        ("Sukarno", "Sukarno"),
    ],
)
def test_people_are_greeted_by_their_name_not_an_initial(full_name, greeting):
    assert UserFactory(full_name=full_name).get_short_name() == greeting


def test_the_admin_and_emails_see_the_name_not_the_username(client, site):
    user = UserFactory(full_name="Siti Rahayu", username="siti.rahayu")
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Siti", "Rahayu")
    from allauth.account.utils import user_display

    assert user_display(user) == "Siti Rahayu"
