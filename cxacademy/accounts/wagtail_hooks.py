"""Organisation and people screens in the Wagtail admin, for trainers and HR."""

import copy

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cxacademy.accounts import admin_views, people_services
from cxacademy.accounts.models import Department, LearnerProfile
from cxacademy.accounts.permission_policies import SuperuserOnlyPermissionPolicy
from cxacademy.admin_choosers import PrivateSnippetChooserViewSet

# Replaces the model-permission policies that wagtail.users registers in its
# ready(): this module is loaded after every app is ready, before any admin view
# asks for a policy.
register_permission_policy(get_user_model(), SuperuserOnlyPermissionPolicy(get_user_model()))
register_permission_policy(Group, SuperuserOnlyPermissionPolicy(Group))


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    list_display = [Column("path", label=_("Department")), "parent"]
    search_fields = ["name"]
    ordering = ["parent__name", "name"]
    panels = [FieldPanel("name"), FieldPanel("parent")]

    def get_queryset(self, request):
        return Department.objects.select_related("parent__parent__parent")


class LearnerProfileViewSet(SnippetViewSet):
    model = LearnerProfile
    chooser_viewset_class = PrivateSnippetChooserViewSet
    icon = "user"
    menu_label = _("Learner profiles")
    list_display = ["user", "employee_id", "department", "job_title", "preferred_language"]
    list_filter = ["department", "preferred_language"]
    search_fields = ["employee_id", "job_title"]
    panels = [
        FieldPanel("user"),
        FieldPanel("employee_id"),
        FieldPanel("department"),
        FieldPanel("job_title"),
        FieldPanel("preferred_language"),
        FieldPanel("time_zone"),
    ]

    def get_queryset(self, request):
        return LearnerProfile.objects.select_related("user", "department__parent")


class OrganisationGroup(SnippetViewSetGroup):
    items = (DepartmentViewSet, LearnerProfileViewSet)
    menu_icon = "group"
    menu_label = _("Organisation")
    menu_name = "organisation"


register_snippet(OrganisationGroup)


# --- People: import and the people list, for HR ------------------------------------


@hooks.register("register_admin_urls")
def people_admin_urls():
    return [
        path("people/", admin_views.people_index, name="people_index"),
        path("people/<int:user_id>/edit/", admin_views.person_edit, name="people_edit"),
        path(
            "people/<int:user_id>/deactivate/",
            admin_views.person_deactivate,
            name="people_deactivate",
        ),
        path(
            "people/<int:user_id>/reactivate/",
            admin_views.person_reactivate,
            name="people_reactivate",
        ),
        path("people/import/", admin_views.people_import_upload, name="people_import"),
        path(
            "people/invitations/<int:pk>/",
            admin_views.invitation_job,
            name="people_invitations",
        ),
        path(
            "people/import/template.csv",
            admin_views.people_import_template,
            name="people_import_template",
        ),
        path(
            "people/import/sample.csv",
            admin_views.people_import_sample,
            name="people_import_sample",
        ),
        path(
            "people/import/<str:token>/",
            admin_views.people_import_preview,
            name="people_import_preview",
        ),
        path(
            "people/import/<str:token>/apply/",
            admin_views.people_import_apply,
            name="people_import_apply",
        ),
        path(
            "people/import/<str:token>/done/",
            admin_views.people_import_done,
            name="people_import_done",
        ),
    ]


class PeopleMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_manage_people(request.user)


# Both sit in the admin's "HR" menu (cxacademy/hr/wagtail_hooks.py).
@hooks.register("register_hr_menu_item")
def people_menu_item():
    return PeopleMenuItem(
        _("People"), reverse("people_index"), name="people", icon_name="user", order=30
    )


@hooks.register("register_hr_menu_item")
def people_import_menu_item():
    return PeopleMenuItem(
        _("Import people"),
        reverse("people_import"),
        name="people-import",
        icon_name="upload",
        order=40,
    )


@hooks.register("register_log_actions")
def people_log_actions(actions):
    actions.register_action(
        people_services.DEACTIVATE_ACTION, _("Deactivate person"), _("Person deactivated")
    )
    actions.register_action(
        people_services.REACTIVATE_ACTION, _("Reactivate person"), _("Person reactivated")
    )
    actions.register_action(
        people_services.UPDATE_ACTION, _("Edit person"), _("Person's record updated")
    )


@hooks.register("construct_help_menu")
def whats_new_in_the_viewers_language(request, menu_items):
    """Wagtail builds its help menu once per process and formats the "What's new in
    Wagtail 8.0" label when it does, in the language of whoever asked first; every
    later admin then read that language. Give the label again, per request."""
    for index, item in enumerate(menu_items):
        if item.name.startswith("whats-new-in-wagtail-"):
            version = item.name.removeprefix("whats-new-in-wagtail-")
            label = gettext("What's new in Wagtail %(version)s") % {"version": version}
            menu_items[index] = copy.copy(item)
            menu_items[index].label = label
