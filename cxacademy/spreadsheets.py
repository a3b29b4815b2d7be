"""The one place that makes cell values safe for spreadsheets, and writes CSV and XLSX.

Every CSV and XLSX export calls `safe_cell()`: a value a spreadsheet would run as
a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with
an apostrophe so it shows as text. Numbers and dates stay typed.
"""

import csv
import datetime
import io
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from django.http import StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST = frozenset(FORMULA_STARTS)  # each start is one character


def safe_cell(value):
    """The value as a spreadsheet should receive it; numbers and dates stay typed."""
    return safe_text(value) if isinstance(value, str) else value


class _Echo:
    def write(self, value):
        return value


def safe_text(value: str) -> str:
    """`safe_cell` for a value known to be text (the fast path of big exports)."""
    return "'" + value if value[:1] in FORMULA_FIRST else value


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
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        yield writer.writerow([_csv_text(cell) for cell in row])


def csv_chunks(header: list[str], chunks: Iterable[list[list[str]]]) -> Iterator[str]:
    """`csv_lines` for big exports: each chunk of rows, already text made safe with
    `safe_text`, becomes one piece of CSV (far fewer, larger writes)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
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
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
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
        cell = WriteOnlyCell(sheet, value=safe_cell(text))
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
                if type(value) is str:  # control characters are not allowed in XLSX
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                out.append(safe_cell(value))
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
