"""Who reaches what: learners never the admin, trainers edit content, HR does not."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import GroupPagePermission

from cxacademy.accounts import roles
from cxacademy.home.models import HomePage
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def _perms(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_the_three_roles_exist_with_exactly_their_permissions(site):
    for role in roles.ROLES:
        assert _perms(role) == set(roles.ROLE_PERMISSIONS[role])
    trainer_pages = GroupPagePermission.objects.filter(group__name=roles.TRAINER)
    assert {p.permission.codename for p in trainer_pages} >= {
        "add_page",
        "change_page",
        "publish_page",
    }
    assert not GroupPagePermission.objects.filter(group__name=roles.HR).exists()


def test_wagtails_default_editing_groups_are_gone(site):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_syncing_roles_twice_changes_nothing(site):
    before = {role: _perms(role) for role in roles.ROLES}
    page_perms = GroupPagePermission.objects.count()
    assert roles.sync_roles() is True
    assert {role: _perms(role) for role in roles.ROLES} == before
    assert GroupPagePermission.objects.count() == page_perms


def test_a_mistyped_permission_is_reported(site, monkeypatch):
    monkeypatch.setitem(roles.ROLE_PERMISSIONS, roles.HR, ["accounts.fly_to_the_moon"])
    with pytest.raises(roles.UnknownPermission, match="accounts.fly_to_the_moon"):
        roles.sync_roles()


def test_a_learner_gets_a_403_page_for_the_admin(client, learner):
    client.force_login(learner)
    for url in ["/admin/", "/admin/pages/", "/admin/snippets/accounts/department/"]:
        response = client.get(url)
        assert response.status_code == 403, url
        assert "403" in response.content.decode()


def test_a_visitor_is_sent_to_sign_in_for_the_admin(client, site):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_trainer_can_open_the_page_editor(client, trainer, site):
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{site.pk}/edit/").status_code == 200


def test_hr_reaches_the_admin_but_cannot_edit_pages(client, hr_user, site):
    client.force_login(hr_user)
    assert client.get("/admin/").status_code == 200
    response = client.get(f"/admin/pages/{site.pk}/edit/")
    assert response.status_code == 302  # Wagtail sends them back with "no permission"
    client.post(f"/admin/pages/{site.pk}/edit/", {"title": "Hijacked", "slug": "home"})
    assert HomePage.objects.get(pk=site.pk).title == "CX Academy"


def test_hr_and_trainers_manage_departments_hr_also_people(client, hr_user, trainer):
    client.force_login(hr_user)
    assert client.get("/admin/snippets/accounts/department/").status_code == 200
    assert client.get("/admin/snippets/accounts/learnerprofile/").status_code == 200
    assert client.get("/admin/people/").status_code == 200
    client.force_login(trainer)
    assert client.get("/admin/snippets/accounts/department/").status_code == 200
    # Trainers do not manage people.
    assert client.get("/admin/snippets/accounts/learnerprofile/").status_code == 302


def test_hr_creates_a_department_in_the_admin(client, hr_user):
    client.force_login(hr_user)
    response = client.post("/admin/snippets/accounts/department/add/", {"name": "Retail"})
    assert response.status_code == 302
    assert client.get("/admin/snippets/accounts/department/").content.decode().count("Retail") >= 1


@override_settings(REQUIRE_STAFF_MFA=True)
def test_staff_must_set_up_an_authenticator_when_the_site_requires_it(client, trainer):
    client.post("/en/accounts/login/", {"login": trainer.email, "password": PASSWORD})
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/accounts/2fa/totp/activate/" in response["Location"]
    # allauth asks for the password again before showing the set-up page; both
    # stay reachable (no redirect loop).
    reauthenticate = client.get(response["Location"])
    assert "/accounts/reauthenticate/" in reauthenticate["Location"]
    assert client.get(reauthenticate["Location"]).status_code == 200
    confirmed = client.post(reauthenticate["Location"], {"password": PASSWORD}, follow=True)
    assert confirmed.redirect_chain[-1][0].endswith("/accounts/2fa/totp/activate/")
    assert confirmed.status_code == 200

    TOTP.activate(trainer, generate_totp_secret())
    assert client.get("/admin/").status_code == 200


@override_settings(REQUIRE_STAFF_MFA=True)
def test_learners_are_not_forced_into_mfa(client, learner):
    client.force_login(learner)
    assert client.get("/id/learn/my-learning/").status_code == 200


def test_staff_mfa_is_off_unless_the_site_turns_it_on(client, trainer):
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200


def test_mfa_with_recovery_codes_is_available_to_everyone(client, learner):
    client.force_login(learner)
    page = client.get("/en/accounts/2fa/").content.decode()
    assert "Authenticator App" in page
    assert "Recovery Codes" in page
