"""Bahasa Indonesia first, English second; the chosen language follows the person."""

import os
import shutil
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client, RequestFactory
from django.utils import translation

from cxacademy import views
from cxacademy.accounts.models import LearnerProfile
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db
LOCALE = settings.BASE_DIR / "cxacademy" / "locale" / "id" / "LC_MESSAGES"


def test_a_visitor_lands_in_bahasa_indonesia(client, site):
    response = client.get("/", follow=True)
    assert response.redirect_chain[-1][0] == "/id/"
    page = response.content.decode()
    assert '<html lang="id">' in page
    assert "Katalog" in page and "Masuk" in page


def test_a_browser_asking_for_english_gets_english(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9", follow=True)
    assert response.redirect_chain[-1][0] == "/en/"
    assert "Catalogue" in response.content.decode()


def test_the_switcher_keeps_the_page_and_changes_the_language(client, site):
    response = client.post(
        "/i18n/setlang/", {"language": "en", "next": "/id/learn/catalogue/"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/en/learn/catalogue/"
    assert '<html lang="en">' in response.content.decode()


def test_the_switcher_names_each_language_in_itself(client, site):
    page = client.get("/id/").content.decode()
    assert "English" in page and "Bahasa Indonesia" in page
    assert "Inggris" not in page


def test_a_signed_in_choice_is_remembered_on_the_next_device(site, learner):
    first_device = Client()
    first_device.post("/en/accounts/login/", {"login": learner.email, "password": PASSWORD})
    first_device.post("/i18n/setlang/", {"language": "en", "next": "/id/"})
    assert LearnerProfile.objects.get(user=learner).preferred_language == "en"

    second_device = Client()  # no language cookie, browser asks for Indonesian
    second_device.post("/id/accounts/login/", {"login": learner.email, "password": PASSWORD})
    response = second_device.get("/", HTTP_ACCEPT_LANGUAGE="id", follow=True)
    assert response.redirect_chain[-1][0] == "/en/"


def test_switching_language_needs_csrf_and_post(site):
    client = Client(enforce_csrf_checks=True)
    assert client.post("/i18n/setlang/", {"language": "en"}).status_code == 403
    assert client.get("/i18n/setlang/?language=en").status_code == 405


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/id/tidak-ada/", "Kami tidak dapat menemukan halaman tersebut"),
        ("/en/nope/", "We could not find that page"),
    ],
)
def test_not_found_page_speaks_the_language_of_the_address(client, site, url, text):
    response = client.get(url)
    assert response.status_code == 404
    assert text in response.content.decode()


def test_server_error_page_is_translated_and_needs_no_database():
    request = RequestFactory().get("/id/")
    with translation.override("id"):
        indonesian = views.server_error(request).content.decode()
    with translation.override("en"):
        english = views.server_error(request).content.decode()
    assert "Something went wrong on our side" in english
    assert "Something went wrong on our side" not in indonesian
    assert '<html lang="id">' in indonesian


def test_forbidden_page_is_translated(client, learner):
    client.force_login(learner)
    assert "Halaman ini tidak terbuka untuk Anda" in client.get("/admin/").content.decode()


def _msgfmt():
    return shutil.which("msgfmt")


@pytest.mark.skipif(
    not _msgfmt(), reason="gettext's msgfmt is not installed (apt-get install gettext)"
)
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_committed_catalogue_is_complete_and_compiled(tmp_path, domain):
    """Both domains: djangojs holds what Wagtail's own JavaScript shows in the admin."""
    po = LOCALE / f"{domain}.po"
    stats = subprocess.run(
        [_msgfmt(), "--check", "--statistics", "-o", str(tmp_path / "fresh.mo"), str(po)],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    assert "untranslated" not in stats and "fuzzy" not in stats, stats
    assert (tmp_path / "fresh.mo").read_bytes() == (LOCALE / f"{domain}.mo").read_bytes(), (
        f"{domain}.mo is stale: run `make messages`"
    )


@pytest.mark.skipif(
    not shutil.which("xgettext"), reason="gettext is not installed (apt-get install gettext)"
)
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_interface_string_has_an_indonesian_translation(tmp_path, domain):
    """Extract the strings afresh from a copy of the code: anything new and untranslated fails."""
    copy = tmp_path / "src"
    ignore = shutil.ignore_patterns(
        ".venv",
        "var",
        ".git",
        "__pycache__",
        "node_modules",
        "media",
        "staticfiles",
        ".pytest_cache",
        ".ruff_cache",
    )
    shutil.copytree(settings.BASE_DIR, copy, ignore=ignore)
    environ = {**os.environ, "DJANGO_SETTINGS_MODULE": "cxacademy.settings.test"}
    domain_args = ["-d", domain, "--ignore", "staticfiles/*"] if domain == "djangojs" else []
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "id",
            "--no-obsolete",
            "--ignore",
            "tests/*",
            *domain_args,
        ],
        cwd=copy,
        env=environ,
        capture_output=True,
        check=True,
        timeout=300,
    )
    stats = subprocess.run(
        [
            _msgfmt(),
            "--statistics",
            "-o",
            os.devnull,
            str(copy / f"cxacademy/locale/id/LC_MESSAGES/{domain}.po"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    assert "untranslated" not in stats and "fuzzy" not in stats, (
        f"{stats.strip()}: run `make messages` and translate the new strings"
    )


def test_page_types_have_indonesian_plurals():
    """Django's default plural adds an "s": the explorer read "moduls", "halaman berandas"."""
    from wagtail.models import get_page_models

    ours = [m for m in get_page_models() if not m.__module__.startswith("wagtail.")]
    assert ours
    with translation.override("id"):
        for model in ours:
            singular = str(model._meta.verbose_name)
            plural = str(model._meta.verbose_name_plural)
            assert plural != f"{singular}s", model.__name__
            assert plural.isascii() and plural.lower() == plural, model.__name__
