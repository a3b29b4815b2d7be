"""Browser journeys: Playwright's sync API driving Debian's Chromium against a live server.

No browser is ever downloaded: the suite uses the system Chromium (default
/usr/bin/chromium, override with E2E_CHROMIUM) and skips, saying why, when it is
missing. Every page a journey visits is saved as a full-page PNG in
var/e2e-screenshots/ (override with E2E_SCREENSHOT_DIR) for a human to look at.
"""

import itertools
import os
import re
import threading
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import transaction
from playwright.sync_api import expect

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 800}
# How long a step may wait for the page: a page load, a click's result, an
# expectation. Generous on purpose: CI machines are shared and a busy one can take
# seconds over a page that takes 100 ms on a laptop; the suite waits for the state it
# needs and never for a fixed time, so a fast machine loses nothing by it.
TIMEOUT_MS = int(os.environ.get("E2E_TIMEOUT_MS", "") or 30_000)
# Playwright's expect() has a default of its own (5 s), separate from the page's.
expect.set_options(timeout=TIMEOUT_MS)
# How long the end of a test waits for the live server to finish its requests.
LIVE_SERVER_QUIET_S = TIMEOUT_MS / 1000
# A request the browser sent just before its context closed may still sit in the
# server's accept queue: the server must stay idle this long to count as done.
LIVE_SERVER_SETTLE_S = 0.2


def chromium_path() -> str:
    return os.environ.get("E2E_CHROMIUM", "").strip() or DEFAULT_CHROMIUM


def screenshot_folder() -> Path:
    configured = os.environ.get("E2E_SCREENSHOT_DIR", "").strip()
    folder = Path(configured) if configured else REPO_ROOT / "var" / "e2e-screenshots"
    if not folder.is_absolute():
        folder = REPO_ROOT / folder
    return folder.resolve()


_SCREENSHOT_FOLDER = pytest.StashKey[Path]()
_REPORTS = pytest.StashKey[dict]()


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "root"


@pytest.fixture(scope="session")
def screenshots(request):
    """The folder every journey saves its screenshots in, named once per session."""
    folder = screenshot_folder()
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nE2E screenshots: {folder}")
    # print() is captured without -s; the terminal summary below always shows.
    request.config.stash[_SCREENSHOT_FOLDER] = folder
    return folder


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Name the screenshot folder at the end of the run (with or without -s)."""
    folder = config.stash.get(_SCREENSHOT_FOLDER, None)
    if folder is not None:
        terminalreporter.write_sep("-", "e2e screenshots")
        terminalreporter.write_line(f"E2E screenshots: {folder}")


def _missing_chromium(executable: str) -> str | None:
    """Why the browser tests cannot run, or None when they can."""
    if os.path.isfile(executable) and os.access(executable, os.X_OK):
        return None
    if executable == DEFAULT_CHROMIUM:
        return (
            f"Debian's Chromium is not installed at {DEFAULT_CHROMIUM}: run "
            "`apt-get install chromium` (make test / .ci/run do this)"
        )
    return (
        f"No Chromium at E2E_CHROMIUM={executable}: point it at a Chromium binary, "
        f"or unset it to use Debian's at {DEFAULT_CHROMIUM} (`apt-get install chromium`)"
    )


def pytest_collection_modifyitems(config, items):
    """Without Chromium, skip the browser tests up front, saying why (and without
    creating a test database for nothing)."""
    reason = _missing_chromium(chromium_path())
    if reason is None:
        return
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.skip(reason=reason))


@contextmanager
def launched_chromium(request):
    """Debian's Chromium, driven by Playwright's sync API (see `browser`)."""
    executable = chromium_path()
    if reason := _missing_chromium(executable):
        pytest.skip(reason)
    request.getfixturevalue("django_db_setup")  # the connections below must be the test ones

    from django.db import connections
    from playwright.sync_api import sync_playwright

    thread_connections = {alias: connections[alias] for alias in connections}
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        playwright = sync_playwright().start()
        try:
            for alias, connection in thread_connections.items():
                connections[alias] = connection
            chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Exception:
            playwright.stop()
            raise
        try:
            yield chromium
        finally:
            chromium.close()
            playwright.stop()


@pytest.fixture(scope="package")
def browser(request):
    """Debian's Chromium, driven by Playwright's sync API, for the tests in tests/e2e.

    Playwright's sync API keeps an asyncio event loop *running* in the test thread
    from start() to stop(). Two things follow, both undone when the fixture ends:

    - Django refuses ORM calls from a thread with a running loop
      (SynchronousOnlyOperation), so DJANGO_ALLOW_ASYNC_UNSAFE is set. Not at import
      time: it would leak into the whole run, including the subprocesses that
      tests/test_deploy.py starts (`check --deploy` warns about it).
    - Django then looks database connections up per asyncio context instead of per
      thread, and would open a second connection that lacks the test database's
      serialized contents (and shares the in-memory database's locks with the
      first). The thread's own connections are installed for that context too.

    Package scope, not session: pytest-django runs the non-database tests after the
    live-server ones, and they must not inherit the running loop. A browser test
    elsewhere (tests/security) defines a module-scoped `browser` of its own with
    `launched_chromium`.
    """
    with launched_chromium(request) as chromium:
        yield chromium


class LiveServerGate:
    """The live server's WSGI application, wrapped: it knows when no request is running.

    With SQLite the test database lives in memory, in SQLite's shared cache, which
    the test thread and the live server's request threads all use. Its locks are
    per table and are not waited for: a request that touches a table while the test
    (or another request) is writing it fails at once ("database table is locked"),
    and a test that ends while a page load, a background fetch or an autosave is
    still being served gets its database reset under that request. Whether either
    happens depends only on the machine's speed. So, on SQLite, requests run one at
    a time and the test thread takes its turn too (`_test_thread_takes_turns`); on
    every database, each test waits, after its browsers have closed, until the
    server has finished its requests, before the database is reset.
    """

    def __init__(self, app, *, one_at_a_time: bool):
        self.app = app
        # Re-entrant: the test thread holds it through nested transactions and queries.
        self._lock = threading.RLock() if one_at_a_time else nullcontext()
        self._changed = threading.Condition()
        self._running = 0
        self._last_finished = time.monotonic()

    def __call__(self, environ, start_response):
        with self._changed:
            self._running += 1
        self._lock.__enter__()
        try:
            result = self.app(environ, start_response)
        except BaseException:
            self._finished()
            raise
        # The response is served (and its `close()` ends the request for Django)
        # after this returns; the request holds the connection until then.
        return _ClosingResponse(result, self._finished)

    def _finished(self):
        self._lock.__exit__(None, None, None)
        with self._changed:
            self._running -= 1
            self._last_finished = time.monotonic()
            self._changed.notify_all()

    def wait_until_quiet(self, *, timeout: float = LIVE_SERVER_QUIET_S) -> None:
        """Return once no request has run for LIVE_SERVER_SETTLE_S; fail after `timeout`."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                now = time.monotonic()
                quiet_since = self._last_finished if not self._running else None
                if quiet_since is not None and now - quiet_since >= LIVE_SERVER_SETTLE_S:
                    return
                if now >= deadline:
                    raise AssertionError(
                        f"The live server was still serving {self._running} request(s) "
                        f"{timeout:.0f} s after the test's browsers closed"
                    )
                wait = (
                    LIVE_SERVER_SETTLE_S
                    if quiet_since is None
                    else (LIVE_SERVER_SETTLE_S - (now - quiet_since))
                )
                self._changed.wait(timeout=min(max(wait, 0.01), deadline - now))


class _ClosingResponse:
    """A WSGI response that reports when the server has closed it."""

    def __init__(self, result, on_close):
        self._result = result
        self._on_close = on_close

    def __iter__(self):
        return iter(self._result)

    def close(self):
        # wsgiref closes a response a second time when the browser went away mid-way.
        on_close, self._on_close = self._on_close, None
        if on_close is None:
            return
        try:
            if hasattr(self._result, "close"):
                self._result.close()
        finally:
            on_close()


def live_server_gate(live_server) -> LiveServerGate:
    """The live server's gate, put in front of its application on first use."""
    from django.db import connections

    httpd = live_server.thread.httpd
    app = httpd.get_app()
    if not isinstance(app, LiveServerGate):
        in_memory = [
            connection
            for connection in connections.all()
            if connection.vendor == "sqlite" and connection.is_in_memory_db()
        ]
        app = LiveServerGate(app, one_at_a_time=bool(in_memory))
        httpd.set_app(app)
        for connection in in_memory:
            _test_thread_takes_turns(app, connection)
    return app


def _test_thread_takes_turns(gate: LiveServerGate, connection) -> None:
    """The test's own use of the database waits for the server's turn to end.

    A test that creates data or calls a service while its page still has a
    background request running would otherwise hit that request's table locks. So
    the test thread takes the gate's lock for each query and for each transaction
    (on its own connection), and requests wait for it in turn. Installed once, for
    the rest of the session; with no request running the lock is free.
    """
    test_thread = threading.main_thread()
    lock = gate._lock

    def one_at_a_time(execute, sql, params, many, context):
        if threading.current_thread() is not test_thread:
            return execute(sql, params, many, context)
        with lock:
            return execute(sql, params, many, context)

    connection.execute_wrappers.append(one_at_a_time)

    enter, exit_ = transaction.Atomic.__enter__, transaction.Atomic.__exit__

    def atomic_enter(self):
        mine = threading.current_thread() is test_thread
        if mine:
            lock.acquire()
        try:
            return enter(self)
        except BaseException:
            if mine:
                lock.release()
            raise

    def atomic_exit(self, exc_type, exc_value, traceback):
        try:
            return exit_(self, exc_type, exc_value, traceback)
        finally:
            if threading.current_thread() is test_thread:
                lock.release()

    transaction.Atomic.__enter__ = atomic_enter
    transaction.Atomic.__exit__ = atomic_exit


@pytest.fixture(autouse=True)
def _live_server_finishes_before_the_database_resets(request):
    """Every browser test ends with its browsers closed and the live server idle.

    Autouse, so it is set up right after pytest-django's own live-server helper
    (which resets the database when it is torn down) and torn down right before it,
    whichever contexts a test opened: the `page` fixture's, a second person's, a
    phone without JavaScript.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    gate = live_server_gate(request.getfixturevalue("live_server"))
    yield
    if "browser" in request.fixturenames:
        for context in list(request.getfixturevalue("browser").contexts):
            context.close()
    gate.wait_until_quiet()


@pytest.fixture
def browser_locale():
    """The browser's language (Accept-Language). Override per test with
    `@pytest.mark.parametrize("browser_locale", ["en-GB"])`."""
    return "id-ID"


@pytest.fixture
def page(browser, browser_locale, live_server, site, django_db_serialized_rollback):
    """A fresh browser context (no cookies) per test, against the live server.

    The live server needs a transactional database, which is flushed after every
    test; serialized rollback brings back what the migrations created (Wagtail's
    root page and collection) for the next one.
    """
    context = browser.new_context(
        viewport=VIEWPORT, locale=browser_locale, base_url=live_server.url
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test, so `shoot` knows whether it failed."""
    report = yield
    item.stash.setdefault(_REPORTS, {})[report.when] = report
    return report


@pytest.fixture
def shoot(page, screenshots, request):
    """shoot("label") saves the current page as <test>--NN-<label>.png.

    Without a label the page's path is used. The test's screenshots from an earlier
    run are removed first, so the folder always shows the latest run. When the test
    fails, the page as it was at that moment is saved last, as "...-failed.png".
    """
    stem = _slug(request.node.name)
    for old in screenshots.glob(f"{stem}--*.png"):
        old.unlink()
    counter = itertools.count(1)

    def _shoot(label: str | None = None) -> Path:
        name = label or urlsplit(page.url).path
        path = screenshots / f"{stem}--{next(counter):02d}-{_slug(name)}.png"
        # Finished animations (Wagtail's sliding explorer) are shown at their end.
        page.screenshot(path=str(path), full_page=True, animations="disabled")
        return path

    yield _shoot
    reports = request.node.stash.get(_REPORTS, {})
    if any(report.failed for report in reports.values()):
        try:
            if not page.is_closed() and page.url != "about:blank":
                print(f"Screenshot of the failure: {_shoot('failed')}")
        except Exception as exc:  # a failed screenshot must not hide the test's own result
            print(f"Could not save a screenshot of the failure: {exc}")
