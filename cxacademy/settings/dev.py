"""A laptop: debug on, SQLite, immediate tasks, emails printed to the console."""

from cxacademy import env

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = CONFIG.secret_key or env.dev_secret_key()
ALLOWED_HOSTS = [*CONFIG.allowed_hosts, "[::1]"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
