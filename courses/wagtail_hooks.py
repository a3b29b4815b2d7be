"""Course assignments in the Wagtail admin, for HR."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from courses import services
from courses.models import CourseAssignment, CoursePage
from cxacademy.accounts import people_selectors
from cxacademy.accounts.models import User
from cxacademy.accounts.people_services import PEOPLE_CHANGED_HOOK
from cxacademy.accounts.widgets import PeopleChooser


def courses_once() -> list[CoursePage]:
    """Every course once, whatever its languages: the version in the admin's
    language where there is one, else the first made. An assignment reaches every
    language of a course (it keeps the course's `translation_key`)."""
    active = Locale.get_active()
    found: dict = {}
    for course in CoursePage.objects.filter(alias_of__isnull=True).order_by("pk"):
        best = found.get(course.translation_key)
        if best is None or (course.locale_id == active.pk and best.locale_id != active.pk):
            found[course.translation_key] = course
    return sorted(found.values(), key=lambda course: course.title.casefold())


class CourseChoiceField(forms.ModelChoiceField):
    """A course from the one-per-course list; another language version of a listed
    course is refused in words, not with "select a valid choice"."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return super().to_python(value)
        except ValidationError:
            if not str(value).isdigit():  # not an id at all: the plain "not a choice"
                raise
            other = CoursePage.objects.filter(pk=value).select_related("locale").first()
            if other is None:
                raise
            raise ValidationError(
                gettext(
                    "“%(title)s” is the %(language)s version of a course in the list. "
                    "An assignment covers every language of a course: choose the course "
                    "from the list."
                )
                % {"title": other.title, "language": other.locale.get_display_name()},
                code="other_language",
            ) from None


class CourseAssignmentForm(WagtailAdminModelForm):
    course = CourseChoiceField(queryset=CoursePage.objects.none(), label=_("Course"))
    users = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        label=capfirst(CourseAssignment._meta.get_field("users").verbose_name),
        help_text=_("Active learners only; search by name, email or department."),
        widget=PeopleChooser,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        courses = courses_once()
        listed = {course.translation_key: course for course in courses}
        self.fields["course"].queryset = CoursePage.objects.filter(
            pk__in=[course.pk for course in courses]
        ).order_by("title")
        # An assignment saved with another language version shows as its listed one.
        if self.instance.course_id and self.instance.course_key in listed:
            self.initial["course"] = listed[self.instance.course_key].pk
        self.fields["users"].queryset = User.objects.all()

    def clean_users(self):
        people = self.cleaned_data.get("users")
        if not people:
            return people
        learners = set(
            people_selectors.assignable_learners()
            .filter(pk__in=[person.pk for person in people])
            .values_list("pk", flat=True)
        )
        refused = [person.display_name for person in people if person.pk not in learners]
        if refused:
            raise ValidationError(
                ngettext(
                    "%(names)s cannot be named: only active learners are assigned courses, "
                    "not trainers, HR, administrators or deactivated accounts.",
                    "%(names)s cannot be named: only active learners are assigned courses, "
                    "not trainers, HR, administrators or deactivated accounts.",
                    len(refused),
                )
                % {"names": ", ".join(refused)},
                code="not_a_learner",
            )
        return people

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
        # The people the report lists for it (its link): active accounts whose
        # enrolment is active or completed.
        reported = (Q(enrolments__status="active") | Q(enrolments__completed_at__isnull=False)) & Q(
            enrolments__user__is_active=True
        )
        return CourseAssignment.objects.select_related("course", "department").annotate(
            people=Count("enrolments", filter=reported)
        )


class PeopleColumn(Column):
    """How many people the assignment put on the course, linked to the report."""

    def get_value(self, instance):
        return instance.people

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        url = reverse("completion_report") + f"?assignment={instance.pk}"
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
            FieldPanel("course"),
            MultiFieldPanel(
                [
                    FieldPanel("department"),
                    FieldPanel("job_titles", widget=forms.Textarea(attrs={"rows": 3})),
                    FieldPanel("users"),
                ],
                heading=_("Who"),
            ),
            # The browser's own date picker: Wagtail's opened over the save button.
            FieldRowPanel(
                [
                    FieldPanel(
                        "due_date",
                        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                    ),
                    FieldPanel("due_days_after_joining"),
                ],
                heading=_("When"),
            ),
        ],
        base_form_class=CourseAssignmentForm,
    )


course_assignment_viewset = CourseAssignmentViewSet("course_assignments")


@hooks.register(PEOPLE_CHANGED_HOOK)
def assignments_follow_people(*, users) -> None:
    """People imported, moved or reactivated get the courses assigned to them."""
    services.assignments_sync_many(users=users)


@hooks.register("register_admin_viewset")
def register_course_assignments():
    return course_assignment_viewset


# --- Stray drafts of the add-page form's autosave (courses/drafts.py) -------------


@hooks.register("register_log_actions")
def stray_draft_log_actions(actions):
    from courses import drafts

    actions.register_action(
        drafts.AUTOSAVED, _("Draft made by autosave"), _("Draft made by the add form's autosave")
    )
    actions.register_action(drafts.KEPT, _("Draft kept"), _("Draft saved by its author"))


@hooks.register("after_create_page")
def mark_autosaved_draft(request, page):
    from courses import drafts

    if drafts.is_autosave(request):
        drafts.mark_autosaved(page=page, user=request.user)
    else:
        # A page saved under an autosaved parent means the parent is wanted too.
        drafts.mark_kept(page=page.get_parent(), user=request.user)


@hooks.register("after_edit_page")
def mark_kept_draft(request, page):
    from courses import drafts

    if not drafts.is_autosave(request):
        drafts.mark_kept(page=page, user=request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_stray_drafts(parent_page, pages, request):
    from courses import drafts

    return drafts.without_stray_drafts(pages)
