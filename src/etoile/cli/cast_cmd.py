"""``etoile cast SEASON -o plan.json``: cast every performance, with progress and a report.

Exit codes: 0 when a plan was written, 1 when the season cannot be cast (the reasons are
printed, slot by slot) or no plan was found in time, 2 when the input is not valid.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from etoile.cli.common import EXIT_OK, EXIT_VIOLATIONS, console, err_console, input_errors_exit
from etoile.domain import SolveReport
from etoile.seasonfile import load_plan, load_season
from etoile.seasonfile.io import dump_plan
from etoile.services.casting import CastingParams, cast_season
from etoile.solvers.casting.params import Progress
from etoile.validate import Severity, validate


class Method(StrEnum):
    """How to solve (``CastingParams.method``)."""

    AUTO = "auto"
    WHOLE = "whole"
    RUNS = "runs"
    GROUPS = "groups"


def cast(
    season_file: Annotated[Path, typer.Argument(metavar="SEASON", help="Season file.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Plan file to write (JSON).")],
    plan_file: Annotated[
        Path | None,
        typer.Option("--plan", metavar="IN", help="Start from this plan (its exchange, casting)."),
    ] = None,
    time_limit: Annotated[
        float,
        typer.Option(help="Deterministic seconds of search (same plan on any machine).", min=0.1),
    ] = 30.0,
    workers: Annotated[int, typer.Option(help="Solver threads.", min=1)] = 2,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same plan).")] = 0,
    method: Annotated[
        Method,
        typer.Option(
            help="auto: one model up to 20,000 eligible pairs; above, by role groups from "
            "60 s of budget, else run by run. whole: one model; runs: run by run; groups: "
            "role group by role group."
        ),
    ] = Method.AUTO,
) -> None:
    """Cast every role of every performance: optimal, fair and explained."""
    with input_errors_exit():
        season = load_season(season_file)
        plan = load_plan(plan_file) if plan_file else None
    params = CastingParams(time_limit=time_limit, workers=workers, seed=seed, method=method.value)
    with console.status("Casting: building the model ...") as status:

        def show(p: Progress) -> None:
            gap = abs(p.objective - p.bound) / max(1.0, abs(p.objective))
            status.update(
                f"Casting: best {p.objective:,.0f}, bound {p.bound:,.0f}, gap {gap:.1%}, "
                f"{p.seconds:.1f} s ({p.solutions} plans)"
            )

        result = cast_season(season, plan, params, show)
    report = result.reports["casting"]
    _print_report(report)
    if not report.status.has_plan:
        err_console.print("The season cannot be cast as it stands:")
        for note in report.notes:
            err_console.print(f"- {note}")
        raise typer.Exit(EXIT_VIOLATIONS)
    dump_plan(result, out)
    errors = [v for v in validate(season, result) if v.severity is Severity.ERROR]
    console.print(
        f"Wrote {out} with {len(result.casting)} assignments; "
        f"independent validator: {len(errors)} violation(s)."
    )
    raise typer.Exit(EXIT_VIOLATIONS if errors else EXIT_OK)


def _print_report(report: SolveReport) -> None:
    table = Table(title=f"Casting ({report.solver}): {report.status.value}")
    table.add_column("Measure")
    table.add_column("Value", justify="right")
    for name, value in (
        ("objective", report.objective),
        ("bound", report.bound),
        ("gap", None if report.gap is None else f"{report.gap:.2%}"),
        ("wall seconds", report.seconds),
        ("deterministic seconds", report.deterministic_seconds),
        ("seed / workers", f"{report.seed} / {report.workers}"),
    ):
        table.add_row(name, "-" if value is None else str(value))
    for term, value in report.terms.items():
        table.add_row(f"  {term}", f"{value:g}")
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add ``cast`` to ``app``."""
    app.command("cast")(cast)
