"""``etoile import roster FILE --company ID --into SEASON``: bring a roster spreadsheet in."""

from __future__ import annotations

from pathlib import Path

import typer

from etoile.cli.common import console, input_errors_exit
from etoile.seasonfile.roster_import import import_roster

import_app = typer.Typer(
    name="import",
    help="Import data from spreadsheets into a season file (all or nothing).",
    no_args_is_help=True,
)


@import_app.command("roster")
def roster(
    file: Path = typer.Argument(
        ..., metavar="FILE", help="Roster spreadsheet: .csv or .xlsx (first sheet)."
    ),
    company: str = typer.Option(..., "--company", "-c", help="Id of the company the roster is of."),
    into: Path = typer.Option(..., "--into", help="Season file (YAML or JSON) to update."),
) -> None:
    """Add and update the dancers of one company from a roster spreadsheet.

    Required columns: id, name, rank. Optional: tags, known_roles, partners, draw,
    exchange_consent, learn_hours (see docs/season-file.md).

    All or nothing: the season file is rewritten only when the whole result is valid.
    """
    with input_errors_exit():
        result = import_roster(file, company, into)
    console.print(
        f"Imported {file} into {into} (company {result.company}): "
        f"{len(result.added)} added, {len(result.updated)} updated."
    )


def register(app: typer.Typer) -> None:
    """Add the ``import`` command group to ``app``."""
    app.add_typer(import_app)
