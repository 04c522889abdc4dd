"""Read a roster spreadsheet (CSV or XLSX) into rows of text cells, checking its header.

Rows are numbered as a spreadsheet shows them: the header is row 1 (in a workbook, the row
where the header is found), so a problem names the row a person sees on screen.
"""

from __future__ import annotations

import csv
import difflib
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etoile.seasonfile.errors import InputError, Problem
from etoile.seasonfile.load import read_text

REQUIRED_COLUMNS = ("id", "name", "rank")
OPTIONAL_COLUMNS = ("tags", "known_roles", "partners", "draw", "exchange_consent", "learn_hours")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class RosterRow:
    """One data row: its number as a spreadsheet shows it, and its cells by column name."""

    row: int
    cells: dict[str, str]


@dataclass
class RosterTable:
    """The columns of a roster file, in file order, and its non-blank data rows."""

    file: str
    columns: list[str] = field(default_factory=list)
    rows: list[RosterRow] = field(default_factory=list)


def read_roster(path: Path) -> RosterTable:
    """Read the roster at ``path`` (``.csv`` or ``.xlsx``, first sheet).

    Raises
    ------
    InputError
        When the file cannot be read, is empty, or its header names unknown or duplicate
        columns or misses a required one.
    """
    file = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        message = f"unsupported roster file type '{path.suffix}' (expected .csv or .xlsx)"
        raise InputError([Problem(file, "", message)])
    records = _csv_records(path) if suffix == ".csv" else _xlsx_records(path)
    records = [(n, cells) for n, cells in records if any(c.strip() for c in cells)]
    if not records:
        message = f"the file is empty (expected a header row: {', '.join(COLUMNS)})"
        raise InputError([Problem(file, "", message)])
    (header_row, header), *data = records
    table = RosterTable(file, _columns(file, header_row, header))
    problems = []
    for number, cells in data:
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            message = f"the row has {len(cells)} cells but the header names {len(header)} columns"
            problems.append(Problem(file, f"row {number}", message))
        padded = [*cells, *[""] * (len(header) - len(cells))]
        table.rows.append(RosterRow(number, dict(zip(table.columns, padded, strict=False))))
    if not table.rows:
        message = "the roster has a header but no dancers (expected one row per dancer)"
        problems.append(Problem(file, f"row {header_row + 1}", message))
    if problems:
        raise InputError(problems)
    return table


def _columns(file: str, row: int, header: list[str]) -> list[str]:
    names = [h.strip().lower() for h in header]
    if len(names) == 1 and ";" in names[0] and file.lower().endswith(".csv"):
        # Spreadsheets set to French (and other) locales export CSV with ';' between cells.
        message = "the columns are separated by ';' (expected ',': ';' separates list items)"
        raise InputError([Problem(file, f"row {row}", message, header[0])])
    problems = []
    for index, name in enumerate(names):
        where = f"row {row}, column {_letter(index)}"
        if not name:
            problems.append(
                Problem(file, where, f"empty column name (expected one of {', '.join(COLUMNS)})")
            )
        elif name not in COLUMNS:
            close = difflib.get_close_matches(name, COLUMNS, n=1)
            hint = (
                f"did you mean '{close[0]}'?" if close else f"expected one of {', '.join(COLUMNS)}"
            )
            problems.append(
                Problem(file, where, f"unknown column '{header[index].strip()}' ({hint})")
            )
        elif name in names[:index]:
            problems.append(Problem(file, where, f"column '{name}' appears twice"))
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        message = (
            f"missing required column(s) {', '.join(missing)} "
            f"(expected {', '.join(REQUIRED_COLUMNS)})"
        )
        problems.append(Problem(file, f"row {row}", message))
    if problems:
        raise InputError(problems)
    return names


def _letter(index: int) -> str:
    """Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _csv_records(path: Path) -> list[tuple[int, list[str]]]:
    text = read_text(path, "a CSV file saved as UTF-8, e.g. Excel's 'CSV UTF-8'")
    try:
        return list(enumerate(csv.reader(io.StringIO(text, newline="")), start=1))
    except csv.Error as error:
        raise InputError([Problem(str(path), "", f"malformed CSV: {error}")]) from None


def _xlsx_records(path: Path) -> list[tuple[int, list[str]]]:
    # Imported here: openpyxl is slow to import and only roster imports need it.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise InputError([Problem(str(path), "", "file not found")]) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        message = "cannot read the workbook (expected an .xlsx file saved by Excel or LibreOffice)"
        raise InputError([Problem(str(path), "", message)]) from None
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        return [(n, [_cell(v) for v in values]) for n, values in enumerate(rows, start=1)]
    finally:
        workbook.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
