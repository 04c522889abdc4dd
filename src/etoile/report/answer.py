"""The answer first: who goes where, and what it does to each house's result.

These are view rows: every value is already formatted in the reader's language, so the
template only lays them out and a test can compare them with ``==``.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import HouseForecast, Plan, Season
from etoile.i18n import Translator
from etoile.i18n.places import company_name, dancer_name, role_label, show_day

DASH = "—"


@dataclass(frozen=True)
class MoveRow:
    """One dancer's stay as a guest, ready to print."""

    dancer: str
    rank: str
    home: str
    host: str
    away: str
    stay: str
    roles: list[str]
    shows: int


@dataclass(frozen=True)
class HouseRow:
    """One house's expected result and chance of breaking even, without and with the plan."""

    house: str
    baseline: str
    result: str
    change: str
    baseline_pbe: str
    pbe: str
    better: bool | None
    """True when the plan improves the expected result, None when there is no baseline."""


def move_rows(season: Season, plan: Plan, tr: Translator) -> list[MoveRow]:
    """Every move of the plan, by departure date then dancer.

    Parameters
    ----------
    season
        For the names of dancers, houses and roles.
    plan
        Its exchange moves and the casting that says where each guest dances.
    tr
        Formats the dates in the reader's language.
    """
    performances = season.performances
    rows = []
    for move in sorted(plan.exchange, key=lambda m: (m.depart, m.dancer)):
        # A guest's performances are the host's shows that cast them: roles at home do not count.
        shows = {
            c.performance
            for c in plan.casting
            if c.dancer == move.dancer
            and c.performance in performances
            and performances[c.performance].owner == move.host
            and move.start <= (show_day(season, c.performance) or move.start) <= move.end
        }
        owned = season.dancers.get(move.dancer)
        rank = ""
        if owned is not None and owned.owner in season.company:
            ranks = {r.id: r.name for r in season.company[owned.owner].ranks}
            rank = ranks.get(owned.item.rank, "")
        rows.append(
            MoveRow(
                dancer=dancer_name(season, move.dancer),
                rank=rank,
                home=company_name(season, move.home),
                host=company_name(season, move.host),
                away=tr.format_period(move.depart, move.return_),
                stay=tr.format_period(move.start, move.end),
                roles=[role_label(season, r) for r in move.roles],
                shows=len(shows),
            )
        )
    return rows


def _change(tr: Translator, house: HouseForecast) -> tuple[str, bool | None]:
    if house.baseline_result is None:
        return DASH, None
    delta = house.result - house.baseline_result
    text = tr.format_money(delta, house.currency)
    # Babel writes the minus sign; a gain gets an explicit plus so the column reads as a change.
    return (("+" + text) if round(delta) > 0 else text), delta > 0


def house_rows(season: Season, plan: Plan, tr: Translator) -> list[HouseRow]:
    """Each house of the forecast, then the combined row when the forecast has one.

    Parameters
    ----------
    season
        Names each house.
    plan
        Its forecast gives the results, with and without the exchange.
    tr
        Formats money and percentages.

    Returns
    -------
    list of HouseRow
        Empty when the plan has no forecast.
    """
    if plan.forecast is None:
        return []
    rows = []
    houses = list(plan.forecast.houses)
    if plan.forecast.combined is not None:
        houses.append(plan.forecast.combined)
    for house in houses:
        if house.company == "combined":
            name = tr.t("answer.combined", currency=house.currency)
        else:
            name = company_name(season, house.company)
        change, better = _change(tr, house)
        rows.append(
            HouseRow(
                house=name,
                baseline=DASH
                if house.baseline_result is None
                else tr.format_money(house.baseline_result, house.currency),
                result=tr.format_money(house.result, house.currency),
                change=change,
                baseline_pbe=DASH
                if house.baseline_probability_break_even is None
                else tr.format_percent(house.baseline_probability_break_even),
                pbe=tr.format_percent(house.probability_break_even),
                better=better,
            )
        )
    return rows
