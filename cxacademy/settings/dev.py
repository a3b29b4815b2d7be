"""A laptop: debug on, SQLite, immediate tasks, emails printed to the console.

The cache (and so the rate limits) lives in the database as in production, so a
laptop running several processes counts as a server does; `migrate` (run by
`make run`) creates its table.
"""

from cxacademy import env

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = CONFIG.secret_key or env.dev_secret_key()
ALLOWED_HOSTS = [*CONFIG.allowed_hosts, "[::1]"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
