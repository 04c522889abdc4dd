"""The finance section: the three charts and the numbers behind them, per house.

The tables repeat what the charts show, so the figures survive a black-and-white print, a
screen reader, and a forward to someone who wants to quote them.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from etoile.domain import Plan, Season
from etoile.i18n import Translator
from etoile.i18n.places import company_name
from etoile.report import charts
from etoile.report.timeline import season_weeks


@dataclass(frozen=True)
class ResultRow:
    """One house's season at a glance."""

    house: str
    performances: str
    attendance: str
    occupancy: str
    expected: str
    p5: str
    p50: str
    p95: str
    pbe: str


@dataclass(frozen=True)
class LineRow:
    """One expected income or cost line of one house."""

    line: str
    amount: str
    income: bool


@dataclass(frozen=True)
class HouseLines:
    """A house's income and cost lines."""

    house: str
    lines: list[LineRow]


@dataclass(frozen=True)
class FinanceView:
    """Everything the finance section shows."""

    weekly: Markup
    results: Markup
    lines: Markup
    rows: list[ResultRow]
    house_lines: list[HouseLines]


def finance_view(season: Season, plan: Plan, tr: Translator) -> FinanceView | None:
    """The charts and tables, or None when the plan has no forecast of any house.

    Parameters
    ----------
    season
        Each house's name.
    plan
        Holds the forecast shown.
    tr
        Month names, money and percentages of the reader.
    """
    if plan.forecast is None or not plan.forecast.houses:
        return None
    houses = plan.forecast.houses
    names = {h.company: company_name(season, h.company) for h in houses}
    rows = [
        ResultRow(
            house=names[h.company],
            performances=tr.format_number(h.performances, 0),
            attendance=tr.format_number(h.expected_attendance, 0),
            occupancy=tr.format_percent(h.occupancy),
            expected=tr.format_money(h.result, h.currency),
            p5=tr.format_money(h.p5, h.currency),
            p50=tr.format_money(h.p50, h.currency),
            p95=tr.format_money(h.p95, h.currency),
            pbe=tr.format_percent(h.probability_break_even),
        )
        for h in houses
    ]
    house_lines = [
        HouseLines(
            names[h.company],
            [
                LineRow(charts.line_label(tr, k), tr.format_money(v, h.currency), True)
                for k, v in h.income_lines.items()
            ]
            + [
                LineRow(charts.line_label(tr, k), tr.format_money(v, h.currency), False)
                for k, v in h.cost_lines.items()
            ],
        )
        for h in houses
    ]
    return FinanceView(
        weekly=charts.weekly_box_office(houses, names, season_weeks(season.start, season.end), tr),
        results=charts.season_results(houses, names, tr),
        lines=charts.income_and_costs(houses, names, tr),
        rows=rows,
        house_lines=house_lines,
    )
