"""A lesson the trainer set to complete "when the learner reaches the end"."""

import pytest
from playwright.sync_api import expect

from courses.models import ItemProgress, LessonPage
from tests.courses.conftest import build_course, lessons_of
from tests.e2e.test_foundation import login

pytestmark = pytest.mark.e2e

PARAGRAPHS = "".join(f"<p>Paragraf {n}: pengalaman pelanggan.</p>" for n in range(60))
LONG_BODY = [("rich_text", PARAGRAPHS)]


def test_reaching_the_end_of_a_lesson_marks_it_done(page, live_server, site, learner, shoot):
    course = build_course(site, modules=1, lessons=2, title="Sampai akhir", body=LONG_BODY)
    lesson = lessons_of(course)[0]
    LessonPage.objects.filter(pk=lesson.pk).update(completion=LessonPage.Completion.REACH_END)
    login(page, live_server, learner)

    page.goto(f"{live_server.url}{lesson.url}")
    bar = page.locator(".lesson-side progress").first
    expect(bar).to_have_attribute("value", "0")
    assert not ItemProgress.objects.filter(user=learner).exists()  # not done on arrival
    shoot("lesson-top")

    page.locator("#lesson-end").scroll_into_view_if_needed()
    expect(page.locator(".lesson__end .message--success")).to_be_visible()
    expect(bar).to_have_attribute("value", "50")
    shoot("lesson-end-reached")
    assert ItemProgress.objects.get(user=learner).done
