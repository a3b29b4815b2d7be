"""Every admin listing searches and sorts on both databases, whatever is typed.

What it tries: each listing the admin exposes without an object in its URL (found in
the URL conf: names ending in `:index`, `_index`, `list`, their `_results` partials,
choosers, reports and our own HR screens; every snippet model's listing besides),
requested as a superuser with `?q=` set to plain and Indonesian words, SQL and
full-text-search syntax (`%`, `_`, quotes, `AND`, `NEAR(`, `*`…), a 300-character
string and text in several scripts; then sorted by every column the listing offers
a sort link for, both ways.

What must hold: every answer is a 200, never a 500. A listing added later is found
and tried on its own, so a new screen whose search breaks on one database fails here.

The data behind the listings is small but real (a question in the search index, a
department, a learner with a profile, a course, an assignment, a certificate, an
attempt and a run, an export, an image, a document), so each search runs its query.
"""

import re
from datetime import date

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.snippets.models import get_snippet_models

pytestmark = pytest.mark.django_db

# Names of no-argument admin URLs that are listings: index and list views, their
# results-only partials (what the search box fetches), choosers and reports.
_LISTING = re.compile(
    r"(:index|_index|list|:index_results|_index_results|:list_results|:choose"
    r"|:choose_results|:search|:search_results|_results)$|^wagtailadmin_reports:"
)
# Our own listing screens whose names do not follow Wagtail's pattern.
_OWN_LISTINGS = {"certificates_register", "report_exports", "completion_report", "hr_dashboard"}

QUERIES = [
    "pelanggan",  # a plain word
    "Kafé Pengalaman Pelanggan Terbaik",  # Indonesian words with an accent
    "%",
    "_",
    "'",
    '"',
    "a' OR '1'='1",
    '"unclosed',
    "NPS AND",
    "NEAR(",
    "*",
    "-",
    "nps:",
    "x" * 300,
    "Nguyễn Thị ไทย नमस्ते தமிழ் 日本語 عربى 😀",
]


def _admin_urls():
    """(name, path) of every admin URL that takes no argument."""

    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield namespace + pattern.name, prefix + str(pattern.pattern)

    for name, path in walk(get_resolver().url_patterns):
        if path.startswith("admin/") and "<" not in path and "(?P" not in path:
            yield name, path


def listing_names() -> list[str]:
    names = {name for name, _ in _admin_urls() if _LISTING.search(name) or name in _OWN_LISTINGS}
    return sorted(names)


LISTINGS = listing_names()


def test_every_snippet_listing_is_among_those_tried():
    snippet_listings = {
        model.snippet_viewset.get_url_name("list") for model in get_snippet_models()
    }
    assert snippet_listings and snippet_listings <= set(LISTINGS)
    # And the listings the brief names: pages search, images, documents, users.
    assert {
        "wagtailadmin_pages:search",
        "wagtailimages:index",
        "wagtaildocs:index",
        "wagtailusers_users:index",
        "course_assignments:index",
        "certificates_register",
    } <= set(LISTINGS)


@pytest.fixture
def admin_data(site, superuser, cert_template):
    """A little of everything the listings show, searchable."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from certificates.models import Certificate
    from courses.models import CourseAssignment, Enrolment
    from cxacademy.hr.models import ReportExport
    from quizzes.models import QuizAttempt
    from simulations.models import ScenarioRun
    from tests import factories
    from tests.courses.conftest import build_course
    from tests.quizzes.conftest import make_question

    course = build_course(
        site, modules=1, lessons=1, title="Pengalaman Pelanggan", certificate_template=cert_template
    )
    department = factories.DepartmentFactory(name="Layanan Pelanggan")
    person = factories.learner(full_name="Budi Pelanggan")
    factories.LearnerProfileFactory(
        user=person, department=department, employee_id="P-001", job_title="Agen pelanggan"
    )
    make_question("single", name="NPS pelanggan")
    CourseAssignment.objects.create(
        course=course, course_key=course.translation_key, department=department
    )
    Enrolment.objects.create(user=person, course_key=course.translation_key)
    Certificate.objects.create(
        user=person,
        course_key=course.translation_key,
        template=cert_template,
        learner_name="Budi Pelanggan",
        course_title=course.title,
        completed_on=date(2026, 1, 5),
    )
    QuizAttempt.objects.create(
        user=person, quiz_key=course.translation_key, course_key=course.translation_key, number=1
    )
    ScenarioRun.objects.create(
        user=person,
        scenario_key=course.translation_key,
        course_key=course.translation_key,
        number=1,
    )
    ReportExport.objects.create(
        requested_by=superuser, requested_by_email=superuser.email, format="csv"
    )
    Image.objects.create(title="Pelanggan senang", file=get_test_image_file())
    Document.objects.create(
        title="Panduan pelanggan", file=ContentFile(b"Panduan", name="panduan.txt")
    )
    return course


def _sort_keys(html: str) -> list[str]:
    """The columns a listing offers to sort by, from its own sort links."""
    keys = re.findall(r"[?&;]ordering=(-?[\w.]+)", html)
    return sorted({key.lstrip("-") for key in keys})


def _get(client, url, params):
    try:
        return client.get(url, params).status_code
    except Exception as error:  # the test client re-raises what would be a 500
        return f"{type(error).__name__}: {str(error)[:120]}"


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_searches_and_sorts_without_error(name, client, superuser, admin_data):
    client.force_login(superuser)
    url = reverse(name)
    failures, tried = [], 0
    plain = client.get(url)
    # A listing that always sends you elsewhere (the snippets index, to the first
    # snippet listing) must keep doing so whatever is asked; everything else is a 200.
    expected = 302 if plain.status_code == 302 else 200
    assert plain.status_code == expected, f"{name}: {plain.status_code}"
    html = plain.content.decode(errors="replace")
    for query in QUERIES:
        tried += 1
        status = _get(client, url, {"q": query})
        if status != expected:
            failures.append((query[:40], status))
    for key in _sort_keys(html):
        for ordering in (key, f"-{key}"):
            for query in (None, QUERIES[0], "%"):
                tried += 1
                params = {"ordering": ordering} | ({"q": query} if query else {})
                status = _get(client, url, params)
                if status != expected:
                    failures.append((f"ordering={ordering} q={query}", status))
    print(f"\nLISTING {name}: {tried} tried, {tried - len(failures)} held")
    assert not failures, f"{name}: {failures}"
