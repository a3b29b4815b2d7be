"""Writes that matter for people: applying an employee import, deactivating and
reactivating leavers, and keeping an uploaded file between preview and apply."""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import stat
import time
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.log_actions import log

from cxacademy import names
from cxacademy.accounts import departments as department_tree
from cxacademy.accounts import people_import, roles
from cxacademy.accounts.models import Department, LearnerProfile, User
from cxacademy.accounts.people_import import Plan, RowPlan, Status
from cxacademy.accounts.services import profile_for

logger = logging.getLogger(__name__)

DEACTIVATE_ACTION = "cxa.person.deactivate"
REACTIVATE_ACTION = "cxa.person.reactivate"
# Run with `users=[...]` after people are imported, moved or come back, so the apps
# above (courses: assignments) bring their records in line.
PEOPLE_CHANGED_HOOK = "cxa_people_changed"

_BATCH = 500


class ImportRefused(Exception):
    """Applying would not do what the preview showed; nothing was written."""


class PersonError(Exception):
    """A deactivation or reactivation that is not allowed."""


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    departments_created: int = 0
    invited: int = 0
    invitation_job: int | None = None  # the InvitationJob sending them, for its page


# --- Import ---------------------------------------------------------------------


def people_import_apply(
    *,
    data: bytes,
    filename: str,
    create_departments: bool,
    by: User,
    expected_digest: str | None = None,
) -> ImportResult:
    """Carry out an employee file, all or nothing.

    The plan is built again inside the transaction from the same bytes HR previewed,
    for the same importer `by` (whose rights decide which accounts a row may change).
    If any row is now rejected, or (with `expected_digest`) the plan differs from the
    preview because someone changed the people meanwhile, nothing is written and
    `ImportRefused` is raised. Importing the same file again writes nothing.

    New people get a login by email with no password, a verified address (the
    company vouches for its own addresses) and a profile; after the commit each is
    sent an invitation to set a password. Course assignments are then brought up to
    date for everyone created or updated.
    """
    try:
        parsed = people_import.read_file(data, filename)
    except people_import.FileRejected as error:
        raise ImportRefused(" ".join(error.messages)) from error
    try:
        with transaction.atomic():
            plan = people_import.plan_import(parsed, by=by, create_departments=create_departments)
            if not plan.ok:
                raise ImportRefused(
                    _("Some rows are rejected now; nothing was imported. Check the preview again.")
                )
            if expected_digest is not None and plan.digest() != expected_digest:
                raise ImportRefused(
                    _(
                        "The people in the academy changed after the preview was made; "
                        "nothing was imported. Check the new preview and apply again."
                    )
                )
            result, touched, new_ids = _apply(plan)
            result.invitation_job = _invite(new_ids, by=by)
    except IntegrityError as error:
        # Someone signed up or was edited with the same email or ID in the meantime.
        raise ImportRefused(
            _(
                "Someone else changed the same people at the same moment; nothing was "
                "imported. Check the new preview and apply again."
            )
        ) from error
    result.invited = len(new_ids)
    logger.info(
        "People import by user %s: %s created, %s updated, %s unchanged, %s departments",
        by.pk,
        result.created,
        result.updated,
        result.unchanged,
        result.departments_created,
    )
    if touched:
        _sync_assignments(touched)
    return result


def _apply(plan: Plan) -> tuple[ImportResult, list[User], list[int]]:
    counts = plan.counts
    result = ImportResult(unchanged=counts[Status.UNCHANGED])
    if not plan.has_changes:
        return result, [], []
    departments = _departments_create(plan.new_departments)
    result.departments_created = len(plan.new_departments)
    creates = [row for row in plan.rows if row.status == Status.CREATE]
    updates = [row for row in plan.rows if row.status == Status.UPDATE]
    new_users = _users_create(creates)
    managers = _manager_ids(plan.rows, new_users)
    _profiles_create(creates, new_users, departments, managers)
    updated_users = [_person_update(row, departments, managers) for row in updates]
    result.created, result.updated = len(new_users), len(updated_users)
    return result, [*new_users, *updated_users], [user.pk for user in new_users]


def _department_ids() -> dict[str, int]:
    paths = department_tree.paths()
    return {people_import.department_key(path): pk for pk, path in paths.items()}


def _departments_create(paths: list[str]) -> dict[str, int]:
    """Department ids by path key, after creating `paths` (parents come first)."""
    ids = _department_ids()
    for path in paths:
        parts = people_import.department_parts(path)
        key = people_import.department_key(path)
        if key in ids:
            continue
        parent_key = people_import.department_key(" / ".join(parts[:-1])) if parts[1:] else None
        department = Department(name=parts[-1], parent_id=ids[parent_key] if parent_key else None)
        department.full_clean()
        department.save()
        ids[key] = department.pk
    return ids


def _department_id(row: RowPlan, departments: dict[str, int]) -> int | None:
    if not row.department:
        return None
    return departments[people_import.department_key(row.department)]


def _manager_ids(rows: list[RowPlan], new_users: list[User]) -> dict[str, int]:
    """Manager user ids by email: people already in the academy were found by the
    plan; managers who are new in this file have just been created."""
    new_by_email = {user.email: user.pk for user in new_users}
    found = {}
    for row in rows:
        if row.manager_email:
            manager_id = row.manager_id or new_by_email.get(row.manager_email)
            if manager_id is not None:
                found[row.manager_email] = manager_id
    return found


def _users_create(rows: list[RowPlan]) -> list[User]:
    if not rows:
        return []
    candidates = [row.email[:150] for row in rows]
    taken = set()
    for chunk in people_import._chunks(candidates):
        taken.update(User.objects.filter(username__in=chunk).values_list("username", flat=True))
    users = []
    for row in rows:
        username = row.email[:150]
        if username in taken:
            username = f"{username[:130]}-{secrets.token_hex(4)}"
        user = User(username=username, email=row.email, full_name=row.full_name, is_active=True)
        user.set_unusable_password()
        # bulk_create skips User.save(), which mirrors full_name into first/last name.
        first, _space, rest = row.full_name.partition(" ")
        user.first_name, user.last_name = first[:150], rest[:150]
        users.append(user)
    User.objects.bulk_create(users, batch_size=_BATCH)
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users],
        batch_size=_BATCH,
    )
    learners = Group.objects.filter(name=roles.LEARNER).first()
    if learners is not None:
        membership = User.groups.through
        membership.objects.bulk_create(
            [membership(user_id=u.pk, group_id=learners.pk) for u in users], batch_size=_BATCH
        )
    return users


def _profiles_create(
    rows: list[RowPlan],
    users: list[User],
    departments: dict[str, int],
    managers: dict[str, int],
) -> None:
    profiles = [
        LearnerProfile(
            user=user,
            employee_id=row.employee_id or None,
            department_id=_department_id(row, departments),
            job_title=row.job_title,
            preferred_language=row.language or settings.LANGUAGE_CODE,
            time_zone=settings.DEFAULT_USER_TIME_ZONE,
            manager_id=managers.get(row.manager_email) if row.manager_email else None,
        )
        for row, user in zip(rows, users, strict=True)
    ]
    LearnerProfile.objects.bulk_create(profiles, batch_size=_BATCH)


_PROFILE_FIELDS = {
    people_import.EMPLOYEE_ID: "employee_id",
    people_import.JOB_TITLE: "job_title",
    people_import.LANGUAGE: "preferred_language",
}


def _person_update(row: RowPlan, departments: dict[str, int], managers: dict[str, int]) -> User:
    user = User.objects.select_for_update().get(pk=row.user_id)
    changed = {change.field for change in row.changes}
    user_fields = []
    if people_import.FULL_NAME in changed:
        user.full_name = row.full_name
        user_fields.append("full_name")
    if people_import.EMAIL in changed:
        _email_change(user, row.email)
        user_fields.append("email")
    if user_fields:
        user.save(update_fields=user_fields)
    profile = profile_for(user)
    profile_fields = []
    for name, attribute in _PROFILE_FIELDS.items():
        if name in changed:
            setattr(profile, attribute, getattr(row, name))
            profile_fields.append(attribute)
    if people_import.DEPARTMENT in changed:
        profile.department_id = _department_id(row, departments)
        profile_fields.append("department")
    if people_import.MANAGER_EMAIL in changed:
        profile.manager_id = managers[row.manager_email]
        profile_fields.append("manager")
    if profile_fields:
        profile.save(update_fields=profile_fields)
    return user


def _email_change(user: User, email: str) -> None:
    """The new address becomes the login and the only primary one; the old one goes,
    so a leaver's old mailbox cannot be used to sign in."""
    old = user.email
    EmailAddress.objects.filter(user=user, email__iexact=old).exclude(email__iexact=email).delete()
    EmailAddress.objects.filter(user=user, primary=True).update(primary=False)
    address = EmailAddress.objects.filter(user=user, email__iexact=email).first()
    if address is None:
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    else:
        address.email, address.verified, address.primary = email, True, True
        address.save(update_fields=["email", "verified", "primary"])
    user.email = email


def _invite(user_ids: list[int], *, by: User) -> int | None:
    """Record the invitations to send as one job (sent after the commit, resumable if
    its worker dies); returns the job's id, None when nobody is new."""
    from cxacademy.accounts.models import InvitationJob
    from cxacademy.accounts.tasks import send_invitations

    if not user_ids:
        return None
    job = InvitationJob.objects.create(
        requested_by=by, user_ids=sorted(user_ids), total=len(user_ids)
    )
    transaction.on_commit(partial(send_invitations.enqueue, job.pk))
    return job.pk


def _sync_assignments(users: list[User]) -> None:
    # People sit below courses: the courses app listens (courses/wagtail_hooks.py)
    # and hands them the courses assigned to their department or role.
    for hook in hooks.get_hooks(PEOPLE_CHANGED_HOOK):
        hook(users=users)


# --- Deactivating leavers ---------------------------------------------------------


@transaction.atomic
def person_deactivate(*, user: User, by: User) -> User:
    """A leaver can no longer sign in (their open sessions end too). Enrolments,
    progress, attempts and certificates stay, so reports keep their history."""
    if user.pk == by.pk:
        raise PersonError(_("You cannot deactivate your own account."))
    if user.is_superuser and not by.is_superuser:
        raise PersonError(_("Only an administrator can deactivate an administrator."))
    if not user.is_active:
        return user
    user.is_active = False
    user.save(update_fields=["is_active"])
    log(instance=user, action=DEACTIVATE_ACTION, user=by)
    return user


@transaction.atomic
def person_reactivate(*, user: User, by: User) -> User:
    """Someone who comes back signs in again with the password they had; everything
    they did before is still there, and the courses assigned to them meanwhile
    (while inactive they were skipped) are waiting for them."""
    if user.is_superuser and not by.is_superuser:
        raise PersonError(_("Only an administrator can reactivate an administrator."))
    if user.is_active:
        return user
    user.is_active = True
    user.save(update_fields=["is_active"])
    log(instance=user, action=REACTIVATE_ACTION, user=by)
    _sync_assignments([user])
    return user


UPDATE_ACTION = "cxa.person.update"
PROFILE_FIELDS = (
    "employee_id",
    "department",
    "job_title",
    "manager",
    "preferred_language",
    "time_zone",
)


@transaction.atomic
def person_update(*, user: User, by: User, full_name: str, **profile_fields) -> User:
    """HR corrects a learner's name and profile (employee ID, department, job title,
    manager, language, time zone). Never an email, a password or a role: those stay
    with the person and with administrators. Like the import, HR does not change
    the records of staff (trainers, HR, administrators), their own included."""
    if not by.is_superuser and people_import.staff_ids([user.pk]):
        raise PersonError(_("Only an administrator can change a staff member's record."))
    unknown = set(profile_fields) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"person_update() got unexpected fields: {sorted(unknown)}")
    manager = profile_fields.get("manager")
    if manager is not None and manager.pk == user.pk:
        raise PersonError(_("A person cannot be their own manager."))
    user.full_name = names.person_name_clean(full_name)
    user.full_clean(exclude=["password", "username", "email", "last_login", "date_joined"])
    user.save(update_fields=["full_name"])
    profile = profile_for(user)
    for name, value in profile_fields.items():
        setattr(profile, name, value)
    profile.full_clean()
    profile.save()
    log(instance=user, action=UPDATE_ACTION, user=by)
    return user


# --- The uploaded file between preview and apply ------------------------------------
#
# Media files are public, so the upload is kept outside them, in var/imports/, named
# by the uploader's id and a random token: another person's request finds no file.
# The files hold employees' personal data: the folder is the server's alone (0o700)
# and so is every file in it (0o600), whatever the umask.

UPLOAD_MAX_AGE_SECONDS = 24 * 60 * 60
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")
_PRIVATE_DIR = 0o700
_PRIVATE_FILE = 0o600


@dataclass
class StoredUpload:
    token: str
    user_id: int
    filename: str
    create_departments: bool
    created_at: float
    result: dict | None = None

    def data(self) -> bytes:
        return _data_path(self.user_id, self.token).read_bytes()

    @property
    def applied(self) -> bool:
        return self.result is not None


def uploads_dir() -> Path:
    folder = Path(settings.PEOPLE_IMPORT_DIR)
    folder.mkdir(mode=_PRIVATE_DIR, parents=True, exist_ok=True)
    # mkdir's mode is filtered by the umask and does nothing to a folder that exists.
    if stat.S_IMODE(folder.stat().st_mode) != _PRIVATE_DIR:
        os.chmod(folder, _PRIVATE_DIR)
    return folder


def _token_valid(token) -> bool:
    # fullmatch: a `$`-anchored match would also accept a trailing newline.
    return isinstance(token, str) and _TOKEN.fullmatch(token) is not None


def _write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path`, readable and writable by the server's user only."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, _PRIVATE_FILE)
    try:
        # The mode given to open() only applies to a new file: a leftover keeps its own.
        os.fchmod(descriptor, _PRIVATE_FILE)
    except BaseException:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)


def _data_path(user_id: int, token: str) -> Path:
    return uploads_dir() / f"{int(user_id)}-{token}.upload"


def _meta_path(user_id: int, token: str) -> Path:
    return uploads_dir() / f"{int(user_id)}-{token}.json"


def upload_save(*, data: bytes, filename: str, create_departments: bool, user: User) -> str:
    """Keep an uploaded employee file for its preview and apply; returns its token.
    Files left from previews older than a day are removed on the way."""
    uploads_purge()
    token = secrets.token_urlsafe(24)
    _write_private(_data_path(user.pk, token), data)
    meta = StoredUpload(
        token=token,
        user_id=user.pk,
        filename=Path(filename).name[:200],
        create_departments=create_departments,
        created_at=time.time(),
    )
    _write_meta(meta)
    return token


def _write_meta(meta: StoredUpload) -> None:
    path = _meta_path(meta.user_id, meta.token)
    temporary = path.with_suffix(".tmp")
    _write_private(temporary, json.dumps(asdict(meta)).encode())
    temporary.replace(path)


def upload_load(*, token: str, user: User) -> StoredUpload | None:
    """The upload `user` made under `token`, or None (unknown, expired or someone else's)."""
    if not _token_valid(token):
        return None
    path = _meta_path(user.pk, token)
    try:
        meta = StoredUpload(**json.loads(path.read_text()))
    except (OSError, ValueError, TypeError):
        return None
    if meta.user_id != user.pk:
        return None
    if not meta.applied and not _data_path(user.pk, token).exists():
        return None
    return meta


def upload_mark_applied(*, upload: StoredUpload, result: ImportResult) -> None:
    """Remember the outcome for the result page and drop the file itself."""
    upload.result = asdict(result)
    _write_meta(upload)
    _data_path(upload.user_id, upload.token).unlink(missing_ok=True)


def uploads_purge(*, max_age: int = UPLOAD_MAX_AGE_SECONDS) -> int:
    """Remove stored uploads (and their notes) older than `max_age` seconds."""
    cutoff = time.time() - max_age
    removed = 0
    for path in uploads_dir().iterdir():
        if path.suffix not in {".upload", ".json", ".tmp"}:
            continue
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
    return removed
