"""``etoile calendar SEASON --plan plan.json -o DIR``: one ``.ics`` file per person and studio.

Writes ``DIR/dancers/<id>.ics``, ``DIR/staff/<id>.ics``, ``DIR/studios/<id>.ics`` and
``DIR/index.json``. Exit codes: 0 when written, 2 when the input is not valid (a table names
the file, the path and the field; nothing is written).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
from rich.table import Table

from etoile.cli.common import console, input_progress
from etoile.services.calendar import calendar_files


def calendar(
    season_file: Annotated[Path, typer.Argument(metavar="SEASON", help="Season file.")],
    plan_file: Annotated[
        Path, typer.Option("--plan", metavar="PLAN", help="Plan file (plan.json).")
    ],
    out: Annotated[
        Path, typer.Option("-o", "--out", metavar="DIR", help="Folder to write the calendars to.")
    ],
) -> None:
    """Write the iCalendar files of every dancer, staff member and studio."""
    columns = (TextColumn("Calendars"), BarColumn(), MofNCompleteColumn())
    with input_progress(*columns, task="files") as (bar, task):
        outcome = calendar_files(
            season_file,
            plan_file,
            out,
            lambda done, total: bar.update(task, completed=done, total=total),
        )
    table = Table(title=f"Calendars in {outcome.folder}")
    table.add_column("Kind")
    table.add_column("Files", justify="right")
    table.add_column("Events", justify="right")
    for kind, (files, events) in outcome.counts.items():
        table.add_row(kind, str(files), str(events))
    console.print(table)
    console.print(f"Index: {outcome.folder / 'index.json'}")


def register(app: typer.Typer) -> None:
    """Add ``etoile calendar`` to ``app``."""
    app.command("calendar")(calendar)
