import os

import pytest
from django.core.cache import cache
from hypothesis import settings as hypothesis_settings

from certificates.models import CertificateTemplate
from cxacademy.home.site_setup import setup_site
from tests import factories

# CI runs the same examples every time (a submission must not pass or fail by
# chance) and has no deadlines on a busy machine; local runs keep exploring new
# examples, which is how property tests find new bugs.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")


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


@pytest.fixture
def cert_template(db):
    return CertificateTemplate.objects.create(
        name="Standar",
        title="Sertifikat Kelulusan",
        body="Diberikan kepada {name} untuk {course} pada {date}, nilai {score}. No. {number}",
        signatory_1_name="Rina Wulandari",
        signatory_1_title="Kepala Akademi",
        validity_months=12,
    )
