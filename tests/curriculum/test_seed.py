"""`seed_demo` loads the whole course "CX Mindset" (issue 8) and demo learners at every
stage of it, idempotently. The course is the shipped package cx-mindset: what the site
shows is checked against the package's files.

The demo is seeded once for this module (it takes several seconds) inside a transaction
that is rolled back at the end; each test runs in a savepoint of it as usual.
"""

import datetime

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page, ReferenceIndex, Revision

from certificates.models import Certificate, CertificateTemplate
from courses import selectors
from courses.models import (
    CourseAssignment,
    CoursePage,
    Enrolment,
    ItemProgress,
    LessonPage,
    ModulePage,
)
from cxacademy.accounts.models import User
from cxacademy.demo import people as demo
from cxacademy.hr import dashboard
from quizzes.models import Question, QuestionChoice, QuizAttempt, QuizPage
from simulations.models import ScenarioPage, ScenarioRun
from tests.curriculum.packages import MINDSET, fields, items, modules, shipped

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(seeded):
    slug = fields(shipped(MINDSET).course, "id")["slug"]
    return CoursePage.objects.get(slug=slug, locale=Locale.get_default())


def _slugs(specs, language: str = "id") -> list[str]:
    return [fields(spec, language)["slug"] for spec in specs]


def _quizzes() -> list:
    """The course's quizzes in course order: one per module, the final assessment last."""
    return items(MINDSET, "quiz")


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def _items(parent: Page) -> list[Page]:
    return list(Page.objects.child_of(parent).order_by("path").specific())


def _enrolment(email: str, course: CoursePage) -> Enrolment:
    return Enrolment.objects.get(user__email=email, course_key=course.translation_key)


# --- The course ------------------------------------------------------------------------


def test_the_course_has_four_modules_and_the_final_assessment_in_both_languages(course, english):
    package = modules(MINDSET)
    assert len(package) == 5
    assert [item.kind.name for item in package[-1].children] == ["quiz"]
    modules_ = list(ModulePage.objects.child_of(course).order_by("path"))
    assert [module.slug for module in modules_] == _slugs(package)

    english_course = course.get_translation(english)
    assert english_course.live
    assert english_course.title == fields(shipped(MINDSET).course, "en")["title"]
    english_modules = list(ModulePage.objects.child_of(english_course).order_by("path"))
    assert [m.title for m in english_modules] == [fields(m, "en")["title"] for m in package]
    assert [m.slug for m in english_modules] == _slugs(package, "en")


def test_every_page_is_live_and_has_a_live_translation(course, english):
    pages = Page.objects.descendant_of(course, inclusive=True).specific()
    english_pages = Page.objects.descendant_of(course.get_translation(english), inclusive=True)
    assert english_pages.count() == pages.count()
    for page in pages:
        translation = page.get_translation_or_none(english)
        assert translation is not None, page.title
        assert page.live and translation.live, page.title
        assert translation.title and translation.title != "", page.title


def test_each_module_holds_its_lessons_then_its_simulations_then_its_quiz(course, english):
    order = {"lesson": 0, "scenario": 1, "quiz": 2}
    for module_spec in modules(MINDSET):
        kinds = [item.kind.name for item in module_spec.children]
        assert kinds == sorted(kinds, key=order.get) and kinds[-1] == "quiz", kinds
        assert kinds.count("quiz") == 1
        module = ModulePage.objects.child_of(course).get(slug=fields(module_spec, "id")["slug"])
        assert [page.slug for page in _items(module)] == _slugs(module_spec.children)
        english_module = module.get_translation(english)
        assert [page.slug for page in _items(english_module)] == _slugs(module_spec.children, "en")
    final = ModulePage.objects.child_of(course).order_by("path").last()
    assert [(type(p), p.slug) for p in _items(final)] == [(QuizPage, _slugs(_quizzes())[-1])]


def test_the_metric_lab_is_in_module_3_in_both_languages(course, english):
    labs = [
        lesson
        for lesson in LessonPage.objects.descendant_of(course)
        if any(block.block_type == "metric_lab" for block in lesson.body)
    ]
    assert [lab.get_parent().slug for lab in labs] == ["mengukur-cx"]
    english_lab = labs[0].get_translation(english).specific
    assert any(block.block_type == "metric_lab" for block in english_lab.body)


def test_every_quiz_has_at_least_ten_questions_each_translated(course, english):
    quizzes = list(QuizPage.objects.descendant_of(course))
    assert len(quizzes) == len(_quizzes()) == len(modules(MINDSET))
    for quiz in quizzes:
        questions = [fixed.question for fixed in quiz.fixed_questions.select_related("question")]
        assert len(questions) >= 10, quiz.title
        for question in questions:
            translated = Question.objects.get(
                translation_key=question.translation_key, locale=english
            )
            assert translated.text, question.name
        english_quiz = quiz.get_translation(english).specific
        assert english_quiz.fixed_questions.count() == len(questions)


def test_the_four_simulations_validate_in_both_languages(course, english):
    scenarios = list(ScenarioPage.objects.descendant_of(course))
    assert len(scenarios) == 4
    assert sorted(s.slug for s in scenarios) == sorted(_slugs(items(MINDSET, "scenario")))
    for scenario in scenarios:
        assert scenario.problems() == [], scenario.title
        assert scenario.get_translation(english).specific.problems() == [], scenario.title

    # The retail case is also the short demo course's simulation: a page of its own here.
    retail = list(ScenarioPage.objects.filter(slug="kasus-retensi-ritel", locale=course.locale))
    assert len(retail) == 2
    assert retail[0].translation_key != retail[1].translation_key


def test_each_language_version_of_the_course_issues_its_own_certificate(course, english):
    design = shipped(MINDSET).certificate
    assert course.certificate_template.name == design["id"]["name"]
    assert course.certificate_template.language == "id"
    english_course = course.get_translation(english).specific
    assert english_course.certificate_template.name == design["en"]["name"]
    assert english_course.certificate_template.language == "en"
    templates = CertificateTemplate.objects.filter(
        name__in=[design["id"]["name"], design["en"]["name"]]
    )
    assert templates.count() == 2
    for template in templates:
        template.full_clean()


# --- The demo learners -----------------------------------------------------------------


def test_learners_who_have_not_started(course):
    today = timezone.localdate()
    for email in ["wulan@cxacademy.test", "budi@cxacademy.test", "andi@cxacademy.test"]:
        enrolment = _enrolment(email, course)
        assert enrolment.source == Enrolment.Source.ASSIGNED
        assert enrolment.due_date > today
        assert enrolment.started_at is None and enrolment.completed_at is None
        assert not ItemProgress.objects.filter(
            user=enrolment.user, course_key=course.translation_key
        ).exists()


def test_learners_mid_course_passed_a_module_quiz_through_the_quiz_service(course):
    first_quiz = QuizPage.objects.descendant_of(course).get(slug=_slugs(_quizzes())[0])
    outline = selectors.course_outline(course)
    for email in ["lina@cxacademy.test", "nur@cxacademy.test"]:
        enrolment = _enrolment(email, course)
        assert enrolment.started_at is not None and enrolment.completed_at is None
        status = selectors.course_status(
            outline, selectors.item_states(enrolment.user, [course.translation_key])
        )
        assert 0 < status.percent < 100
        progress = ItemProgress.objects.get(
            user=enrolment.user, item_key=first_quiz.translation_key
        )
        assert progress.passed and progress.score >= first_quiz.pass_mark
        assert QuizAttempt.objects.filter(
            user=enrolment.user, quiz_key=first_quiz.translation_key, passed=True
        ).exists()
        assert ScenarioRun.objects.filter(
            user=enrolment.user, status=ScenarioRun.Status.FINISHED, passed=True
        ).exists()

    # Nur failed module 2's quiz once before passing it.
    nur = User.objects.get(email="nur@cxacademy.test")
    attempts = QuizAttempt.objects.filter(
        user=nur,
        quiz_key__in=QuizPage.objects.filter(slug=_slugs(_quizzes())[1]).values("translation_key"),
    ).order_by("number")
    assert [attempt.passed for attempt in attempts] == [False, True]


def test_learners_who_completed_hold_a_valid_certificate(course):
    today = timezone.localdate()
    for email in ["rudi@cxacademy.test", "agus@cxacademy.test", "eko@cxacademy.test"]:
        enrolment = _enrolment(email, course)
        assert enrolment.completed_at is not None
        assert enrolment.completed_at < timezone.now() - datetime.timedelta(days=1)
        certificate = Certificate.objects.get(enrolment=enrolment)
        assert certificate.status == Certificate.Status.VALID
        assert certificate.completed_on == timezone.localdate(enrolment.completed_at)
        assert certificate.expires_on > today
        assert certificate.snapshot["completed_at"] == enrolment.completed_at.isoformat()
        done = ItemProgress.objects.filter(
            user=enrolment.user, course_key=course.translation_key, done=True
        )
        assert (
            done.count()
            == Page.objects.descendant_of(course).exclude(content_type__model="modulepage").count()
        )
        assert all(p.completed_at <= enrolment.completed_at for p in done)

    # One certificate from an earlier cohort expires within 60 days.
    assert Certificate.objects.filter(
        course_key=course.translation_key,
        status=Certificate.Status.VALID,
        expires_on__range=(today, today + datetime.timedelta(days=60)),
    ).exists()


def test_learners_who_are_overdue(course):
    today = timezone.localdate()
    for email in ["maya@cxacademy.test", "yusuf@cxacademy.test"]:
        enrolment = _enrolment(email, course)
        assert enrolment.due_date < today
        assert enrolment.is_overdue(today)
    assert _enrolment("maya@cxacademy.test", course).started_at is not None


def test_hr_assigned_the_course_with_due_dates_and_the_dashboard_has_data(course):
    assignments = CourseAssignment.objects.filter(course_key=course.translation_key)
    assert {a.department.name for a in assignments} == {"Retail", "Contact Center"}
    assert all(a.due_date for a in assignments)

    today = timezone.localdate()
    weeks = dashboard.weekly_completions(today)
    assert sum(1 for _week, count in weeks if count) >= 3  # completions over past weeks
    cells = dashboard.heat_map(today)
    cx_cells = [cell for (_dept, key), cell in cells.items() if key == course.translation_key]
    assert sum(cell.done for cell in cx_cells) >= 3
    assert sum(cell.overdue for cell in cx_cells) >= 2

    client = Client()
    client.force_login(User.objects.get(email="hr@cxacademy.test"))
    for url in ["/admin/hr/", "/admin/hr/completions/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "CX Mindset" in response.content.decode(), url


@pytest.mark.parametrize(
    ("email", "shown"),
    [
        ("maya@cxacademy.test", "learning-row--overdue"),
        ("nur@cxacademy.test", 'value="'),
    ],
)
def test_learners_see_their_stage_on_their_dashboard(seeded, email, shown):
    client = Client()
    client.force_login(User.objects.get(email=email))
    page = client.get("/id/learn/my-learning/").content.decode()
    assert "CX Mindset" in page
    assert shown in page


def test_a_learner_who_completed_finds_the_certificate(course):
    rudi = User.objects.get(email="rudi@cxacademy.test")
    certificate = Certificate.objects.get(user=rudi, course_key=course.translation_key)
    client = Client()
    client.force_login(rudi)
    page = client.get("/id/certificates/mine/").content.decode()
    assert "CX Mindset" in page and certificate.code in page


# --- Idempotence and a learner's visit ---------------------------------------------------


def _snapshot() -> dict:
    return {
        "users": User.objects.count(),
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "questions": Question.objects.count(),
        "choices": QuestionChoice.objects.count(),
        "templates": CertificateTemplate.objects.count(),
        "assignments": sorted(
            CourseAssignment.objects.values_list("course_key", "department_id", "due_date")
        ),
        "enrolments": sorted(
            (str(user), str(key), str(started), str(completed), str(due))
            for user, key, started, completed, due in Enrolment.objects.values_list(
                "user_id", "course_key", "started_at", "completed_at", "due_date"
            )
        ),
        "progress": ItemProgress.objects.count(),
        "attempts": QuizAttempt.objects.count(),
        "runs": ScenarioRun.objects.count(),
        "certificates": sorted(
            Certificate.objects.values_list("code", "completed_on", "expires_on", "status")
        ),
        "references": ReferenceIndex.objects.count(),
    }


def test_seeding_again_changes_nothing(seeded):
    first = _snapshot()
    call_command("seed_demo", verbosity=0)
    assert _snapshot() == first
    assert first["users"] == len(demo.ACCOUNTS)


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_learner_opens_the_course_and_its_items_in_both_languages(course, language):
    client = Client()
    response = client.post(
        f"/{language}/accounts/login/",
        {"login": "wulan@cxacademy.test", "password": demo.DEMO_PASSWORD},
    )
    assert response.status_code == 302
    version = course.get_translation(Locale.objects.get(language_code=language)).specific
    assert version.url.startswith(f"/{language}/")
    page = client.get(version.url)
    assert page.status_code == 200
    assert escape(version.title) in page.content.decode()
    lab = LessonPage.objects.descendant_of(course).get(slug="lab-metrik")
    lesson = lab.get_translation(version.locale).specific
    for item in [
        LessonPage.objects.descendant_of(version).order_by("path").first(),
        lesson,
        QuizPage.objects.descendant_of(version).order_by("path").first(),
        ScenarioPage.objects.descendant_of(version).order_by("path").first(),
    ]:
        response = client.get(item.url)
        assert response.status_code == 200, item.url
        assert escape(item.title) in response.content.decode(), item.url
