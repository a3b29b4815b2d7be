"""The site's fixed structure: locales, the home page in both languages, roles.

Needed on every install (production included), so it lives apart from the demo.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, transaction
from django.utils import translation
from wagtail.models import Locale, Page, Site

from cxacademy.accounts import roles
from cxacademy.home.models import HomePage
from cxacademy.packages.site import site_texts


def create_cache_tables(*, using: str = DEFAULT_DB_ALIAS) -> None:
    """Create the database cache's table when the settings use one (no REDIS_URL).

    The rate limits count there, so it must exist before the first sign-in. Does
    nothing for Redis or an in-memory cache, and nothing when the table exists.
    """
    call_command("createcachetable", database=using, verbosity=0)


def cache_tables_after_migrate(sender, *, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    # `migrate` is the one command every install runs (make run, deployments, the
    # test database), so a fresh clone gets the table without a step of its own.
    create_cache_tables(using=using)


@transaction.atomic
def setup_site() -> HomePage:
    """Make sure locales, home pages, the default site, the role groups and the
    cache table exist.

    Safe to run any number of times.
    """
    create_cache_tables()
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }
    default = locales[settings.LANGUAGE_CODE]
    root = Page.get_first_root_node()

    # Wagtail's placeholder "Welcome" page (and the site pointing at it) make way
    # for our home page.
    Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)).delete()

    home = HomePage.objects.filter(locale=default, depth=2).first()
    if home is None:
        home = HomePage(slug="home", locale=default, **site_texts("home", default.language_code))
        root.add_child(instance=home)
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="CX Academy",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "CX Academy"
        site.save()

    for code, locale in locales.items():
        if code == default.language_code or home.has_translation(locale):
            continue
        with translation.override(code):
            translated = home.copy_for_translation(locale)
            for field, value in site_texts("home", code).items():
                setattr(translated, field, value)
            translated.save_revision().publish()

    roles.sync_roles()
    return home
