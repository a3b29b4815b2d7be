"""The base UI: home page, learner navigation, landmarks, demo data."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client, override_settings
from wagtail.models import Page

from cxacademy.accounts.models import Department, LearnerProfile
from cxacademy.demo import people as demo

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_visitors_see_what_the_academy_offers_and_how_to_start(client, site):
    page = client.get("/en/").content.decode()
    assert "Sign in to start learning" in page
    assert 'href="/en/accounts/signup/"' in page
    assert "My learning" not in page  # only for people who are signed in


def test_the_learner_home_greets_by_name_and_links_to_learning(client, site):
    user = User.objects.create_user(
        username="budi", email="budi@example.test", password="x", full_name="Budi Santoso"
    )
    client.force_login(user)
    page = client.get("/en/").content.decode()
    assert "Welcome back, Budi" in page
    for url in ["/en/learn/my-learning/", "/en/learn/catalogue/", "/en/certificates/mine/"]:
        assert f'href="{url}"' in page
        assert client.get(url).status_code == 200


def test_learning_pages_ask_visitors_to_sign_in(client, site):
    for url in ["/id/learn/my-learning/", "/id/certificates/mine/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/id/accounts/login/")


def test_staff_see_an_admin_link_learners_do_not(client, learner, trainer):
    client.force_login(learner)
    assert 'href="/admin/"' not in client.get("/en/").content.decode()
    client.force_login(trainer)
    assert 'href="/admin/"' in client.get("/en/").content.decode()


def test_pages_have_landmarks_a_skip_link_and_labelled_fields(client, site):
    page = client.get("/en/accounts/login/").content.decode()
    assert '<html lang="en">' in page
    assert 'class="skip-link" href="#main"' in page
    for landmark in ['role="banner"', '<main id="main"', 'role="contentinfo"', "<nav"]:
        assert landmark in page
    for field_id in re.findall(r'<input[^>]+type="(?:email|password)"[^>]*id="([^"]+)"', page):
        assert f'for="{field_id}"' in page, f"input {field_id} has no label"


def test_no_asset_comes_from_another_origin(client, site):
    page = client.get("/en/").content.decode()
    for url in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert not url.startswith(("http://", "https://", "//")), url


@override_settings(SIGNUP_OPEN=False)
def test_closed_installs_hide_sign_up_on_the_home_page(client, site):
    assert "/accounts/signup/" not in client.get("/en/").content.decode()


def test_the_home_page_exists_in_both_languages(site):
    assert {page.locale.language_code for page in Page.objects.filter(depth=2)} == {"id", "en"}


def _snapshot():
    return {
        "users": sorted(User.objects.values_list("email", flat=True)),
        "departments": sorted(str(d) for d in Department.objects.select_related("parent")),
        "profiles": LearnerProfile.objects.count(),
        "pages": Page.objects.count(),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "memberships": sorted(User.objects.values_list("email", "groups__name")),
    }


def test_seed_demo_twice_changes_nothing_and_every_role_can_sign_in(db):
    call_command("seed_demo", verbosity=0)
    first = _snapshot()
    call_command("seed_demo", verbosity=0)
    assert _snapshot() == first
    assert len(first["users"]) == len(demo.ACCOUNTS)
    assert first["pages"] > 10  # the demo course in both languages

    # Learners at different stages: Budi (Retail, assigned) is into module 2.
    budi = Client()
    budi.post(
        "/id/accounts/login/", {"login": "budi@cxacademy.test", "password": demo.DEMO_PASSWORD}
    )
    dashboard = budi.get("/id/learn/my-learning/").content.decode()
    assert "Dasar-dasar CX" in dashboard
    assert 'value="50"' in dashboard  # 4 of 8 items: 6 lessons, the quiz, the simulation

    expectations = {
        "trainer@cxacademy.test": ("/admin/", 200),
        "hr@cxacademy.test": ("/admin/", 200),
        "budi@cxacademy.test": ("/admin/", 403),
        "admin@cxacademy.test": ("/admin/", 200),
    }
    for email, (url, status) in expectations.items():
        client = Client()
        response = client.post(
            "/en/accounts/login/", {"login": email, "password": demo.DEMO_PASSWORD}
        )
        assert response.status_code == 302, email
        assert client.get(url).status_code == status, email


def test_seed_demo_refuses_production_without_a_flag(settings, db):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    settings.TESTING = False
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("seed_demo", verbosity=0)
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("value", "language", "shown"),
    [(4.8, "id", "4,8"), (4.8, "en", "4.8"), ("25.000000", "en", "25"), ("0.500000", "id", "0,5")],
)
def test_numbers_show_without_noise_in_the_readers_format(value, language, shown):
    from django.utils import translation

    from cxacademy.home.templatetags.cxa import plain_number

    with translation.override(language):
        assert plain_number(value) == shown
