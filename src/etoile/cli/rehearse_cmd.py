"""``etoile rehearse SEASON --plan plan.json -o plan.json``: the rehearsal calendar.

Exit codes: 0 when a complete calendar was written, 1 when some calls could not be placed
(the reasons are printed; the partial calendar is still written) or a rule is broken, 2 when
the input is not valid.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from etoile.cli.common import EXIT_OK, EXIT_VIOLATIONS, console, err_console, input_errors_exit
from etoile.seasonfile import load_plan, load_season
from etoile.seasonfile.io import dump_plan
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.validate import Severity, validate


def rehearse(
    season_file: Annotated[Path, typer.Argument(metavar="SEASON", help="Season file.")],
    plan_file: Annotated[Path, typer.Option("--plan", metavar="IN", help="A cast plan.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Plan file to write (JSON).")],
    time_limit: Annotated[
        float,
        typer.Option(
            help="Deterministic seconds of CP-SAT search (same calendar on any machine).", min=0.1
        ),
    ] = 60.0,
    workers: Annotated[int, typer.Option(help="Solver threads.", min=1)] = 2,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same calendar).")] = 0,
) -> None:
    """Place every rehearsal call of the season within each house's labour rules."""
    with input_errors_exit():
        season = load_season(season_file)
        plan = load_plan(plan_file)
    params = RehearsalParams(time_limit=time_limit, workers=workers, seed=seed)
    with console.status("Rehearsals: compiling the calls ...") as status:

        def show(part: str, i: int, n: int) -> None:
            status.update(f"Rehearsals: {part} (batch {i} of {n})")

        result = rehearse_season(season, plan, params, show)
    report = result.reports["rehearsals"]
    table = Table(title=f"Rehearsals ({report.solver}): {report.status.value}")
    table.add_column("Measure")
    table.add_column("Value", justify="right")
    for name, value in (
        ("calls", len(result.rehearsals)),
        ("overtime (min)", report.objective),
        ("bound", report.bound),
        ("gap", None if report.gap is None else f"{report.gap:.2%}"),
        ("wall seconds", report.seconds),
        ("deterministic seconds", report.deterministic_seconds),
    ):
        table.add_row(name, "-" if value is None else str(value))
    console.print(table)
    for note in report.notes:
        (console if report.status.has_plan else err_console).print(f"- {note}")
    dump_plan(result, out)
    errors = [v for v in validate(season, result) if v.severity is Severity.ERROR]
    console.print(f"Wrote {out}; independent validator: {len(errors)} violation(s).")
    raise typer.Exit(EXIT_OK if report.status.has_plan and not errors else EXIT_VIOLATIONS)


def register(app: typer.Typer) -> None:
    """Add ``rehearse`` to ``app``."""
    app.command("rehearse")(rehearse)
