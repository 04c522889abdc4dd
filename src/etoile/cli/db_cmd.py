"""``etoile db``: migrate the database, load and export seasons, list what is stored.

Every command works on ``--url`` when given, else on the configured database
(``ETOILE_DATABASE_URL``, default ``./etoile.sqlite3``). Bad input (a missing or invalid
season file, an unknown season id, a taken id without ``--replace``, an unreachable or
unmigrated database) prints one clear message and exits 2, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from etoile.cli.common import console, fail, input_errors_exit
from etoile.config import get_settings
from etoile.seasonfile import dump_season, load_season
from etoile.storage import (
    Database,
    SeasonRepository,
    StorageError,
    display_url,
    require_current_schema,
    upgrade,
)

db_app = typer.Typer(
    help="The database: migrate it, load and export seasons, list them.",
    no_args_is_help=True,
)

UrlOption = Annotated[
    str | None,
    typer.Option(
        "--url",
        help="SQLAlchemy database URL (default: ETOILE_DATABASE_URL, else ./etoile.sqlite3).",
    ),
]


def register(app: typer.Typer) -> None:
    """Add the ``db`` command group to ``app``."""
    app.add_typer(db_app, name="db")


@contextmanager
def storage_errors_exit(url: str) -> Iterator[None]:
    """Turn storage and database errors into one printed message and exit code 2.

    Parameters
    ----------
    url
        The database's URL, named (its password masked) in the message.
    """
    try:
        yield
    except StorageError as error:
        fail(str(error))
    except (ArgumentError, NoSuchModuleError) as error:
        fail(f"not a usable database URL {_shown(url)}: {error}")
    except SQLAlchemyError as error:
        # Driver messages are often several lines long; the first one says what happened.
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        fail(f"database error on {_shown(url)}: {reason}")


@contextmanager
def current_database(target: str) -> Iterator[Database]:
    """The database at ``target``, opened and checked to be at this version's schema, inside
    :func:`storage_errors_exit` (so an unreachable or unmigrated database exits 2).

    Parameters
    ----------
    target
        The SQLAlchemy URL of the database.

    Yields
    ------
    Database
        The database, open.
    """
    with storage_errors_exit(target), Database(target) as db:
        require_current_schema(db.engine)
        yield db


def _shown(url: str) -> str:
    """The URL with its password masked, or a placeholder if it does not even parse."""
    try:
        return display_url(url)
    except ArgumentError:
        return "(unparsable URL)"


def _target(url: str | None) -> str:
    return url or get_settings().database_url


@db_app.command("upgrade")
def upgrade_cmd(url: UrlOption = None) -> None:
    """Create the tables, or migrate them to this version of Étoile."""
    target = _target(url)
    with storage_errors_exit(target):
        revision = upgrade(target)
    console.print(
        f"Database {display_url(target)} is at revision [bold]{revision}[/].", soft_wrap=True
    )


@db_app.command("load")
def load_cmd(
    season_file: Annotated[
        Path, typer.Argument(metavar="SEASON_FILE", help="Season file (YAML or JSON).")
    ],
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite a stored season with the same id.")
    ] = False,
    url: UrlOption = None,
) -> None:
    """Store a season file in the database: all of it, or nothing."""
    target = _target(url)
    with input_errors_exit(), _status(f"Reading {season_file} ..."):
        season = load_season(season_file)
    with current_database(target) as db, _progress() as progress:
        task = progress.add_task(f"Loading {season.id}", total=len(season.companies))
        with db.transaction() as session:
            repository = SeasonRepository(session)
            replaced = repository.exists(season.id)
            repository.save(
                season,
                replace=replace,
                progress=lambda done, _total: progress.update(task, completed=done),
            )
    dancers = sum(len(c.dancers) for c in season.companies)
    shows = sum(len(c.performances) for c in season.companies)
    console.print(
        f"{'Replaced' if replaced else 'Loaded'} season [bold]{season.id}[/]: "
        f"{len(season.companies)} companies, {dancers} dancers, {shows} performances "
        f"into {display_url(target)}.",
        soft_wrap=True,
    )


@db_app.command("export")
def export_cmd(
    season_id: Annotated[str, typer.Argument(metavar="SEASON_ID", help="Id of a stored season.")],
    out: Annotated[
        Path, typer.Option("-o", "--out", help="File to write (.yaml/.yml for YAML, else JSON).")
    ],
    url: UrlOption = None,
) -> None:
    """Write a stored season to a season file."""
    target = _target(url)
    with current_database(target) as db, db.transaction() as session:
        season = SeasonRepository(session).get(season_id)
    try:
        dump_season(season, out)
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror}")
    console.print(f"Wrote season [bold]{season_id}[/] to {out}.", soft_wrap=True)


@db_app.command("list")
def list_cmd(url: UrlOption = None) -> None:
    """List the stored seasons."""
    target = _target(url)
    with current_database(target) as db, db.transaction() as session:
        seasons = SeasonRepository(session).list()
    if not seasons:
        console.print(f"No seasons in {display_url(target)}.", soft_wrap=True)
        return
    table = Table(title=f"Seasons in {display_url(target)}")
    table.add_column("Id", no_wrap=True)
    table.add_column("Name")
    table.add_column("Dates")
    table.add_column("Contents")
    for s in seasons:
        table.add_row(
            s.id,
            s.name,
            f"{s.start} to {s.end}",
            f"{s.companies} houses, {s.dancers} dancers, {s.performances} shows, "
            f"{s.published_plans} published plans",
        )
    console.print(table)


def _status(message: str) -> AbstractContextManager[object]:
    # Spinners and bars are for people at a terminal; redirected output stays clean.
    return console.status(message) if console.is_terminal else nullcontext()


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("companies"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
