"""A fixture for the tests that read the shipped packages' quizzes, imported by the
test modules that use it."""

import pytest
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from cxacademy.packages.loader import Package
from tests.curriculum.packages import FOUNDATIONS, MINDSET, shipped


@pytest.fixture(scope="session")
def shipped_packages(django_db_setup, django_db_blocker) -> dict[str, Package]:
    """Both shipped packages, read once. Reading checks the questions against the
    site's locales, so they are set up for it in a transaction rolled back at once."""
    with django_db_blocker.unblock(), transaction.atomic():
        # The locales only: a transactional test before may have emptied the page tree.
        for code, _name in settings.LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        packages = {name: shipped(name) for name in (FOUNDATIONS, MINDSET)}
        transaction.set_rollback(True)
    return packages
