"""Import a company's roster from a spreadsheet into a season file, all or nothing.

Rows add new dancers and update existing ones (matched by id) in one company. The whole
resulting season is validated with the same checks as a season file; the file is rewritten,
atomically, only when there is no problem at all. Problems in a dancer that came from the
roster name its row and column; problems elsewhere name the season file and the path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etoile.domain import Season
from etoile.seasonfile.checks import Finding
from etoile.seasonfile.checks.finding import one_of
from etoile.seasonfile.errors import InputError, Problem
from etoile.seasonfile.io import dump_season, season_to_data
from etoile.seasonfile.load import load_season, validate_season
from etoile.seasonfile.paths import format_path
from etoile.seasonfile.roster_cells import row_fields
from etoile.seasonfile.roster_read import RosterRow, RosterTable, read_roster


@dataclass(frozen=True)
class RosterImport:
    """The season after an import, and the ids of the dancers added and updated."""

    season: Season
    company: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


def import_roster(roster: Path, company: str, season_file: Path) -> RosterImport:
    """Merge ``roster`` into ``company`` of ``season_file`` and rewrite the file.

    Parameters
    ----------
    roster
        The roster file (``.csv`` or ``.xlsx``).
    company
        The id of the house whose dancers it lists.
    season_file
        The season file to update.

    Returns
    -------
    RosterImport
        The season written, and who was added or updated.

    Raises
    ------
    InputError
        With every problem of the roster and of the resulting season; the season file is
        then left untouched.
    """
    result = merge_roster(roster, company, season_file)
    dump_season(result.season, season_file)
    return result


def merge_roster(roster: Path, company: str, season_file: Path) -> RosterImport:
    """The season that importing ``roster`` into ``company`` would give; nothing is written.

    Parameters
    ----------
    roster
        A CSV or Excel roster.
    company
        The house it belongs to.
    season_file
        The season it is merged into.

    Raises
    ------
    InputError
        As :func:`import_roster`.
    """
    season = load_season(season_file)
    if company not in season.company:
        message = f"unknown company '{company}' ({one_of(season.company)})"
        raise InputError([Problem(str(season_file), "--company", message, company)])
    table = read_roster(roster)
    rows = _checked_rows(table, season, company)
    data = season_to_data(season)
    ci = next(i for i, c in enumerate(season.companies) if c.id == company)
    dancers: list[dict[str, Any]] = data["companies"][ci]["dancers"]
    index = {d["id"]: i for i, d in enumerate(dancers)}
    origin: dict[int, RosterRow] = {}
    added, updated = [], []
    for row, fields in rows:
        if fields["id"] in index:
            dancer = dancers[index[fields["id"]]]
            hours = {**dancer.get("learn_hours", {}), **fields.pop("learn_hours", {})}
            dancer.update(fields, learn_hours=hours)
            updated.append(fields["id"])
        else:
            index[fields["id"]] = len(dancers)
            dancers.append(fields)
            added.append(fields["id"])
        origin[index[fields["id"]]] = row
    merged, findings = validate_season(data)
    if merged is None or findings:
        problems = [_locate(f, ci, origin, table, str(season_file)) for f in findings]
        raise InputError(sorted(problems, key=_row_order))
    return RosterImport(merged, company, added, updated)


def _checked_rows(
    table: RosterTable, season: Season, company: str
) -> list[tuple[RosterRow, dict[str, Any]]]:
    """Each row with its fields; raises with every cell problem and misplaced id."""
    problems: list[Problem] = []
    rows = []
    first_row: dict[str, int] = {}
    for row in table.rows:
        fields, cell_problems = row_fields(table.file, row)
        problems += cell_problems
        ident = fields.get("id")
        if ident is None:
            continue
        where = f"row {row.row}, column id"
        owner = season.dancers.get(ident)
        if ident in first_row:
            message = (
                f"dancer '{ident}' is already on row {first_row[ident]} (expected each dancer once)"
            )
            problems.append(Problem(table.file, where, message, ident))
        elif owner is not None and owner.owner != company:
            message = (
                f"dancer '{ident}' is a dancer of {owner.owner}, not {company} "
                "(expected a new id or the id of a dancer of this company)"
            )
            problems.append(Problem(table.file, where, message, ident))
        first_row.setdefault(ident, row.row)
        rows.append((row, fields))
    if problems:
        raise InputError(sorted(problems, key=_row_order))
    return rows


def _locate(
    finding: Finding, ci: int, origin: dict[int, RosterRow], table: RosterTable, season_file: str
) -> Problem:
    loc = finding.loc
    if loc[:3] == ("companies", ci, "dancers") and len(loc) > 3 and loc[3] in origin:
        row = origin[loc[3]]
        column = loc[4] if len(loc) > 4 else None
        where = f"row {row.row}, column {column}" if column in table.columns else f"row {row.row}"
        return Problem(table.file, where, finding.message, finding.value)
    message = f"{finding.message} (after importing {table.file})"
    return Problem(season_file, format_path(loc), message, finding.value)


def _row_order(problem: Problem) -> tuple[int, str]:
    # "row 12, column rank" sorts by row number; season paths come after every row.
    if problem.where.startswith("row "):
        number = problem.where[4:].split(",")[0]
        return int(number), problem.where
    return 1 << 30, problem.where
