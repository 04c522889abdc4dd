"""``etoile exchange SEASON``: the exchange alone, its deal, and with ``--frontier`` every
non-dominated package; ``--sensitivity`` moves every `[I]` assumption across its range.

The exchange is valued against the plan without it: the casting of ``--plan`` when given
(its performances at their best price level), else the expected cast. Nothing is cast here,
so the figures are the solver's estimates; ``etoile plan`` casts the chosen exchange and
checks them with the full model. Exit codes: 0, or 2 on invalid input.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from etoile.cli.common import EXIT_OK, console, input_errors_exit
from etoile.domain import ExchangeMove, Plan, Season
from etoile.forecast import DEFAULT_PARAMS
from etoile.forecast.pricing import priced
from etoile.seasonfile import load_plan, load_season
from etoile.services.exchange import decide, frontier_points
from etoile.services.sensitivity import sensitivity
from etoile.solvers.exchange import ExchangeParams
from etoile.solvers.exchange.deal import Settlement, settle


def exchange(
    season_file: Annotated[Path, typer.Argument(metavar="SEASON", help="Season file.")],
    plan_file: Annotated[
        Path | None,
        typer.Option("--plan", help="A plan whose casting is the baseline (no exchange in it)."),
    ] = None,
    show_frontier: Annotated[
        bool, typer.Option("--frontier", help="Print every non-dominated package.")
    ] = False,
    show_sensitivity: Annotated[
        bool, typer.Option("--sensitivity", help="Move every [I] assumption across its range.")
    ] = False,
    out: Annotated[
        Path | None, typer.Option("-o", "--out", help="Write the answer as JSON to this file.")
    ] = None,
    time_limit: Annotated[
        float, typer.Option(help="Deterministic seconds per solve.", min=0.1)
    ] = 10.0,
    workers: Annotated[int, typer.Option(help="Solver threads.", min=1)] = 2,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same answer).")] = 0,
) -> None:
    """Decide the exchange and its deal against the plan without it."""
    with input_errors_exit():
        season = load_season(season_file)
        base = load_plan(plan_file) if plan_file else Plan(season=season.id)
    base = priced(season, base.model_copy(update={"exchange": []}), DEFAULT_PARAMS)
    params = ExchangeParams(time_limit, workers, seed)
    with console.status("Deciding the exchange ...") as status:
        decision = decide(season, base, DEFAULT_PARAMS, params)
        chosen = {f"{c.dancer}@{c.start.isoformat()}" for c in decision.result.chosen}
        points = []
        if show_frontier:
            status.update("The frontier")
            points = frontier_points(season, decision, params.quick(2.0), chosen)
        rows = []
        if show_sensitivity:
            rows = sensitivity(
                season,
                base,
                DEFAULT_PARAMS,
                params.quick(2.0),
                progress=lambda t: status.update(t),
                at_base=decision,
            )
    estimate = decision.estimate()
    deal = settle(season, estimate, decision.problem.currency) if decision.result.chosen else None
    _print(season, decision.moves(), estimate, deal, decision.result.report.status.value)
    if show_frontier:
        table = Table(title="The frontier (every non-dominated package, solver's estimate)")
        houses = list(decision.problem.houses)
        for col in ["Stays", *houses, "Total", "Chosen"]:
            table.add_column(col, justify="right" if col != "Stays" else "left")
        for p in points:
            table.add_row(
                "\n".join(p.stays) or "(nobody)",
                *[f"{p.gains_before.get(h, 0):+,.0f}" for h in houses],
                f"{p.total:+,.0f} {decision.problem.currency}",
                "yes" if p.chosen else "",
            )
        console.print(table)
    if show_sensitivity:
        table = Table(title=f"What flips the decision (total gain, {decision.problem.currency})")
        for col in ("Assumption", "Range", "At low", "At base", "At high", "Flips"):
            table.add_column(col)
        for r in rows:
            table.add_row(
                r.name,
                f"{r.low:g} .. {r.high:g} (base {r.base:g})",
                f"{r.total_at_low:+,.0f}",
                f"{r.total_at_base:+,.0f}",
                f"{r.total_at_high:+,.0f}",
                "yes" if r.flips else "",
            )
        console.print(table)
    if out is not None:
        answer = {
            "stays": [m.model_dump(mode="json", by_alias=True) for m in decision.moves()],
            "estimate": estimate,
            "transfers": [t.model_dump(mode="json") for t in (deal.transfers if deal else [])],
            "frontier": [p.model_dump(mode="json") for p in points],
            "sensitivity": [r.model_dump(mode="json") for r in rows],
            "report": decision.result.report.model_dump(mode="json"),
        }
        out.write_text(json.dumps(answer, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        console.print(f"Wrote {out}.")
    raise typer.Exit(EXIT_OK)


def _print(
    season: Season,
    moves: list[ExchangeMove],
    estimate: dict[str, float],
    deal: Settlement | None,
    status: str,
) -> None:
    if not moves:
        console.print(
            "No exchange: no package of stays has a positive total gain that a transfer the "
            f"terms allow could share (solver: {status})."
        )
        return
    table = Table(title=f"The exchange (solver: {status})")
    for col in ("Dancer", "From", "To", "Stay", "Roles"):
        table.add_column(col)
    for m in moves:
        table.add_row(
            season.dancers[m.dancer].item.name,
            season.company[m.home].city,
            season.company[m.host].city,
            f"{m.start:%d %b} - {m.end:%d %b %Y}",
            ", ".join(m.roles),
        )
    console.print(table)
    for h, g in estimate.items():
        console.print(f"{season.company[h].city}: {g:+,.0f} {season.company[h].currency}")
    for t in deal.transfers if deal else []:
        console.print(
            f"Transfer: {season.company[t.payer].name} pays {season.company[t.payee].name} "
            f"{t.amount:,.0f} {t.currency} (both gain from {t.low:,.0f} to {t.high:,.0f})."
        )


def register(app: typer.Typer) -> None:
    """Add ``exchange`` to ``app``."""
    app.command("exchange")(exchange)
