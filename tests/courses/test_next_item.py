"""`selectors.next_item`: the one rule for where a learner goes next in a course
(after marking a lesson done, after a quiz review, "continue where you left off")."""

import pytest

from courses import selectors, services
from courses.models import LessonPage
from tests import factories
from tests.courses.conftest import build_course, lessons_of

pytestmark = pytest.mark.django_db


def titles(items):
    return [item.title for item in items]


def done(user, course, *lessons):
    for lesson in lessons:
        services.lesson_mark_done(user=user, lesson=lesson, course=course)


def where_next(user, course, **anchor):
    outline, _enrolment, states, status = selectors.course_standing(user, course)
    item = selectors.next_item(outline, status, states, **anchor)
    return item.title if item else None


@pytest.fixture
def course(site):
    # Modul 1: 1.1 1.2 1.3 · Modul 2: 2.1 2.2 2.3
    return build_course(site, modules=2, lessons=3)


def test_a_fresh_learner_starts_at_the_first_item(course, learner):
    assert where_next(learner, course) == "Pelajaran 1.1"


def test_after_an_item_comes_the_next_one_in_outline_order(course, learner):
    lessons = lessons_of(course)
    done(learner, course, lessons[4])  # 2.2, with all of module 1 still to do
    assert where_next(learner, course, after=lessons[4]) == "Pelajaran 2.3"
    done(learner, course, lessons[2])  # the last of module 1: on to module 2
    assert where_next(learner, course, after=lessons[2]) == "Pelajaran 2.1"


def test_done_items_ahead_are_skipped(course, learner):
    lessons = lessons_of(course)
    done(learner, course, lessons[3], lessons[4])
    assert where_next(learner, course, after=lessons[3]) == "Pelajaran 2.3"


def test_with_everything_after_done_it_wraps_to_the_first_unfinished(course, learner):
    lessons = lessons_of(course)
    done(learner, course, lessons[0], *lessons[3:])
    assert where_next(learner, course, after=lessons[5]) == "Pelajaran 1.2"


def test_a_complete_course_has_no_next_item(course, learner):
    lessons = lessons_of(course)
    done(learner, course, *lessons)
    assert where_next(learner, course, after=lessons[5]) is None
    assert where_next(learner, course) is None


def test_resume_stays_on_an_unfinished_item_and_moves_on_from_a_finished_one(course, learner):
    lessons = lessons_of(course)
    assert where_next(learner, course, resume=lessons[4].translation_key) == "Pelajaran 2.2"
    done(learner, course, lessons[4])
    assert where_next(learner, course, resume=lessons[4].translation_key) == "Pelajaran 2.3"


def test_an_item_no_longer_in_the_course_starts_from_the_top(course, learner):
    other = lessons_of(build_course(course.get_parent(), modules=1, lessons=1, title="Lain"))[0]
    assert where_next(learner, course, after=other) == "Pelajaran 1.1"


def test_optional_items_come_in_order_but_never_hold_up_completion(course, learner):
    lessons = lessons_of(course)
    LessonPage.objects.filter(pk__in=[lessons[1].pk, lessons[5].pk]).update(required=False)
    # In order, the optional 1.2 is the next thing after 1.1.
    done(learner, course, lessons[0])
    assert where_next(learner, course, after=lessons[0]) == "Pelajaran 1.2"
    # Wrapping round, the required item left comes before an optional one.
    done(learner, course, lessons[3], lessons[4])
    assert where_next(learner, course, after=lessons[5]) == "Pelajaran 1.3"
    # Every required item done: the course is complete, optional ones left or not.
    done(learner, course, lessons[2])
    assert where_next(learner, course, after=lessons[4]) is None


def test_locked_modules_are_never_offered(site, learner):
    course = build_course(site, modules=2, lessons=2, sequential_modules=True)
    lessons = lessons_of(course)
    done(learner, course, lessons[1])
    # 2.1 follows 1.2 in the outline, but module 2 opens only once 1.1 is done too.
    assert where_next(learner, course, after=lessons[1]) == "Pelajaran 1.1"


def test_another_learners_progress_does_not_leak_in(course, learner):
    lessons = lessons_of(course)
    colleague = factories.learner()
    done(colleague, course, *lessons[:4])
    assert where_next(learner, course) == "Pelajaran 1.1"
    assert where_next(learner, course, after=lessons[0]) == "Pelajaran 1.2"
    assert where_next(colleague, course, after=lessons[3]) == "Pelajaran 2.2"


def test_continue_learning_follows_the_course_last_visited(site, learner):
    first = build_course(site, modules=1, lessons=2, title="Pertama")
    second = build_course(site, modules=1, lessons=2, title="Kedua")
    for course in (first, second):
        services.enrol(user=learner, course=course)
    enrolment = learner.enrolments.get(course_key=first.translation_key)
    lesson = lessons_of(first)[0]
    services.enrolment_touch(enrolment=enrolment, item=lesson)
    done(learner, first, lesson)
    step = selectors.continue_learning(learner)
    assert (step.course.title, step.item.title) == ("Pertama", "Pelajaran 1.2")
    colleague = factories.learner()
    assert selectors.continue_learning(colleague) is None


def test_opening_a_quiz_or_a_simulation_is_where_continue_leads(site, client, learner):
    from tests.quizzes.conftest import build_quiz
    from tests.simulations.conftest import build_scenario

    course = build_course(site, modules=1, lessons=2, title="Campuran")
    quiz = build_quiz(site, kinds=["single"], course=course)
    scenario = build_scenario(site, course=course)
    services.enrol(user=learner, course=course)
    client.force_login(learner)
    for item in (scenario, quiz):
        assert client.get(item.url).status_code == 200
        step = selectors.continue_learning(learner)
        assert step.item.title == item.title
        assert f'href="{item.url}"' in client.get("/id/").content.decode()
    # Someone else opening the simulation moves nobody's bookmark but their own.
    colleague = factories.learner()
    services.enrol(user=colleague, course=course)
    client.force_login(colleague)
    client.get(scenario.url)
    assert selectors.continue_learning(learner).item.title == quiz.title


def test_a_course_once_opened_says_continue_as_hr_says_in_progress(site, client, learner):
    """HR counts a course as started once an item was opened; so does the learner's
    button, even before anything is finished (or after a failed quiz)."""
    course = build_course(site, modules=1, lessons=2, title="Dibuka")
    services.enrol(user=learner, course=course)
    client.force_login(learner)
    for url in (course.url, "/id/learn/my-learning/"):
        page = client.get(url).content.decode()
        assert "Mulai" in page and "Lanjutkan" not in page, url
    home = client.get("/id/").content.decode()
    assert "Mulai kursus" in home
    client.get(lessons_of(course)[0].url)
    home = client.get("/id/").content.decode()
    assert "Mulai kursus" not in home and "Lanjutkan" in home
    for url in (course.url, "/id/learn/my-learning/"):
        page = client.get(url).content.decode()
        assert "Lanjutkan" in page and "Mulai" not in page, url
