"""Certificates in the Wagtail admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates import admin_views, services
from certificates.models import Certificate, CertificateTemplate
from courses.selectors import CERTIFICATES_HOOK
from courses.services import COMPLETING_HOOK
from cxacademy.admin_choosers import PrivateSnippetChooserViewSet


@hooks.register(COMPLETING_HOOK)
def issue_certificate(*, enrolment, course):
    services.certificate_issue(enrolment=enrolment, course=course)


@hooks.register(CERTIFICATES_HOOK)
def valid_certificates_by_course(*, user, course_keys) -> dict:
    """The learner's own valid certificates by course key, the latest issued when
    there are several (one query), for the course pages and "My learning"."""
    found = {}
    for certificate in Certificate.objects.filter(
        user=user, course_key__in=course_keys, status=Certificate.Status.VALID
    ).order_by("issued_at", "pk"):
        found[certificate.course_key] = certificate
    return found


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    chooser_viewset_class = PrivateSnippetChooserViewSet
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "language", "orientation", "validity_months", "updated_at"]


register_snippet(CertificateTemplateViewSet)


@hooks.register("register_admin_urls")
def certificate_admin_urls():
    return [
        path("certificates/", admin_views.register, name="certificates_register"),
        path("certificates/<int:pk>/revoke/", admin_views.revoke, name="certificates_revoke"),
        path("certificates/<int:pk>/reissue/", admin_views.reissue, name="certificates_reissue"),
        path(
            "certificates/templates/<int:pk>/preview.pdf",
            admin_views.template_preview,
            name="certificates_template_preview",
        ),
        path(
            "certificates/templates/<int:pk>/regenerate/",
            admin_views.regenerate,
            name="certificates_regenerate",
        ),
        path("certificates/jobs/<int:pk>/", admin_views.job, name="certificates_job"),
    ]


class PermittedMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return PermittedMenuItem(
        _("Certificate register"),
        reverse("certificates_register"),
        icon_name="doc-full-inverse",
        order=221,
        permission="certificates.view_certificate",
    )
