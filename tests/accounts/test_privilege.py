"""HR runs people, never rights: nobody below a superuser can make an administrator,
set a password, or put anyone in a group (issue 14, hole 1)."""

import pytest
from django.contrib.auth.models import Group, Permission

from cxacademy.accounts import roles
from cxacademy.accounts.models import User
from tests import factories
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

# Wagtail's user and group screens, and what each would let the holder do.
USER_SCREENS = ["/admin/users/", "/admin/users/new/", "/admin/groups/", "/admin/groups/new/"]


@pytest.fixture
def admin_user(site):
    return factories.UserFactory(is_superuser=True, is_staff=True, email="boss@example.test")


def _new_superuser_form(email):
    return {
        "username": "mallory",
        "email": email,
        "first_name": "Mal",
        "last_name": "Lory",
        "password1": "Tr1cky-Passw0rd!",
        "password2": "Tr1cky-Passw0rd!",
        "is_superuser": "on",
        "is_active": "on",
        "groups": [Group.objects.get(name=roles.HR).pk],
    }


def test_hr_cannot_open_wagtails_user_or_group_screens(client, hr_user, admin_user):
    client.force_login(hr_user)
    for url in [
        *USER_SCREENS,
        f"/admin/users/edit/{admin_user.pk}/",
        f"/admin/users/edit/{hr_user.pk}/",
        f"/admin/groups/edit/{Group.objects.get(name=roles.HR).pk}/",
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.status_code == 403 or "/admin/" in response["Location"]


def test_hr_cannot_create_an_administrator(client, hr_user):
    client.force_login(hr_user)
    client.post("/admin/users/new/", _new_superuser_form("mallory@example.test"))
    assert not User.objects.filter(email="mallory@example.test").exists()
    assert not User.objects.filter(is_superuser=True).exclude(email="boss@example.test").exists()


def test_hr_cannot_tick_administrator_on_themselves_or_set_the_superusers_password(
    client, hr_user, admin_user
):
    client.force_login(hr_user)
    form = _new_superuser_form(hr_user.email) | {"username": hr_user.username}
    client.post(f"/admin/users/edit/{hr_user.pk}/", form)
    hr_user.refresh_from_db()
    assert not hr_user.is_superuser

    takeover = _new_superuser_form(admin_user.email) | {"username": admin_user.username}
    client.post(f"/admin/users/edit/{admin_user.pk}/", takeover)
    admin_user.refresh_from_db()
    assert admin_user.check_password(PASSWORD)
    assert not admin_user.check_password("Tr1cky-Passw0rd!")


def test_hr_cannot_change_a_groups_permissions(client, hr_user):
    client.force_login(hr_user)
    hr_group = Group.objects.get(name=roles.HR)
    everything = Permission.objects.values_list("pk", flat=True)
    client.post(
        f"/admin/groups/edit/{hr_group.pk}/", {"name": roles.HR, "permissions": list(everything)}
    )
    assert set(hr_group.permissions.all()) == set(
        Group.objects.get(name=roles.HR).permissions.all()
    )
    assert not hr_user.__class__.objects.get(pk=hr_user.pk).has_perm("auth.change_group")


def test_even_a_group_holding_user_permissions_does_not_open_the_user_screens(
    client, learner, admin_user
):
    """Defence in depth: the screens ask for superuser, not a model permission that a
    future role (or a hand-edited group) might hold."""
    group = Group.objects.create(name="Helpdesk")
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["accounts", "auth"],
            codename__in=["add_user", "change_user", "view_user", "change_group"],
        )
        | Permission.objects.filter(codename="access_admin")
    )
    learner.groups.add(group)
    client.force_login(learner)
    assert client.get("/admin/users/").status_code in (302, 403)
    client.post(f"/admin/users/edit/{admin_user.pk}/", _new_superuser_form(admin_user.email))
    admin_user.refresh_from_db()
    assert admin_user.check_password(PASSWORD)


def test_a_superuser_still_manages_users_and_groups(client, admin_user):
    client.force_login(admin_user)
    for url in USER_SCREENS:
        assert client.get(url).status_code == 200, url


def test_no_role_may_hold_a_permission_that_raises_rights(site, monkeypatch):
    for role in roles.ROLES:
        assert not roles.ESCALATING_PERMISSIONS.intersection(roles.ROLE_PERMISSIONS[role])
    hr_with_users = [*roles.ROLE_PERMISSIONS[roles.HR], "accounts.change_user"]
    monkeypatch.setitem(roles.ROLE_PERMISSIONS, roles.HR, hr_with_users)
    with pytest.raises(roles.EscalatingPermission, match="accounts.change_user"):
        roles.sync_roles()
    assert not Group.objects.get(name=roles.HR).permissions.filter(codename="change_user").exists()


def test_hr_keeps_the_people_work(client, hr_user, site):
    person = factories.learner(full_name="Dewi Lestari")
    client.force_login(hr_user)
    assert client.get("/admin/people/").status_code == 200
    assert client.get("/admin/people/import/").status_code == 200
    response = client.post(f"/admin/people/{person.pk}/deactivate/")
    assert response.status_code == 302
    person.refresh_from_db()
    assert not person.is_active


def test_hr_cannot_use_the_user_bulk_actions(client, hr_user, admin_user):
    client.force_login(hr_user)
    trainer_group = Group.objects.get(name=roles.TRAINER)
    before = set(hr_user.groups.values_list("name", flat=True))
    for action, data in [
        ("assign_role", {"role": trainer_group.pk}),
        ("set_active_state", {"mark_as_active": "False"}),
        ("delete", {}),
    ]:
        response = client.post(
            f"/admin/bulk/accounts/user/{action}/?id={hr_user.pk}&id={admin_user.pk}", data
        )
        assert response.status_code in (302, 403), action
    assert set(hr_user.groups.values_list("name", flat=True)) == before
    admin_user.refresh_from_db()
    assert admin_user.is_active


def test_a_superuser_can_use_the_user_bulk_actions(client, admin_user, learner):
    """The control for the test above: the same request works for a superuser."""
    client.force_login(admin_user)
    trainer_group = Group.objects.get(name=roles.TRAINER)
    response = client.post(
        f"/admin/bulk/accounts/user/assign_role/?id={learner.pk}", {"role": trainer_group.pk}
    )
    assert response.status_code == 302
    assert learner.groups.filter(pk=trainer_group.pk).exists()
