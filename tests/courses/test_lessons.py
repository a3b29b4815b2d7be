"""What a learner sees in a lesson: blocks rendered safely, knowledge checks, search."""

import json

import pytest
from django.test import Client
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from tests.courses.conftest import build_course, lessons_of

pytestmark = pytest.mark.django_db

CHECK = {
    "question": "Siapa yang mengukur FCR?",
    "choices": [
        {
            "text": "Tim layanan pelanggan",
            "correct": True,
            "feedback": "<p>Tepat: FCR metrik CS.</p>",
        },
        {"text": "Tim keuangan", "correct": False, "feedback": "<p>Bukan, coba lagi.</p>"},
    ],
    "explanation": "<p>FCR = masalah selesai pada kontak pertama.</p>",
}


@pytest.fixture
def lesson_with_check(site):
    course = build_course(
        site, modules=1, lessons=1, title="Cek", body=[("knowledge_check", CHECK)]
    )
    lesson = lessons_of(course)[0]
    block_id = lesson.body[0].id
    return lesson, f"/id/learn/lessons/{lesson.pk}/check/{block_id}/"


def test_trainer_script_renders_inert(client, learner, site):
    hostile = (
        '<p onclick="steal()">Halo<script>alert(1)</script>'
        '<a href="javascript:alert(2)">klik</a><img src="x" onerror="alert(3)"></p>'
    )
    course = build_course(site, modules=1, lessons=1, title="Aman", body=[("rich_text", hostile)])
    client.force_login(learner)
    page = client.get(lessons_of(course)[0].url).content.decode()
    body = page.split('class="lesson__body"')[1].split("lesson__end")[0]
    assert "Halo" in body
    for payload in ["<script", "alert(1)", "javascript:", "onclick", "onerror"]:
        assert payload not in body, payload


def test_the_answer_to_a_knowledge_check_is_not_in_the_page(client, learner, lesson_with_check):
    lesson, _url = lesson_with_check
    client.force_login(learner)
    page = client.get(lesson.url).content.decode()
    assert "Siapa yang mengukur FCR?" in page
    assert "Tepat: FCR metrik CS." not in page
    assert "FCR = masalah selesai" not in page


def test_a_knowledge_check_answers_with_feedback(client, learner, lesson_with_check):
    _lesson, url = lesson_with_check
    client.force_login(learner)
    wrong = client.post(url, {"choice": "1"}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert json.loads(wrong.content)["correct"] is False
    assert "Bukan, coba lagi." in json.loads(wrong.content)["feedback"]
    right = json.loads(
        client.post(url, {"choice": "0"}, HTTP_X_REQUESTED_WITH="XMLHttpRequest").content
    )
    assert right["correct"] is True
    assert "FCR = masalah selesai" in right["feedback"]


def test_without_javascript_the_feedback_comes_back_on_the_page(client, learner, lesson_with_check):
    lesson, url = lesson_with_check
    client.force_login(learner)
    page = client.post(url, {"choice": "1"}, follow=True).content.decode()
    assert "Bukan, coba lagi." in page


@pytest.mark.parametrize("choice", ["", "7", "-1", "abc", "1" * 5000])
def test_a_malformed_answer_gets_a_message_not_an_error(client, learner, lesson_with_check, choice):
    _lesson, url = lesson_with_check
    client.force_login(learner)
    response = client.post(url, {"choice": choice}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 400
    assert "error" in json.loads(response.content)


def test_a_knowledge_check_in_a_restricted_course_needs_enrolment(client, learner, site):
    course = build_course(
        site,
        modules=1,
        lessons=1,
        title="Tertutup",
        access=CoursePage.Access.RESTRICTED,
        body=[("knowledge_check", CHECK)],
    )
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    url = f"/id/learn/lessons/{lesson.pk}/check/{lesson.body[0].id}/"
    assert client.post(url, {"choice": "0"}).status_code == 404


def test_search_finds_lessons_the_learner_may_open(client, learner, site):
    open_course = build_course(
        site,
        modules=1,
        lessons=1,
        title="Terbuka",
        body=[("rich_text", "<p>Net Promoter Score mengukur loyalitas.</p>")],
    )
    build_course(
        site,
        modules=1,
        lessons=1,
        title="Tertutup",
        access=CoursePage.Access.RESTRICTED,
        body=[("rich_text", "<p>Promoter rahasia untuk tim tertentu.</p>")],
    )
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    for lesson in LessonPage.objects.all():
        backend.add(lesson)
    client.force_login(learner)
    page = client.get("/id/learn/search/", {"q": "promoter"}).content.decode()
    assert lessons_of(open_course)[0].url in page
    assert "Tertutup" not in page


def test_search_asks_visitors_to_sign_in(site):
    response = Client().get("/id/learn/search/", {"q": "nps"})
    assert response.status_code == 302


def test_a_trainer_can_open_the_editor_for_every_course_page_type(client, trainer, course):
    client.force_login(trainer)
    module = course.get_children().first()
    catalogue = course.get_parent()
    english_home = catalogue.get_parent().get_translation(Locale.objects.get(language_code="en"))
    for parent, model in [
        (english_home, "coursecataloguepage"),
        (catalogue, "coursepage"),
        (course, "modulepage"),
        (module, "lessonpage"),
    ]:
        response = client.get(f"/admin/pages/add/courses/{model}/{parent.pk}/")
        assert response.status_code == 200, model


def test_the_page_tree_enforces_the_course_structure(client, trainer, course):
    client.force_login(trainer)
    lesson = lessons_of(course)[0]
    # A lesson cannot sit directly under a course, nor a course under a lesson.
    assert client.get(f"/admin/pages/add/courses/lessonpage/{course.pk}/").status_code != 200
    assert client.get(f"/admin/pages/add/courses/coursepage/{lesson.pk}/").status_code != 200
    # One catalogue per home page (per language).
    home = course.get_parent().get_parent()
    assert client.get(f"/admin/pages/add/courses/coursecataloguepage/{home.pk}/").status_code != 200


def test_trainers_preview_a_draft_lesson_even_before_it_is_saved(trainer, course, rf):
    from courses.models import LessonPage

    request = rf.get("/")
    request.user = trainer
    draft = LessonPage(
        title="Draf baru",
        body=[("rich_text", "<p>Isi draf</p>"), ("knowledge_check", CHECK)],
    )
    page = draft.serve_preview(request, "").render().content.decode()
    assert "Isi draf" in page and "Siapa yang mengukur FCR?" in page
    saved = lessons_of(course)[0]
    assert "Isi pelajaran 1.1" in saved.serve_preview(request, "").render().content.decode()
    assert "Modul 1" in course.serve_preview(request, "").render().content.decode()
