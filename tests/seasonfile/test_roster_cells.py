"""A roster row's cells read as dancer fields, or a problem naming the row and the column."""

from __future__ import annotations

from etoile.seasonfile.errors import Problem
from etoile.seasonfile.roster_cells import row_fields
from etoile.seasonfile.roster_read import RosterRow


def _row(**cells: str) -> RosterRow:
    return RosterRow(7, {"id": "nyc-gil", "name": "Gil Stone", "rank": "corps", **cells})


def test_lists_numbers_yes_no_and_hours_are_read() -> None:
    fields, problems = row_fields(
        "r.csv",
        _row(
            tags=" woman ; tall;",
            draw="0,8",  # a French spreadsheet's decimal comma
            exchange_consent="Oui",
            learn_hours="nyc-giselle.wili=10; nyc-giselle.myrtha = 2,5",
        ),
    )
    assert problems == []
    assert fields == {
        "id": "nyc-gil",
        "name": "Gil Stone",
        "rank": "corps",
        "tags": ["woman", "tall"],
        "draw": 0.8,
        "exchange_consent": True,
        "learn_hours": {"nyc-giselle.wili": 10.0, "nyc-giselle.myrtha": 2.5},
    }


def test_an_empty_cell_is_no_value_but_a_dancer_needs_a_name_and_a_rank() -> None:
    fields, problems = row_fields("r.csv", _row(name=" ", rank="", draw="", partners=""))
    assert fields == {"id": "nyc-gil"}
    assert problems == [
        Problem("r.csv", "row 7, column name", "missing value (a dancer needs a name)"),
        Problem("r.csv", "row 7, column rank", "missing value (a dancer needs a rank)"),
    ]


def test_each_bad_cell_is_named_with_its_text() -> None:
    _fields, problems = row_fields(
        "r.csv", _row(draw="high", exchange_consent="maybe", learn_hours="wili:10")
    )
    assert problems == [
        Problem("r.csv", "row 7, column draw", "expected a number from 0 to 1, such as 0.6",
                "high"),
        Problem("r.csv", "row 7, column exchange_consent", "expected yes or no (or true/false)",
                "maybe"),
        Problem("r.csv", "row 7, column learn_hours",
                "'wili:10' is not role=hours (expected entries such as nyc-giselle.wili=10, "
                "separated by ;)", "wili:10"),
    ]  # fmt: skip


def test_a_missing_id_reads_an_id() -> None:
    _fields, problems = row_fields("r.csv", _row(id=""))
    assert Problem("r.csv", "row 7, column id", "missing value (a dancer needs an id)") in problems
