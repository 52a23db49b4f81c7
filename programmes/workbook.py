"""The rows of an Excel workbook (.xlsx) for the import, as the CSV reader gives them.

The first sheet is read in openpyxl's read-only mode, which streams the sheet instead of building
it in memory; only the shared strings are held, and the archive is refused before parsing when it
unpacks to more than MAX_UNPACKED_BYTES, so a small file cannot unpack to gigabytes. A cell is
text or a whole number: a formula, a date, TRUE/FALSE, a fraction or an error value is a problem
naming the cell, so nothing is imported that the person did not see typed as it is.
"""

import io
import zipfile
from datetime import date, datetime, time, timedelta

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

# About as much as a 12 MB CSV's rows take as sheet XML with their shared strings (100k people
# unpack to some 60 MB); parsing holds the shared strings and the rows, as the CSV holds its rows.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# Cells right of this column are not read: openpyxl widens every row to the widest one.
MAX_COLUMNS = 100


def records(data: bytes | str, check):
    """(row number, values) of each row of the first sheet, or None after recording the problem."""
    if isinstance(data, str) or not data.startswith(b"PK\x03\x04"):
        check.problem(
            1,
            "-",
            _("the file is named .xlsx but is not an Excel workbook; save it as .xlsx or as CSV (UTF-8)"),
        )
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, EOFError, ValueError):
        check.problem(1, "-", _("the file is not a readable Excel workbook (.xlsx)"))
        return None
    if unpacked > MAX_UNPACKED_BYTES:
        check.problem(
            1,
            "-",
            _("the workbook unpacks to %(size)s; an import takes workbooks that unpack to at most %(limit)s"),
            size=filesizeformat(unpacked),
            limit=filesizeformat(MAX_UNPACKED_BYTES),
        )
        return None
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet = book.worksheets[0]
    except Exception:  # openpyxl raises a different error for each way a file can be damaged
        check.problem(1, "-", _("the file is not a readable Excel workbook (.xlsx)"))
        return None
    return _rows(book, sheet, check)


def _rows(book, sheet, check):
    sheet.reset_dimensions()  # the size a sheet declares may be wrong or huge; read the cells it has
    header, number = None, 0
    try:
        for number, cells in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS + 1), start=1):
            values = [_cell(cell, number, index, header, check) for index, cell in enumerate(cells)]
            while values and values[-1] == "":
                values.pop()
            header = values if header is None else header
            yield number, values + [""] * (len(header) - len(values))
    except Exception:  # a sheet damaged part way through
        check.problem(number + 1, "-", _("the workbook cannot be read from this row on"))
    finally:
        book.close()


def _cell(cell, number: int, index: int, header: list[str] | None, check) -> str:
    """A cell's value as the CSV would have it; any other kind is a problem naming the cell."""
    text, what = _text(cell.value, cell.data_type)
    if what is not None:
        column = header[index].strip().lower() if header and index < len(header) else "-"
        coordinate = f"{get_column_letter(index + 1)}{number}"
        check.problem(number, column, _("cell %(cell)s holds %(what)s"), cell=coordinate, what=what)
    return text


def _text(value, kind: str) -> tuple[str, str | None]:
    """The text of a value and, for a value the CSV could not hold as typed, what it is."""
    if value is None:
        return "", None
    if kind == "f":
        return "", _("a formula; an import reads values only (paste the values, or save as CSV)")
    if kind == "e":
        return "", _("the error %(value)s") % {"value": value}
    if isinstance(value, bool):
        return "", _("TRUE or FALSE; type the value as text")
    if isinstance(value, (datetime, date, time, timedelta)):
        return "", _("a date or a time; type the value as text")
    if isinstance(value, float) and not value.is_integer():
        return "", _("%(value)s, which is not a whole number") % {"value": value}
    if isinstance(value, (int, float)):
        return str(int(value)), None
    return str(value), None
