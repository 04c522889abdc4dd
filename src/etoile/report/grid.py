"""The casting grid of every production: roles down, performances across, dancers inside.

Guests (dancers of another house) are marked so that a director sees the exchange at work in
the casting. Big corps roles would make a cell of twenty names; above :data:`CROWD` dancers a
cell shows the count, with the names behind a ``<details>`` toggle and in its tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import Company, Performance, Plan, Role, Season
from etoile.i18n import Translator
from etoile.i18n.places import dancer_name, local_day, venue_timezone

CROWD = 3
"""Cells with more dancers than this are shown folded."""


@dataclass(frozen=True, order=True)
class Cast:
    """A dancer in a cell."""

    name: str
    guest: bool


@dataclass(frozen=True)
class Cell:
    """Who dances one role in one performance, and how far the role is filled."""

    dancers: list[Cast]
    needed: int
    crowd: bool
    summary: str
    """The folded label (``12 dancers``) or the shortfall (``2 of 3 cast``); empty otherwise."""


@dataclass(frozen=True)
class Column:
    """A performance: its local date and time, and a tooltip with the venue."""

    day: str
    time: str
    title: str


@dataclass(frozen=True)
class Row:
    """A role and its cells, one per performance."""

    role: str
    count: int
    cells: list[Cell]


@dataclass(frozen=True)
class Grid:
    """One production of one house."""

    title: str
    house: str
    shows: str
    columns: list[Column]
    rows: list[Row]


def _cell(dancers: list[Cast], needed: int, tr: Translator) -> Cell:
    crowd = needed > CROWD or len(dancers) > CROWD
    if not dancers:
        summary = tr.t("cast.missing")
    elif len(dancers) < needed:
        summary = tr.t("cast.partial", filled=len(dancers), needed=needed)
    elif crowd:
        summary = tr.t("cast.dancers", count=len(dancers))
    else:
        summary = ""
    return Cell(dancers, needed, crowd, summary)


def _columns(
    season: Season, company: Company, shows: list[Performance], tr: Translator
) -> list[Column]:
    columns = []
    for p in shows:
        tz = venue_timezone(season, p, company.timezone)
        venue = season.venues.get(p.venue)
        where = venue.item.name if venue else p.venue
        columns.append(
            Column(
                tr.format_date(local_day(season, p, company.timezone), year=False),
                tr.format_time(p.start, tz),
                f"{tr.format_datetime(p.start, tz)} · {where}",
            )
        )
    return columns


def _row(
    season: Season,
    company: Company,
    role: Role,
    shows: list[Performance],
    cast: dict[tuple[str, str], list[str]],
    tr: Translator,
) -> Row:
    cells = []
    for p in shows:
        dancers = sorted(
            Cast(dancer_name(season, d), _guest(season, d, company.id))
            for d in cast.get((p.id, role.id), [])
        )
        cells.append(_cell(dancers, role.count, tr))
    return Row(role.name, role.count, cells)


def grids(season: Season, plan: Plan, tr: Translator) -> list[Grid]:
    """Every production with at least one performance, house by house, in season order.

    Parameters
    ----------
    season
        The houses, their productions and performances, in order.
    plan
        Whose casting fills the cells.
    tr
        The reader's language, for the columns and the empty places.
    """
    cast: dict[tuple[str, str], list[str]] = {}
    for c in plan.casting:
        cast.setdefault((c.performance, c.role), []).append(c.dancer)
    found = []
    for company in season.companies:
        for production in company.productions:
            shows = company.shows_of(production.id)
            if shows:
                found.append(
                    Grid(
                        production.title,
                        company.name,
                        tr.t("cast.shows", count=len(shows)),
                        _columns(season, company, shows, tr),
                        [_row(season, company, r, shows, cast, tr) for r in production.roles],
                    )
                )
    return found


def _guest(season: Season, dancer: str, house: str) -> bool:
    """True for a dancer of another house (an unknown id is not called a guest)."""
    found = season.dancers.get(dancer)
    return found is not None and found.owner != house
