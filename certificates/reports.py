"""The certificates app's columns of the completion report: the number and expiry
of the learner's current certificate for the course."""

from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from certificates.models import Certificate
from courses.reports import Context, ReportColumn


def _current(field: str):
    def build(context: Context):
        current = (
            Certificate.objects.filter(
                user_id=OuterRef("user_id"),
                course_key=OuterRef("course_key"),
                status=Certificate.Status.VALID,
            )
            .order_by("-issued_at", "-pk")
            .values(field)[:1]
        )
        return Subquery(current, output_field=Certificate._meta.get_field(field))

    return build


COMPLETION_COLUMNS = [
    ReportColumn(
        "certificate_number", _("Certificate number"), width=26, annotation=_current("code")
    ),
    ReportColumn(
        "certificate_expiry",
        _("Certificate expiry"),
        kind="date",
        width=14,
        annotation=_current("expires_on"),
    ),
]
