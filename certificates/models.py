"""Certificates: templates trainers design, and certificates issued to learners.

A certificate keeps a snapshot of what it certifies (the name as issued, the
course, scores, dates, the template version), so later edits to a profile, a
course or a template never rewrite history. Each has an unguessable code that
anyone can check on the public verification page.
"""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel

from certificates import placeholders
from cxacademy import jobs

HEX_COLOUR = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour like #0B5567."))
# Crockford's base32: no I, L, O or U, so a code read aloud or typed is unambiguous.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_code() -> str:
    """CXA- and four groups of four: 16 random base32 characters, 80 bits."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    return "CXA-" + "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def normalise_code(raw: str) -> str:
    """What a person typed, as a code: case, spaces and look-alike letters forgiven."""
    text = "".join(ch for ch in raw.upper() if ch.isalnum())
    text = text.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if text.startswith("CXA"):
        text = text[3:]
    if len(text) != 16 or any(ch not in CODE_ALPHABET for ch in text):
        return ""
    return "CXA-" + "-".join(text[i : i + 4] for i in range(0, 16, 4))


class CertificateTemplate(models.Model):
    """How a certificate looks. Trainers design it without code; the body may use
    {name}, {course}, {date}, {score}, {hours}, {number} and {expiry}."""

    class Orientation(models.TextChoices):
        LANDSCAPE = "landscape", _("A4 landscape")
        PORTRAIT = "portrait", _("A4 portrait")

    name = models.CharField(_("name"), max_length=120, help_text=_("For trainers only."))
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    orientation = models.CharField(
        _("orientation"), max_length=10, choices=Orientation, default=Orientation.LANDSCAPE
    )
    primary_colour = models.CharField(
        _("main colour"), max_length=7, default="#0B5567", validators=[HEX_COLOUR]
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#F6B93B", validators=[HEX_COLOUR]
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    background = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("background image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=120, default="Sertifikat Kelulusan")
    body = models.TextField(
        _("text"),
        default="Diberikan kepada {name} atas keberhasilannya menyelesaikan kursus {course} "
        "pada {date} dengan nilai {score}.",
        help_text=_(
            "Placeholders: {name}, {course}, {date}, {score}, {hours}, {number}, {expiry}."
        ),
    )
    signatory_1_name = models.CharField(_("first signatory"), max_length=120, blank=True)
    signatory_1_title = models.CharField(_("their title"), max_length=120, blank=True)
    signatory_1_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("their signature"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory_2_name = models.CharField(_("second signatory"), max_length=120, blank=True)
    signatory_2_title = models.CharField(_("their title"), max_length=120, blank=True)
    signatory_2_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("their signature"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    validity_months = models.PositiveIntegerField(
        _("valid for (months)"), null=True, blank=True, help_text=_("Empty = never expires.")
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        HelpPanel(template="certificates/admin/template_actions.html", heading=_("Preview")),
        FieldPanel("name"),
        FieldPanel("language"),
        MultiFieldPanel(
            [
                FieldPanel("orientation"),
                FieldPanel("primary_colour"),
                FieldPanel("accent_colour"),
                FieldPanel("logo"),
                FieldPanel("background"),
            ],
            heading=_("Design"),
        ),
        FieldPanel("title"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("signatory_1_name"),
                FieldPanel("signatory_1_title"),
                FieldPanel("signatory_1_signature"),
                FieldPanel("signatory_2_name"),
                FieldPanel("signatory_2_title"),
                FieldPanel("signatory_2_signature"),
            ],
            heading=_("Signatories"),
        ),
        FieldPanel("validity_months"),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Each saved design is a new version: certificates record which one they used.
        if self.pk:
            self.version = (
                type(self).objects.filter(pk=self.pk).values_list("version", flat=True).first() or 0
            ) + 1
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        # The body is the only text filled in (certificates.documents.body_text); a
        # mistake in it is refused here, with the valid placeholders listed, rather than
        # printed on every learner's certificate.
        try:
            placeholders.validate(self.body)
        except ValidationError as error:
            raise ValidationError({"body": error}) from error


class CertificateQuerySet(models.QuerySet):
    def expiring_within(self, days: int):
        today = timezone.localdate()
        return self.filter(
            status=Certificate.Status.VALID,
            expires_on__gte=today,
            expires_on__lte=today + datetime.timedelta(days=days),
        )

    def expired(self):
        return self.filter(status=Certificate.Status.VALID, expires_on__lt=timezone.localdate())


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Issued")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")

    code = models.CharField(_("verification code"), max_length=24, unique=True, default=new_code)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course_key = models.UUIDField(db_index=True)
    template = models.ForeignKey(
        CertificateTemplate,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    template_version = models.PositiveIntegerField(default=1)
    learner_name = models.CharField(_("name as issued"), max_length=200)
    course_title = models.CharField(_("course"), max_length=255)
    snapshot = models.JSONField(default=dict)
    completed_on = models.DateField(_("completed on"))
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    status = models.CharField(max_length=12, choices=Status, default=Status.VALID)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.CharField(_("reason"), max_length=300, blank=True)
    superseded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="supersedes"
    )
    pdf = models.FileField(upload_to="certificates/%Y/%m/", blank=True)
    pdf_version = models.PositiveIntegerField(default=0)
    reminders_sent = models.JSONField(default=list, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            # Exactly once: one current certificate per completed enrolment, whatever
            # the retries, double requests or concurrent completions.
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=models.Q(status__in=["valid", "revoked"]),
                name="one_certificate_per_enrolment",
            ),
        ]

    def __str__(self):
        return f"{self.code} · {self.learner_name} · {self.course_title}"

    @property
    def is_expired(self) -> bool:
        return bool(self.expires_on and self.expires_on < timezone.localdate())

    @property
    def state(self) -> str:
        """valid, expired, revoked or superseded: what the verification page says."""
        if self.status != self.Status.VALID:
            return self.status
        return "expired" if self.is_expired else "valid"


class CertificateJob(jobs.Job):
    """Long certificate work (bulk PDF regeneration) run as a task; its page shows
    progress and survives a reload, and a job whose worker died can be resumed."""

    Status = jobs.JobStatus

    template = models.ForeignKey(CertificateTemplate, on_delete=models.CASCADE, related_name="jobs")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    # Certificates are taken in id order; the last one handled, so that a resumed job
    # continues with the next one instead of starting again.
    last_certificate_id = models.PositiveBigIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.template} · {self.done}/{self.total}"

    @property
    def percent(self) -> int:
        return round(100 * (self.done + self.failed) / self.total) if self.total else 100
