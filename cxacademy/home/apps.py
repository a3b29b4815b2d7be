from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "cxacademy.home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        from cxacademy.home import site_setup

        # The database cache's table is not a model, so no migration makes it.
        post_migrate.connect(
            site_setup.cache_tables_after_migrate, sender=self, dispatch_uid="cxa-cache-table"
        )
