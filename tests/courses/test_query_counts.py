"""Learner pages use a fixed number of queries whatever the size of the course."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.courses.conftest import build_course, lessons_of

pytestmark = pytest.mark.django_db

# Measured and pinned. Most of the lesson page is Wagtail routing one query per
# path segment (home, catalogue, course, module, lesson); the rest is one query each
# for the course, the outline (plus one per page type), enrolment, progress, and
# the permission check behind the header's admin link. Change only with a reason.
# The dashboard brings assignments up to date first (assignments, departments,
# named learners, the person, their enrolments): a fixed cost whatever the number.
PINNED = {"lesson": 24, "course": 19, "dashboard": 18}


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def _course_with_progress(site, client, learner, lessons, title):
    course = build_course(site, modules=5, lessons=lessons // 5, title=title)
    client.force_login(learner)
    client.post(f"/id/learn/courses/{course.pk}/enrol/")
    items = lessons_of(course)
    for lesson in items[:2]:
        client.post(f"/id/learn/lessons/{lesson.pk}/complete/")
    return course, items


@pytest.mark.parametrize("page", ["lesson", "course"])
def test_lesson_and_course_pages_cost_the_same_for_5_and_50_lessons(site, client, learner, page):
    small, small_items = _course_with_progress(site, client, learner, 5, "Kecil")
    large, large_items = _course_with_progress(site, client, learner, 50, "Besar")
    urls = (small_items[3].url, large_items[3].url) if page == "lesson" else (small.url, large.url)
    # Warm caches (site root, content types) so only the page's own work is counted.
    _queries(client, urls[0])
    _queries(client, urls[1])
    small_count = _queries(client, urls[0])
    large_count = _queries(client, urls[1])
    print(f"{page}: {small_count} queries with 5 lessons, {large_count} with 50")
    assert small_count == large_count
    assert large_count == PINNED[page], f"the {page} page now takes {large_count} queries"


def test_the_dashboard_costs_the_same_with_a_5_or_a_50_lesson_course(site, client, learner):
    _course_with_progress(site, client, learner, 5, "Kecil")
    _queries(client, "/id/learn/my-learning/")
    with_small = _queries(client, "/id/learn/my-learning/")
    _course_with_progress(site, client, learner, 50, "Besar")
    _queries(client, "/id/learn/my-learning/")
    with_both = _queries(client, "/id/learn/my-learning/")
    print(f"dashboard: {with_small} queries with a 5-lesson course, {with_both} with a 50 too")
    assert with_small == with_both
    assert with_both == PINNED["dashboard"], f"the dashboard now takes {with_both} queries"


# Since quizzes and simulations show the course outline and the home page a
# "continue where you left off" card, they are pinned too: outline and progress
# are read once for the whole course, never once per item.
ITEM_PINNED = {"home": 19, "quiz": 29, "scenario": 28}


def _course_with_quiz_and_scenario(site, client, learner, lessons, title):
    from tests.quizzes.conftest import build_quiz
    from tests.simulations.conftest import build_scenario

    course, items = _course_with_progress(site, client, learner, lessons, title)
    quiz = build_quiz(site, kinds=["single", "numeric"], course=course)
    scenario = build_scenario(site, course=course)
    return {"home": "/id/", "quiz": quiz.url, "scenario": scenario.url}


@pytest.mark.parametrize("page", ["home", "quiz", "scenario"])
def test_home_quiz_and_scenario_pages_cost_the_same_for_5_and_50_lessons(
    site, client, learner, page
):
    small = _course_with_quiz_and_scenario(site, client, learner, 5, "Kecil")
    small_count = _queries(client, small[page]) and _queries(client, small[page])
    # The second course is the one "continue" points at on the home page.
    large = _course_with_quiz_and_scenario(site, client, learner, 50, "Besar")
    _queries(client, large[page])
    large_count = _queries(client, large[page])
    print(f"{page}: {small_count} queries with 5 lessons, {large_count} with 50")
    assert small_count == large_count
    assert large_count == ITEM_PINNED[page], f"the {page} page now takes {large_count} queries"
