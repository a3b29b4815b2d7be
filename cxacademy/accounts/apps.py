from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "cxacademy.accounts"
    label = "accounts"
    verbose_name = _("Accounts and organisation")

    def ready(self):
        from cxacademy.accounts import signal_handlers

        # Permissions only exist once every app has migrated, so the roles are
        # brought in line after each migrate run rather than in a migration.
        post_migrate.connect(signal_handlers.sync_roles_after_migrate, dispatch_uid="cxa-roles")
