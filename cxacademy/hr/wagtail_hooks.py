"""HR's menu in the Wagtail admin: dashboard, completion report, exports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from cxacademy.hr import views


@hooks.register("register_admin_urls")
def hr_admin_urls():
    return [
        path("hr/", views.dashboard, name="hr_dashboard"),
        path("hr/completions/", views.CompletionReportView.as_view(), name="completion_report"),
        path(
            "hr/completions/results/",
            views.CompletionReportView.as_view(results_only=True),
            name="completion_report_results",
        ),
        path("hr/completions/columns/", views.report_columns, name="completion_report_columns"),
        path("hr/people/search/", views.people_search, name="hr_people_search"),
        path("hr/exports/", views.export_log, name="report_exports"),
        path("hr/exports/<int:pk>/", views.export_detail, name="report_export"),
        path("hr/exports/<int:pk>/download/", views.export_download, name="report_export_download"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


hr_menu = Menu(register_hook_name="register_hr_menu_item", construct_hook_name="construct_hr_menu")


@hooks.register("register_hr_menu_item")
def dashboard_item():
    return ReportMenuItem(_("HR dashboard"), reverse("hr_dashboard"), icon_name="view", order=10)


@hooks.register("register_hr_menu_item")
def report_item():
    return ReportMenuItem(
        _("Completion report"), reverse("completion_report"), icon_name="table", order=20
    )


@hooks.register("register_hr_menu_item")
def exports_item():
    return ReportMenuItem(_("Exports"), reverse("report_exports"), icon_name="download", order=90)


@hooks.register("register_admin_menu_item")
def hr_submenu():
    return SubmenuMenuItem(_("HR"), hr_menu, icon_name="group", name="hr", order=240)
