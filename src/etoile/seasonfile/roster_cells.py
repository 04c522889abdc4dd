"""Turn a roster row's text cells into dancer fields, or into problems naming row and column.

Lists (tags, known roles, partners) are separated by ``;``; ``learn_hours`` is a list of
``role=hours``; ``exchange_consent`` is yes/no. An empty cell means "no value": a new dancer
gets the default, an existing dancer keeps what the season says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from etoile.seasonfile.errors import Problem
from etoile.seasonfile.roster_read import RosterRow

_YES = {"yes", "y", "true", "1", "oui", "x"}
_NO = {"no", "n", "false", "0", "non"}


class CellError(ValueError):
    """A cell that cannot be read as its column's kind of value."""


def _text(cell: str) -> str:
    return cell


def _list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _number(cell: str) -> float:
    try:
        return float(cell.replace(",", "."))  # a French spreadsheet writes 0,8
    except ValueError:
        raise CellError("expected a number from 0 to 1, such as 0.6") from None


def _yes_no(cell: str) -> bool:
    word = cell.lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise CellError("expected yes or no (or true/false)")


def _hours(cell: str) -> dict[str, float]:
    hours = {}
    for part in _list(cell):
        role, sep, amount = part.partition("=")
        try:
            if not sep:
                raise ValueError
            hours[role.strip()] = float(amount.replace(",", "."))
        except ValueError:
            raise CellError(
                f"'{part}' is not role=hours (expected entries such as nyc-giselle.wili=10, "
                "separated by ;)"
            ) from None
    return hours


PARSERS: dict[str, Callable[[str], Any]] = {
    "id": _text,
    "name": _text,
    "rank": _text,
    "tags": _list,
    "known_roles": _list,
    "partners": _list,
    "draw": _number,
    "exchange_consent": _yes_no,
    "learn_hours": _hours,
}


def row_fields(file: str, row: RosterRow) -> tuple[dict[str, Any], list[Problem]]:
    """The dancer fields written in ``row`` (empty cells left out), and its cell problems.

    Parameters
    ----------
    file
        The roster's name, for the problems.
    row
        One row of the roster, cell by column.
    """
    fields: dict[str, Any] = {}
    problems = []
    for column, raw in row.cells.items():
        cell = raw.strip()
        if not cell:
            if column in ("id", "name", "rank"):
                where = f"row {row.row}, column {column}"
                problems.append(
                    Problem(
                        file,
                        where,
                        f"missing value (a dancer needs {_article(column)} {column})",
                    )
                )
            continue
        try:
            fields[column] = PARSERS[column](cell)
        except CellError as error:
            problems.append(Problem(file, f"row {row.row}, column {column}", str(error), cell))
    return fields, problems


def _article(word: str) -> str:
    """ "an" before a vowel, else "a" (the roster's column names: "an id", "a name")."""
    return "an" if word[:1] in "aeiou" else "a"
