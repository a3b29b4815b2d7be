"""Learners' certificates and the public verification page."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from certificates.models import Certificate, normalise_code
from cxacademy import ratelimits

# Lookups per client address; enough for an HR desk checking a stack of
# certificates, far too few to walk the code space.
VERIFY_RATE = "30/m/ip"


def verification_url(certificate: Certificate) -> str:
    """The public address that verifies a certificate (printed on it, in the QR code)."""
    path = reverse("certificates:verify_code", args=[certificate.code])
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}"


def linkedin_url(certificate: Certificate) -> str:
    """LinkedIn's "add to profile" link, filled in for this certificate."""
    issued = certificate.issued_at
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.course_title,
        "organizationName": "CX Academy",
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "certUrl": verification_url(certificate),
        "certId": certificate.code,
    }
    if certificate.expires_on:
        params.update(
            expirationYear=certificate.expires_on.year, expirationMonth=certificate.expires_on.month
        )
    return "https://www.linkedin.com/profile/add?" + urlencode(params)


@login_required
def my_certificates(request):
    certificates = [
        {
            "certificate": certificate,
            "verify_url": verification_url(certificate),
            "linkedin_url": linkedin_url(certificate),
        }
        for certificate in Certificate.objects.filter(user=request.user).exclude(
            status=Certificate.Status.SUPERSEDED
        )
    ]
    return render(request, "certificates/my_certificates.html", {"certificates": certificates})


@login_required
def download(request, code):
    # Someone else's certificate is simply not found.
    certificate = get_object_or_404(Certificate, code=code, user=request.user)
    if not certificate.pdf:
        # Rendering is the task's job (issued moments ago, or a regeneration
        # running): ask for it and tell the learner, rather than draw a PDF here.
        from certificates.tasks import render_certificate

        render_certificate.enqueue(certificate.pk)
        certificate.refresh_from_db()
        if not certificate.pdf:
            messages.info(request, _("Your certificate is being prepared. Try again in a minute."))
            return redirect("certificates:mine")
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"{certificate.code}.pdf",
        content_type="application/pdf",
    )


def verify(request, code=None):
    """Anyone may check a code. The page shows the state, the name as issued, the
    course and dates; nothing else about the learner. Unknown codes get the same
    "not found" whatever they resemble; lookups are rate-limited."""
    raw = code or request.GET.get("code", "")
    context = {"query": raw[:40]}
    if raw:
        if not ratelimits.allow(request, action="verify_certificate", rate=VERIFY_RATE):
            context["error"] = _("Too many checks from your connection. Try again in a minute.")
            return render(request, "certificates/verify.html", context, status=429)
        normalised = normalise_code(raw)
        if code and normalised and normalised != code:
            return redirect("certificates:verify_code", normalised)
        certificate = (
            Certificate.objects.select_related("superseded_by").filter(code=normalised).first()
            if normalised
            else None
        )
        if certificate is None:
            context["not_found"] = True
            return render(request, "certificates/verify.html", context, status=404)
        context["certificate"] = certificate
    return render(request, "certificates/verify.html", context)
