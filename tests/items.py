"""What the tests of every graded module item (quiz, simulation) do alike: start a
try as a learner does, keep it from other learners, count a request's queries."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import learner as make_learner


def start_try(client, item, tries):
    """Start a try at `item` with its start button, as the client's learner, and
    return it: the open one among `tries` (the item's tries, a queryset)."""
    response = client.post(f"/id/learn/{item._meta.app_label}/{item.pk}/start/")
    assert response.status_code == 302, response.content[:500]
    return tries.get(status="open")


def assert_not_found_by_others(*, get=(), post=()) -> None:
    """Another learner finds none of these pages of someone's try (`get`: URLs,
    `post`: URLs with their data): 404, no hint that the try exists."""
    intruder = Client()
    intruder.force_login(make_learner())
    for url in get:
        assert intruder.get(url).status_code == 404, url
    for url, data in post:
        assert intruder.post(url, data).status_code == 404, url


def count_queries(client, method, url, data=None) -> int:
    """How many queries one GET or POST takes; it must succeed or redirect."""
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data or {})
    assert response.status_code in (200, 302), response.status_code
    return len(captured.captured_queries)
