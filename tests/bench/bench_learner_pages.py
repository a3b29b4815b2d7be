"""How much the platform costs on top of Django for the two busiest learner pages.

For the lesson page and the My learning dashboard: render N times through the full
stack (middleware, Wagtail routing, selectors, template) and N times as a bare
Django view rendering the same template from a plain dict (context captured from
the real response). Prints per-request times and the ratio.

Run with `make bench`. Figures go in the issue's closing note, not into asserts:
timing on a shared 2-core machine is not a test.
"""

import statistics
import time

import pytest
from django.template.loader import get_template
from django.test import Client, RequestFactory

from tests.courses.conftest import build_course, lessons_of
from tests.factories import learner as make_learner

pytestmark = pytest.mark.django_db
RUNS = 200


def _per_request_ms(fn, runs=RUNS):
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), sorted(times)[int(runs * 0.95) - 1]


def _bare_view(template_name, context, request):
    template = get_template(template_name)
    return lambda: template.render(context, request)


def _report(name, full, bare):
    print(
        f"\n{name}: full stack median {full[0]:.2f} ms (p95 {full[1]:.2f}), bare template "
        f"median {bare[0]:.2f} ms (p95 {bare[1]:.2f}), ratio {full[0] / bare[0]:.1f}×"
    )


@pytest.mark.parametrize("lessons_per_module", [1, 10])
def test_bench_lesson_page_and_dashboard(site, lessons_per_module):
    course = build_course(site, modules=5, lessons=lessons_per_module, title="Bench")
    user = make_learner()
    client = Client()
    client.force_login(user)
    client.post(f"/id/learn/courses/{course.pk}/enrol/")
    lessons = lessons_of(course)
    for lesson in lessons[:2]:
        client.post(f"/id/learn/lessons/{lesson.pk}/complete/")
    lesson_url = lessons[2].url
    size = f"{len(lessons)} lessons"

    for name, url in [
        (f"lesson page, {size}", lesson_url),
        (f"dashboard, {size}", "/id/learn/my-learning/"),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        context = response.context[0].flatten()
        request = RequestFactory().get(url)
        request.user = user
        template_name = response.templates[0].name
        full = _per_request_ms(lambda url=url: client.get(url))
        bare = _per_request_ms(_bare_view(template_name, context, request))
        _report(name, full, bare)
