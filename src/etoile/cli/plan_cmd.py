"""``etoile plan SEASON -o DIR``: the exchange, the casting and the forecast, in one report.

Writes ``DIR/plan.json`` and ``DIR/report.html`` and prints the answer: who goes where, and
each house's expected result and probability of breaking even without and with the exchange.
Exit codes: 0 when the plan passes the validator, 1 when it does not, 2 on invalid input.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from etoile.cli.common import (
    EXIT_INVALID_INPUT,
    EXIT_OK,
    EXIT_VIOLATIONS,
    console,
    err_console,
    input_errors_exit,
)
from etoile.domain import Deal
from etoile.seasonfile import load_season
from etoile.services.plan import PlanOutcome, PlanParams, plan_season, write_plan_outputs


def plan(
    season_file: Annotated[Path, typer.Argument(metavar="SEASON", help="Season file.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Folder for plan.json, report.html.")],
    time_limit: Annotated[
        float,
        typer.Option(
            help="Deterministic seconds of casting search (the exchange gets a third).", min=0.1
        ),
    ] = 30.0,
    workers: Annotated[int, typer.Option(help="Solver threads.", min=1)] = 2,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same plan).")] = 0,
    lang: Annotated[str, typer.Option(help="Report language: en or fr.")] = "en",
) -> None:
    """Decide the exchange, cast both seasons around it, forecast, and write the report."""
    if lang not in ("en", "fr"):
        err_console.print(f"--lang: expected 'en' or 'fr', got {lang!r}")
        raise typer.Exit(EXIT_INVALID_INPUT)
    with input_errors_exit():
        season = load_season(season_file)
    params = PlanParams(
        exchange_time_limit=max(1.0, time_limit / 3),
        casting_time_limit=time_limit,
        workers=workers,
        seed=seed,
    )
    with console.status("Planning ...") as status:
        outcome = plan_season(season, params, lambda text: status.update(text))
        status.update("Writing the plan and the report")
        plan_path, report_path = write_plan_outputs(season, outcome, out, lang)
    _print_answer(season.company, outcome)
    console.print(f"Wrote {plan_path} and {report_path}.")
    errors = outcome.errors
    console.print(f"Independent validator: {len(errors)} violation(s).")
    for v in errors[:10]:
        err_console.print(f"- {v.rule}: {v.message}")
    raise typer.Exit(EXIT_VIOLATIONS if errors else EXIT_OK)


def deal_sentences(names: dict[str, str], deal: Deal) -> list[str]:
    """The transfers of ``deal`` in words (house ids to names in ``names``).

    Parameters
    ----------
    names
        Company id -> the house's name.
    deal
        The plan's deal.
    """
    return [
        f"The deal: {names[t.payer]} pays {names[t.payee]} {t.amount:,.0f} {t.currency}; both "
        f"houses gain for any amount from {t.low:,.0f} to {t.high:,.0f} {t.currency}."
        for t in deal.transfers
    ]


def _print_answer(companies: dict, outcome: PlanOutcome) -> None:
    plan = outcome.plan
    if plan.exchange:
        moves = Table(title="The exchange")
        for col in ("Dancer", "From", "To", "Stay", "Roles"):
            moves.add_column(col)
        for m in sorted(plan.exchange, key=lambda m: (m.start, m.dancer)):
            moves.add_row(
                m.dancer,
                companies[m.home].city,
                companies[m.host].city,
                f"{m.start:%d %b} - {m.end:%d %b %Y}",
                ", ".join(m.roles),
            )
        console.print(moves)
    else:
        console.print("No exchange: no package of stays leaves both houses better off.")
    deal = plan.deal
    if deal is not None:
        for line in deal_sentences({c: company.name for c, company in companies.items()}, deal):
            console.print(line)
        for side in deal.houses:
            console.print(
                f"{companies[side.company].city}: gain {side.gain_before_transfer:+,.0f} before "
                f"the transfer, {side.gain_after_transfer:+,.0f} {side.currency} after (solver's "
                f"estimate {side.estimate_gain:+,.0f}, Monte Carlo "
                f"{side.monte_carlo_gain or 0:+,.0f})."
            )
        for line in deal.what_would_change_it:
            console.print(f"What would change it: {line}")
    if plan.forecast is not None:
        table = Table(title="Expected season result")
        for col in ("House", "Without", "P(break even)", "With", "P(break even)"):
            table.add_column(col, justify="right")
        for h in plan.forecast.houses:
            table.add_row(
                companies[h.company].name,
                f"{h.baseline_result or 0:,.0f} {h.currency}",
                f"{h.baseline_probability_break_even or 0:.0%}",
                f"{h.result:,.0f} {h.currency}",
                f"{h.probability_break_even:.0%}",
            )
        console.print(table)
    for name, report in plan.reports.items():
        gap = "-" if report.gap is None else f"{report.gap:.2%}"
        console.print(f"{name}: {report.status.value}, gap {gap}, {report.seconds:.1f} s")
    for line in outcome.explanations:
        console.print(f"- {line}")


def register(app: typer.Typer) -> None:
    """Add ``plan`` to ``app``."""
    app.command("plan")(plan)
