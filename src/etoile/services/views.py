"""Use case: what the pages and the API show of a season and a plan, as plain data.

Each function takes the season, a plan and, where a reader is concerned, their language, and
returns dataclasses with ids (for links and edits) beside names and words already formatted by
the :class:`~etoile.i18n.Translator` (dates in the event's zone, money with its currency).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from etoile.domain import Plan, Season
from etoile.i18n import Translator
from etoile.i18n.places import local_day, venue_timezone
from etoile.report.answer import HouseRow, house_rows
from etoile.report.deal import DealView, deal_view
from etoile.report.finance import FinanceView, finance_view
from etoile.services.demo import HouseSummary, summarise


@dataclass(frozen=True)
class Overview:
    """The season at a glance."""

    id: str
    name: str
    period: str
    houses: list[HouseSummary]


def overview(season: Season, lang: str) -> Overview:
    """The season's houses, repertoire and calendar, summarised.

    Parameters
    ----------
    season
        The season summarised.
    lang
        Formats its dates.
    """
    tr = Translator(lang)
    return Overview(
        season.id, season.name, tr.format_period(season.start, season.end), summarise(season)
    )


@dataclass(frozen=True)
class Stay:
    """A guest's stay on the exchange board."""

    dancer: str
    dancer_name: str
    home: str
    host: str
    away: str
    stay: str
    depart: str
    start: str
    end: str
    return_: str
    roles: list[str]
    role_names: list[str]
    shows: list[str]


@dataclass(frozen=True)
class ExchangeBoard:
    """Who goes where, what it does to each house, and the deal (None for older plans)."""

    stays: list[Stay]
    houses: list[HouseRow]
    deal: DealView | None = None


def exchange_board(season: Season, plan: Plan, lang: str) -> ExchangeBoard:
    """The plan's stays by departure, with the performances each guest dances at the host.

    The deal (verdict, transfer and fee range, frontier chart) comes formatted as in the
    director's report.

    Parameters
    ----------
    season
        The names and the houses' money.
    plan
        Its exchange, casting and deal.
    lang
        The reader's language.
    """
    tr = Translator(lang)
    stays = []
    for move in sorted(plan.exchange, key=lambda m: (m.depart, m.dancer)):
        shows = sorted(
            {
                a.performance
                for a in plan.casting
                if a.dancer == move.dancer
                and a.performance in season.performances
                and season.performances[a.performance].owner == move.host
            }
        )
        dancer = season.dancers.get(move.dancer)
        stays.append(
            Stay(
                dancer=move.dancer,
                dancer_name=dancer.item.name if dancer else move.dancer,
                home=season.company[move.home].name,
                host=season.company[move.host].name,
                away=tr.format_period(move.depart, move.return_),
                stay=tr.format_period(move.start, move.end),
                depart=move.depart.isoformat(),
                start=move.start.isoformat(),
                end=move.end.isoformat(),
                return_=move.return_.isoformat(),
                roles=list(move.roles),
                role_names=[
                    season.roles[r].item.name if r in season.roles else r for r in move.roles
                ],
                shows=shows,
            )
        )
    return ExchangeBoard(stays, house_rows(season, plan, tr), deal_view(season, plan, tr))


@dataclass(frozen=True)
class Performer:
    """A dancer in a casting cell."""

    id: str
    name: str
    guest: bool


@dataclass(frozen=True)
class Show:
    """A column of the casting grid."""

    id: str
    day: str
    time: str
    date: str


@dataclass(frozen=True)
class GridRole:
    """A row of the casting grid: a role and its cast in each performance (column order)."""

    id: str
    name: str
    count: int
    cells: list[list[Performer]]


@dataclass(frozen=True)
class CastingGrid:
    """The casting of one production: roles down, performances across."""

    production: str
    title: str
    house: str
    shows: list[Show]
    roles: list[GridRole]
    candidates: list[Performer] = field(default_factory=list)
    """Who may be chosen in a cell: the house's dancers, then its guests in this plan."""


class UnknownProductionError(LookupError):
    """The season has no production with this id."""


def production_house(season: Season, production: str) -> str:
    """The house of ``production``; :class:`UnknownProductionError` when there is none."""
    found = season.productions.get(production)
    if found is None:
        raise UnknownProductionError(f"no production {production!r} in season {season.id!r}")
    return found.owner


def casting_grid(season: Season, plan: Plan, production: str, lang: str) -> CastingGrid:
    """The casting grid of ``production`` under ``plan``.

    Parameters
    ----------
    season
        Houses, productions and dancers.
    plan
        Its casting.
    production
        The production's id.
    lang
        Formats the days and times.

    Raises
    ------
    UnknownProductionError
        When the season has no such production.
    """
    tr = Translator(lang)
    house = season.company[production_house(season, production)]
    prod = season.productions[production].item
    shows = house.shows_of(production)
    cast: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a in plan.casting:
        cast[(a.performance, a.role)].append(a.dancer)

    def performer(dancer: str) -> Performer:
        found = season.dancers.get(dancer)
        if found is None:
            return Performer(dancer, dancer, False)
        return Performer(dancer, found.item.name, found.owner != house.id)

    columns = []
    for p in shows:
        tz = venue_timezone(season, p, house.timezone)
        day = local_day(season, p, house.timezone)
        columns.append(
            Show(
                p.id, tr.format_date(day, year=False), tr.format_time(p.start, tz), day.isoformat()
            )
        )
    rows = [
        GridRole(
            r.id,
            r.name,
            r.count,
            [[performer(d) for d in sorted(cast.get((p.id, r.id), []))] for p in shows],
        )
        for r in prod.roles
    ]
    guests = sorted({m.dancer for m in plan.exchange if m.host == house.id})
    candidates = [Performer(d.id, d.name, False) for d in house.dancers] + [
        performer(d) for d in guests
    ]
    return CastingGrid(production, prod.title, house.name, columns, rows, candidates)


def productions_of(season: Season, house: str) -> list[tuple[str, str]]:
    """(id, title) of the productions of ``house`` that have performances.

    Parameters
    ----------
    season
        Whose productions.
    house
        A company id.
    """
    company = season.company[house]
    staged = {p.production for p in company.performances}
    return [(p.id, p.title) for p in company.productions if p.id in staged]


def house_finance(season: Season, plan: Plan, house: str, lang: str) -> FinanceView | None:
    """The finance charts and tables of ``house`` only (None without a forecast for it).

    Parameters
    ----------
    season
        Each house's name and currency.
    plan
        Its forecast.
    house
        The reader's house.
    lang
        Words and money of the reader.
    """
    if plan.forecast is None:
        return None
    mine = [h for h in plan.forecast.houses if h.company == house]
    if not mine:
        return None
    only = plan.model_copy(
        update={"forecast": plan.forecast.model_copy(update={"houses": mine, "combined": None})}
    )
    return finance_view(season, only, Translator(lang))
