"""``etoile demo``: the main job, from nothing to a checked, stored season of both houses."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from etoile.cli.common import EXIT_VIOLATIONS, console, input_errors_exit
from etoile.cli.plan_cmd import deal_sentences
from etoile.domain import SolveReport
from etoile.services.demo import DATABASE_FILE, DEMO_SEED, DemoOutcome, run_demo
from etoile.services.demo_users import DEMO_PASSWORD, demo_users
from etoile.services.plan import PlanParams

DEMO_REHEARSAL_SECONDS = 30.0
"""The rehearsal stage's time limit in the demo (the calendar of both houses' season)."""


def solver_line(part: str, report: SolveReport) -> str:
    """One solver's line of the summary: its status; the calendar's overtime in minutes (its
    bound is always 0, so any overtime would read as a gap of 100%), the others' gap when
    they have a bound; and its wall seconds."""
    if part == "rehearsals" and report.objective is not None:
        what = f", {report.objective:,.0f} min of overtime"
    elif report.gap is not None:
        what = f", gap {report.gap:.1%}"
    else:
        what = ""
    return f"Solver {part}: {report.status.value}{what}, {report.seconds:.1f} s"


def _print_summary(outcome: DemoOutcome) -> None:
    for house in outcome.houses:
        table = Table(title=f"{house.name} ({house.city})", show_header=False, min_width=60)
        table.add_column("What", style="bold")
        table.add_column("Detail")
        ranks = ", ".join(f"{n} {name}" for name, n in house.dancers_by_rank)
        total = sum(n for _name, n in house.dancers_by_rank)
        table.add_row("Dancers", f"{total}: {ranks}")
        table.add_row("Artistic staff", str(house.staff))
        table.add_row("Studios", str(house.studios))
        table.add_row("Repertoire", ", ".join(f"{t} ({n})" for t, n in house.productions))
        table.add_row("Performances", f"{house.performances}, from {house.first} to {house.last}")
        console.print(table)
    if outcome.plan is not None:
        _print_plan(outcome)
    errors = len(outcome.errors)
    warnings = len(outcome.violations) - errors
    console.print(f"Validator: {errors} error(s), {warnings} warning(s).")
    if errors:
        by_rule = Counter(v.rule for v in outcome.errors)
        for rule, n in by_rule.most_common():
            console.print(f"  [red]{n} x {rule}[/]")
        console.print(
            "The plan is stored as a draft with these problems; the report and "
            "[bold]etoile check SEASON --plan PLAN[/] say what each one is."
        )
    console.print(f"Season file: [bold]{outcome.season_file}[/]")
    console.print(f"Database:    [bold]{outcome.database_url}[/]")
    for path in outcome.extra_files:
        console.print(f"Written:     [bold]{path}[/]")
    _print_web(outcome)


def _print_web(outcome: DemoOutcome) -> None:
    database = outcome.out / DATABASE_FILE
    console.print(
        f"Open it in a browser: [bold]etoile serve --database {database}[/] "
        f"(or ETOILE_DATABASE_URL={outcome.database_url} etoile serve), "
        "then [bold]http://127.0.0.1:8000/[/]"
    )
    logins = ", ".join(u.login for u in demo_users(outcome.season))
    console.print(f"Log in as {logins}; password [bold]{DEMO_PASSWORD}[/] (docs/web.md).")


def _print_plan(outcome: DemoOutcome) -> None:
    plan = outcome.plan
    assert plan is not None
    names = {d: o.item.name for d, o in outcome.season.dancers.items()}
    cities = {c.id: c.city for c in outcome.season.companies}
    if plan.exchange:
        for move in plan.exchange:
            console.print(
                f"[bold]{names[move.dancer]}[/]: {cities[move.home]} -> {cities[move.host]}, "
                f"{move.start} to {move.end} ({len(move.roles)} role(s))"
            )
    else:
        console.print(
            "[bold]No exchange[/]: no swap that the casting and the rehearsal calendar can "
            "honour helps both houses (the report says which stays were tried and why)."
        )
    if plan.forecast is not None:
        for house in plan.forecast.houses:
            base = house.baseline_result
            before = "" if base is None else f"{base:,.0f} without the exchange, "
            console.print(
                f"{cities[house.company]}: expected result {before}{house.result:,.0f} "
                f"{house.currency} with it; P(break even) {house.probability_break_even:.0%}"
            )
    if plan.deal is not None:
        houses = {c.id: c.name for c in outcome.season.companies}
        for line in deal_sentences(houses, plan.deal):
            console.print(line)
    for part, report in sorted(plan.reports.items()):
        console.print(solver_line(part, report))
    for line in outcome.explanations[:8]:
        console.print(f"  - {line}")


def register(app: typer.Typer) -> None:
    """Add ``demo`` to ``app``."""

    @app.command()
    def demo(
        out: Annotated[
            Path, typer.Option("--out", "-o", help="Folder for the demo's files.")
        ] = Path("etoile-demo"),
        seed: Annotated[int, typer.Option(help="Seed of the demo season.")] = DEMO_SEED,
        time_limit: Annotated[
            float,
            typer.Option(help="Deterministic seconds for casting (the exchange gets a third)."),
        ] = 120.0,
        workers: Annotated[int, typer.Option(help="Solver threads.", min=1)] = 2,
        plan: Annotated[
            bool, typer.Option(help="Plan the season (exchange, casting, forecast, report).")
        ] = True,
        strict: Annotated[
            bool, typer.Option(help="Exit 1 when the validator finds an error in the plan.")
        ] = False,
    ) -> None:
        """Generate the demo season of both houses, plan it, store it and summarise it."""
        params = (
            PlanParams(
                exchange_time_limit=time_limit / 3,
                casting_time_limit=time_limit,
                rehearsal_time_limit=DEMO_REHEARSAL_SECONDS,
                workers=workers,
                seed=seed,
            )
            if plan
            else None
        )
        with console.status("Starting") as status, input_errors_exit():
            outcome = run_demo(
                out, seed, step=lambda text: status.update(text + " ..."), plan=params
            )
        _print_summary(outcome)
        if outcome.errors and strict:
            raise typer.Exit(EXIT_VIOLATIONS)
