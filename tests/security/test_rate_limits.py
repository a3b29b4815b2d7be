"""Rate limits hold across processes, and the client address cannot be forged.

Tried: gunicorn with production settings and 4 workers (SQLite, no Redis; then
Redis when REDIS_URL is set), a burst of 20 wrong passwords for one account and a
burst of 100 lookups on the public certificate verification page, all from one
address. Must hold: exactly as many get through as one process allows (5 wrong
passwords, 30 lookups a minute), never that number times the workers. Before the
shared cache, 4 workers checked 20 of 20 wrong passwords and answered 100 of 100
lookups.

Also: a forged X-Forwarded-For changes nothing unless TRUSTED_PROXY_COUNT says a
proxy of ours stands in front, and then only the entries our proxies wrote count.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from allauth.core.internal.ratelimit import parse_rates
from django.conf import settings
from django.db import connection
from django.test import Client, RequestFactory, override_settings

from certificates.views import VERIFY_RATE
from cxacademy import env, ratelimits
from cxacademy.home.site_setup import setup_site

ROOT = Path(settings.BASE_DIR)
VENV_BIN = Path(sys.executable).parent


def _amount(rates: str, per: str) -> int:
    return min(rate.amount for rate in parse_rates(rates) if rate.per == per)


# What one process allows: allauth's failed sign-ins per account (5 in 5 minutes)
# and per address (10 a minute), and the verification page's lookups (30 a minute).
LOGIN_FAILURES_ALLOWED = _amount(settings.ACCOUNT_RATE_LIMITS["login_failed"], "key")
LOGIN_FAILURES_PER_IP = _amount(settings.ACCOUNT_RATE_LIMITS["login_failed"], "ip")
VERIFICATIONS_ALLOWED = _amount(VERIFY_RATE, "ip")
# The Redis database the servers here use: not the test cache's (15), not the app's (0).
REDIS_DB = 14
CACHE_TABLE = "cxa_cache"

SETTINGS_MODULE = '''
"""Production settings; only static files need no collectstatic run."""
from cxacademy.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {{"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
CACHES["default"]["KEY_PREFIX"] = "{prefix}"
'''


# --- A production server with several workers --------------------------------


@dataclass
class Server:
    process: subprocess.Popen
    base_url: str
    workdir: Path
    key_prefix: str
    workers: int

    def url(self, path: str) -> str:
        return self.base_url + path

    def log(self) -> str:
        return (self.workdir / "gunicorn.log").read_text(errors="replace")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _environ(workdir: Path, *, redis_url: str = "") -> dict[str, str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL", "TRUSTED_PROXY_COUNT", "TASK_BACKEND"}
    }
    environ.update(
        DJANGO_SETTINGS_MODULE="rate_limit_settings",
        PYTHONPATH=os.pathsep.join([str(workdir), str(ROOT)]),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        TASK_BACKEND="immediate",
        MEDIA_ROOT=str(workdir / "media"),
        EXPORTS_ROOT=str(workdir / "exports"),
        IMPORTS_ROOT=str(workdir / "imports"),
        LOG_LEVEL="WARNING",
    )
    if redis_url:
        environ["REDIS_URL"] = redis_url
    return environ


def _manage(workdir: Path, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=_environ(workdir),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _tables(database: Path) -> set[str]:
    with sqlite3.connect(database) as db:
        return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


@pytest.fixture(scope="module")
def migrated_database(tmp_path_factory) -> Path:
    """One SQLite file migrated under production settings, copied for every server."""
    workdir = tmp_path_factory.mktemp("rate-limit-db")
    (workdir / "rate_limit_settings.py").write_text(SETTINGS_MODULE.format(prefix="cxa"))
    _manage(workdir, "migrate", "--no-input")
    # `migrate` alone creates the cache table: no extra step on a fresh install.
    assert CACHE_TABLE in _tables(workdir / "db.sqlite3")
    _manage(workdir, "setup_site")
    return workdir / "db.sqlite3"


def _start(workdir: Path, database: Path, *, workers: int, redis_url: str = "") -> Server:
    for suffix in ("", "-wal", "-shm"):
        source = database.with_name(database.name + suffix)
        if source.exists():
            shutil.copy(source, workdir / ("db.sqlite3" + suffix))
    # A key prefix of this run's own, so keys an earlier run left in Redis (windows
    # last minutes) cannot change the count.
    prefix = f"cxa-rl-{uuid.uuid4().hex[:8]}"
    (workdir / "rate_limit_settings.py").write_text(SETTINGS_MODULE.format(prefix=prefix))
    port = _free_port()
    with (workdir / "gunicorn.log").open("w") as log:
        process = subprocess.Popen(
            [
                str(VENV_BIN / "gunicorn"),
                "cxacademy.wsgi",
                f"--workers={workers}",
                f"--bind=127.0.0.1:{port}",
                # Imports once, then forks: the workers are up in seconds even on a
                # busy machine. Each is still a process of its own.
                "--preload",
                "--timeout=60",
                "--graceful-timeout=5",
            ],
            cwd=ROOT,
            env=_environ(workdir, redis_url=redis_url),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(process, f"http://127.0.0.1:{port}", workdir, prefix, workers)
    try:
        _wait_until_ready(server)
    except BaseException:
        _stop(server)
        raise
    return server


def _wait_until_ready(server: Server) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise AssertionError("gunicorn exited:\n" + server.log())
        try:
            if requests.get(server.url("/en/accounts/login/"), timeout=5).status_code == 200:
                break
        except requests.RequestException:
            pass
        time.sleep(0.5)
    else:
        raise AssertionError("gunicorn not ready in 120 s:\n" + server.log())
    # Every worker must have booted before the burst, or a slow one sits it out.
    booted = time.monotonic() + 30
    while server.log().count("Booting worker") < server.workers and time.monotonic() < booted:
        time.sleep(0.2)


def _stop(server: Server) -> None:
    if server.process.poll() is None:
        os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=15)


@pytest.fixture
def production_server(tmp_path, migrated_database):
    """Start gunicorn with production settings; stopped whatever the test's outcome."""
    started: list[Server] = []

    def start(*, workers: int, redis_url: str = "") -> Server:
        server = _start(tmp_path, migrated_database, workers=workers, redis_url=redis_url)
        started.append(server)
        return server

    yield start
    for server in started:
        _stop(server)


def wrong_password_burst(server: Server, *, attempts: int = 20) -> int:
    """How many of a burst of wrong passwords for one account the server checked."""
    page = requests.get(server.url("/en/accounts/login/"), timeout=30)
    # The cookie is Secure in production; over plain http it is sent by hand.
    token = page.cookies["csrftoken"]
    email = f"target-{uuid.uuid4().hex[:8]}@example.com"

    def attempt(n: int) -> str:
        response = requests.post(
            server.url("/en/accounts/login/"),
            data={"login": email, "password": f"guess-{n}", "csrfmiddlewaretoken": token},
            cookies={"csrftoken": token},
            timeout=60,
        )
        if response.status_code == 429 or "Too many failed login attempts" in response.text:
            return "refused"
        assert response.status_code == 200, (response.status_code, server.log()[-3000:])
        assert "are not correct" in response.text
        return "checked"

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(attempt, range(attempts)))
    return outcomes.count("checked")


def verification_burst(server: Server, *, lookups: int = 100) -> int:
    """How many of a burst of lookups the public verification page answered."""

    def lookup(n: int) -> int:
        return requests.get(
            server.url("/en/certificates/verify/"), params={"code": f"ZZZZ-{n:04d}"}, timeout=60
        ).status_code

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(lookup, range(lookups)))
    # 404: looked up, no such certificate; 429: refused. Nothing else.
    assert set(statuses) <= {404, 429}, (statuses, server.log()[-3000:])
    return sum(status != 429 for status in statuses)


def _redis_url() -> str:
    url = env.read().redis_url
    if not url:
        return ""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError:
        return ""
    return env.redis_url_with_db(url, REDIS_DB)


def _cache_rows(server: Server) -> int:
    with sqlite3.connect(server.workdir / "db.sqlite3", timeout=30) as db:
        return db.execute(f"SELECT COUNT(*) FROM {CACHE_TABLE}").fetchone()[0]  # noqa: S608


def test_four_workers_on_the_database_cache_allow_what_one_allows(production_server):
    server = production_server(workers=4)
    rows_before = _cache_rows(server)

    assert wrong_password_burst(server) == LOGIN_FAILURES_ALLOWED
    assert verification_burst(server) == VERIFICATIONS_ALLOWED
    # The counts were kept where all four workers read them.
    assert _cache_rows(server) > rows_before


def test_four_workers_on_redis_allow_what_one_allows(production_server):
    redis_url = _redis_url()
    if not redis_url:
        pytest.skip("REDIS_URL is not set or Redis does not answer (CI's second run sets it)")
    import redis

    server = production_server(workers=4, redis_url=redis_url)
    rows_before = _cache_rows(server)

    assert wrong_password_burst(server) == LOGIN_FAILURES_ALLOWED
    assert verification_burst(server) == VERIFICATIONS_ALLOWED
    store = redis.Redis.from_url(redis_url)
    assert store.keys(f"{server.key_prefix}:*"), "the counts were not kept in Redis"
    assert _cache_rows(server) == rows_before


# --- The client address -----------------------------------------------------


def _request(remote_addr: str, forwarded_for: str | None = None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers)


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=0)
def test_without_trusted_proxies_the_forwarded_header_is_ignored():
    request = _request("198.51.100.20", "203.0.113.9")
    assert ratelimits.client_ip(request) == "198.51.100.20"


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_saw_is_the_client():
    # The client wrote "1.2.3.4, 5.6.7.8"; our proxy appended the address it saw.
    request = _request("10.0.0.2", "1.2.3.4, 5.6.7.8, 203.0.113.9")
    assert ratelimits.client_ip(request) == "203.0.113.9"


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=2)
def test_behind_two_proxies_the_outer_ones_entry_is_the_client():
    # Outer proxy appends the client's address; the inner one appends the outer's.
    request = _request("10.0.0.3", "1.2.3.4, 203.0.113.9, 10.0.0.2")
    assert ratelimits.client_ip(request) == "203.0.113.9"


@pytest.mark.django_db
@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=2)
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/en/certificates/verify/?code=CXA-0000-0000-0000-0000"),
        ("post", "/en/accounts/login/"),
    ],
)
def test_a_request_that_bypassed_a_proxy_is_a_bad_request_not_a_server_error(site, method, path):
    # Two proxies would have written two entries; this request carries one.
    client = Client(REMOTE_ADDR="10.0.0.3", HTTP_X_FORWARDED_FOR="203.0.113.9")
    data = {"login": "someone@example.com", "password": "wrong-1"} if method == "post" else None
    response = getattr(client, method)(path, data)
    assert response.status_code == 400


@pytest.mark.django_db
def test_without_a_client_address_lookups_are_refused_not_shared(site):
    # gunicorn on a Unix socket, with no proxy configured: REMOTE_ADDR is empty.
    response = Client(REMOTE_ADDR="").get(
        "/en/certificates/verify/", {"code": "CXA-0000-0000-0000-0000"}
    )
    assert response.status_code == 403


def _lookup(forwarded_for: str, *, remote_addr: str = "10.0.0.2") -> int:
    return (
        Client(REMOTE_ADDR=remote_addr, HTTP_X_FORWARDED_FOR=forwarded_for)
        .get("/en/certificates/verify/", {"code": "CXA-0000-0000-0000-0000"})
        .status_code
    )


@pytest.mark.django_db
@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=0)
def test_a_new_forged_address_per_lookup_does_not_reset_the_limit(site):
    statuses = [_lookup(f"203.0.113.{n}") for n in range(VERIFICATIONS_ALLOWED + 1)]
    assert statuses[:-1] == [404] * VERIFICATIONS_ALLOWED
    assert statuses[-1] == 429


@pytest.mark.django_db
@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_each_client_has_its_own_limit_and_cannot_forge_another(site):
    for _ in range(VERIFICATIONS_ALLOWED):
        assert _lookup("203.0.113.9") == 404
    assert _lookup("203.0.113.9") == 429
    # Writing someone else's address first does not help: our proxy's entry counts.
    assert _lookup("198.51.100.7, 203.0.113.9") == 429
    # Another office behind the same proxy is not locked out.
    assert _lookup("198.51.100.7") == 404


def _wrong_passwords(forwarded_for: list[str]) -> list[bool]:
    """Sign in with a wrong password for a new account each time; True = checked."""
    checked = []
    for n, address in enumerate(forwarded_for):
        response = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=address).post(
            "/en/accounts/login/", {"login": f"person{n}@example.com", "password": "wrong-1"}
        )
        checked.append("Too many failed login attempts" not in response.content.decode())
    return checked


@pytest.mark.django_db
@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=0)
def test_sign_in_limits_ignore_a_forged_forwarded_header(site):
    addresses = [f"203.0.113.{n}" for n in range(LOGIN_FAILURES_PER_IP + 1)]
    checked = _wrong_passwords(addresses)
    assert checked == [True] * LOGIN_FAILURES_PER_IP + [False]


@pytest.mark.django_db
@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_sign_in_limits_count_per_client_behind_a_proxy(site):
    # Each colleague behind the company proxy has their own allowance.
    addresses = [f"203.0.113.{n}" for n in range(LOGIN_FAILURES_PER_IP + 1)]
    assert all(_wrong_passwords(addresses))


# --- The cache the limits count in --------------------------------------------


@pytest.mark.django_db
def test_setup_site_creates_the_database_cache_table(site):
    probe = "cxa_cache_probe"
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": probe,
        }
    }
    with override_settings(CACHES=caches):
        setup_site()
        assert probe in connection.introspection.table_names()
        from django.core.cache import cache

        assert cache.add("probe", 1) and not cache.add("probe", 2)
