"""The foundation's journeys, as a person in a real browser lives them.

Language, sign-up with email verification, sign-in, and who reaches the admin.
Each test asserts what the person would notice on screen, and saves a screenshot
of every page it visits (see conftest.py).
"""

import re

import pytest
from django.utils import translation
from playwright.sync_api import Page, expect

from cxacademy.home.models import HomePage
from tests import factories

pytestmark = pytest.mark.e2e

NEW_PASSWORD = "Kopi-susu-2024!"


# --- helpers -------------------------------------------------------------------


def in_language(language: str, message: str) -> str:
    """`message` as the app shows it in `language` (the compiled catalogues decide)."""
    with translation.override(language):
        return translation.gettext(message)


def path_re(path: str) -> re.Pattern:
    """Matches a full URL whose path is exactly `path` (any query string)."""
    return re.compile(rf"^https?://[^/]+{re.escape(path)}(\?.*)?$")


def login(
    page: Page, live_server, user, *, lang: str = "id", password: str | None = None, shoot=None
) -> None:
    """Sign in through allauth's form, as a person would, and wait until signed in."""
    page.goto(f"{live_server.url}/{lang}/accounts/login/")
    form = page.locator("main form", has=page.locator("input[name=password]"))
    form.locator("input[name=login]").fill(user.email)
    form.locator("input[name=password]").fill(password or factories.PASSWORD)
    if shoot:
        shoot("login-form")
    form.locator("button[type=submit]").click()
    # Signed in: the header's account menu shows the person's name.
    expect(page.locator("header .account-menu summary")).to_have_text(user.display_name)
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    if shoot:
        shoot("signed-in")


def switch_language(page: Page, code: str) -> None:
    page.locator(f"header form.lang-switch button[name=language][value={code}]").click()


# --- a. language -----------------------------------------------------------------


def test_visitor_lands_in_indonesian_and_switches_to_english_and_back(page, live_server, shoot):
    page.goto(live_server.url + "/")
    expect(page).to_have_url(path_re("/id/"))
    expect(page.locator("html")).to_have_attribute("lang", "id")
    nav = page.locator("header nav.site-nav")
    expect(nav.get_by_role("link", name="Katalog")).to_be_visible()
    expect(page.locator("button[name=language][value=id]")).to_have_attribute(
        "aria-pressed", "true"
    )
    shoot("home-id")

    switch_language(page, "en")
    expect(page).to_have_url(path_re("/en/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(nav.get_by_role("link", name="Catalogue")).to_be_visible()
    expect(page.locator("button[name=language][value=en]")).to_have_attribute(
        "aria-pressed", "true"
    )
    shoot("home-en")

    # Switching keeps the person on the same page, not just the home page. (The sign-in
    # page: its address is the same in both languages, unlike Wagtail pages' slugs.)
    page.locator("header .site-tools").get_by_role("link", name="Sign in").click()
    expect(page).to_have_url(path_re("/en/accounts/login/"))
    shoot("sign-in-en")

    switch_language(page, "id")
    expect(page).to_have_url(path_re("/id/accounts/login/"))
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(nav.get_by_role("link", name="Katalog")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Masuk")
    shoot("sign-in-id")


# --- b. sign-up --------------------------------------------------------------------


def test_visitor_signs_up_verifies_email_and_reaches_learner_home(
    page, live_server, mailoutbox, shoot
):
    email = "siti.rahayu@example.test"
    page.goto(f"{live_server.url}/en/accounts/signup/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    form = page.locator("main form", has=page.locator("input[name=password2]"))
    form.locator("input[name=full_name]").fill("Siti Rahayu")
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=password1]").fill(NEW_PASSWORD)
    form.locator("input[name=password2]").fill(NEW_PASSWORD)
    shoot("signup-form")
    form.locator("button[type=submit]").click()

    # "Verify your email" notice, not a signed-in page.
    expect(page).to_have_url(path_re("/en/accounts/confirm-email/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile(r"verify your email", re.I)
    )
    expect(page.locator("header .account-menu")).to_have_count(0)
    shoot("verify-notice")

    assert len(mailoutbox) == 1, [m.subject for m in mailoutbox]
    message = mailoutbox[0]
    assert message.to == [email]
    found = re.search(r"https?://\S+/en/accounts/confirm-email/[^/\s]+/", message.body)
    assert found, message.body
    page.goto(found.group(0))
    shoot("confirm-page")
    page.locator("main form button[type=submit]").click()

    # Confirmed: allauth sends the person to sign in, with a success message.
    expect(page).to_have_url(path_re("/en/accounts/login/"))
    expect(page.locator(".messages .message--success")).to_contain_text(email)
    shoot("confirmed")

    form = page.locator("main form", has=page.locator("input[name=password]"))
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(NEW_PASSWORD)
    form.locator("button[type=submit]").click()

    expect(page).to_have_url(path_re("/en/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome back, Siti")
    expect(page.locator("header .account-menu summary")).to_have_text("Siti Rahayu")
    cards = page.locator("main .card-grid")
    for name in ("My learning", "Catalogue", "My certificates"):
        expect(cards.get_by_role("link", name=name)).to_be_visible()
    shoot("learner-home")

    cards.get_by_role("link", name="My learning").click()
    expect(page).to_have_url(path_re("/en/learn/my-learning/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    shoot("my-learning")


# --- c. wrong password ---------------------------------------------------------------


def test_wrong_password_shows_an_error_and_stays_on_login(page, live_server, learner, shoot):
    page.goto(f"{live_server.url}/id/accounts/login/")
    form = page.locator("main form", has=page.locator("input[name=password]"))
    form.locator("input[name=login]").fill(learner.email)
    form.locator("input[name=password]").fill("not-the-password")
    shoot("login-form")
    form.locator("button[type=submit]").click()

    english = "The email address and/or password you specified are not correct."
    error = in_language("id", english)  # allauth's own Indonesian wording
    assert error != english
    expect(page.locator("main")).to_contain_text(error)
    expect(page).to_have_url(path_re("/id/accounts/login/"))
    expect(page.locator("header .account-menu")).to_have_count(0)
    # The email stays filled in; the password does not.
    expect(form.locator("input[name=login]")).to_have_value(learner.email)
    shoot("login-error")


# --- d-f. who reaches the admin ---------------------------------------------------------


def test_trainer_reaches_dashboard_and_edits_home_page(page, live_server, trainer, shoot):
    login(page, live_server, trainer, shoot=shoot)
    home = HomePage.objects.first()

    # Staff see an "Admin" link in the site header; it opens Wagtail's dashboard.
    page.locator("header nav.site-nav").get_by_role("link", name=in_language("id", "Admin")).click()
    expect(page).to_have_url(path_re("/admin/"))
    sidebar = page.locator("#wagtail-sidebar")
    pages_item = sidebar.locator(".sidebar-page-explorer-item")
    expect(pages_item).to_be_visible()
    admin_language = page.locator("html").get_attribute("lang")
    expect(pages_item).to_contain_text(in_language(admin_language, "Pages"))
    shoot("dashboard")

    # The page explorer lists the home page.
    pages_item.get_by_role("button").click()
    explorer = page.get_by_role("dialog")
    expect(explorer).to_contain_text(home.title)
    shoot("explorer")

    page.goto(f"{live_server.url}/admin/pages/{home.pk}/edit/")
    expect(page).to_have_url(path_re(f"/admin/pages/{home.pk}/edit/"))
    editor = page.locator("form#page-edit-form")
    expect(editor).to_be_visible()
    expect(editor.locator("[name=title]")).to_have_value(home.title)
    shoot("page-editor")


def test_hr_reaches_admin_but_cannot_edit_pages(page, live_server, hr_user, shoot):
    login(page, live_server, hr_user, shoot=shoot)
    home = HomePage.objects.first()

    page.goto(f"{live_server.url}/admin/")
    sidebar = page.locator("#wagtail-sidebar")
    # The sidebar is drawn by JavaScript; wait for it before checking what is missing.
    expect(sidebar.locator(".sidebar-menu-item").first).to_be_visible()
    admin_language = page.locator("html").get_attribute("lang")
    expect(sidebar.locator(".sidebar-page-explorer-item")).to_have_count(0)
    expect(sidebar).not_to_contain_text(in_language(admin_language, "Pages"))
    expect(sidebar).not_to_contain_text("Pages")
    shoot("dashboard")

    page.goto(f"{live_server.url}/admin/pages/{home.pk}/edit/")
    # Wagtail sends them back to the dashboard with a permission message.
    expect(page).to_have_url(path_re("/admin/"))
    expect(page.locator(".messages li.error")).to_contain_text(
        in_language(admin_language, "Sorry, you do not have permission to access this area.")
    )
    expect(page.locator("form#page-edit-form")).to_have_count(0)
    shoot("edit-refused")


def test_learner_gets_403_at_admin(page, live_server, learner, shoot):
    login(page, live_server, learner, shoot=shoot)
    expect(page).to_have_url(path_re("/id/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Selamat datang kembali, {learner.get_short_name()}"
    )
    expect(
        page.locator("main .card-grid").get_by_role("link", name="Pembelajaran saya")
    ).to_be_visible()
    # No admin link for learners.
    expect(
        page.locator("header nav.site-nav").get_by_role("link", name=in_language("id", "Admin"))
    ).to_have_count(0)

    response = page.goto(f"{live_server.url}/admin/")
    assert response is not None and response.status == 403
    expect(page.locator(".error-page__code")).to_have_text("403")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Halaman ini tidak terbuka untuk Anda"
    )
    # Not Wagtail's login form: that would read as "sign in again".
    expect(page.locator("input[name=password]")).to_have_count(0)
    shoot("admin-403")
