"""Reading an employee file and planning what importing it would do.

Two steps, both free of writes:

1. `read_file()` turns the bytes of a CSV or XLSX file into rows, with no database:
   it refuses files that are too large, not UTF-8, not a spreadsheet, or whose
   columns it cannot recognise, before looking at a single employee.
2. `plan_import()` compares those rows with the people already in the academy and
   says, row by row, what applying the file would do: create, update (which fields,
   old → new), leave unchanged, or reject (and why). HR sees this plan as the
   preview; `people_services.people_import_apply()` builds it again and carries it out.

Row numbers are the ones HR sees in the spreadsheet: the header is row 1.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models.functions import Lower
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cxacademy import fonts
from cxacademy.accounts import departments as department_tree
from cxacademy.names import person_name_clean, person_name_shown

_MB = 1024 * 1024
MAX_FILE_BYTES = 5 * _MB
MAX_ROWS = 20_000
MAX_COLUMNS = 50
# An XLSX is a zip; 5 MB of it may unpack to gigabytes. Real employee lists unpack
# to a few times their size, so anything past this is refused unopened.
MAX_UNPACKED_BYTES = 100 * _MB

EMPLOYEE_ID = "employee_id"
FULL_NAME = "full_name"
EMAIL = "email"
DEPARTMENT = "department"
JOB_TITLE = "job_title"
LANGUAGE = "language"
MANAGER_EMAIL = "manager_email"
FIELDS = (EMPLOYEE_ID, FULL_NAME, EMAIL, DEPARTMENT, JOB_TITLE, LANGUAGE, MANAGER_EMAIL)
REQUIRED_COLUMNS = (EMPLOYEE_ID, FULL_NAME, EMAIL)

COLUMN_LABELS = {
    EMPLOYEE_ID: gettext_lazy("Employee ID"),
    FULL_NAME: gettext_lazy("Full name"),
    EMAIL: gettext_lazy("Email"),
    DEPARTMENT: gettext_lazy("Department"),
    JOB_TITLE: gettext_lazy("Job title"),
    LANGUAGE: gettext_lazy("Language"),
    MANAGER_EMAIL: gettext_lazy("Manager email"),
}

# Header names HR files use, after `_header_key()`: English and Indonesian, the
# labels of our own template in both languages included.
HEADER_ALIASES = {
    EMPLOYEE_ID: {
        "employee id",
        "employee no",
        "employee number",
        "staff id",
        "id karyawan",
        "id pegawai",
        "no karyawan",
        "nomor karyawan",
        "nomor induk karyawan",
        "nomor pegawai",
        "nik",
        "nip",
    },
    FULL_NAME: {"full name", "name", "nama", "nama lengkap", "nama karyawan", "nama pegawai"},
    EMAIL: {"email", "e mail", "email address", "alamat email", "surel", "alamat surel"},
    DEPARTMENT: {
        "department",
        "department path",
        "departemen",
        "divisi",
        "bagian",
        "unit",
        "unit kerja",
    },
    JOB_TITLE: {"job title", "title", "position", "jabatan", "posisi"},
    LANGUAGE: {"language", "preferred language", "bahasa", "bahasa pilihan"},
    MANAGER_EMAIL: {
        "manager email",
        "manager",
        "line manager",
        "line manager email",
        "email atasan",
        "email atasan langsung",
        "atasan",
        "atasan langsung",
        "email manajer",
    },
}
_FIELD_BY_HEADER = {alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases}

LANGUAGE_ALIASES = {
    "id": "id",
    "ind": "id",
    "indonesia": "id",
    "indonesian": "id",
    "bahasa indonesia": "id",
    "en": "en",
    "eng": "en",
    "english": "en",
    "inggris": "en",
    "bahasa inggris": "en",
}

# "Retail / Toko Jakarta", "Retail › Toko Jakarta" and "Retail > Toko Jakarta" are one path.
DEPARTMENT_SEPARATORS = re.compile(r"\s*(?:/|›|>|»)\s*")

_MAX_LENGTHS = {EMPLOYEE_ID: 50, FULL_NAME: 200, EMAIL: 254, JOB_TITLE: 150}
_DEPARTMENT_NAME_MAX = 150
_CHUNK = 2_000


class FileRejected(Exception):
    """The file as a whole cannot be read; `messages` say why, in HR's language."""

    def __init__(self, messages: list[str]):
        super().__init__("; ".join(str(m) for m in messages))
        self.messages = [str(m) for m in messages]


@dataclass
class SourceRow:
    number: int
    values: dict[str, str]
    problems: list[str] = field(default_factory=list)


@dataclass
class ParsedFile:
    columns: tuple[str, ...]
    rows: list[SourceRow]


# --- Reading --------------------------------------------------------------------


def read_file(data: bytes, filename: str = "") -> ParsedFile:
    """The rows of an employee file, CSV (UTF-8) or XLSX. Raises `FileRejected`."""
    if len(data) > MAX_FILE_BYTES:
        raise FileRejected(
            [
                _(
                    "The file is %(size)s MB; the limit is %(limit)d MB. Split it into "
                    "smaller files and import them one after another."
                )
                % {"size": _megabytes(len(data)), "limit": MAX_FILE_BYTES // _MB}
            ]
        )
    if not data.strip():
        raise FileRejected([_("The file is empty.")])
    name = filename.lower()
    if data.startswith(b"\xd0\xcf\x11\xe0") or name.endswith((".xls", ".ods", ".numbers")):
        raise FileRejected(
            [_("This spreadsheet format cannot be read. Save it as Excel (.xlsx) or “CSV UTF-8”.")]
        )
    if data.startswith(b"PK\x03\x04") or name.endswith((".xlsx", ".xlsm")):
        table = _xlsx_rows(data)
    else:
        table = _csv_rows(data)
    return _rows_from_table(table)


def _megabytes(size: int) -> str:
    """Rounded up to a tenth, so that a file just over the limit does not read as equal."""
    return formats.number_format(math.ceil(size * 10 / _MB) / 10, decimal_pos=1)


def _csv_rows(data: bytes) -> Iterator[tuple[int, list]]:
    not_utf8 = _(
        "The file is not in UTF-8, so names with accents or non-Latin letters would "
        "come out garbled. In Excel choose File → Save As → “CSV UTF-8 (Comma "
        "delimited)”, then upload that file."
    )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        # UTF-16: what Excel calls "Unicode Text".
        raise FileRejected([not_utf8])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileRejected([not_utf8]) from error
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    # Excel set to Indonesian saves CSV with semicolons (the comma is the decimal mark).
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from enumerate(reader, start=1)
    except csv.Error as error:
        raise FileRejected(
            [_("The file could not be read as CSV (row %(row)d).") % {"row": reader.line_num}]
        ) from error


def _xlsx_rows(data: bytes) -> Iterator[tuple[int, list]]:
    from openpyxl import load_workbook

    unreadable = _(
        "The file could not be opened as an Excel workbook. Save it again as Excel "
        "(.xlsx) or “CSV UTF-8” and upload that."
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise FileRejected([unreadable]) from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise FileRejected([_("The workbook is too large once unpacked. Split it up.")])
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise FileRejected([unreadable]) from error
    try:
        sheet = workbook.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(row[:MAX_COLUMNS] if row else ())
    except FileRejected:
        raise
    except Exception as error:
        raise FileRejected([unreadable]) from error
    finally:
        workbook.close()


def _cell_text(value) -> str:
    """A cell as text: employee IDs typed as numbers lose no digits and gain no ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _header_key(text: str) -> str:
    key = text.replace("\ufeff", "").casefold()
    key = re.sub(r"\((?:optional|opsional|wajib|required)\)|\*", " ", key)
    key = re.sub(r"[\s_\-.:/]+", " ", key)
    # "e-mail" and "email" are the same column.
    return key.replace("e mail", "email").strip()


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _rows_from_table(table: Iterable[tuple[int, list]]) -> ParsedFile:
    rows_iter = iter(table)
    _number, header = next(rows_iter, (1, []))
    header_cells = [_cell_text(cell) for cell in header[:MAX_COLUMNS]]
    if not any(header_cells):
        raise FileRejected(
            [
                _("The first row must hold the column names, for example: %(columns)s.")
                % {"columns": _column_list(FIELDS)}
            ]
        )
    positions: dict[str, int] = {}
    blank_columns: set[int] = set()
    problems: list[str] = []
    for index, text in enumerate(header_cells):
        if not text:
            blank_columns.add(index)
            continue
        name = _FIELD_BY_HEADER.get(_header_key(text))
        if name is None:
            problems.append(
                _("Column %(letter)s, “%(header)s”, is not a column we know.")
                % {"letter": _column_letter(index), "header": text}
            )
        elif name in positions:
            problems.append(
                _("Columns %(first)s and %(second)s both hold “%(label)s”.")
                % {
                    "first": _column_letter(positions[name]),
                    "second": _column_letter(index),
                    "label": COLUMN_LABELS[name],
                }
            )
        else:
            positions[name] = index
    for name in REQUIRED_COLUMNS:
        if name not in positions:
            problems.append(
                _("The column “%(label)s” is missing.") % {"label": COLUMN_LABELS[name]}
            )
    if problems:
        problems.append(
            _("Columns we read: %(columns)s (the last four may be left out).")
            % {"columns": _column_list(FIELDS)}
        )
        raise FileRejected(problems)

    rows: list[SourceRow] = []
    width = len(header_cells)
    for number, cells in rows_iter:
        texts = [_cell_text(cell) for cell in cells[:MAX_COLUMNS]]
        if not any(texts):
            continue
        if len(rows) >= MAX_ROWS:
            raise FileRejected(
                [
                    _(
                        "The file has more than %(limit)s employees. Split it into "
                        "smaller files and import them one after another."
                    )
                    % {"limit": formats.number_format(MAX_ROWS, force_grouping=True)}
                ]
            )
        values = {
            name: (texts[index] if index < len(texts) else "") for name, index in positions.items()
        }
        row = SourceRow(number=number, values=values)
        stray = [
            index
            for index, text in enumerate(texts)
            if text and (index in blank_columns or index >= width)
        ]
        if stray:
            row.problems.append(
                _("Column %(letter)s holds a value but has no name in the first row.")
                % {"letter": _column_letter(stray[0])}
            )
        rows.append(row)
    if not rows:
        raise FileRejected([_("The file has column names but no employees below them.")])
    return ParsedFile(columns=tuple(name for name in FIELDS if name in positions), rows=rows)


def _column_list(names: Iterable[str]) -> str:
    return ", ".join(f"“{COLUMN_LABELS[name]}”" for name in names)


# --- Planning -------------------------------------------------------------------


class Status:
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
    ALL = (CREATE, UPDATE, UNCHANGED, REJECTED)


STATUS_LABELS = {
    Status.CREATE: gettext_lazy("New"),
    Status.UPDATE: gettext_lazy("Update"),
    Status.UNCHANGED: gettext_lazy("Unchanged"),
    Status.REJECTED: gettext_lazy("Rejected"),
}


@dataclass
class Change:
    field: str
    old: str
    new: str

    @property
    def label(self) -> str:
        return str(COLUMN_LABELS[self.field])


@dataclass
class RowPlan:
    """What importing one row would do. `department` is a canonical path
    ("Retail / Toko Jakarta") or ""; `language` a code or ""; empty means "keep"."""

    number: int
    employee_id: str = ""
    full_name: str = ""
    email: str = ""
    department: str = ""
    job_title: str = ""
    language: str = ""
    manager_email: str = ""
    status: str = Status.REJECTED
    user_id: int | None = None
    manager_id: int | None = None
    reasons: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])

    @property
    def details(self) -> list[tuple[str, str]]:
        """For a new person: the values the preview table has no column for."""
        if self.status != Status.CREATE:
            return []
        language = self.language or settings.LANGUAGE_CODE
        values = [
            (JOB_TITLE, self.job_title),
            (LANGUAGE, dict(settings.LANGUAGES).get(language, language)),
            (MANAGER_EMAIL, self.manager_email),
        ]
        return [(str(COLUMN_LABELS[name]), value) for name, value in values if value]


@dataclass
class Plan:
    rows: list[RowPlan]
    new_departments: list[str]
    create_departments: bool

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(Status.ALL, 0)
        for row in self.rows:
            counts[row.status] += 1
        return counts

    @property
    def ok(self) -> bool:
        """True when the file may be applied: no row rejected."""
        return bool(self.rows) and not any(r.status == Status.REJECTED for r in self.rows)

    @property
    def warned(self) -> int:
        """Rows that may be applied but deserve a second look (a name that would print
        as empty boxes on certificates)."""
        return sum(1 for row in self.rows if row.warnings)

    @property
    def has_changes(self) -> bool:
        return any(r.status in (Status.CREATE, Status.UPDATE) for r in self.rows)

    def digest(self) -> str:
        """A fingerprint of what applying would do, so that apply can refuse when
        the people changed after HR looked at the preview."""
        summary = [
            [r.number, r.status, r.user_id, [[c.field, c.old, c.new] for c in r.changes]]
            for r in self.rows
        ]
        payload = json.dumps([summary, self.new_departments], ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()


def department_parts(text: str) -> list[str]:
    return [" ".join(part.split()) for part in DEPARTMENT_SEPARATORS.split(text.strip())]


def department_key(path: str) -> str:
    return " / ".join(part.casefold() for part in department_parts(path))


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _clean_row(source: SourceRow) -> RowPlan:
    values = source.values
    row = RowPlan(number=source.number, reasons=list(source.problems))
    row.employee_id = values.get(EMPLOYEE_ID, "").strip()
    try:
        row.full_name = person_name_clean(values.get(FULL_NAME, ""))
    except ValidationError as refusal:
        row.full_name = person_name_shown(values.get(FULL_NAME, ""))
        row.reasons.extend(refusal.messages)
    else:
        # Not a rejection: HR may keep the name, but should know before certificates
        # print boxes (the warning is the one the sign-up form shows).
        warning = fonts.uncovered_warning(row.full_name)
        if warning:
            row.warnings.append(warning)
    row.email = values.get(EMAIL, "").strip().lower()
    row.job_title = " ".join(values.get(JOB_TITLE, "").split())
    for name in (EMPLOYEE_ID, FULL_NAME, JOB_TITLE):
        if len(getattr(row, name)) > _MAX_LENGTHS[name]:
            row.reasons.append(
                _("%(label)s is longer than %(max)d characters.")
                % {"label": COLUMN_LABELS[name], "max": _MAX_LENGTHS[name]}
            )
    if not row.full_name:
        row.reasons.append(_("The full name is missing."))
    if not row.email:
        row.reasons.append(_("The email address is missing."))
    elif not _valid_email(row.email):
        row.reasons.append(_("“%(email)s” is not a valid email address.") % {"email": row.email})

    department = values.get(DEPARTMENT, "").strip()
    if department:
        parts = department_parts(department)
        if not all(parts):
            row.reasons.append(
                _("The department “%(path)s” has an empty part.") % {"path": department}
            )
        elif any(len(part) > _DEPARTMENT_NAME_MAX for part in parts):
            row.reasons.append(
                _("A department name is longer than %(max)d characters.")
                % {"max": _DEPARTMENT_NAME_MAX}
            )
        else:
            row.department = " / ".join(parts)

    language = values.get(LANGUAGE, "").strip()
    if language:
        code = LANGUAGE_ALIASES.get(" ".join(language.casefold().split()))
        if code is None:
            row.reasons.append(
                _(
                    "The language “%(language)s” is not one we offer: write id "
                    "(Indonesia) or en (English)."
                )
                % {"language": language}
            )
        else:
            row.language = code

    manager = values.get(MANAGER_EMAIL, "").strip().lower()
    if manager:
        if not _valid_email(manager):
            row.reasons.append(
                _("The manager email “%(email)s” is not a valid email address.")
                % {"email": manager}
            )
        elif manager == row.email:
            row.reasons.append(_("A person cannot be their own manager."))
        else:
            row.manager_email = manager
    return row


def _valid_email(email: str) -> bool:
    try:
        validate_email(email)
    except ValidationError:
        return False
    return len(email) <= _MAX_LENGTHS[EMAIL]


def _reject_duplicates(rows: list[RowPlan]) -> None:
    by_id: dict[str, list[RowPlan]] = defaultdict(list)
    by_email: dict[str, list[RowPlan]] = defaultdict(list)
    for row in rows:
        if row.employee_id:
            by_id[row.employee_id.casefold()].append(row)
        if row.email:
            by_email[row.email].append(row)
    for group in by_id.values():
        if len(group) > 1:
            numbers = _row_numbers(group)
            for row in group:
                row.reasons.append(
                    _(
                        "The employee ID “%(id)s” appears more than once in the file "
                        "(rows %(rows)s)."
                    )
                    % {"id": row.employee_id, "rows": numbers}
                )
    for group in by_email.values():
        if len(group) > 1:
            numbers = _row_numbers(group)
            for row in group:
                row.reasons.append(
                    _("The email “%(email)s” appears more than once in the file (rows %(rows)s).")
                    % {"email": row.email, "rows": numbers}
                )


def _row_numbers(rows: Iterable[RowPlan]) -> str:
    return ", ".join(str(row.number) for row in rows)


def _person_name(user) -> str:
    profile = getattr(user, "profile", None) if _has_profile(user) else None
    employee_id = getattr(profile, "employee_id", None)
    if employee_id:
        return f"{user.display_name} ({employee_id})"
    return user.display_name


def _has_profile(user) -> bool:
    from cxacademy.accounts.models import LearnerProfile

    try:
        user.profile  # noqa: B018
    except LearnerProfile.DoesNotExist:
        return False
    return True


class _Directory:
    """The people and departments a file refers to, loaded in a few queries."""

    def __init__(self, rows: list[RowPlan]):
        from allauth.account.models import EmailAddress

        from cxacademy.accounts.models import LearnerProfile, User

        ids = sorted({row.employee_id for row in rows if row.employee_id})
        emails = sorted(
            {row.email for row in rows if row.email}
            | {row.manager_email for row in rows if row.manager_email}
        )
        self.user_by_employee_id: dict[str, int] = {}
        for chunk in _chunks(ids):
            for profile in LearnerProfile.objects.filter(employee_id__in=chunk).only(
                "employee_id", "user_id"
            ):
                self.user_by_employee_id[profile.employee_id] = profile.user_id
        # An address belongs to whoever has it as login or as any allauth address.
        self.user_by_email: dict[str, int] = {}
        for chunk in _chunks(emails):
            for user_id, email in (
                User.objects.annotate(email_lower=Lower("email"))
                .filter(email_lower__in=chunk)
                .values_list("pk", "email_lower")
            ):
                self.user_by_email[email] = user_id
            for user_id, email in (
                EmailAddress.objects.annotate(email_lower=Lower("email"))
                .filter(email_lower__in=chunk)
                .values_list("user_id", "email_lower")
            ):
                self.user_by_email.setdefault(email, user_id)
        user_ids = sorted({*self.user_by_employee_id.values(), *self.user_by_email.values()})
        self.users = {}
        for chunk in _chunks(user_ids):
            for user in User.objects.filter(pk__in=chunk).select_related("profile"):
                self.users[user.pk] = user
        self.email_of = {pk: user.email for pk, user in self.users.items()}
        manager_ids = sorted(
            {
                user.profile.manager_id
                for user in self.users.values()
                if _has_profile(user) and user.profile.manager_id
            }
            - self.email_of.keys()
        )
        for chunk in _chunks(manager_ids):
            self.email_of.update(User.objects.filter(pk__in=chunk).values_list("pk", "email"))
        self.department_path = department_tree.paths()
        self.department_by_key = {
            department_key(path): pk for pk, path in self.department_path.items()
        }

    def profile(self, user_id: int):
        user = self.users[user_id]
        return user.profile if _has_profile(user) else None


def plan_import(parsed: ParsedFile, *, by, create_departments: bool = False) -> Plan:
    """What applying `parsed` would do to the people in the academy, row by row,
    when `by` (the person importing) applies it.

    Staff accounts (administrators, and anyone who reaches the admin: trainers, HR)
    can be changed through an import by an administrator only, and nobody changes
    their own email address through one: otherwise whoever may import could take
    over such an account by giving it their own address.

    Read-only: a handful of queries whatever the file's length.
    """
    rows = [_clean_row(source) for source in parsed.rows]
    _reject_duplicates(rows)
    directory = _Directory(rows)
    new_departments = _plan_departments(rows, directory, create_departments)
    _match_people(rows, directory)
    _plan_changes(rows, directory)
    _protect_accounts(rows, directory, by)
    for row in rows:
        if row.reasons:
            row.status = Status.REJECTED
            row.changes = []
    # Departments only some rejected row needed are not part of the plan.
    wanted = {department_key(r.department) for r in rows if r.status != Status.REJECTED}
    new_departments = [
        path
        for path in new_departments
        if any(
            key == department_key(path) or key.startswith(department_key(path) + " / ")
            for key in wanted
        )
    ]
    return Plan(rows=rows, new_departments=new_departments, create_departments=create_departments)


def _plan_departments(rows: list[RowPlan], directory: _Directory, allowed: bool) -> list[str]:
    """The departments that would be created (parents before children)."""
    missing: dict[str, str] = {}
    for row in rows:
        if not row.department:
            continue
        existing = directory.department_by_key.get(department_key(row.department))
        if existing is not None:
            row.department = directory.department_path[existing]
            continue
        if not allowed:
            row.reasons.append(
                _(
                    "The department “%(path)s” does not exist. Check the spelling against "
                    "Organisation → Departments, or tick “Create missing departments”."
                )
                % {"path": row.department}
            )
            continue
        parts = department_parts(row.department)
        for depth in range(1, len(parts) + 1):
            path = " / ".join(parts[:depth])
            key = department_key(path)
            if key not in directory.department_by_key:
                missing.setdefault(key, path)
        row.notes.append(_("New department “%(path)s”.") % {"path": row.department})
    return sorted(missing.values(), key=lambda path: (path.count(" / "), path.casefold()))


def _match_people(rows: list[RowPlan], directory: _Directory) -> None:
    """Who each row is: by employee ID, else by email; or nobody yet (a new person)."""
    rows_by_user: dict[int, list[RowPlan]] = defaultdict(list)
    for row in rows:
        if not row.email:
            continue
        by_id = directory.user_by_employee_id.get(row.employee_id) if row.employee_id else None
        by_email = directory.user_by_email.get(row.email)
        if by_id is not None:
            if by_email is not None and by_email != by_id:
                row.reasons.append(
                    _("The email “%(email)s” already belongs to someone else: %(person)s.")
                    % {"email": row.email, "person": _person_name(directory.users[by_email])}
                )
                continue
            row.user_id = by_id
        elif by_email is not None:
            profile = directory.profile(by_email)
            current_id = getattr(profile, "employee_id", None)
            if row.employee_id and current_id and current_id != row.employee_id:
                row.reasons.append(
                    _("The email “%(email)s” belongs to employee ID “%(current)s”, not “%(id)s”.")
                    % {"email": row.email, "current": current_id, "id": row.employee_id}
                )
                continue
            row.user_id = by_email
        if row.user_id is not None:
            rows_by_user[row.user_id].append(row)
    for group in rows_by_user.values():
        if len(group) > 1:
            numbers = _row_numbers(group)
            for row in group:
                row.reasons.append(
                    _("Rows %(rows)s are the same person; keep one of them.") % {"rows": numbers}
                )


def _plan_changes(rows: list[RowPlan], directory: _Directory) -> None:
    in_file: dict[str, RowPlan] = {}
    for row in rows:
        if row.email:
            in_file.setdefault(row.email, row)
    for row in rows:
        manager_id: int | None = None
        if row.manager_email:
            manager_row = in_file.get(row.manager_email)
            if manager_row is None:
                manager_id = directory.user_by_email.get(row.manager_email)
                if manager_id is None:
                    row.reasons.append(
                        _("The manager “%(email)s” is neither in the academy nor in this file.")
                        % {"email": row.manager_email}
                    )
            else:
                manager_id = manager_row.user_id
            if manager_id is not None and manager_id == row.user_id:
                row.reasons.append(_("A person cannot be their own manager."))
            row.manager_id = manager_id
        if row.reasons:
            continue
        if row.user_id is None:
            row.status = Status.CREATE
            continue
        user = directory.users[row.user_id]
        profile = directory.profile(row.user_id)
        changes = []

        def compare(name: str, old: str, new: str, changes=changes) -> None:
            if new and new != old:
                changes.append(Change(name, old, new))

        compare(EMPLOYEE_ID, getattr(profile, "employee_id", None) or "", row.employee_id)
        compare(FULL_NAME, user.full_name, row.full_name)
        if row.email != user.email.lower():
            changes.append(Change(EMAIL, user.email, row.email))
        if row.department:
            current = directory.department_path.get(getattr(profile, "department_id", None), "")
            if department_key(current) != department_key(row.department):
                changes.append(Change(DEPARTMENT, current, row.department))
        compare(JOB_TITLE, getattr(profile, "job_title", ""), row.job_title)
        current_language = getattr(profile, "preferred_language", None) or settings.LANGUAGE_CODE
        compare(LANGUAGE, current_language, row.language)
        if row.manager_email:
            current_manager = getattr(profile, "manager_id", None)
            if manager_id is None or manager_id != current_manager:
                old = directory.email_of.get(current_manager, "") if current_manager else ""
                changes.append(Change(MANAGER_EMAIL, old, row.manager_email))
        row.changes = changes
        row.status = Status.UPDATE if changes else Status.UNCHANGED
        if not user.is_active:
            row.notes.append(_("This person is deactivated; importing does not reactivate them."))


def staff_ids(user_ids: Iterable[int]) -> set[int]:
    """Which of these people are staff: administrators, or anyone with access to the
    admin (trainers, HR), directly or through a group, active or not. One query per
    chunk, where `user.has_perm()` would cost two per person."""
    from django.contrib.auth.models import Permission
    from django.db.models import Q

    from cxacademy.accounts.models import User

    admin_access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    found: set[int] = set()
    for chunk in _chunks(sorted(set(user_ids))):
        found.update(
            User.objects.filter(pk__in=chunk)
            .filter(
                Q(is_superuser=True)
                | Q(user_permissions__in=admin_access)
                | Q(groups__permissions__in=admin_access)
            )
            .values_list("pk", flat=True)
            .distinct()
        )
    return found


def _protect_accounts(rows: list[RowPlan], directory: _Directory, by) -> None:
    """Reject the rows that would change a staff account (unless `by` is an
    administrator) or the importer's own email address. A row that changes nothing
    is harmless and stays, so a company-wide file may list HR and trainers as they are."""
    changing = [row for row in rows if row.status == Status.UPDATE and row.user_id is not None]
    if not changing:
        return
    staff = set() if by.is_superuser else staff_ids(row.user_id for row in changing)
    for row in changing:
        if row.user_id == by.pk and any(change.field == EMAIL for change in row.changes):
            row.reasons.append(
                _(
                    "This is your own account: an import cannot change your own email "
                    "address. Change it in your account settings."
                )
            )
        elif row.user_id in staff:
            row.reasons.append(
                _(
                    "%(person)s has a staff account (administrator, trainer or HR); only "
                    "an administrator can change it through an import."
                )
                % {"person": _person_name(directory.users[row.user_id])}
            )
