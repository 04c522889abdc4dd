"""``etoile check SEASON [--plan PLAN] [--json]``: run the independent validator and report.

Exit codes: 0 when no rule is broken (warnings are printed but do not fail), 1 when at least
one hard rule is broken, 2 when the season or plan file is not valid input.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from etoile.cli.common import (
    EXIT_INVALID_INPUT,
    EXIT_OK,
    EXIT_VIOLATIONS,
    console,
    err_console,
    input_errors_exit,
)
from etoile.domain import Plan, Season
from etoile.validate import Severity, Violation, validate
from etoile.validate.report import has_errors, report_data, summary

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}


def check(
    season_file: Annotated[
        Path, typer.Argument(metavar="SEASON", help="Season file (YAML or JSON).")
    ],
    plan_file: Annotated[
        Path | None, typer.Option("--plan", metavar="PLAN", help="Plan file to check too.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the violations as JSON, for scripts.")
    ] = False,
) -> None:
    """Check a season (and a plan) against every rule; list what is broken."""
    season, plan = _load(season_file, plan_file)
    violations = validate(season, plan)
    if as_json:
        shown = None if plan_file is None else str(plan_file)
        typer.echo(
            json.dumps(report_data(season.id, shown, violations), ensure_ascii=False, indent=2)
        )
    else:
        if violations:
            console.print(violation_table(violations))
        what = season.id if plan is None else f"{season.id} with plan {plan_file}"
        style = "bold red" if has_errors(violations) else "green"
        console.print(Text(f"{summary(violations)} in season {what}.", style=style))
    raise typer.Exit(EXIT_VIOLATIONS if has_errors(violations) else EXIT_OK)


def violation_table(violations: list[Violation]) -> Table:
    """The violations as a Rich table: severity, rule, entities, amount, message.

    Parameters
    ----------
    violations
        The validator's findings, in its order.
    """
    table = Table(title="Violations", expand=True)
    table.add_column("Severity", no_wrap=True)
    table.add_column("Rule", ratio=2)
    table.add_column("Entities", overflow="fold", ratio=2)
    table.add_column("Amount", justify="right", no_wrap=True)
    table.add_column("Message", overflow="fold", ratio=5)
    for v in violations:
        table.add_row(
            Text(v.severity.value, style=_STYLE[v.severity]),
            v.rule,
            "\n".join(v.entities),
            f"{v.amount:g}",
            v.message,
        )
    return table


def _load(season_file: Path, plan_file: Path | None) -> tuple[Season, Plan | None]:
    """Load both files; invalid input ends the command with exit code 2, never a traceback."""
    from etoile.seasonfile import load_plan, load_season

    try:
        with input_errors_exit():
            season = load_season(season_file)
            plan = None if plan_file is None else load_plan(plan_file)
    except OSError as error:
        err_console.print(
            f"[bold red]Cannot read {error.filename or 'the input'}:[/] {error.strerror}"
        )
        raise typer.Exit(EXIT_INVALID_INPUT) from None
    return season, plan


def register(app: typer.Typer) -> None:
    """Add ``etoile check`` to ``app``."""
    app.command("check")(check)
