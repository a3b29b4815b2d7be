"""The one place that makes cell values safe for spreadsheets, and writes CSV and XLSX.

Every CSV and XLSX export calls `safe_cell()` (or `safe_text()` for a value known
to be text), Wagtail's own report exports included (`wagtail_exports_made_safe`).

The rule (`FORMULA_RE`): a spreadsheet runs a cell as a formula when it starts
with = + - @ (or their fullwidth forms ＝ ＋ － ＠, which Excel with an Asian input
method accepts too), also after spaces or double quotes, and OWASP adds a cell that
starts with a tab or a carriage return. Such a start gets an apostrophe, which
Excel and LibreOffice read as "this is text".

Numbers and dates stay typed. Only values that are Python numbers (scores,
counts, progress, indices) are written as numbers: in XLSX as number cells (-5
stays -5, sums work), in CSV as their digits ("-5", "-0.25", "1e-05"), which a
spreadsheet reads as a number and nothing else; a leading minus there cannot
carry a formula because the text comes from the number, not from a person. Text
a person typed that looks like a number ("-5" as an employee ID, "+62 812…" as
a phone number) is text, and gets its apostrophe like any other.

"Starts" means the start of the field and also every place right after a comma,
semicolon, tab or line break inside it: Excel set to Indonesian splits CSV on
";", and a program that splits lines without honouring quotes (or a person who
pastes the text into a sheet) turns `Budi;=cmd|' /C calc'!A0;x` into a cell of
its own. Every CSV field is also quoted (`csv.QUOTE_ALL`), so Excel, which
honours quotes, keeps such a field whole; the apostrophes are for the readers
that do not (Python's own csv reader with delimiter ";" is one of them).
"""

import csv
import datetime
import decimal
import io
import re
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from django.http import StreamingHttpResponse

# Characters that start a formula: ASCII and their fullwidth forms.
FORMULA_CHARACTERS = "=+-@\uff1d\uff0b\uff0d\uff20"
# Where a spreadsheet may start a new cell inside our field: the separators
# Excel uses by locale (, ; tab) and line breaks.
CELL_BREAKS = ",;\t\r\n"
# What may stand before a formula character and still let it run: whitespace
# (no-break and ideographic spaces included), double quotes, control and
# zero-width characters (a program may drop them before it looks).
_LEADING = '\\s"\x00-\x08\x0e-\x1b\x7f\u200b-\u200d\u2060\ufeff'
FORMULA_RE = re.compile(
    f"(?:^|(?<=[{CELL_BREAKS}]))(?=[{_LEADING}]*[{re.escape(FORMULA_CHARACTERS)}]|[\\t\\r])"
)
# A quick pre-test for the hot loop of big exports (a call of FORMULA_RE costs
# ten times a set lookup): text whose first character is not one of these and
# that holds none of CELL_BREAKS never matches FORMULA_RE (tested). Whitespace
# ends at U+3000; the characters above it are listed.
_first_re = re.compile(f"[{_LEADING}{re.escape(FORMULA_CHARACTERS)}]")
CAREFUL_FIRST = frozenset(
    [c for c in map(chr, range(0x3001)) if _first_re.match(c)] + [*FORMULA_CHARACTERS, "\ufeff"]
)
HAS_CELL_BREAK = re.compile(f"[{CELL_BREAKS}]").search
# What no text cell made safe starts with (for checks and tests).
FORMULA_STARTS = (*FORMULA_CHARACTERS, "\t", "\r")
# Values that stay typed in XLSX and are written as numbers or dates in CSV.
TYPED = (int, float, decimal.Decimal, datetime.date, datetime.time)  # bool is an int
# Every CSV the project writes quotes every field (see the module docstring).
QUOTING = csv.QUOTE_ALL


def safe_text(value: str) -> str:
    """Text as a spreadsheet should receive it: an apostrophe before every formula
    start (see `FORMULA_RE`); text without one comes back as it is."""
    if FORMULA_RE.search(value) is None:
        return value
    return FORMULA_RE.sub("'", value)


def safe_cell(value):
    """Any value as a spreadsheet should receive it: numbers, dates and empty
    cells stay typed; everything else is text, made safe by `safe_text`."""
    if value is None or isinstance(value, TYPED):
        return value
    return safe_text(value if type(value) is str else str(value))


class _Echo:
    def write(self, value):
        return value


def csv_writer(target):
    """A CSV writer in the project's dialect: every field quoted."""
    return csv.writer(target, quoting=QUOTING)


def _csv_text(value) -> object:
    """A cell for CSV: `safe_cell` for text (checked first: most cells are text),
    times to the minute, numbers without trailing zeros."""
    if type(value) is str:
        return safe_text(value)
    if isinstance(value, datetime.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, float):
        return f"{value:g}"
    return safe_cell(value)


def csv_lines(header: list[str], rows: Iterable[Iterable]) -> Iterator[str]:
    """A CSV that Excel opens correctly (UTF-8 with BOM), line by line, every cell
    made safe. Dates as ISO dates, times to the minute."""
    writer = csv_writer(_Echo())
    yield "\ufeff" + writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        yield writer.writerow([_csv_text(cell) for cell in row])


def csv_chunks(header: list[str], chunks: Iterable[list[list[str]]]) -> Iterator[str]:
    """`csv_lines` for big exports: each chunk of rows, already text made safe with
    `safe_text`, becomes one piece of CSV (far fewer, larger writes)."""
    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerow([safe_cell(h) for h in header])
    yield "\ufeff" + buffer.getvalue()
    for chunk in chunks:
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(chunk)
        yield buffer.getvalue()


def csv_response(
    filename: str, header: list[str], rows: Iterable[Iterable]
) -> StreamingHttpResponse:
    """Stream a CSV straight to the browser (see `csv_lines`)."""
    response = StreamingHttpResponse(
        csv_lines(header, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_cell(value):
    """`safe_cell` for XLSX: text loses the control characters XLSX cannot hold
    (openpyxl refuses them) before the formula rule looks at it, so that
    "\x01=1" cannot become "=1" after the check."""
    if value is None or isinstance(value, TYPED):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return safe_text(ILLEGAL_CHARACTERS_RE.sub("", str(value)))


# Cell formats by kind of column.
XLSX_FORMATS = {
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
    "percent": "0%",
    "score": "0.0",
}


def xlsx_write(
    target: BinaryIO | str,
    *,
    header: list[str],
    rows: Iterable[list],
    kinds: list[str],
    widths: list[int],
    title: str = "Report",
    on_row: Callable[[int], None] | None = None,
) -> int:
    """Write an XLSX in openpyxl's write-only mode (memory stays flat at any size):
    a bold header row, frozen below the header, column widths, typed cells (dates
    as dates, percentages as numbers 0–1 shown with %, scores as numbers).
    `kinds` per column: text, date, datetime, percent, score, bool. Returns rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    head = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=xlsx_cell(text))
        cell.font = bold
        head.append(cell)
    sheet.append(head)

    formats = [XLSX_FORMATS.get(kind) for kind in kinds]
    count = 0
    for row in rows:
        out = []
        for value, kind, number_format in zip(row, kinds, formats, strict=True):
            if value == "" or value is None:
                out.append(None)
            elif number_format is None:
                out.append(xlsx_cell(value))
            else:
                if kind == "percent":
                    value = value / 100
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = number_format
                out.append(cell)
        sheet.append(out)
        count += 1
        if on_row is not None:
            on_row(count)
    workbook.save(target)
    return count


def wagtail_exports_made_safe() -> None:
    """Make the CSV and XLSX exports of Wagtail's own listings and reports (site
    history, locked and aging pages, workflows, redirects, and any `list_export`
    a viewset of ours adds) follow this module's rules: every cell through
    `safe_cell`/`xlsx_cell`, every CSV field quoted. Wagtail only stops openpyxl
    from writing a formula; its CSV is written as typed and quoted only where
    needed. Patched on `SpreadsheetExportMixin` itself (once, from
    `HrConfig.ready`) because these views are Wagtail's, not subclasses of ours;
    no Wagtail view overrides the three methods replaced here."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "cells_made_safe", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    heading = SpreadsheetExportMixin.get_heading

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        return xlsx_cell(value) if export_format == self.FORMAT_XLSX else safe_cell(value)

    def get_heading(self, queryset, field):
        return safe_text(heading(self, queryset, field))

    def stream_csv(self, queryset):
        writer = csv.DictWriter(_Echo(), fieldnames=self.list_export, quoting=QUOTING)
        fields = self.list_export
        yield writer.writerow({field: self.get_heading(queryset, field) for field in fields})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin.stream_csv = stream_csv
    SpreadsheetExportMixin.cells_made_safe = True
