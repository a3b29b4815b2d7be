"""Formula injection through every export, read back as CSV (comma, semicolon, and
semicolon ignoring quotes) and as XLSX.

Tries: a corpus of spreadsheet payloads (DDE, HYPERLINK, the `;` split of Excel
with Indonesian settings, leading tab/CR/space/quote, fullwidth ＝＋－＠) typed as
people's names, job titles and employee IDs, department names, course titles,
question names and answers, scenario steps and choices, page titles, workflow and
task names, redirect targets; then every export the project has: the completion
report (CSV and XLSX, streamed, background and `manage.py export_completions`),
quiz item analysis, scenario results, the people import template and sample, and
every Wagtail listing or report with a spreadsheet export (found from the URL
conf, so a new one is swept too).

Must hold: no cell any reader gets starts a formula (=, +, -, @, their fullwidth
forms, also after spaces, tabs, line breaks, quotes or invisible characters), no
XLSX cell is a formula, every CSV field is quoted, and every payload typed into
an export's data is in it.
A cell that is a plain number (-5, a score we write as a number) is a number.
"""

import csv
import io
import re
from collections import Counter

import openpyxl
import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import timezone

from courses.models import Enrolment
from cxacademy.accounts.models import Department
from tests.courses.conftest import build_course
from tests.factories import LearnerProfileFactory
from tests.factories import learner as make_learner

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "Budi;=cmd|' /C calc'!A0;x",
    "+1+1",
    "-1+1",
    "@SUM(1)",
    "\t=1",
    "\r=1",
    "＝1",
    '"=1"',
    '=HYPERLINK("http://x")',
    ";=1;",
    ",=1,",
    " =2+3",
    "'=4",
    "\u3000＋5",
    "\u200b=6",
    "Ani\n=7",
    '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
    "@cmd|'/c notepad'!_xlbgnm.A1",
    "-2+3+cmd|' /C calc'!A0",
    "=1+1\t;-2",
    "＠SUM(A1)",
]

# --- Reading exports back ---------------------------------------------------------

FORMULA_CHARACTERS = set("=+-@＝＋－＠")
INVISIBLE = '"\u200b\u200c\u200d\u2060\ufeff' + "".join(map(chr, range(0x20))) + "\x7f"
NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?(?:e[-+]?\d+)?")


def runs_as_formula(cell: str) -> bool:
    """A cell a spreadsheet might run: a formula character first, perhaps after
    spaces (tabs and line breaks too), quotes or invisible characters. A plain
    number is a number. (We also write an apostrophe before a tab or CR that
    starts a field, as OWASP asks; tests/hr/test_spreadsheets.py checks that. A
    reader that splits a quoted field can start a cell with a line break that
    is followed by harmless text: that cell runs nothing.)"""
    if NUMBER.fullmatch(cell.strip().strip('"')):
        return False
    stripped = cell
    while stripped[:1] and (stripped[0] in INVISIBLE or stripped[0].isspace()):
        stripped = stripped[1:]
    return stripped[:1] in FORMULA_CHARACTERS


def csv_cells(text: str, delimiter: str) -> list[str]:
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    return [cell for row in rows for cell in row]


def naive_cells(text: str, delimiter: str) -> list[str]:
    """What a program that ignores quotes makes of the file: lines split on line
    breaks, cells on the separator."""
    return [
        cell
        for line in re.split(r"\r\n|\r|\n", text.lstrip("\ufeff"))
        for cell in line.split(delimiter)
    ]


def xlsx_cells(data: bytes) -> list:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return [cell for row in sheet.iter_rows() for cell in row]


def all_quoted(text: str) -> bool:
    """Every field quoted: the file is exactly what a QUOTE_ALL writer makes of
    its rows, so Excel (which honours quotes) keeps a ; inside its cell."""
    text = text.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    for line_end in ("\r\n", "\n"):
        again = io.StringIO()
        csv.writer(again, quoting=csv.QUOTE_ALL, lineterminator=line_end).writerows(rows)
        if again.getvalue() == text:
            return True
    return False


def without_apostrophes(text: str) -> str:
    return text.replace("'", "")


class Tally:
    """Payload × export × reader combinations tried and held, for the closing note."""

    def __init__(self):
        self.tried = Counter()
        self.held = Counter()
        self.failures: list[str] = []

    def check(self, export: str, body: bytes, *, kind: str, payloads=PAYLOADS, present=True):
        """Read `body` with every reader of its kind; every payload counts once per
        reader; it held if its export had no formula cell for that reader."""
        if kind == "xlsx":
            cells = xlsx_cells(body)
            values = [c.value for c in cells if isinstance(c.value, str)]
            bad = [c.coordinate for c in cells if c.data_type == "f"]
            bad += [repr(v) for v in values if runs_as_formula(v)]
            readings = {"xlsx": bad}
            found = values
        else:
            text = body.decode("utf-8")
            readings = {
                name: [repr(c) for c in read(text, delimiter) if runs_as_formula(c)]
                for name, read, delimiter in (
                    ("csv ,", csv_cells, ","),
                    ("csv ;", csv_cells, ";"),
                    ("csv ; no quotes", naive_cells, ";"),
                    ("csv , no quotes", naive_cells, ","),
                )
            }
            found = csv_cells(text, ",")
            if not all_quoted(text):
                self.failures.append(f"{export}: a CSV field is not quoted")
        for reader, bad in readings.items():
            if bad:
                self.failures.append(f"{export} read as {reader}: {bad[:3]}")
        joined = "\n".join(without_apostrophes(v) for v in found)
        for payload in payloads:
            if without_apostrophes(payload.strip()) not in joined:
                if present:
                    self.failures.append(f"{export}: payload {payload!r} is missing")
                continue
            for reader, bad in readings.items():
                self.tried[export, reader] += 1
                self.held[export, reader] += not bad

    def assert_held(self):
        lines = [
            f"{export:<48} {reader:<16} {self.held[export, reader]:>4} / {count}"
            for (export, reader), count in sorted(self.tried.items())
        ]
        total = sum(self.tried.values())
        print("\nformula injection: payload × export × reader", *lines, sep="\n")
        print(f"total {sum(self.held.values())} / {total}")
        assert not self.failures, "\n".join(dict.fromkeys(self.failures))
        assert total and sum(self.held.values()) == total


def body_of(response) -> bytes:
    assert response.status_code == 200, response.status_code
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def is_spreadsheet(response) -> str | None:
    kind = response.get("Content-Type", "")
    if "csv" in kind:
        return "csv"
    if "spreadsheetml" in kind:
        return "xlsx"
    return None


# --- The data: every typed field holds a payload -----------------------------------

REPORT = "/admin/hr/completions/"


def build_company(site) -> list:
    """One department, course and person per payload: the person's name, job title
    and employee ID, the department's name and the course's title are the payload."""
    root = Department.objects.create(name="Retail")
    courses = []
    for number, payload in enumerate(PAYLOADS):
        department = Department.objects.create(name=payload, parent=root)
        course = build_course(site, modules=1, lessons=1, title=payload, slug=f"kursus-{number}")
        person = make_learner(full_name=payload, email=f"p{number}@example.test")
        LearnerProfileFactory(
            user=person, department=department, job_title=payload, employee_id=f"{payload}#{number}"
        )
        Enrolment.objects.create(
            user=person, course_key=course.translation_key, due_date=timezone.localdate()
        )
        courses.append((course, person))
    return courses


# --- The exports ---------------------------------------------------------------------


def test_completion_report_exports_stay_inert(
    client, hr_user, site, settings, django_capture_on_commit_callbacks, tmp_path
):
    from cxacademy.hr.models import ReportExport

    build_company(site)
    tally = Tally()
    client.force_login(hr_user)
    for fmt in ("csv", "xlsx"):
        response = client.get(REPORT + f"?export={fmt}")
        tally.check(f"completion report {fmt}, streamed", body_of(response), kind=fmt)

    settings.EXPORT_BACKGROUND_ROWS = 0
    for fmt in ("csv", "xlsx"):
        with django_capture_on_commit_callbacks(execute=True):
            client.get(REPORT + f"?export={fmt}")
        export = ReportExport.objects.filter(format=fmt).latest("pk")
        assert export.status == ReportExport.Status.READY, export.status
        response = client.get(f"/admin/hr/exports/{export.pk}/download/")
        tally.check(f"completion report {fmt}, background", body_of(response), kind=fmt)

    for fmt in ("csv", "xlsx"):
        target = tmp_path / f"completions.{fmt}"
        call_command("export_completions", format=fmt, output=str(target))
        tally.check(f"completion report {fmt}, manage.py", target.read_bytes(), kind=fmt)
    tally.assert_held()


def test_quiz_and_scenario_reports_stay_inert(client, trainer, site):
    from quizzes.models import QuestionChoice, QuizQuestion
    from simulations.models import ScenarioRun
    from tests.quizzes.conftest import build_quiz, make_question
    from tests.quizzes.test_bank_admin import _attempts
    from tests.simulations.conftest import build_scenario, choice, step

    quiz = build_quiz(site, kinds=[])
    for order, payload in enumerate(PAYLOADS):
        question = make_question("single", name=payload)
        QuestionChoice.objects.filter(question=question, fraction=1).update(text=payload)
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
    _attempts(Client, quiz, [(make_learner(), True), (make_learner(), False)])

    # A decision step has at most five choices: four payloads and "go on" each.
    groups = [PAYLOADS[start : start + 4] for start in range(0, len(PAYLOADS), 4)]
    steps = [
        step(
            f"s{index}",
            "decision",
            PAYLOADS[index],
            quarter=1,
            choices=[
                *(choice(f"c{index}-{n}", label, "akhir") for n, label in enumerate(group)),
                *([choice("lanjut", "Lanjut", f"s{index + 1}")] if index + 1 < len(groups) else []),
            ],
        )
        for index, group in enumerate(groups)
    ]
    steps.append(step("akhir", "ending", PAYLOADS[-1], quarter=2, outcome="<p>Selesai.</p>"))
    course = build_course(site, modules=1, lessons=1, title="Kursus simulasi", slug="simulasi")
    scenario = build_scenario(site, steps=steps, course=course)
    assert not scenario.problems()
    for index, group in enumerate(groups):
        for n in range(len(group)):
            player = Client()
            person = make_learner()
            player.force_login(person)
            player.post(f"/id/learn/simulations/{scenario.pk}/start/")
            for key in [*["lanjut"] * index, f"c{index}-{n}"]:
                run = ScenarioRun.objects.get(user=person)
                player.post(
                    f"/id/learn/simulations/runs/{run.pk}/act/",
                    {"action": "choose", "key": key, "sequence": run.sequence},
                )
            assert ScenarioRun.objects.get(user=person).status == "finished"

    tally = Tally()
    client.force_login(trainer)
    response = client.get(f"/admin/quizzes/{quiz.pk}/item-analysis.csv")
    tally.check("quiz item analysis csv", body_of(response), kind="csv")
    response = client.get(f"/admin/simulations/{scenario.pk}/results.csv")
    tally.check("scenario results csv", body_of(response), kind="csv")
    tally.assert_held()


def test_people_import_template_and_sample_are_quoted_and_inert(client, hr_user, site):
    tally = Tally()
    client.force_login(hr_user)
    for name in ("template", "sample"):
        response = client.get(f"/admin/people/import/{name}.csv")
        tally.check(f"people import {name} csv", body_of(response), kind="csv", payloads=[])
    assert not tally.failures, tally.failures


def exportable_urls() -> list[str]:
    """Every URL (without arguments) whose view has Wagtail's spreadsheet export."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
                continue
            view = getattr(pattern.callback, "view_class", None)
            path = prefix + str(pattern.pattern)
            if view and issubclass(view, SpreadsheetExportMixin) and "<" not in path:
                yield "/" + path

    return sorted(set(walk(get_resolver().url_patterns, "")))


# Where the payloads are typed data; the others are swept too.
CARRY_PAYLOADS = {
    "/admin/reports/locked/",
    "/admin/reports/aging-pages/",
    "/admin/reports/site-history/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/redirects/",
    "/admin/hr/completions/",
}


def test_every_wagtail_listing_and_report_export_stays_inert(client, superuser, site):
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowTask

    for number, (course, person) in enumerate(build_company(site)):
        person.is_staff = person.is_superuser = True  # may publish, lock and start workflows
        person.save()
        course.save_revision(user=person).publish(user=person)
        workflow = Workflow.objects.create(name=course.title)
        task = GroupApprovalTask.objects.create(name=course.title)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        course.save_revision(user=person)
        workflow.start(course, person)
        Page.objects.filter(pk=course.pk).update(
            locked=True, locked_by=person, locked_at=timezone.now()
        )
        Redirect.objects.create(old_path=f"/lama-{number}", redirect_link=course.title)

    urls = exportable_urls()
    assert set(CARRY_PAYLOADS) <= set(urls), "a report with typed data is no longer found"
    tally = Tally()
    client.force_login(superuser)
    swept = []
    for url in urls:
        if url.endswith("/results/"):
            continue  # the same view as its listing
        for fmt in ("csv", "xlsx"):
            response = client.get(url + f"?export={fmt}")
            kind = is_spreadsheet(response)
            if kind is None:
                assert url not in CARRY_PAYLOADS, f"{url} gave no {fmt}"
                continue
            swept.append(f"{url} {fmt}")
            tally.check(
                f"{url} {fmt}",
                body_of(response),
                kind=kind,
                present=url in CARRY_PAYLOADS,
            )
    print("\nswept:", *swept, sep="\n  ")
    tally.assert_held()


def test_only_the_spreadsheet_module_writes_csv_or_xlsx():
    """A new export cannot bypass the rules: the project's code writes CSV and
    XLSX only through `cxacademy/spreadsheets.py` (Wagtail's own exports are made
    safe there too)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    writers = re.compile(r"csv\.(?:writer|DictWriter)\(|Workbook\(|xlsxwriter")
    offenders = [
        str(path.relative_to(root))
        for folder in ("cxacademy", "courses", "quizzes", "simulations", "certificates")
        for path in (root / folder).rglob("*.py")
        if "migrations" not in path.parts
        and path != root / "cxacademy" / "spreadsheets.py"
        and writers.search(path.read_text("utf-8"))
    ]
    assert offenders == []
