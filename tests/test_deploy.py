"""Production settings: refuse to start without a strong secret, pass Django's deploy
checks, keep rate limits in a cache every process shares, and send a content security
policy and a permissions policy."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

ROOT = settings.BASE_DIR


def _run(args, **extra_env):
    environ = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    environ.update(DJANGO_SETTINGS_MODULE="cxacademy.settings.production", **extra_env)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _run(["manage.py", "check"])
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


@pytest.mark.parametrize(
    "weak_key",
    [
        "short",
        "a" * 64,  # long, but one character
        "django-insecure-" + secrets.token_urlsafe(50),  # startproject's placeholder
    ],
    ids=["short", "one-character", "django-insecure"],
)
def test_production_refuses_to_start_with_a_weak_secret_key(weak_key):
    result = _run(["manage.py", "check"], SECRET_KEY=weak_key)
    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr
    assert "secrets.token_urlsafe(50)" in result.stderr


def _production_setting(expression, **extra_env):
    """A value of the production settings, as a server started with this environment sees it."""
    environ = {"SECRET_KEY": secrets.token_urlsafe(50), "REDIS_URL": "", **extra_env}
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    result = _run(["-c", code], **environ)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_without_redis_counts_rate_limits_in_the_database():
    backend = _production_setting('settings.CACHES["default"]["BACKEND"]')
    assert backend == "django.core.cache.backends.db.DatabaseCache"


def test_production_with_redis_counts_rate_limits_in_redis():
    backend = _production_setting(
        'settings.CACHES["default"]["BACKEND"]', REDIS_URL="redis://127.0.0.1:6379/0"
    )
    assert backend == "django.core.cache.backends.redis.RedisCache"


def test_trusted_proxy_count_reaches_allauth():
    assert _production_setting("settings.ALLAUTH_TRUSTED_PROXY_COUNT") == "0"
    assert (
        _production_setting("settings.ALLAUTH_TRUSTED_PROXY_COUNT", TRUSTED_PROXY_COUNT="2") == "2"
    )


def test_check_deploy_with_a_secret_prints_no_warnings():
    result = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="academy.example.com",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.django_db
@override_settings(CONTENT_SECURITY_POLICY_ENABLED=True)
def test_learner_pages_allow_scripts_only_from_our_own_origin(client, site):
    policy = client.get("/id/")["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "object-src 'none'" in policy


@pytest.mark.django_db
def test_no_policy_header_outside_production(client, site):
    assert "Content-Security-Policy" not in client.get("/id/")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/id/", "/en/accounts/login/", "/en/certificates/verify/"])
def test_no_page_may_use_the_camera_microphone_or_location(client, site, path):
    policy = client.get(path)["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy
    # Structured-header syntax: "feature=()" items separated by commas.
    assert all(item.strip().endswith("=()") for item in policy.split(","))


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite-only settings")
def test_sqlite_runs_in_wal_mode_with_immediate_transactions(tmp_path, django_db_blocker):
    from django.db.backends.sqlite3.base import DatabaseWrapper

    django_db_blocker.unblock()

    config = {**settings.DATABASES["default"], "NAME": str(tmp_path / "wal.sqlite3")}
    wrapper = DatabaseWrapper(config, alias="wal-check")
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
        assert wrapper.transaction_mode == "IMMEDIATE"
    finally:
        wrapper.close()
        django_db_blocker.restore()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite-only settings")
def test_concurrent_writers_on_sqlite_do_not_hit_database_is_locked(tmp_path, django_db_blocker):
    """Learners saving at once: every write lands, nobody sees "database is locked".

    Each writer reads then writes inside `transaction.atomic`, the pattern that
    deadlocks under SQLite's default DEFERRED transactions.
    """
    import threading

    from django.db import connections, transaction

    config = {**settings.DATABASES["default"], "NAME": str(tmp_path / "busy.sqlite3")}
    aliases = [f"writer-{n}" for n in range(4)]
    for alias in ["setup", *aliases]:
        connections.settings[alias] = dict(config)
    errors = []

    def writer(alias):
        try:
            for step in range(30):
                with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                    cursor.execute("SELECT COUNT(*) FROM progress")
                    cursor.execute("INSERT INTO progress VALUES (%s, %s)", [alias, step])
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            connections[alias].close()

    django_db_blocker.unblock()
    try:
        with connections["setup"].cursor() as cursor:
            cursor.execute("CREATE TABLE progress (learner TEXT, step INTEGER)")
        threads = [threading.Thread(target=writer, args=(alias,)) for alias in aliases]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        with connections["setup"].cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM progress")
            assert cursor.fetchone()[0] == 120
    finally:
        connections["setup"].close()
        for alias in ["setup", *aliases]:
            connections.settings.pop(alias, None)
        django_db_blocker.restore()
