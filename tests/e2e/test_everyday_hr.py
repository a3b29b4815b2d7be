"""Issue 15, HR in a real browser: the completion report fits a 1366 px screen with
its downloads in sight and remembers the columns a person chose (on the server, so
a second device sees them too); the assignment form lists each course once, finds
learners and never staff, and its save button stays clickable with the date picker
open, on a laptop and on a phone; the people count of an assignment opens the report
of exactly that assignment."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from courses import services
from courses.models import CourseAssignment
from cxacademy.accounts.models import Department
from cxacademy.hr.models import ReportPreference
from tests import factories
from tests.courses.conftest import build_course, translate
from tests.e2e.conftest import TIMEOUT_MS
from tests.e2e.test_foundation import in_language, login, path_re

pytestmark = pytest.mark.e2e

LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
COURSE = "Layanan Prima"
COURSE_EN = "Service Excellence"


@pytest.fixture
def academy(site):
    """One course in two languages, assigned to a store; a learner outside it."""
    course = build_course(site, modules=1, lessons=2, title=COURSE)
    english = translate(course, "en")
    english.title = COURSE_EN
    english.save_revision().publish()
    retail = Department.objects.create(name="Retail")
    store = Department.objects.create(name="Toko Bandung", parent=retail)
    people = []
    for name in ("Ani Lestari", "Budi Santoso", "Citra Dewi"):
        person = factories.learner(full_name=name, email=f"{name.split()[0].lower()}@example.test")
        factories.LearnerProfileFactory(user=person, department=store, employee_id=f"E-{name[0]}")
        people.append(person)
    outsider = factories.learner(full_name="Sekar Wangi", email="sekar@example.test")
    factories.LearnerProfileFactory(user=outsider, department=retail)
    due = timezone.localdate() + datetime.timedelta(days=30)
    assignment = CourseAssignment.objects.create(course=course, department=store, due_date=due)
    services.assignment_apply(assignment=assignment)
    return {"course": course, "english": english, "assignment": assignment, "outsider": outsider}


def sized(page: Page, live_server, viewport) -> Page:
    """A new browser context of this size (the `page` fixture's is 1280 px)."""
    context = page.context.browser.new_context(
        viewport=viewport, locale="id-ID", base_url=live_server.url
    )
    context.set_default_timeout(TIMEOUT_MS)
    return context.new_page()


def header_cell(page: Page, label: str):
    return page.locator("#listing-results table.listing thead th").filter(
        has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")
    )


def assert_on_screen(page: Page, locator) -> None:
    """Seen without scrolling sideways: inside the window's width."""
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    width = page.evaluate("window.innerWidth")
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, (box, width)


def test_the_report_fits_a_laptop_and_remembers_the_chosen_columns(
    page, live_server, hr_user, academy, screenshots
):
    laptop = sized(page, live_server, LAPTOP)
    login(laptop, live_server, hr_user)
    laptop.goto("/admin/hr/completions/")
    rows = laptop.locator("#listing-results table.listing tbody tr")
    expect(rows).to_have_count(3)
    for label in ("Name", "Course", "Status", "Progress", "Due date"):
        assert_on_screen(laptop, header_cell(laptop, in_language("id", label)))
    assert_on_screen(laptop, rows.first.locator(".hr-status"))
    assert_on_screen(laptop, rows.first.locator("progress"))
    assert_on_screen(laptop, rows.first.locator("time"))  # the due date
    assert laptop.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "the report scrolls sideways"
    )
    # The downloads are in sight, not behind "⋯".
    for fmt, label in (("csv", "Download CSV"), ("xlsx", "Download XLSX")):
        button = laptop.locator(f"#w-slim-header-buttons a[data-export={fmt}]")
        assert_on_screen(laptop, button)
        expect(button).to_have_text(in_language("id", label))
    laptop.screenshot(path=str(screenshots / "everyday-hr--report-1366.png"), full_page=True)

    # Choose columns: add Email, drop Employee ID; save.
    chooser = laptop.locator("details.hr-columns")
    chooser.locator("summary").click()
    chooser.get_by_label(in_language("id", "Email"), exact=True).check()
    chooser.get_by_label(in_language("id", "Employee ID"), exact=True).uncheck()
    chooser.get_by_role("button", name=in_language("id", "Save columns")).click()
    expect(laptop).to_have_url(path_re("/admin/hr/completions/"))
    expect(laptop.locator(".messages li.success")).to_be_visible()
    email = header_cell(laptop, in_language("id", "Email"))
    employee_id = header_cell(laptop, in_language("id", "Employee ID"))
    expect(email).to_have_count(1)
    expect(employee_id).to_have_count(0)
    assert_on_screen(laptop, header_cell(laptop, in_language("id", "Status")))
    laptop.screenshot(path=str(screenshots / "everyday-hr--report-columns.png"), full_page=True)

    # A reload keeps them; so does another device (they are kept on the server).
    laptop.reload()
    expect(email).to_have_count(1)
    expect(employee_id).to_have_count(0)
    assert "email" in ReportPreference.objects.get(user=hr_user).columns
    other = sized(page, live_server, LAPTOP)
    login(other, live_server, hr_user)
    other.goto("/admin/hr/completions/")
    expect(header_cell(other, in_language("id", "Email"))).to_have_count(1)
    expect(header_cell(other, in_language("id", "Employee ID"))).to_have_count(0)


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1366", "390"])
def test_the_assignment_form_lists_courses_once_finds_learners_and_saves(
    page, live_server, hr_user, trainer, academy, viewport, screenshots
):
    form_page = sized(page, live_server, viewport)
    login(form_page, live_server, hr_user)
    form_page.goto("/admin/course_assignments/new/")

    # Each course once, in the admin's language (Indonesian here).
    course = form_page.locator("select#id_course")
    expect(course.locator("option", has_text=COURSE)).to_have_count(1)
    expect(course.locator("option", has_text=COURSE_EN)).to_have_count(0)
    course.select_option(label=COURSE)

    # The people search finds a learner by name or department, never staff.
    search = form_page.locator("input#id_users")
    results = form_page.locator("[data-hr-people-results] li")
    search.fill(trainer.full_name)
    expect(form_page.locator("[data-hr-people-status]")).to_have_text(
        in_language("id", "No learner matches.")
    )
    expect(results).to_have_count(0)
    search.fill("Sekar")
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("sekar@example.test")
    expect(results.first).to_contain_text("Retail")
    results.first.get_by_role("button").click()
    chosen = form_page.locator("[data-hr-people-chosen] input[type=checkbox]:checked")
    expect(chosen).to_have_count(1)

    # Open the date picker, then save without closing it.
    due = form_page.locator("input#id_due_date")
    due.click()
    due.evaluate("input => input.showPicker()")  # the browser's own picker, open
    due.fill("2027-01-31")
    save = form_page.locator("main form button[type=submit].button-longrunning")
    shot = screenshots / f"everyday-hr--assignment-{viewport['width']}.png"
    form_page.screenshot(path=str(shot), full_page=True)
    save.click()
    expect(form_page).to_have_url(path_re("/admin/course_assignments/"))
    assignment = CourseAssignment.objects.order_by("-pk").first()
    assert assignment.pk != academy["assignment"].pk
    assert list(assignment.users.all()) == [academy["outsider"]]
    assert str(assignment.due_date) == "2027-01-31"


def test_the_people_count_opens_the_report_of_that_assignment(
    page, live_server, hr_user, academy, shoot
):
    # A second assignment of the same course, to one named learner.
    named = CourseAssignment.objects.create(course=academy["course"])
    named.users.set([academy["outsider"]])
    services.assignment_apply(assignment=named)
    login(page, live_server, hr_user)
    page.goto("/admin/course_assignments/")
    row = page.locator("main table.listing tbody tr").filter(
        has=page.locator(f"a[href*='assignment={named.pk}']")
    )
    link = row.locator(f"a[href*='assignment={named.pk}']")
    expect(link).to_have_text("1")
    link.click()
    expect(page).to_have_url(re.compile(rf"/admin/hr/completions/\?assignment={named.pk}$"))
    rows = page.locator("#listing-results table.listing tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Sekar Wangi")
    shoot("report-of-one-assignment")
