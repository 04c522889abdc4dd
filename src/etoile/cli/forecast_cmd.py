"""``etoile forecast SEASON [--plan plan.json] [--draws N] [--seed N] [-o plan.json]``.

Prints a table per house (attendance, occupancy, revenue, costs, result, percentiles, the
probability of breaking even, and the no-exchange baseline when the plan has an exchange),
writes the forecast into the plan's ``forecast`` key and draws the charts beside the plan
(:mod:`etoile.services.forecast` says where). Invalid input: a table of problems, exit 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from babel.numbers import format_currency, format_percent
from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from etoile.cli.common import console, input_progress
from etoile.domain import HouseForecast
from etoile.services.forecast import DEFAULT_OUT, ForecastOutcome, forecast_files


def _money(value: float, currency: str) -> str:
    return format_currency(value, currency, locale="en", format="¤#,##0", currency_digits=False)


def house_table(house: HouseForecast, title: str) -> Table:
    """One house's forecast as a two-column Rich table.

    Parameters
    ----------
    house
        One house's forecast, money in its currency.
    title
        The table's title.
    """
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column("What")
    table.add_column("Value", justify="right")
    cur = house.currency
    rows = [
        ("Performances", f"{house.performances}"),
        ("Expected attendance", f"{house.expected_attendance:,.0f}"),
        ("Occupancy", format_percent(house.occupancy, "#0.0%", locale="en")),
        ("Box office", _money(house.box_office or 0.0, cur)),
        ("Revenue (tickets and every other income)", _money(house.revenue, cur)),
        ("Costs", _money(house.costs, cur)),
        ("Expected result", _money(house.result, cur)),
        (
            "5th / 50th / 95th percentile",
            " / ".join(_money(v, cur) for v in (house.p5, house.p50, house.p95)),
        ),
        (
            "Probability of breaking even",
            format_percent(house.probability_break_even, "#0.0%", locale="en"),
        ),
    ]
    for label, value in rows:
        table.add_row(label, value)
    if house.baseline_result is not None and house.baseline_result != house.result:
        table.add_row("Without the exchange", _money(house.baseline_result, cur))
        if house.baseline_probability_break_even is not None:
            p = format_percent(house.baseline_probability_break_even, "#0.0%", locale="en")
            table.add_row("  probability of breaking even", p)
    return table


def show(outcome: ForecastOutcome) -> None:
    """Print every house's table, the combined view, and where things were written."""
    forecast = outcome.run.forecast
    for house in forecast.houses:
        console.print(house_table(house, f"{house.company} ({house.currency})"))
    if forecast.combined is not None:
        c = forecast.combined
        console.print(
            f"Both houses in {c.currency}: expected result {_money(c.result, c.currency)}, "
            f"probability of breaking even {c.probability_break_even:.1%}."
        )
    console.print(
        f"Forecast written to {outcome.plan_path} ({forecast.draws:,} draws, seed {forecast.seed})."
    )
    for chart in outcome.charts:
        console.print(f"Chart: {chart}")


def forecast(
    season_file: Annotated[Path, typer.Argument(metavar="SEASON", help="Season file.")],
    plan_file: Annotated[
        Path | None,
        typer.Option("--plan", metavar="PLAN", help="Plan whose exchange and casting to use."),
    ] = None,
    draws: Annotated[int, typer.Option(help="Monte Carlo draws.")] = 10_000,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same numbers).")] = 0,
    out: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--out",
            help=f"Write the plan here (default: the --plan file, else {DEFAULT_OUT}).",
        ),
    ] = None,
    params_file: Annotated[
        Path | None, typer.Option("--params", help="Model parameters (TOML or JSON).")
    ] = None,
    currency: Annotated[
        str | None, typer.Option(help="Currency of the combined view (default: first house's).")
    ] = None,
    lang: Annotated[str, typer.Option(help="Language of the charts: en or fr.")] = "en",
) -> None:
    """Box office, costs and the odds that each house breaks even."""
    columns = (
        TextColumn("Monte Carlo"),
        BarColumn(),
        TextColumn("{task.completed:,.0f} draws"),
        TimeElapsedColumn(),
    )
    with input_progress(*columns, task="draws") as (progress, task):
        outcome = forecast_files(
            season_file,
            plan_file,
            out,
            draws=draws,
            seed=seed,
            params_path=params_file,
            combined_currency=currency,
            locale=lang,
            progress=lambda n: progress.advance(task, n),
        )
    show(outcome)


def register(app: typer.Typer) -> None:
    """Add ``etoile forecast`` to ``app``."""
    app.command("forecast")(forecast)
