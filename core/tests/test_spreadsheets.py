"""Cells of CSV and XLSX exports cannot run as formulas (issue 11, item 2)."""

import csv
import io

import pytest

from core.spreadsheets import CsvWriter, neutralise, restore


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("https://evil.example","Open")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"],
)
def test_text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", [-3, -0.5, 0, 12, 4.25, None, "Acme Logistics", "fewer than 5", "a=b"])
def test_numbers_and_plain_text_are_left_as_they_are(value):
    assert neutralise(value) == value


def test_the_csv_writer_neutralises_every_cell_and_keeps_numbers():
    buffer = io.StringIO()

    CsvWriter(buffer).writerows([["=1+1", -2, "-2"], ["Acme", 3.5, "@me"]])

    assert list(csv.reader(io.StringIO(buffer.getvalue()))) == [
        ["'=1+1", "-2", "'-2"],
        ["Acme", "3.5", "'@me"],
    ]


def test_an_uploaded_cell_is_restored_to_what_was_neutralised_and_nothing_else():
    assert [restore(neutralise(text)) for text in ("=1+1", "-x", "Acme")] == ["=1+1", "-x", "Acme"]
    assert restore("'quoted'") == "'quoted'"
