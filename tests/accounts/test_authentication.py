"""Signing up, in and out, resetting a password: by email, translated, no enumeration."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def _signup(client, email="rina@example.test", name="Rina Wulandari", lang="id"):
    return client.post(
        f"/{lang}/accounts/signup/",
        {"full_name": name, "email": email, "password1": PASSWORD, "password2": PASSWORD},
        follow=True,
    )


def _login(client, email, password=PASSWORD, lang="en"):
    return client.post(
        f"/{lang}/accounts/login/", {"login": email, "password": password}, follow=True
    )


def test_login_by_email_lands_on_the_learner_home(client, learner):
    response = _login(client, learner.email)
    assert response.wsgi_request.user == learner
    assert response.redirect_chain[-1][0] in {"/id/", "/en/"}
    assert (
        "Welcome back" in response.content.decode() or "Selamat datang" in response.content.decode()
    )


def test_wrong_password_and_unknown_email_get_the_same_translated_message(client, learner):
    wrong_password = _login(client, learner.email, "not-the-password", lang="id")
    unknown_email = _login(client, "nobody@example.test", "not-the-password", lang="id")
    assert not wrong_password.wsgi_request.user.is_authenticated
    assert wrong_password.status_code == unknown_email.status_code == 200

    def error(response):
        return re.search(r'<ul class="errorlist[^"]*">(.*?)</ul>', response.content.decode(), re.S)

    assert error(wrong_password) and error(unknown_email)
    assert error(wrong_password).group(1) == error(unknown_email).group(1)
    # Indonesian page, Indonesian message (allauth's own catalogue).
    assert "alamat e-mail" in error(wrong_password).group(1).lower()


def test_sign_up_asks_for_a_name_and_sends_a_verification_email(client, site):
    response = _signup(client, lang="en")
    user = User.objects.get(email="rina@example.test")
    assert user.full_name == "Rina Wulandari"
    assert user.profile.preferred_language == "en"
    assert not response.wsgi_request.user.is_authenticated  # verification is mandatory
    assert len(mail.outbox) == 1
    assert "/en/accounts/confirm-email/" in mail.outbox[0].body


def test_an_unverified_account_cannot_sign_in_until_the_link_is_followed(client, site):
    _signup(client)
    link = re.search(r"https?://[^/]+(/\S+confirm-email/\S+/)", mail.outbox[0].body).group(1)
    blocked = _login(client, "rina@example.test")
    assert not blocked.wsgi_request.user.is_authenticated
    client.post(link)
    allowed = _login(client, "rina@example.test")
    assert allowed.wsgi_request.user.email == "rina@example.test"


def test_sign_up_without_a_name_is_refused_with_a_message(client, site):
    response = _signup(client, name="   ", lang="en")
    assert not User.objects.filter(email="rina@example.test").exists()
    assert "This field is required." in response.content.decode()


def test_duplicate_sign_up_reveals_nothing_and_creates_nothing(client, learner):
    fresh = _signup(client, email="someone-new@example.test", lang="en")
    duplicate = _signup(client, email=learner.email, lang="en")
    assert User.objects.filter(email=learner.email).count() == 1
    # Both visitors see the same "check your inbox" page; the owner gets a notice.
    assert fresh.redirect_chain[-1][0] == duplicate.redirect_chain[-1][0]
    assert mail.outbox[-1].to == [learner.email]


@override_settings(SIGNUP_OPEN=False)
def test_a_closed_install_has_no_sign_up(client, site):
    home = client.get("/en/").content.decode()
    assert "/en/accounts/signup/" not in home
    response = _signup(client, lang="en")
    assert not User.objects.filter(email="rina@example.test").exists()
    assert "Sign Up Closed" in response.content.decode()


def test_password_reset_does_not_reveal_whether_an_account_exists(client, learner):
    known = client.post("/en/accounts/password/reset/", {"email": learner.email}, follow=True)
    unknown = client.post(
        "/en/accounts/password/reset/", {"email": "nobody@example.test"}, follow=True
    )
    assert known.redirect_chain == unknown.redirect_chain
    assert known.content.decode().count("email") == unknown.content.decode().count("email")
    reset_mail = next(m for m in mail.outbox if m.to == [learner.email])
    assert "/en/accounts/password/reset/key/" in reset_mail.body


def test_a_password_reset_link_resets_once_and_then_is_refused(client, learner):
    client.post("/en/accounts/password/reset/", {"email": learner.email})
    link = re.search(r"https?://[^/]+(/\S+/password/reset/key/\S+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    new_password = "An0ther-strong-one"
    client.post(set_url, {"password1": new_password, "password2": new_password})
    learner.refresh_from_db()
    assert learner.check_password(new_password)

    client.logout()
    again = client.get(link, follow=True).content.decode()
    assert "Bad Token" in again or "invalid" in again.lower()


def test_repeated_failed_logins_are_rate_limited(client, learner):
    for _ in range(5):
        _login(client, learner.email, "wrong-password")
    response = _login(client, learner.email, PASSWORD)
    assert not response.wsgi_request.user.is_authenticated
    assert "Too many failed login attempts" in response.content.decode()


def test_sign_out_is_a_post_with_csrf(site):
    from django.test import Client

    user = UserFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 403
    assert client.get("/en/learn/my-learning/").status_code == 200


SSO_ENVIRONMENT = {
    "SSO_OIDC_SERVER_URL": "https://login.example.com/realms/staff",
    "SSO_OIDC_CLIENT_ID": "cx-academy",
    "SSO_OIDC_CLIENT_SECRET": "s3cret",
    "SSO_OIDC_NAME": "Login Karyawan",
    "SSO_SAML_IDP_ENTITY_ID": "https://idp.example.com/saml",
    "SSO_SAML_IDP_SSO_URL": "https://idp.example.com/saml/sso",
    "SSO_SAML_IDP_X509CERT": "MIIC",
    "SSO_SAML_NAME": "SAML Perusahaan",
}


def test_configured_single_sign_on_appears_on_the_sign_in_page(client, site, settings):
    from cxacademy import env

    settings.SOCIALACCOUNT_PROVIDERS = env.social_providers(env.read(SSO_ENVIRONMENT))
    page = client.get("/en/accounts/login/").content.decode()
    assert "Login Karyawan" in page
    assert "SAML Perusahaan" in page
    assert "/en/accounts/oidc/corporate/login/" in page
    # Starting the OpenID Connect login asks for confirmation first (a POST, CSRF-protected);
    # nothing is fetched from the provider on a GET.
    start = client.get("/en/accounts/oidc/corporate/login/")
    assert start.status_code == 200
    assert 'method="post"' in start.content.decode()


def test_without_configuration_there_is_no_single_sign_on_button(client, site):
    assert "/accounts/oidc/" not in client.get("/en/accounts/login/").content.decode()
