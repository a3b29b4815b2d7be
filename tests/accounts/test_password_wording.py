"""One word for password on every sign-in screen: "kata sandi" (as allauth and Django
say it), never Wagtail's "Kata Kunci", which won the label of the password field
because wagtail.admin comes before allauth in INSTALLED_APPS. Our catalogue
(LOCALE_PATHS, merged last) now holds "Password" (cxacademy/admin_strings.py)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def _url(name: str) -> str:
    with translation.override("id"):
        return reverse(name)


def _assert_one_word(page: str) -> None:
    lowered = page.lower()
    assert "kata kunci" not in lowered
    assert "kata sandi" in lowered
    # Django's password rules say "sandi" alone; ours say "kata sandi" too.
    assert not re.search(r"(?<!kata )\bsandi\b", lowered)


@pytest.mark.parametrize("name", ["account_login", "account_signup", "account_reset_password"])
def test_sign_in_sign_up_and_reset_say_kata_sandi(client, site, settings, name):
    settings.SIGNUP_OPEN = True
    response = client.get(_url(name))
    assert response.status_code == 200
    _assert_one_word(response.content.decode())


def test_the_sign_in_form_labels_the_field_kata_sandi(client, site):
    page = client.get(_url("account_login")).content.decode()
    assert ">Kata sandi<" in page or ">Kata sandi:<" in page or 'placeholder="Kata sandi"' in page


def test_changing_the_password_says_kata_sandi(client, learner):
    client.force_login(learner)
    response = client.get(_url("account_change_password"))
    assert response.status_code == 200
    _assert_one_word(response.content.decode())


def test_a_trainer_s_admin_account_says_kata_sandi_too(client, trainer):
    UserProfile.objects.update_or_create(user=trainer, defaults={"preferred_language": "id"})
    client.force_login(trainer)
    page = client.get("/admin/account/").content.decode()
    assert "kata kunci" not in page.lower()


def test_english_keeps_password(client, site):
    with translation.override("en"):
        url = reverse("account_login")
    assert "Password" in client.get(url).content.decode()
