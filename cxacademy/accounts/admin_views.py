"""Admin screens for HR: import employees (preview, then apply) and the people list
with deactivate / reactivate."""

from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from cxacademy import jobs
from cxacademy.accounts import departments as department_tree
from cxacademy.accounts import people_import, people_services
from cxacademy.accounts.forms import NameCoverageMixin, PersonNameField
from cxacademy.accounts.models import InvitationJob, LearnerProfile, User
from cxacademy.accounts.people_import import Status
from cxacademy.spreadsheets import csv_response

PEOPLE_PERMISSIONS = ("accounts.manage_people",)
SAMPLE_FILE = Path(__file__).resolve().parent / "samples" / "karyawan-contoh.csv"
PREVIEW_PAGE_SIZE = 100
PEOPLE_PAGE_SIZE = 50


def can_manage_people(user) -> bool:
    """HR and administrators: who may import, deactivate and reactivate people."""
    return user.is_authenticated and user.has_perms(PEOPLE_PERMISSIONS)


def _require_people_admin(request):
    if not can_manage_people(request.user):
        raise PermissionDenied


# --- Import ---------------------------------------------------------------------


class ImportForm(forms.Form):
    problems: list[str] = []

    file = forms.FileField(
        label=gettext_lazy("Employee file"),
        help_text=gettext_lazy("CSV (saved as “CSV UTF-8”) or Excel .xlsx, up to 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv"}),
    )
    create_departments = forms.BooleanField(
        label=gettext_lazy("Create missing departments"),
        required=False,
        help_text=gettext_lazy(
            "Departments in the file that do not exist yet are created, parents "
            "included. Leave it unticked to have such rows rejected, which catches "
            "spelling mistakes."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if not user.has_perm("accounts.add_department"):
            del self.fields["create_departments"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # Refused on the size the browser sent, before a byte is read or parsed.
        if upload.size > people_import.MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)d MB. Split it into smaller files.")
                % {"limit": people_import.MAX_FILE_BYTES // (1024 * 1024)}
            )
        data = upload.read(people_import.MAX_FILE_BYTES + 1)
        try:
            people_import.read_file(data, upload.name)
        except people_import.FileRejected as error:
            self.problems = error.messages
            raise forms.ValidationError(
                _("This file cannot be imported; the reasons are listed below.")
            ) from error
        self.data_bytes = data
        return upload


def people_import_upload(request):
    _require_people_admin(request)
    form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST":
        if form.is_valid():
            token = people_services.upload_save(
                data=form.data_bytes,
                filename=form.cleaned_data["file"].name,
                create_departments=form.cleaned_data.get("create_departments", False),
                user=request.user,
            )
            return redirect("people_import_preview", token=token)
        messages.error(request, _("The file cannot be imported; nothing was changed."))
    return render(
        request,
        "accounts/admin/people_import.html",
        {"form": form, "columns": people_import.COLUMN_LABELS, "max_rows": people_import.MAX_ROWS},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


def _upload_or_404(request, token):
    upload = people_services.upload_load(token=token, user=request.user)
    if upload is None:
        raise Http404
    return upload


def people_import_preview(request, token):
    _require_people_admin(request)
    upload = _upload_or_404(request, token)
    if upload.applied:
        return redirect("people_import_done", token=token)
    try:
        parsed = people_import.read_file(upload.data(), upload.filename)
    except people_import.FileRejected as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("people_import")
    plan = people_import.plan_import(
        parsed, by=request.user, create_departments=upload.create_departments
    )
    counts = plan.counts
    # First visit: the rejected rows, if any; "show=" (All rows) means every row.
    show = request.GET.get("show")
    if show is None:
        show = Status.REJECTED if counts[Status.REJECTED] else ""
    elif show not in Status.ALL:
        show = ""
    rows = [row for row in plan.rows if row.status == show] if show else plan.rows
    page = Paginator(rows, PREVIEW_PAGE_SIZE).get_page(request.GET.get("p"))
    filters = [("", _("All rows"), len(plan.rows))] + [
        (status, people_import.STATUS_LABELS[status], counts[status]) for status in Status.ALL
    ]
    return render(
        request,
        "accounts/admin/people_import_preview.html",
        {
            "upload": upload,
            "plan": plan,
            "counts": counts,
            "digest": plan.digest(),
            "page": page,
            "show": show,
            "filters": filters,
            "columns": parsed.columns,
        },
        status=200,
    )


@require_POST
def people_import_apply(request, token):
    _require_people_admin(request)
    upload = _upload_or_404(request, token)
    if upload.applied:
        return redirect("people_import_done", token=token)
    try:
        result = people_services.people_import_apply(
            data=upload.data(),
            filename=upload.filename,
            create_departments=upload.create_departments,
            by=request.user,
            expected_digest=request.POST.get("digest", ""),
        )
    except people_services.ImportRefused as error:
        messages.error(request, str(error))
        return redirect("people_import_preview", token=token)
    people_services.upload_mark_applied(upload=upload, result=result)
    messages.success(request, _("The import is done."))
    return redirect("people_import_done", token=token)


def people_import_done(request, token):
    _require_people_admin(request)
    upload = _upload_or_404(request, token)
    if not upload.applied:
        return redirect("people_import_preview", token=token)
    return render(
        request, "accounts/admin/people_import_done.html", {"upload": upload, **upload.result}
    )


def invitation_job(request, pk):
    """Progress of an import's invitation emails; a job whose worker died shows as
    stopped, and a POST resumes it with the people not yet invited."""
    _require_people_admin(request)
    job = jobs.current(get_object_or_404(InvitationJob, pk=pk))
    if request.method == "POST":
        from cxacademy.accounts.tasks import send_invitations

        if jobs.resume_and_enqueue(InvitationJob, job.pk, send_invitations):
            messages.success(request, _("Resumed: the people not yet invited follow."))
        else:  # resumed already (a double click, a second tab) or not stopped
            messages.warning(request, _("This job is not stopped; there is nothing to resume."))
        return redirect("people_invitations", job.pk)
    return render(request, "accounts/admin/invitation_job.html", {"job": job})


def people_import_template(request):
    """An empty file with the header row, in the admin's language."""
    _require_people_admin(request)
    header = [str(people_import.COLUMN_LABELS[name]) for name in people_import.FIELDS]
    return csv_response("people-import-template.csv", header, [])


def people_import_sample(request):
    _require_people_admin(request)
    return FileResponse(
        SAMPLE_FILE.open("rb"),
        as_attachment=True,
        filename=SAMPLE_FILE.name,
        content_type="text/csv; charset=utf-8",
    )


# --- People ---------------------------------------------------------------------

ACTIVE_FILTERS = {
    "": gettext_lazy("Everyone"),
    "active": gettext_lazy("Active"),
    "inactive": gettext_lazy("Deactivated"),
}


def people_index(request):
    _require_people_admin(request)
    paths = department_tree.paths()
    departments = sorted(paths.items(), key=lambda item: item[1].casefold())
    people = User.objects.select_related("profile", "profile__manager").order_by(
        "full_name", "email"
    )
    query = request.GET.get("q", "").strip()
    if query:
        people = people.filter(
            Q(full_name__icontains=query)
            | Q(email__icontains=query)
            | Q(profile__employee_id__icontains=query)
        )
    department = request.GET.get("department", "")
    if department.isdigit() and int(department) in paths:
        # A department includes its sub-departments.
        prefix = paths[int(department)] + " / "
        ids = [pk for pk, path in paths.items() if pk == int(department) or path.startswith(prefix)]
        people = people.filter(profile__department_id__in=ids)
    else:
        department = ""
    active = request.GET.get("active", "")
    if active == "active":
        people = people.filter(is_active=True)
    elif active == "inactive":
        people = people.filter(is_active=False)
    else:
        active = ""
    page = Paginator(people, PEOPLE_PAGE_SIZE).get_page(request.GET.get("p"))
    staff = set() if request.user.is_superuser else people_import.staff_ids(p.pk for p in page)
    rows = []
    for person in page:
        profile = getattr(person, "profile", None) if _has_profile(person) else None
        rows.append(
            {
                "person": person,
                "profile": profile,
                "department": paths.get(getattr(profile, "department_id", None), ""),
                "can_change": _may_change(request.user, person),
                "can_edit": person.pk not in staff,
            }
        )
    querystring = request.GET.copy()
    querystring.pop("p", None)
    return render(
        request,
        "accounts/admin/people_index.html",
        {
            "page": page,
            "rows": rows,
            "query": query,
            "departments": departments,
            "department": department,
            "active": active,
            "active_filters": ACTIVE_FILTERS,
            "querystring": querystring.urlencode(),
            "here": request.get_full_path(),
        },
    )


def _has_profile(user) -> bool:
    try:
        user.profile  # noqa: B018
    except LearnerProfile.DoesNotExist:
        return False
    return True


def _may_change(by, person) -> bool:
    return person.pk != by.pk and (by.is_superuser or not person.is_superuser)


def _person_action(request, user_id, *, deactivate: bool):
    _require_people_admin(request)
    person = get_object_or_404(User, pk=user_id)
    back = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    back = back or reverse("people_index")
    if request.method == "POST":
        service = (
            people_services.person_deactivate if deactivate else people_services.person_reactivate
        )
        try:
            service(user=person, by=request.user)
        except people_services.PersonError as error:
            messages.error(request, str(error))
        else:
            if deactivate:
                message = _("%(name)s is deactivated and can no longer sign in.")
            else:
                message = _("%(name)s is active again and can sign in.")
            messages.success(request, message % {"name": person.display_name})
        return redirect(back)
    return render(
        request,
        "accounts/admin/person_confirm.html",
        {"person": person, "deactivate": deactivate, "next": back},
    )


class PersonForm(NameCoverageMixin, forms.ModelForm):
    """A learner's record as HR may correct it; the name lives on the account."""

    full_name = PersonNameField(label=gettext_lazy("Full name"))

    class Meta:
        model = LearnerProfile
        fields = people_services.PROFILE_FIELDS

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].initial = person.full_name
        self.fields["manager"].queryset = (
            User.objects.filter(is_active=True).exclude(pk=person.pk).order_by("full_name")
        )
        self.order_fields(["full_name", *people_services.PROFILE_FIELDS])


def person_edit(request, user_id):
    _require_people_admin(request)
    person = get_object_or_404(User, pk=user_id)
    if not request.user.is_superuser and people_import.staff_ids([person.pk]):
        raise PermissionDenied
    profile = getattr(person, "profile", None) if _has_profile(person) else None
    form = PersonForm(request.POST or None, instance=profile, person=person)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in people_services.PROFILE_FIELDS}
        try:
            people_services.person_update(
                user=person, by=request.user, full_name=form.cleaned_data["full_name"], **fields
            )
        except people_services.PersonError as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(name)s is updated.") % {"name": person.display_name})
            return redirect("people_index")
    return render(request, "accounts/admin/person_edit.html", {"person": person, "form": form})


def person_deactivate(request, user_id):
    return _person_action(request, user_id, deactivate=True)


def person_reactivate(request, user_id):
    return _person_action(request, user_id, deactivate=False)
