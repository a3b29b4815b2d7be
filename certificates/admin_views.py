"""Admin screens for trainers and HR: template preview, the certificate register,
revoke, reissue, recertification and bulk regeneration with progress."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from certificates import documents, services
from certificates.models import Certificate, CertificateJob, CertificateTemplate
from cxacademy import jobs

FILTERS = {
    "": gettext_lazy("All"),
    "valid": gettext_lazy("Issued and valid"),
    "30": gettext_lazy("Expiring within 30 days"),
    "60": gettext_lazy("Expiring within 60 days"),
    "90": gettext_lazy("Expiring within 90 days"),
    "expired": gettext_lazy("Expired"),
    "revoked": gettext_lazy("Revoked"),
    "superseded": gettext_lazy("Superseded"),
}


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _sample_course_title(template: CertificateTemplate, fallback: str) -> str:
    """The course the preview names: a course that awards this template, else any
    course of the site, in the template's language where it has one, else `fallback`.
    One name for the whole preview: the document's title, `{course}` in the text."""
    from courses.models import CoursePage

    courses = CoursePage.objects.filter(alias_of__isnull=True).order_by("pk")
    for candidates in (courses.filter(certificate_template=template), courses.live()):
        course = (
            candidates.filter(locale__language_code=template.language).first() or candidates.first()
        )
        if course is not None:
            return course.title
    return fallback


def sample_certificate(template: CertificateTemplate):
    """The unsaved sample certificate the preview prints, with one course name."""
    certificate = documents.sample_certificate(template)
    title = _sample_course_title(template, certificate.course_title)
    certificate.course_title = title
    certificate.snapshot = {**certificate.snapshot, "course_title": title}
    return certificate


def template_preview(request, pk):
    """A sample PDF of the template as it is saved (the editor links here)."""
    _require(request, "certificates.change_certificatetemplate")
    template = get_object_or_404(CertificateTemplate, pk=pk)
    try:
        pdf = documents.certificate_pdf(sample_certificate(template))
    except ValueError as error:
        # render_pdf's bounds (HTML size, page count): the trainer hears why, in the
        # editor, instead of a server error.
        messages.error(request, _("The preview could not be made: %(reason)s") % {"reason": error})
        return redirect("wagtailsnippets_certificates_certificatetemplate:edit", template.pk)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="preview.pdf"'
    return response


def _filtered(key: str):
    queryset = Certificate.objects.select_related("user", "template")
    today = timezone.localdate()
    if key in {"30", "60", "90"}:
        return queryset.expiring_within(int(key))
    if key == "expired":
        return queryset.expired()
    if key == "valid":
        return queryset.filter(status=Certificate.Status.VALID).exclude(expires_on__lt=today)
    if key in {"revoked", "superseded"}:
        return queryset.filter(status=key)
    return queryset


class RecertifyForm(forms.Form):
    due_date = forms.DateField(
        label=gettext_lazy("Due date for recertification"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )


def register(request):
    _require(request, "certificates.view_certificate")
    key = request.GET.get("show", "")
    key = key if key in FILTERS else ""
    queryset = _filtered(key)
    if request.method == "POST" and key in {"30", "60", "90", "expired"}:
        _require(request, "courses.add_courseassignment")
        form = RecertifyForm(request.POST)
        if form.is_valid():
            assignments = services.recertification_assign(
                certificates=list(queryset),
                due_date=form.cleaned_data["due_date"],
                assigned_by=request.user,
            )
            messages.success(
                request,
                _("The course was assigned again to %(count)d people.")
                % {"count": sum(a.users.count() for a in assignments)},
            )
            return redirect(f"{request.path}?show={key}")
    page = Paginator(queryset, 50).get_page(request.GET.get("p"))
    return render(
        request,
        "certificates/admin/register.html",
        {
            "page": page,
            "filters": FILTERS,
            "current": key,
            "recertify_form": RecertifyForm(
                initial={"due_date": timezone.localdate() + datetime.timedelta(days=30)}
            ),
            "can_recertify": key in {"30", "60", "90", "expired"}
            and request.user.has_perm("courses.add_courseassignment"),
        },
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason (shown on the verification page)"), max_length=300
    )


def revoke(request, pk):
    _require(request, "certificates.change_certificate")
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_revoke(certificate=certificate, reason=form.cleaned_data["reason"])
        except ValueError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("Certificate %(code)s revoked.") % {"code": certificate.code}
            )
            return redirect("certificates_register")
    return render(
        request, "certificates/admin/revoke.html", {"certificate": certificate, "form": form}
    )


def reissue(request, pk):
    _require(request, "certificates.change_certificate")
    certificate = get_object_or_404(Certificate, pk=pk)
    if request.method == "POST":
        try:
            new = services.certificate_reissue(certificate=certificate)
        except ValueError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Reissued as %(code)s with the name “%(name)s”.")
                % {"code": new.code, "name": new.learner_name},
            )
        return redirect("certificates_register")
    return render(request, "certificates/admin/reissue.html", {"certificate": certificate})


def regenerate(request, pk):
    """Start a background job that re-renders the template's certificates."""
    _require(request, "certificates.change_certificatetemplate")
    template = get_object_or_404(CertificateTemplate, pk=pk)
    if request.method != "POST":
        count = template.certificates.filter(
            status__in=[Certificate.Status.VALID, Certificate.Status.REVOKED]
        ).count()
        return render(
            request, "certificates/admin/regenerate.html", {"template": template, "count": count}
        )
    from certificates.tasks import regenerate_certificates

    job = CertificateJob.objects.create(template=template, requested_by=request.user)
    transaction.on_commit(lambda: regenerate_certificates.enqueue(job.pk))
    return redirect("certificates_job", job.pk)


def job(request, pk):
    """A regeneration job's progress; a job whose worker died shows as stopped, and a
    POST resumes it with the certificates not yet re-rendered."""
    _require(request, "certificates.change_certificatetemplate")
    job = jobs.current(get_object_or_404(CertificateJob.objects.select_related("template"), pk=pk))
    if request.method == "POST":
        from certificates.tasks import regenerate_certificates

        if jobs.resume_and_enqueue(CertificateJob, job.pk, regenerate_certificates):
            messages.success(request, _("Resumed: the certificates not yet re-rendered follow."))
        else:  # resumed already (a double click, a second tab) or not stopped
            messages.warning(request, _("This job is not stopped; there is nothing to resume."))
        return redirect("certificates_job", job.pk)
    return render(request, "certificates/admin/job.html", {"job": job})
