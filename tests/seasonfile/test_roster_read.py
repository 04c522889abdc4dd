"""A roster spreadsheet read into rows of text cells, numbered as the spreadsheet shows them."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from etoile.seasonfile.errors import InputError, Problem
from etoile.seasonfile.roster_read import RosterRow, read_roster


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_are_numbered_from_the_header_and_blank_rows_skipped(tmp_path: Path) -> None:
    # Row 1 is the header; row 3 is blank; the last row is short and padded with "".
    path = _csv(tmp_path, " ID ,Name,rank,draw\nnyc-gil,Gil,corps,0.1\n,,,\nnyc-hal,Hal,corps\n")
    table = read_roster(path)
    assert table.columns == ["id", "name", "rank", "draw"]
    assert table.rows == [
        RosterRow(2, {"id": "nyc-gil", "name": "Gil", "rank": "corps", "draw": "0.1"}),
        RosterRow(4, {"id": "nyc-hal", "name": "Hal", "rank": "corps", "draw": ""}),
    ]


def test_a_workbook_is_read_from_its_first_sheet_with_numbers_as_written(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["id", "name", "rank", "draw", "exchange_consent"],
        ["nyc-gil", "Gil", "corps", 1.0, True],
    ):
        sheet.append(row)
    path = tmp_path / "roster.xlsx"
    book.save(path)
    # 1.0 is written 1, not 1.0; True is "true"; an empty cell is "".
    assert read_roster(path).rows == [
        RosterRow(
            2,
            {
                "id": "nyc-gil",
                "name": "Gil",
                "rank": "corps",
                "draw": "1",
                "exchange_consent": "true",
            },
        )
    ]


def _problems(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        read_roster(path)
    return caught.value.problems


def test_the_header_names_each_bad_column_by_its_letter(tmp_path: Path) -> None:
    path = _csv(tmp_path, "id,nmae,rank,,rank\nnyc-gil,Gil,corps,,corps\n")
    f = str(path)
    assert _problems(path) == [
        Problem(f, "row 1, column B", "unknown column 'nmae' (did you mean 'name'?)"),
        Problem(
            f,
            "row 1, column D",
            "empty column name (expected one of id, name, rank, tags, known_roles, partners, "
            "draw, exchange_consent, learn_hours)",
        ),
        Problem(f, "row 1, column E", "column 'rank' appears twice"),
        Problem(f, "row 1", "missing required column(s) name (expected id, name, rank)"),
    ]


def test_a_semicolon_separated_csv_is_recognised(tmp_path: Path) -> None:
    path = _csv(tmp_path, "id;name;rank\nnyc-gil;Gil;corps\n")
    assert _problems(path) == [
        Problem(
            str(path),
            "row 1",
            "the columns are separated by ';' (expected ',': ';' separates list items)",
            "id;name;rank",
        )
    ]


def test_extra_cells_a_header_alone_and_an_empty_file(tmp_path: Path) -> None:
    path = _csv(tmp_path, "id,name,rank\nnyc-gil,Gil,corps,extra\n")
    assert _problems(path) == [
        Problem(str(path), "row 2", "the row has 4 cells but the header names 3 columns")
    ]
    path.write_text("id,name,rank\n\n", encoding="utf-8")
    assert _problems(path) == [
        Problem(
            str(path),
            "row 2",
            "the roster has a header but no dancers (expected one row per dancer)",
        )
    ]
    path.write_text("\n,,\n", encoding="utf-8")
    assert [p.message for p in _problems(path)] == [
        "the file is empty (expected a header row: id, name, rank, tags, known_roles, partners, "
        "draw, exchange_consent, learn_hours)"
    ]
