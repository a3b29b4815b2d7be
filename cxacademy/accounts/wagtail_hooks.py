"""Organisation screens in the Wagtail admin, for trainers and HR."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cxacademy.accounts.models import Department, LearnerProfile


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
