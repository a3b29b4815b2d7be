"""The browser suite does not depend on the machine's speed.

A test that ends while the live server is still serving one of its requests must
not reset the database under that request (on SQLite they share one connection:
"cannot start a transaction within a transaction" in the next test's setup, seen
once in CI on a busy machine). These tests make such a request last long, on
purpose, instead of waiting for a slow machine to do it.
"""

import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from tests import factories
from tests.e2e.conftest import LiveServerGate, live_server_gate

SLOW_PATH = "/__slow-transaction__/"
SLOW_SECONDS = 1.5


def _slow_transaction(app, started=None):
    """`app`, plus one URL that holds a database transaction open for a while."""

    def wrapped(environ, start_response):
        if environ["PATH_INFO"] != SLOW_PATH:
            return app(environ, start_response)
        with transaction.atomic():
            get_user_model().objects.count()
            if started:
                started.set()
            time.sleep(SLOW_SECONDS)
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"done"]

    return wrapped


def test_a_test_ends_while_its_page_still_waits_for_the_server(page, live_server, monkeypatch):
    gate = live_server_gate(live_server)
    monkeypatch.setattr(gate, "app", _slow_transaction(gate.app))
    page.goto(live_server.url + "/id/")
    # A background fetch the test does not wait for, as a page's scripts make.
    page.evaluate(f"() => {{ fetch({SLOW_PATH!r}); }}")
    page.wait_for_function("() => performance.getEntriesByType('resource').length > 0")


def test_the_next_test_starts_on_a_clean_database(page, live_server, learner):
    """Runs after the one above: its setup reset the database and made a learner."""
    assert get_user_model().objects.filter(pk=learner.pk).exists()
    page.goto(live_server.url + "/id/")


def test_the_test_writes_while_its_page_waits_for_a_request(page, live_server, monkeypatch):
    """The test's own transaction waits for the request's to end, rather than
    nesting inside it on the shared connection."""
    started = threading.Event()
    gate = live_server_gate(live_server)
    monkeypatch.setattr(gate, "app", _slow_transaction(gate.app, started))
    page.goto(live_server.url + "/id/")
    page.evaluate(
        f"() => {{ window.slow = fetch({SLOW_PATH!r}).then(r => r.status, () => 'failed'); }}"
    )
    assert started.wait(30), "the slow request never started"

    with transaction.atomic():
        person = factories.UserFactory(full_name="Dewi Lestari")

    assert page.evaluate("() => window.slow") == 200
    assert get_user_model().objects.filter(pk=person.pk, full_name="Dewi Lestari").exists()


def test_the_gate_waits_for_a_running_request_and_then_for_quiet():
    started, release = threading.Event(), threading.Event()

    def app(environ, start_response):
        started.set()
        release.wait(5)
        start_response("200 OK", [])
        return [b""]

    gate = LiveServerGate(app, one_at_a_time=True)
    served = threading.Thread(target=lambda: gate({}, lambda *a: None).close())
    served.start()
    assert started.wait(5)

    with pytest.raises(AssertionError, match="still serving 1 request"):
        gate.wait_until_quiet(timeout=0.3)
    release.set()
    served.join()
    gate.wait_until_quiet(timeout=5)


def test_requests_on_a_shared_connection_run_one_at_a_time():
    running, overlaps = [], []

    def app(environ, start_response):
        running.append(1)
        overlaps.append(len(running))
        time.sleep(0.05)
        running.pop()
        return [b""]

    gate = LiveServerGate(app, one_at_a_time=True)
    threads = [threading.Thread(target=lambda: gate({}, None).close()) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert overlaps == [1] * 5
    gate.wait_until_quiet(timeout=5)
