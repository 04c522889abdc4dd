"""Bad roster imports: each names the file, the row (header = row 1) and the column, exits 2,
prints no traceback and leaves the season file and the folder exactly as they were."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from etoile.seasonfile import InputError, Problem
from etoile.seasonfile.roster_import import merge_roster

from .helpers import Snapshot, assert_rejected, import_roster

HEADER = "id,name,rank,tags,known_roles,partners,draw,exchange_consent\n"
GIL = "nyc-gil,Gil Stone,corps,woman,nyc-giselle.wili,,0.1,no\n"

# name -> (roster text, [(where, message, value)])
CSV_CASES: dict[str, tuple[str, list[tuple[str, str, Any]]]] = {
    "rank-not-in-ladder": (
        HEADER + GIL + "nyc-hal,Hal Fry,stella,man,,,0.2,no\n",
        [
            (
                "row 3, column rank",
                "rank 'stella' is not in the ladder of nyc (expected one of principal, "
                "soloist, corps)",
                "stella",
            )
        ],
    ),
    "unknown-column": (
        "id,name,rank,nmae\nnyc-gil,Gil Stone,corps,x\n",
        [("row 1, column D", "unknown column 'nmae' (did you mean 'name'?)", None)],
    ),
    "missing-required-column": (
        "id,name,tags\nnyc-gil,Gil Stone,woman\n",
        [("row 1", "missing required column(s) rank (expected id, name, rank)", None)],
    ),
    "semicolon-separated": (
        "id;name;rank\nnyc-gil;Gil Stone;corps\n",
        [
            (
                "row 1",
                "the columns are separated by ';' (expected ',': ';' separates list items)",
                "id;name;rank",
            )
        ],
    ),
    "duplicate-column": (
        "id,name,rank,Rank\nnyc-gil,Gil Stone,corps,corps\n",
        [("row 1, column D", "column 'rank' appears twice", None)],
    ),
    "empty-file": (
        "",
        [
            (
                "",
                "the file is empty (expected a header row: id, name, rank, tags, known_roles, "
                "partners, draw, exchange_consent, learn_hours)",
                None,
            )
        ],
    ),
    "header-only": (
        HEADER,
        [("row 2", "the roster has a header but no dancers (expected one row per dancer)", None)],
    ),
    "duplicate-id-in-file": (
        HEADER + GIL + "\n" + GIL,
        [
            (
                "row 4, column id",
                "dancer 'nyc-gil' is already on row 2 (expected each dancer once)",
                "nyc-gil",
            )
        ],
    ),
    "dancer-of-other-company": (
        HEADER + "par-lea,Léa Garnier,principal,woman,,,0.9,yes\n",
        [
            (
                "row 2, column id",
                "dancer 'par-lea' is a dancer of par, not nyc (expected a new id or the id of "
                "a dancer of this company)",
                "par-lea",
            )
        ],
    ),
    "draw-not-a-number": (
        HEADER + "nyc-gil,Gil Stone,corps,woman,,,high,no\n",
        [("row 2, column draw", "expected a number from 0 to 1, such as 0.6", "high")],
    ),
    "draw-out-of-range": (
        HEADER + "nyc-gil,Gil Stone,corps,woman,,,1.5,no\n",
        [("row 2, column draw", "expected a number <= 1.0", 1.5)],
    ),
    "consent-not-yes-no": (
        HEADER + "nyc-gil,Gil Stone,corps,woman,,,0.1,maybe\n",
        [("row 2, column exchange_consent", "expected yes or no (or true/false)", "maybe")],
    ),
    "unknown-known-role": (
        HEADER + "nyc-gil,Gil Stone,corps,woman,nyc-giselle.wili;nyc-giselle.willi,,0.1,no\n",
        [
            (
                "row 2, column known_roles",
                "unknown role 'nyc-giselle.willi' (did you mean 'nyc-giselle.wili'?)",
                "nyc-giselle.willi",
            )
        ],
    ),
    "unknown-partner": (
        HEADER + "nyc-gil,Gil Stone,corps,woman,,nyc-bem,0.1,no\n",
        [
            (
                "row 2, column partners",
                "unknown dancer 'nyc-bem' (did you mean 'nyc-ben'?)",
                "nyc-bem",
            )
        ],
    ),
    "bad-id": (
        HEADER + "nyc gil,Gil Stone,corps,woman,,,0.1,no\n",
        [
            (
                "row 2, column id",
                "expected an id: letters, digits and . _ : -, starting with a letter or digit",
                "nyc gil",
            )
        ],
    ),
    "missing-name": (
        HEADER + "nyc-gil,,corps,woman,,,0.1,no\n",
        [("row 2, column name", "missing value (a dancer needs a name)", None)],
    ),
    "too-many-cells": (
        HEADER + "nyc-gil,Gil Stone,corps,woman,,,0.1,no,extra\n",
        [("row 2", "the row has 9 cells but the header names 8 columns", None)],
    ),
    "bad-learn-hours": (
        "id,name,rank,learn_hours\nnyc-gil,Gil Stone,corps,nyc-giselle.wili:10\n",
        [
            (
                "row 2, column learn_hours",
                "'nyc-giselle.wili:10' is not role=hours (expected entries such as "
                "nyc-giselle.wili=10, separated by ;)",
                "nyc-giselle.wili:10",
            )
        ],
    ),
    "demotion-leaves-role-uncast": (
        HEADER + "nyc-ava,Ava Linden,corps,woman,,,0.8,no\n",
        [
            (
                "companies[0].productions[0].roles[0].count",
                "role 'nyc-giselle.giselle' needs 1 dancer(s) of tier principal tagged woman, "
                "but nyc has 0 (expected a count of at most 0, or more dancers in the roster) "
                "(after importing roster.csv)",
                1,
            )
        ],
    ),
}


@pytest.fixture
def season(tiny_season_file: Path, workdir: Path) -> Path:
    """The tiny season, copied into the working folder as ``season.yaml``."""
    path = workdir / "season.yaml"
    path.write_bytes(tiny_season_file.read_bytes())
    return Path("season.yaml")


def _problems(roster: str, company: str = "nyc", season: str = "season.yaml") -> list[Problem]:
    with pytest.raises(InputError) as caught:
        merge_roster(Path(roster), company, Path(season))
    return caught.value.problems


@pytest.mark.parametrize("name", list(CSV_CASES))
def test_bad_csv_roster(name: str, season: Path, workdir: Path) -> None:
    text, expected = CSV_CASES[name]
    Path("roster.csv").write_text(text, encoding="utf-8")
    snapshot = Snapshot.take(workdir)
    problems = _problems("roster.csv")
    assert [(p.where, p.message, p.value) for p in problems] == expected
    assert_rejected(import_roster("roster.csv", season), snapshot, problems)


def test_row_error_reads_like_a_spreadsheet_reference(season: Path) -> None:
    Path("roster.csv").write_text(CSV_CASES["rank-not-in-ladder"][0], encoding="utf-8")
    [problem] = _problems("roster.csv")
    assert str(problem) == (
        "roster.csv, row 3, column rank: rank 'stella' is not in the ladder of nyc "
        "(expected one of principal, soloist, corps)"
    )


def _write_xlsx(path: Path, rows: list[list[Any]]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_bad_xlsx_roster_names_row_and_column(season: Path, workdir: Path) -> None:
    _write_xlsx(
        Path("roster.xlsx"),
        [
            ["id", "name", "rank", "draw"],
            ["nyc-gil", "Gil Stone", "corps", 0.1],
            ["nyc-hal", "Hal Fry", "soloist", "a lot"],
        ],
    )
    snapshot = Snapshot.take(workdir)
    problems = _problems("roster.xlsx")
    expected = [
        Problem(
            "roster.xlsx",
            "row 3, column draw",
            "expected a number from 0 to 1, such as 0.6",
            "a lot",
        )
    ]
    assert problems == expected
    assert_rejected(import_roster("roster.xlsx", season), snapshot, problems)


OTHER_CASES: dict[str, tuple[Callable[[], object], list[str], Problem]] = {
    "unknown-company": (
        lambda: Path("roster.csv").write_text(HEADER + GIL, encoding="utf-8"),
        ["roster.csv", "season.yaml", "lyon"],
        Problem(
            "season.yaml", "--company", "unknown company 'lyon' (expected one of nyc, par)", "lyon"
        ),
    ),
    "missing-roster-file": (
        lambda: None,
        ["roster.csv", "season.yaml", "nyc"],
        Problem("roster.csv", "", "file not found"),
    ),
    "missing-season-file": (
        lambda: Path("roster.csv").write_text(HEADER + GIL, encoding="utf-8"),
        ["roster.csv", "nowhere.yaml", "nyc"],
        Problem("nowhere.yaml", "", "file not found"),
    ),
    "not-utf8-csv": (
        lambda: Path("roster.csv").write_bytes(
            (HEADER + "nyc-gil,Gaël Stone,corps\n").encode("cp1252")
        ),
        ["roster.csv", "season.yaml", "nyc"],
        Problem(
            "roster.csv",
            "",
            "the file is not UTF-8 text (expected a CSV file saved as UTF-8, e.g. Excel's "
            "'CSV UTF-8')",
            line=2,
        ),
    ),
    "unsupported-suffix": (
        lambda: Path("roster.txt").write_text(HEADER + GIL, encoding="utf-8"),
        ["roster.txt", "season.yaml", "nyc"],
        Problem("roster.txt", "", "unsupported roster file type '.txt' (expected .csv or .xlsx)"),
    ),
    "corrupt-xlsx": (
        lambda: Path("roster.xlsx").write_bytes(b"PK\x03\x04 not really a workbook"),
        ["roster.xlsx", "season.yaml", "nyc"],
        Problem(
            "roster.xlsx",
            "",
            "cannot read the workbook (expected an .xlsx file saved by Excel or LibreOffice)",
        ),
    ),
}


@pytest.mark.parametrize("name", list(OTHER_CASES))
def test_bad_import_arguments(name: str, season: Path, workdir: Path) -> None:
    prepare, (roster, season_name, company), expected = OTHER_CASES[name]
    prepare()
    snapshot = Snapshot.take(workdir)
    assert _problems(roster, company, season_name) == [expected]
    assert_rejected(import_roster(roster, season_name, company), snapshot, [expected])
