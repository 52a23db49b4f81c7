"""Cells of every CSV and XLSX the product writes, safe to open in a spreadsheet.

A text cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return, OWASP's list) is
read by Excel, LibreOffice and Google Sheets as a formula: an organisation named
`=HYPERLINK("https://evil.example", "Open")` would become a live link in a manager's report.
Such text is written with a leading single quote, which spreadsheets show as text. Numbers stay
numbers: a negative int or float is a value, not a formula.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The value for one cell: text that a spreadsheet would run as a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralised(row) -> list:
    return [neutralise(value) for value in row]


def restore(value: str) -> str:
    """A cell of an uploaded CSV as it was before `neutralise` (a downloaded file uploads unchanged)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


class CsvWriter:
    """csv.writer whose every cell goes through `neutralise` (use it for every CSV export)."""

    def __init__(self, handle, **options):
        self._writer = csv.writer(handle, **options)

    def writerow(self, row):
        return self._writer.writerow(neutralised(row))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)
