"""What every command shares: one way to fail (exit 2, one line on stderr) and input problems
printed as a table of file, place and problem, never a traceback."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from etoile.cli.common import (
    EXIT_INVALID_INPUT,
    fail,
    input_errors_exit,
    input_progress,
)
from etoile.seasonfile.errors import InputError, Problem

PROBLEMS = [
    Problem("season.yaml", "companies[0].dancers[2].rank", "unknown rank", "etoil", line=31),
    Problem("roster.csv", "row 12, column draw", "expected a number from 0 to 1", "high"),
]

app = typer.Typer(pretty_exceptions_enable=False)


@app.command()
def go(what: str) -> None:
    """Fail, raise the input problems, or succeed: whatever ``what`` says."""
    if what == "fail":
        fail("the database at [bold]x.sqlite3[/] is not upgraded")
    if what == "progress":
        with input_progress("{task.description}", task="Reading") as (bar, task):
            bar.update(task, total=1, completed=1)
            raise InputError(PROBLEMS[:1])
    with input_errors_exit():
        if what == "problems":
            raise InputError(PROBLEMS)
    typer.echo("done")


@pytest.mark.usefixtures("wide_consoles")
def test_fail_prints_one_line_and_exits_2() -> None:
    result = CliRunner().invoke(app, ["fail"])
    assert result.exit_code == EXIT_INVALID_INPUT == 2
    # The markup is read, not printed.
    assert result.output == "Error: the database at x.sqlite3 is not upgraded\n"


@pytest.mark.usefixtures("wide_consoles")
def test_input_problems_are_a_table_of_file_place_and_problem() -> None:
    result = CliRunner().invoke(app, ["problems"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [" ".join(line.strip("│┃ ").split()) for line in result.output.splitlines()]
    assert lines[0] == "Invalid input: 2 problem(s)"
    # Each row: file (with its line when known), where, and the message with the bad value.
    assert "season.yaml:31 │ companies[0].dancers[2].rank │ unknown rank (got 'etoil')" in lines
    assert "roster.csv │ row 12, column draw │ expected a number from 0 to 1 (got 'high')" in lines
    assert "Traceback" not in result.output


@pytest.mark.usefixtures("wide_consoles")
def test_the_progress_bar_of_an_input_ends_like_any_input_error() -> None:
    result = CliRunner().invoke(app, ["progress"])
    assert result.exit_code == 2
    assert "Invalid input: 1 problem(s)" in result.output


def test_a_command_without_problems_runs_to_the_end() -> None:
    result = CliRunner().invoke(app, ["fine"])
    assert (result.exit_code, result.output) == (0, "done\n")
