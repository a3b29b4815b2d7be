from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HrConfig(AppConfig):
    name = "cxacademy.hr"
    label = "hr"
    verbose_name = _("HR reports")

    def ready(self):
        # Wagtail's own report exports follow the project's spreadsheet rules.
        from cxacademy import spreadsheets

        spreadsheets.wagtail_exports_made_safe()
