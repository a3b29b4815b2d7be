"""Content details found walking the product (issue 15): the NPS ordering question
follows the metric lab's worked solution; English pages have English addresses (and an
install seeded before is brought in line, its old addresses redirecting); the demo's
assignments are made before they are due.

The demo is seeded once for this module, inside a transaction rolled back at the end.
"""

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

from courses import metric_lab
from courses.models import CourseAssignment, CoursePage, Enrolment, LessonPage, ModulePage
from cxacademy.packages.site import CONTENT, site_texts
from tests.curriculum.fixtures_quizzes import shipped_packages  # noqa: F401 (a fixture)
from tests.curriculum.packages import MINDSET, fields, shipped

# --- The NPS ordering question and the metric lab -------------------------------------

NPS_ORDERING = "M3 · Steps to calculate NPS"

# Each step of the question, and what marks the same step in the metric lab's exercise
# (its situation, then its worked solution, in English).
LAB_MARKS = {
    "Ask how likely customers are to recommend (0–10)": "How likely are you to recommend",
    "Count the total of all answers, passives included": "All answers, passives included",
    "Group the answers: promoters 9–10, passives 7–8, detractors 0–6": "Promoters (9–10)",
    "Work out the percentage of promoters and of detractors in the total": "× 100",
    "Subtract the percentage of detractors from the percentage of promoters": "NPS =",
}


def _nps_ordering(packages) -> dict:
    """The question's steps by language, as CX Mindset's question bank holds them."""
    (question,) = [q for q in packages[MINDSET].bank.questions if q.name == NPS_ORDERING]
    return {language: parsed.ordering for language, parsed in question.parsed.items()}


def _mindset_slug() -> str:
    return fields(shipped(MINDSET).course, "id")["slug"]


def _lab_order(seed: int) -> list[str]:
    """The question's steps in the order the metric lab's exercise takes them."""
    exercise = metric_lab.generate(metric_lab.NPS, seed)
    with translation.override("en"):
        texts = [str(exercise.situation), *(str(step) for step in exercise.solution)]

    def where(step: str) -> tuple[int, int]:
        mark = LAB_MARKS[step]
        found = [(i, text.index(mark)) for i, text in enumerate(texts) if mark in text]
        assert found, f"the metric lab never does “{step}”"
        return found[0]

    return sorted(LAB_MARKS, key=where)


@pytest.mark.parametrize("seed", [1, 7, 2026])
def test_the_nps_ordering_question_follows_the_metric_labs_worked_solution(
    shipped_packages,  # noqa: F811
    seed,
):
    steps = _nps_ordering(shipped_packages)
    assert sorted(steps["en"]) == sorted(LAB_MARKS)
    assert steps["en"] == _lab_order(seed)
    # The Indonesian steps are the same steps in the same order (item by item).
    assert steps["id"][1].startswith("Menghitung total semua jawaban")
    assert steps["id"][2].startswith("Mengelompokkan jawaban")


# --- The seeded demo --------------------------------------------------------------------


@pytest.fixture
def locales(seeded):
    return Locale.objects.get(language_code="id"), Locale.objects.get(language_code="en")


def _english_pages(english: Locale) -> list[Page]:
    return list(Page.objects.live().filter(locale=english, depth__gt=2).order_by("path"))


@pytest.mark.django_db
def test_every_english_page_has_an_english_address(locales):
    indonesian, english = locales
    pages = _english_pages(english)
    assert len(pages) > 40  # both demo courses, every module, lesson, quiz and simulation
    for page in pages:
        twin = page.get_translation(indonesian)
        # A slug may read the same in both languages only when it is English already
        # (the course "CX Mindset").
        assert page.slug != twin.slug or twin.slug == slugify(page.title), page.url_path
        assert page.url.startswith("/en/"), page.url_path

    catalogue = Page.objects.get(locale=english, slug=site_texts("catalogue", "en")["slug"])
    assert catalogue.url == "/en/catalogue/"
    course = CoursePage.objects.get(locale=indonesian, slug=_mindset_slug())
    lab = LessonPage.objects.descendant_of(course).get(slug="lab-metrik")
    assert lab.url == "/id/katalog/cx-mindset/mengukur-cx/lab-metrik/"
    assert lab.get_translation(english).url == (
        "/en/catalogue/cx-mindset/measuring-cx/metric-lab-work-it-out-yourself/"
    )


@pytest.mark.django_db
def test_english_pages_open_at_their_english_address(locales):
    _indonesian, english = locales
    client = Client()
    client.force_login(Enrolment.objects.filter(completed_at__isnull=False).first().user)
    for page in _english_pages(english):
        response = client.get(page.url)
        if page.specific_class is ModulePage:  # a module is a part of its course's page
            assert response.url == f"{page.get_parent().url}#module-{page.translation_key}"
        else:
            assert response.status_code == 200, page.url


def _english_lab_with_indonesian_slugs(indonesian: Locale, english: Locale) -> Page:
    """The English metric lab of an install seeded before English pages had English
    slugs: its module and itself under their Indonesian names."""
    course = CoursePage.objects.get(locale=indonesian, slug=_mindset_slug())
    lab = LessonPage.objects.descendant_of(course).get(slug="lab-metrik")
    for source in (lab.get_parent(), lab):
        translated = source.get_translation(english).specific
        translated.slug = source.slug
        translated.save()
    english_lab = lab.get_translation(english)
    assert english_lab.url == "/en/catalogue/cx-mindset/mengukur-cx/lab-metrik/"
    return english_lab


NEW_LAB_URL = "/en/catalogue/cx-mindset/measuring-cx/metric-lab-work-it-out-yourself/"


@pytest.mark.django_db
def test_updating_the_course_brings_an_install_with_indonesian_english_slugs_in_line(locales):
    indonesian, english = locales
    english_lab = _english_lab_with_indonesian_slugs(indonesian, english)

    # Seeding leaves an installed course as it is; updating it from its package brings
    # it in line.
    call_command("load_content", str(CONTENT / MINDSET), "--update", verbosity=0)

    english_lab.refresh_from_db()
    assert english_lab.url == NEW_LAB_URL
    assert english_lab.specific.latest_revision.content["slug"] == (
        "metric-lab-work-it-out-yourself"
    )
    client = Client()
    client.force_login(Enrolment.objects.filter(completed_at__isnull=False).first().user)
    assert client.get(NEW_LAB_URL).status_code == 200
    # The Indonesian addresses are untouched.
    lab = english_lab.get_translation(indonesian)
    assert lab.url == "/id/katalog/cx-mindset/mengukur-cx/lab-metrik/"


@pytest.mark.django_db
def test_old_english_addresses_lead_to_the_new_ones_after_the_update(locales):
    indonesian, english = locales
    english_lab = _english_lab_with_indonesian_slugs(indonesian, english)

    call_command("load_content", str(CONTENT / MINDSET), "--update", verbosity=0)

    # Old links (the lesson's and the module's) lead to the pages' new addresses.
    english_lab.refresh_from_db()
    client = Client()
    client.force_login(Enrolment.objects.filter(completed_at__isnull=False).first().user)
    module_response = client.get("/en/catalogue/cx-mindset/mengukur-cx/")
    assert module_response.status_code in (301, 302)
    assert module_response.url.endswith("/en/catalogue/cx-mindset/measuring-cx/")
    response = client.get("/en/catalogue/cx-mindset/mengukur-cx/lab-metrik/")
    assert response.status_code in (301, 302)
    assert response.url.endswith(NEW_LAB_URL)
    assert Redirect.objects.filter(redirect_page=english_lab).exists()


@pytest.mark.django_db
def test_seeding_brings_an_english_catalogue_with_its_indonesian_slug_in_line(locales):
    indonesian, english = locales
    catalogue = Page.objects.get(locale=english, slug=site_texts("catalogue", "en")["slug"])
    catalogue.slug = catalogue.get_translation(indonesian).slug
    catalogue.save()
    catalogue.refresh_from_db()
    assert catalogue.url == "/en/katalog/"

    call_command("seed_demo", verbosity=0)

    catalogue.refresh_from_db()
    assert catalogue.url == "/en/catalogue/"
    client = Client()
    client.force_login(Enrolment.objects.filter(completed_at__isnull=False).first().user)
    # A lesson's address under the old catalogue address leads to its new one.
    response = client.get(NEW_LAB_URL.replace("/en/catalogue/", "/en/katalog/"))
    assert response.status_code in (301, 302)
    assert response.url.endswith(NEW_LAB_URL)


# --- Demo assignments -------------------------------------------------------------------


@pytest.mark.django_db
def test_every_demo_assignment_is_made_before_it_is_due(seeded):
    assignments = list(CourseAssignment.objects.exclude(due_date=None))
    assert len(assignments) >= 3
    for assignment in assignments:
        assert timezone.localdate(assignment.created_at) < assignment.due_date, assignment

    enrolments = Enrolment.objects.filter(assignment__isnull=False).select_related("user")
    assert enrolments.count() > 10
    for enrolment in enrolments:
        # The report's "Assigned on" is the enrolment's date.
        assigned_on = timezone.localdate(enrolment.enrolled_at)
        assert assigned_on < enrolment.due_date, (enrolment.user.email, assigned_on)

    siti = Enrolment.objects.get(
        user__email="siti@cxacademy.test",
        course_key=CoursePage.objects.get(
            slug=_mindset_slug(), locale__language_code="id"
        ).translation_key,
    )
    assert timezone.localdate(siti.enrolled_at) < siti.due_date < timezone.localdate()
