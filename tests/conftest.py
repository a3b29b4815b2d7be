import pytest
from django.core.cache import cache

from cxacademy.home.site_setup import setup_site
from tests import factories


@pytest.fixture(autouse=True)
def _clean_cache():
    # allauth's rate limits live in the cache; one test's failed logins must not
    # lock the next test out.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    """Locales, the home page in both languages, and the role groups."""
    return setup_site()


@pytest.fixture
def learner(site):
    return factories.learner()


@pytest.fixture
def trainer(site):
    return factories.trainer()


@pytest.fixture
def hr_user(site):
    return factories.hr()


@pytest.fixture
def superuser(site):
    return factories.UserFactory(is_superuser=True, is_staff=True)
