"""The one spreadsheet-safety rule (`cxacademy.spreadsheets`): what a person opening
an export in Excel (Indonesian settings: `;` separates cells) or LibreOffice would
notice is that no cell runs as a formula, and that numbers stay numbers."""

import csv
import datetime
import decimal
import io
import re

import openpyxl
from django.utils.functional import lazy
from hypothesis import example, given
from hypothesis import strategies as st

from cxacademy import spreadsheets
from cxacademy.spreadsheets import safe_cell, safe_text

# Written independently of the module's pattern, so the tests do not check the
# rule against itself.
FORMULA_CHARACTERS = set("=+-@＝＋－＠")
INVISIBLE = '"\u200b\u200c\u200d\u2060\ufeff' + "".join(map(chr, range(0x20))) + "\x7f"


NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


def runs_as_formula(cell: str) -> bool:
    """What a spreadsheet might run: a formula character first, perhaps after
    spaces, quotes or invisible characters; or a cell starting with tab or CR.
    A plain number such as -5 (a score we write as a number) is a number."""
    if NUMBER.fullmatch(cell):
        return False
    if cell[:1] in ("\t", "\r"):
        return True
    stripped = cell.lstrip()
    while stripped[:1] and (stripped[0] in INVISIBLE or stripped[0].isspace()):
        stripped = stripped[1:]
    return stripped[:1] in FORMULA_CHARACTERS


def pieces(text: str) -> list[str]:
    """Every cell a reader could make of the field: whole (it honours quotes), or
    split on one separator (comma, semicolon or tab), with or without splitting
    at line breaks too (it ignores quotes)."""
    return [
        text,
        *(
            piece
            for separator in ",;\t"
            for breaks in ("", "\r\n")
            for piece in re.split(f"[{separator}{breaks}]", text)
        ),
    ]


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
    " =1",
    "\u3000＋1",
    "\u200b=1",
    "a\n=1",
    '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
]


def read(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter))


def test_every_csv_field_is_quoted_so_excel_keeps_a_semicolon_inside_its_cell():
    text = "".join(spreadsheets.csv_lines(["Nama", "Skor"], [["Budi;=1;x", 5]]))
    assert text == '\ufeff"Nama","Skor"\r\n"Budi;\'=1;x","5"\r\n'


def test_no_cell_runs_as_a_formula_read_with_either_separator():
    rows = [[payload, "x", -5] for payload in PAYLOADS]
    text = "".join(spreadsheets.csv_lines(PAYLOADS[:3], rows))
    chunked = "".join(
        spreadsheets.csv_chunks(PAYLOADS[:3], [[[safe_text(p), "x", -5] for p in PAYLOADS]])
    )
    for body in (text, chunked):
        for delimiter in (",", ";"):
            cells = [cell for row in read(body, delimiter) for cell in row]
            assert cells, delimiter
            assert not [cell for cell in cells if runs_as_formula(cell)], delimiter
        # Read properly, every payload comes back whole, an apostrophe before
        # each place a formula could start.
        back = read(body, ",")
        assert [row[0] for row in back[1:]] == [safe_text(p) for p in PAYLOADS]
        assert back[1][0] == "'=cmd|' /C calc'!A0"
        assert back[2][0] == "Budi;'=cmd|' /C calc'!A0;x"


def test_pythons_own_reader_splits_quoted_fields_on_semicolons():
    """Why the apostrophe goes inside a field too: quoting alone is not enough for
    a reader that, like Python's, does not treat a quote after a comma as a quote."""
    line = '"a","Budi;=1;x"\r\n'
    assert read(line, ";") == [['a,"Budi', "=1", 'x"']]


@given(st.text())
@example("Budi;=cmd|' /C calc'!A0;x")
@example("\r\t ＠x")
@example(";\t=1")
def test_made_safe_text_never_starts_a_formula_anywhere(text):
    safe = safe_text(text)
    assert not [piece for piece in pieces(safe) if runs_as_formula(piece)]
    assert safe_text(safe) == safe  # made safe once is enough
    assert safe.replace("'", "") == text.replace("'", "")  # only apostrophes are added
    if not [piece for piece in pieces(text) if runs_as_formula(piece)]:
        assert safe == text  # harmless text is left alone


@given(st.text(min_size=1))
@example("\u3000=1")
@example("\ufeff=1")
@example("\x85-1")
def test_the_export_loops_quick_test_never_misses_a_formula(text):
    """The completion export's hot loop calls `safe_text` only for text that passes
    a quick test; whatever it skips must be text that `safe_text` leaves alone."""
    quick = text[0] in spreadsheets.CAREFUL_FIRST or spreadsheets.HAS_CELL_BREAK(text)
    if not quick:
        assert safe_text(text) == text


def test_numbers_and_dates_stay_typed_and_text_that_looks_like_a_number_does_not():
    assert safe_cell(-5) == -5 and safe_cell(-0.5) == -0.5
    assert safe_cell(decimal.Decimal("-1.5")) == decimal.Decimal("-1.5")
    day = datetime.date(2026, 12, 7)
    assert safe_cell(day) is day and safe_cell(None) is None
    # Typed text is text: "-5" typed as an employee ID is shown, not computed.
    assert safe_cell("-5") == "'-5"
    assert safe_cell(lazy(lambda: "=1", str)()) == "'=1"  # anything else is text made safe


def test_xlsx_keeps_negative_scores_as_numbers_and_text_inert():
    target = io.BytesIO()
    spreadsheets.xlsx_write(
        target,
        header=["=Nama", "Skor"],
        rows=[["-1+1", -5.0], ["\x01=1", 7.5], ["Budi;=1", 0]],
        kinds=["text", "score"],
        widths=[20, 8],
    )
    sheet = openpyxl.load_workbook(io.BytesIO(target.getvalue())).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell for cell in cells if cell.data_type == "f"]
    assert [c.value for c in sheet["A"]] == ["'=Nama", "'-1+1", "'=1", "Budi;'=1"]
    assert [c.value for c in sheet["B"]][1:] == [-5, 7.5, 0]
    assert sheet["B2"].data_type == "n"


def test_the_fast_csv_path_and_the_typed_path_write_the_same_cells(db, company):
    """The completion export's CSV loop (raw database values, a quick pre-test)
    and the typed rows the XLSX export uses, written by `csv_lines`, agree cell
    for cell on text full of formula payloads."""
    from courses.models import Enrolment
    from courses.reports import Context
    from cxacademy.accounts.models import Department
    from cxacademy.hr import report
    from tests.factories import LearnerProfileFactory, UserFactory

    for number, payload in enumerate(PAYLOADS):
        user = UserFactory(full_name=payload, email=f"f{number}@example.test")
        department = Department.objects.create(name=payload, parent=company.retail)
        LearnerProfileFactory(
            user=user, department=department, job_title=payload, employee_id=f"{payload}{number}"
        )
        Enrolment.objects.create(user=user, course_key=company.course.translation_key)
    context = Context.build()
    presenter = report.Presenter(context)
    queryset = report.ReportFilters(people="all").queryset(context)
    fast = "".join(
        spreadsheets.csv_chunks(report.header(), presenter.csv_chunks(queryset, chunk_size=7))
    )
    typed = "".join(spreadsheets.csv_lines(report.header(), presenter.rows(queryset)))
    assert read(fast, ",") == read(typed, ",")
    assert len(read(fast, ",")) == len(PAYLOADS) + 6
