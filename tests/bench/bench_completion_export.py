"""The completion report at company size: 10,000 people × 10 courses (100,000 rows).

Measures (run with `make bench`; the figures go in the closing note):
- CSV export time as a ratio to the `sqlite3` command-line tool running the very
  same SQL (the report's query, parameters inlined) on a copy of the same data
  (target: within 2×);
- time to first byte of the streamed CSV download;
- peak memory (RSS) writing CSV and XLSX for 10,000 rows, then 100,000 rows
  (target: flat, i.e. streaming with iterator() and openpyxl's write-only mode);
- the report page's time with 50 and 250 rows a page.

The test database is SQLite in memory; the sqlite3 tool reads a file copy made
with SQLite's backup API (from the page cache, so both read memory).
"""

import datetime
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test import Client
from django.utils import timezone

from certificates.models import Certificate
from courses.models import Enrolment, ItemProgress
from courses.reports import Context
from cxacademy.accounts.models import Department, LearnerProfile, User
from cxacademy.hr import exports, report
from tests.courses.conftest import build_course, lessons_of

pytestmark = pytest.mark.django_db(transaction=True)

PEOPLE = 10_000
COURSES = 10


def _populate(site):
    random.seed(7)
    courses = [
        build_course(site, modules=2, lessons=3, title=f"Kursus {n}") for n in range(COURSES)
    ]
    lessons = {
        c.translation_key: [lesson.translation_key for lesson in lessons_of(c)] for c in courses
    }
    departments = [Department.objects.create(name=f"Cabang {n}") for n in range(20)]
    users = User.objects.bulk_create(
        [
            User(username=f"p{n}", email=f"p{n}@example.test", full_name=f"Karyawan {n:05d}")
            for n in range(PEOPLE)
        ],
        batch_size=2_000,
    )
    LearnerProfile.objects.bulk_create(
        [
            LearnerProfile(
                user=user, employee_id=f"E{n:06d}", department=departments[n % 20], job_title="Staf"
            )
            for n, user in enumerate(users)
        ],
        batch_size=2_000,
    )
    now = timezone.now()
    due = timezone.localdate() + datetime.timedelta(days=30)
    enrolments, progress, certificates = [], [], []
    for user in users:
        for course in courses:
            key = course.translation_key
            stage = random.random()
            done = 6 if stage > 0.7 else (random.randint(1, 5) if stage > 0.3 else 0)
            enrolments.append(
                Enrolment(
                    user=user,
                    course_key=key,
                    source="assigned",
                    due_date=due,
                    started_at=now if done else None,
                    completed_at=now if done == 6 else None,
                )
            )
            for item_key in lessons[key][:done]:
                progress.append(
                    ItemProgress(
                        user=user,
                        course_key=key,
                        item_key=item_key,
                        item_kind="lesson",
                        done=True,
                        completed_at=now,
                    )
                )
            if done == 6 and random.random() < 0.5:
                certificates.append(
                    Certificate(
                        user=user,
                        course_key=key,
                        learner_name=user.full_name,
                        course_title=course.title,
                        completed_on=now.date(),
                        expires_on=now.date() + datetime.timedelta(days=365),
                        code=f"CXA-{uuid.uuid4().hex[:16].upper()}",
                    )
                )
    Enrolment.objects.bulk_create(enrolments, batch_size=5_000)
    ItemProgress.objects.bulk_create(progress, batch_size=5_000)
    Certificate.objects.bulk_create(certificates, batch_size=5_000)
    return courses, len(progress), len(certificates)


def _inline(sql: str, params) -> str:
    def literal(value):
        if value is None:
            return "NULL"
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, int | float):
            return repr(value)
        return "'" + str(value).replace("'", "''") + "'"

    parts = sql.split("%s")
    assert len(parts) == len(params) + 1
    return "".join(
        part + (literal(params[i]) if i < len(params) else "") for i, part in enumerate(parts)
    )


# Runs `manage.py export_completions` in a fresh process against the file copy of
# the database and prints that process's peak RSS (KiB on Linux).
_MEASURE = (
    "import resource, subprocess, sys;"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _command_export(database, fmt: str, output, *filters) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one command-line export in its own process."""
    environ = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "TASK_BACKEND": "immediate"}
    environ.pop("REDIS_URL", None)
    command = [
        sys.executable,
        "manage.py",
        "export_completions",
        "--format",
        fmt,
        "--output",
        str(output),
        "--people",
        "all",
        *filters,
    ]
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        env=environ,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - start, int(result.stdout.strip()) / 1024


def test_bench_completion_export_100k_rows(site, hr_user, tmp_path, settings):
    if connection.vendor != "sqlite":
        pytest.skip("compares with the sqlite3 command-line tool: SQLite only")
    if shutil.which("sqlite3") is None:
        pytest.skip("the sqlite3 command-line tool is not installed (apt-get install sqlite3)")
    start = time.perf_counter()
    courses, progress_rows, certificate_rows = _populate(site)
    print(
        f"\ndata: {PEOPLE} people × {COURSES} courses, {progress_rows} item records, "
        f"{certificate_rows} certificates, built in {time.perf_counter() - start:.0f} s"
    )

    context = Context.build()
    everyone = report.ReportFilters(people="all")
    queryset = report.Presenter(context).values(everyone.queryset(context))
    assert queryset.count() == PEOPLE * COURSES

    # The sqlite3 tool on the same SQL, from a file copy of the same database.
    database = tmp_path / "report.sqlite3"
    target = sqlite3.connect(database)
    connection.ensure_connection()
    connection.connection.backup(target)
    target.close()
    sql, params = queryset.query.sql_with_params()
    script = tmp_path / "report.sql"
    script.write_text(_inline(sql, params) + ";\n")
    cli_times = []
    for _ in range(3):
        start = time.perf_counter()
        with open(script) as stdin, open(tmp_path / "cli.csv", "wb") as stdout:
            subprocess.run(
                ["sqlite3", "-csv", str(database)], stdin=stdin, stdout=stdout, check=True
            )
        cli_times.append(time.perf_counter() - start)
    cli_lines = len((tmp_path / "cli.csv").read_bytes().splitlines())
    assert cli_lines == PEOPLE * COURSES

    ours = []
    for _ in range(3):
        with open(tmp_path / "ours.csv", "wb") as handle:
            start = time.perf_counter()
            written = exports.write(fmt="csv", target=handle, filters=everyone, tz=None)
            ours.append(time.perf_counter() - start)
    assert written == PEOPLE * COURSES
    ratio = min(ours) / min(cli_times)
    print(
        f"CSV export of {written} rows: ours {min(ours):.2f} s, sqlite3 CLI {min(cli_times):.2f} s "
        f"(best of 3) → ratio {ratio:.2f}× (target ≤ 2×)"
    )

    # Time to first byte of the streamed download, through the whole stack.
    settings.EXPORT_BACKGROUND_ROWS = 10**9
    client = Client()
    client.force_login(hr_user)
    start = time.perf_counter()
    response = client.get("/admin/hr/completions/?export=csv&people=all")
    first = next(iter(response.streaming_content))
    ttfb = time.perf_counter() - start
    assert first.startswith("\ufeff".encode())
    response.close()
    print(f"time to first byte of the streamed CSV (100,000 rows behind it): {ttfb * 1000:.0f} ms")

    # Memory: peak RSS of a fresh `export_completions` process for 10,000 rows (one
    # course) and for 100,000 rows. Streaming keeps it flat; holding the rows would
    # add hundreds of MB.
    for fmt in ("csv", "xlsx"):
        small = _command_export(database, fmt, tmp_path / f"small.{fmt}", "--course", "Kursus 0")
        large = _command_export(database, fmt, tmp_path / f"large.{fmt}")
        print(
            f"{fmt.upper()} by the command: 10,000 rows {small[0]:.1f} s, peak RSS "
            f"{small[1]:.0f} MB; 100,000 rows {large[0]:.1f} s, peak RSS {large[1]:.0f} MB"
        )
        assert large[1] - small[1] < 40, f"{fmt}: memory grows with rows"

    for size, ordering in ((50, ""), (250, ""), (50, "-progress")):
        start = time.perf_counter()
        page = client.get(f"/admin/hr/completions/?people=all&per_page={size}&ordering={ordering}")
        assert page.status_code == 200
        print(
            f"report page, {size} rows a page, sorted by {ordering or 'name'}: "
            f"{(time.perf_counter() - start) * 1000:.0f} ms"
        )
    assert ratio <= 2, f"CSV export {ratio:.2f}× the sqlite3 tool"


class _Null:
    """A file that throws away what is written (the CSV is measured, not kept)."""

    def write(self, data):
        return len(data)
