"""Course assignments in the Wagtail admin, for HR."""

from django import forms
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from courses import services
from courses.models import CourseAssignment


class CourseAssignmentForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("department") or cleaned.get("job_titles") or cleaned.get("users")):
            raise forms.ValidationError(
                _("Choose a department, job titles, named learners, or a combination.")
            )
        return cleaned


class ApplyAssignmentMixin:
    """After saving, everyone the assignment reaches gets the course at once (not
    only when they next open their dashboard), so the report shows them."""

    def save_instance(self):
        instance = super().save_instance()
        services.assignment_apply(assignment=instance)
        return instance

    def get_success_message(self, instance=None):
        instance = instance or self.object
        people = instance.enrolments.count()
        return ngettext(
            "Assignment saved: %(count)d person has this course.",
            "Assignment saved: %(count)d people have this course.",
            people,
        ) % {"count": people}


class CourseAssignmentCreateView(ApplyAssignmentMixin, CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class CourseAssignmentEditView(ApplyAssignmentMixin, EditView):
    pass


class CourseAssignmentIndexView(IndexView):
    def get_base_queryset(self):
        return CourseAssignment.objects.select_related("course", "department").annotate(
            people=Count("enrolments", filter=Q(enrolments__status="active"))
        )


class PeopleColumn(Column):
    """How many people the assignment put on the course, linked to the report."""

    def get_value(self, instance):
        return instance.people

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        url = reverse("completion_report") + f"?course={instance.course_key}"
        context["value"] = format_html('<a href="{}">{}</a>', url, instance.people)
        return context


class CourseAssignmentViewSet(ModelViewSet):
    model = CourseAssignment
    icon = "calendar-check"
    menu_label = _("Course assignments")
    menu_order = 250
    add_to_admin_menu = True
    add_view_class = CourseAssignmentCreateView
    edit_view_class = CourseAssignmentEditView
    index_view_class = CourseAssignmentIndexView
    list_display = [
        "course",
        "department",
        "job_titles",
        "due_date",
        "due_days_after_joining",
        PeopleColumn("people", label=_("People")),
        "created_at",
    ]
    list_filter = ["department", "due_date"]
    search_fields = ["course__title", "job_titles"]
    edit_handler = ObjectList(
        [
            PageChooserPanel("course", ["courses.CoursePage"]),
            MultiFieldPanel(
                [
                    FieldPanel("department"),
                    FieldPanel("job_titles", widget=forms.Textarea(attrs={"rows": 3})),
                    FieldPanel("users", widget=forms.SelectMultiple(attrs={"size": 8})),
                ],
                heading=_("Who"),
            ),
            FieldRowPanel(
                [FieldPanel("due_date"), FieldPanel("due_days_after_joining")],
                heading=_("When"),
            ),
        ],
        base_form_class=CourseAssignmentForm,
    )


course_assignment_viewset = CourseAssignmentViewSet("course_assignments")


@hooks.register("register_admin_viewset")
def register_course_assignments():
    return course_assignment_viewset
