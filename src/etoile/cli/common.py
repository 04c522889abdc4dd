"""What every CLI command shares: the console, the one way errors end a command (a table of
input problems, or one line), and the progress bar of a command that reads input files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import Progress, ProgressColumn, TaskID
from rich.table import Table

from etoile.seasonfile.errors import InputError

console = Console()
err_console = Console(stderr=True)

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_INVALID_INPUT = 2


def print_input_error(error: InputError) -> None:
    """Print every problem of an input as a table on stderr."""
    table = Table(title=f"Invalid input: {len(error.problems)} problem(s)", show_lines=False)
    table.add_column("File")
    table.add_column("Where")
    table.add_column("Problem")
    for p in error.problems:
        table.add_row(p.place, p.where, p.detail)
    err_console.print(table)


def fail(message: str) -> NoReturn:
    """Print ``message`` as an error on stderr and end the command with exit code 2.

    Parameters
    ----------
    message
        One line; Rich markup is read in it.
    """
    # soft_wrap: a URL or a path broken over two lines cannot be copied.
    err_console.print(f"[bold red]Error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(EXIT_INVALID_INPUT)


@contextmanager
def input_errors_exit() -> Iterator[None]:
    """Turn an :class:`InputError` into a printed table and exit code 2, never a traceback."""
    try:
        yield
    except InputError as error:
        print_input_error(error)
        raise typer.Exit(EXIT_INVALID_INPUT) from None


@contextmanager
def input_progress(*columns: ProgressColumn | str, task: str) -> Iterator[tuple[Progress, TaskID]]:
    """A transient progress bar of ``columns`` with one task named ``task`` (its total not yet
    known), inside :func:`input_errors_exit`.

    Parameters
    ----------
    *columns
        Rich's columns of the bar.
    task
        The name of the bar's one task.

    Yields
    ------
    tuple
        The bar and its task, for the work to update.
    """
    with input_errors_exit(), Progress(*columns, console=console, transient=True) as bar:
        yield bar, bar.add_task(task, total=None)
