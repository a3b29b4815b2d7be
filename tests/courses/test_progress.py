"""A learner enrols, opens lessons, marks them done, and the course completes."""

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail import hooks

from courses.models import CoursePage, Enrolment, ItemProgress
from tests.courses.conftest import build_course, lessons_of, translate
from tests.factories import learner as make_learner

pytestmark = pytest.mark.django_db


def complete_url(lesson):
    return f"/id/learn/lessons/{lesson.pk}/complete/"


def test_enrolling_from_the_course_page_starts_the_course(client, learner, course):
    client.force_login(learner)
    page = client.get(course.url).content.decode()
    with translation.override("id"):
        assert f">{_('Enrol')}</button>" in page
    response = client.post(f"/id/learn/courses/{course.pk}/enrol/")
    first = lessons_of(course)[0]
    assert response["Location"] == first.url
    assert Enrolment.objects.get(user=learner).is_active


def test_marking_lessons_done_moves_the_progress_bars(client, learner, course):
    client.force_login(learner)
    lessons = lessons_of(course)
    client.post(complete_url(lessons[0]))
    client.post(complete_url(lessons[1]))
    page = client.get(course.url).content.decode()
    assert 'value="33"' in page  # 2 of 6 lessons
    assert 'value="67"' in page  # module 1: 2 of 3


def test_marking_done_twice_counts_once(client, learner, course):
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    client.post(complete_url(lesson))
    client.post(complete_url(lesson))
    assert ItemProgress.objects.filter(user=learner).count() == 1


def test_marking_done_needs_post_and_csrf(learner, course):
    lesson = lessons_of(course)[0]
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert client.get(complete_url(lesson)).status_code == 405
    assert client.post(complete_url(lesson)).status_code == 403
    assert not ItemProgress.objects.exists()


def test_progress_is_only_ever_the_signed_in_learners_own(client, learner, course):
    other = make_learner()
    client.force_login(learner)
    client.post(complete_url(lessons_of(course)[0]), {"user": other.pk, "user_id": other.pk})
    assert not ItemProgress.objects.filter(user=other).exists()
    assert ItemProgress.objects.filter(user=learner).count() == 1


def test_visitors_are_asked_to_sign_in_for_lessons(client, course):
    response = client.get(lessons_of(course)[0].url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_completing_every_lesson_completes_the_course_once_and_fires_the_hook(
    client, learner, course, django_capture_on_commit_callbacks
):
    calls = []

    def completing(*, enrolment, course):
        calls.append(enrolment)

    with hooks.register_temporarily("cxa_course_completing", completing):
        client.force_login(learner)
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in lessons_of(course):
                response = client.post(complete_url(lesson))
            client.post(complete_url(lessons_of(course)[0]))  # again: nothing new
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is not None
    assert [e.pk for e in calls] == [enrolment.pk]
    assert response["Location"] == course.url


def test_restricted_course_lessons_need_enrolment_with_a_way_to_enrol(client, learner, site):
    course = build_course(site, title="Rahasia", access=CoursePage.Access.RESTRICTED)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    refused = client.get(lesson.url)
    assert refused.status_code == 403
    assert f"/id/learn/courses/{course.pk}/enrol/" in refused.content.decode()
    assert client.post(complete_url(lesson)).status_code == 403
    client.post(f"/id/learn/courses/{course.pk}/enrol/")
    assert client.get(lesson.url).status_code == 200


def test_a_locked_module_says_which_module_to_finish_first(client, learner, site):
    course = build_course(site, title="Berurutan", sequential_modules=True)
    client.force_login(learner)
    lessons = lessons_of(course)
    refused = client.get(lessons[3].url)  # first lesson of module 2
    assert refused.status_code == 403
    assert "Modul 1" in refused.content.decode()
    assert client.post(complete_url(lessons[3])).status_code == 403
    for lesson in lessons[:3]:
        client.post(complete_url(lesson))
    assert client.get(lessons[3].url).status_code == 200


def test_leaving_keeps_history_and_coming_back_restores_it(client, learner, course):
    client.force_login(learner)
    client.post(f"/id/learn/courses/{course.pk}/enrol/")
    client.post(complete_url(lessons_of(course)[0]))
    client.post(f"/id/learn/courses/{course.pk}/leave/")
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.status == Enrolment.Status.WITHDRAWN
    assert ItemProgress.objects.filter(user=learner).count() == 1
    assert course.title not in client.get("/id/learn/my-learning/").content.decode()
    client.post(f"/id/learn/courses/{course.pk}/enrol/")
    assert 'value="17"' in client.get(course.url).content.decode()


def test_continue_takes_the_learner_where_they_left_off(client, learner, course):
    client.force_login(learner)
    lessons = lessons_of(course)
    client.post(f"/id/learn/courses/{course.pk}/enrol/")
    client.post(complete_url(lessons[0]))
    client.get(lessons[4].url)  # wandered ahead, did not finish
    dashboard = client.get("/id/learn/my-learning/").content.decode()
    assert f'href="{lessons[4].url}"' in dashboard


def test_progress_follows_the_learner_into_english(client, learner, course):
    english_course = translate(course)
    client.force_login(learner)
    client.post(complete_url(lessons_of(course)[0]))
    english_page = client.get(english_course.url).content.decode()
    assert '<html lang="en">' in english_page
    assert 'value="17"' in english_page
    english_lesson = lessons_of(english_course)[0]
    assert english_lesson.translation_key == lessons_of(course)[0].translation_key
    # Marking the English copy done is the same lesson: still one record.
    client.post(f"/en/learn/lessons/{english_lesson.pk}/complete/")
    assert ItemProgress.objects.filter(user=learner).count() == 1


def test_lessons_of_an_unpublished_module_or_course_are_not_found(client, learner, site):
    course = build_course(site, modules=2, lessons=1, title="Draf")
    client.force_login(learner)
    lessons = lessons_of(course)
    course.get_children().first().specific.unpublish()
    assert client.get(lessons[0].url).status_code == 404
    assert client.post(complete_url(lessons[0])).status_code == 404
    course.unpublish()
    assert client.get(lessons[1].url).status_code == 404
    assert not ItemProgress.objects.exists()
