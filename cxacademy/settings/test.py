"""The test suite: fast hashing, immediate tasks, emails kept in memory.

With DATABASE_URL and REDIS_URL set (CI's second run) the same suite runs on
PostgreSQL with Django's Redis cache, so both are exercised for real.
"""

import secrets

from cxacademy import env

from .base import *  # noqa: F403

SECRET_KEY = secrets.token_urlsafe(50)
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests run tasks inline; tests/test_tasks.py checks the Redis queue itself.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
STORAGES["exports"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {
        **STORAGES["exports"]["OPTIONS"],
        "location": BASE_DIR / "var" / "test-exports",
    },
}
if CONFIG.redis_url:
    # A database of its own, so clearing the cache between tests never touches
    # anything else on the server.
    CACHES["default"]["LOCATION"] = env.redis_url_with_db(CONFIG.redis_url, 15)
    CACHES["default"]["KEY_PREFIX"] = "cxa-test"
else:
    # One process, and fast: tests/security/test_rate_limits.py proves the database
    # cache that servers use is shared between processes.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PEOPLE_IMPORT_DIR = BASE_DIR / "var" / "test-imports"
TESTING = True
