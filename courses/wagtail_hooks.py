"""Course assignments in the Wagtail admin, for HR."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, PageChooserPanel
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import CourseAssignment


class CourseAssignmentForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("department") and not cleaned.get("users"):
            raise forms.ValidationError(_("Choose a department, named learners, or both."))
        return cleaned


class CourseAssignmentCreateView(CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class CourseAssignmentViewSet(ModelViewSet):
    model = CourseAssignment
    icon = "calendar-check"
    menu_label = _("Course assignments")
    menu_order = 250
    add_to_admin_menu = True
    add_view_class = CourseAssignmentCreateView
    list_display = ["course", "department", "due_date", "created_at"]
    list_filter = ["department", "due_date"]
    search_fields = ["course__title"]
    edit_handler = ObjectList(
        [
            PageChooserPanel("course", ["courses.CoursePage"]),
            FieldPanel("department"),
            FieldPanel("users", widget=forms.SelectMultiple(attrs={"size": 8})),
            FieldPanel("due_date"),
        ],
        base_form_class=CourseAssignmentForm,
    )

    def get_queryset(self, request):
        return CourseAssignment.objects.select_related("course", "department")


course_assignment_viewset = CourseAssignmentViewSet("course_assignments")


@hooks.register("register_admin_viewset")
def register_course_assignments():
    return course_assignment_viewset
