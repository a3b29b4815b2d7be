"""People and the organisation they belong to."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from cxacademy import jobs
from cxacademy.accounts import departments
from cxacademy.names import validate_person_name


class User(AbstractUser):
    """A person who signs in. Email is the login; `full_name` is the name as the
    person writes it (many Indonesians have a single name), used on certificates."""

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(
        _("full name"), max_length=200, blank=True, validators=[validate_person_name]
    )
    # Wagtail's user and account screens edit these; the name rule holds there too.
    first_name = models.CharField(
        _("first name"), max_length=150, blank=True, validators=[validate_person_name]
    )
    last_name = models.CharField(
        _("last name"), max_length=150, blank=True, validators=[validate_person_name]
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.full_name or self.get_full_name() or self.email or self.username

    def get_full_name(self):
        return self.full_name or super().get_full_name()

    def get_short_name(self):
        """The name to greet someone by: the first word that is not an initial or a
        title ("T. Aswani Maulana" → "Aswani", "Dr. Rina" → "Rina")."""
        words = self.full_name.split()
        for word in words:
            if not word.endswith(".") and len(word) > 1:
                return word
        return words[0] if words else super().get_short_name() or self.username

    def save(self, *args, **kwargs):
        # first_name/last_name mirror full_name for code that reads only them
        # (Wagtail's admin sidebar, allauth's emails).
        if self.full_name:
            first, _space, rest = self.full_name.partition(" ")
            self.first_name, self.last_name = first[:150], rest[:150]
        elif self.first_name or self.last_name:
            self.full_name = f"{self.first_name} {self.last_name}".strip()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"full_name", "first_name", "last_name"} & set(
            update_fields
        ):
            kwargs["update_fields"] = {*update_fields, "full_name", "first_name", "last_name"}
        super().save(*args, **kwargs)


class Department(models.Model):
    """A unit of the company. Departments nest (Retail › Stores › Jakarta)."""

    name = models.CharField(_("name"), max_length=150)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent department"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Leave empty for a top-level department."),
    )

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"], name="department_unique_name_in_parent"
            ),
            models.UniqueConstraint(
                fields=["name"],
                condition=models.Q(parent__isnull=True),
                name="department_unique_top_level_name",
            ),
        ]

    def __str__(self):
        return self.path

    @property
    def path(self) -> str:
        """The department's place in the organisation, e.g. "Retail / Stores"."""
        chain = self.ancestors(include_self=True)
        return departments.SEPARATOR.join(department.name for department in chain)

    def ancestors(self, include_self: bool = False) -> list["Department"]:
        """The departments above this one, the top one first.

        Walks the loaded `parent` objects (not the table), so a form can check an
        unsaved parent and a list that `select_related` the parents costs nothing;
        `departments` owns the walk and its guard against loops.
        """
        start = self if include_self else self.parent
        chain = list(departments.climb(start, lambda node: node.parent, key=lambda node: node.pk))
        return list(reversed(chain))

    def clean(self):
        super().clean()
        inside_itself = self.pk and any(ancestor.pk == self.pk for ancestor in self.ancestors())
        if inside_itself:
            raise ValidationError(
                {"parent": _("A department cannot sit inside itself or its own sub-department.")}
            )


class LearnerProfile(models.Model):
    """What the academy knows about an employee beyond their login."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    employee_id = models.CharField(
        _("employee ID"), max_length=50, unique=True, null=True, blank=True
    )
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("manager"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default=settings.DEFAULT_USER_TIME_ZONE
    )

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")
        ordering = ["user__full_name", "user__email"]
        # HR's people work, on the project's own screens. Deliberately not
        # `accounts.add_user`/`change_user`: those open Wagtail's user screens, which
        # can tick "Administrator", set passwords and put people in any group.
        permissions = [
            ("manage_people", _("Can import, edit, deactivate and reactivate learners")),
        ]

    def __str__(self):
        return str(self.user)

    def clean(self):
        super().clean()
        # An empty employee ID means "none"; store NULL so several people may lack one.
        self.employee_id = (self.employee_id or "").strip() or None


class InvitationJob(jobs.Job):
    """The invitation emails of one people import, sent by a background task. Its page
    shows progress; a job whose worker died can be resumed, and then invites only the
    people not yet invited (see cxacademy.jobs)."""

    Status = jobs.JobStatus

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    user_ids = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=Status, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    # People are invited in id order; the last one handled, so that a resumed job
    # continues with the next one instead of inviting everyone again.
    last_user_id = models.PositiveBigIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation job")
        verbose_name_plural = _("invitation jobs")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.done}/{self.total}"

    @property
    def percent(self) -> int:
        return round(100 * (self.done + self.failed) / self.total) if self.total else 100
