"""The exchange calendar: for each travelling dancer, every day of the season's weeks.

A day is ``home``, ``travel`` (on the road, or resting on arrival before the residence
starts), ``guest`` (in residence at the host) or ``out`` (outside the season). Weeks run
Monday to Sunday, like the forecast's weekly box office, so the two line up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from etoile.domain import ExchangeMove, Plan, Season
from etoile.i18n import Translator
from etoile.i18n.places import company_name, dancer_name, show_day

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Day:
    """One day of one dancer: its state, whether they perform, and a tooltip."""

    state: str
    show: bool
    title: str


@dataclass(frozen=True)
class Week:
    """Seven days starting on a Monday."""

    label: str
    title: str
    days: list[Day]


@dataclass(frozen=True)
class DancerTimeline:
    """One travelling dancer across the season."""

    dancer: str
    home: str
    weeks: list[Week]


def season_weeks(start: dt.date, end: dt.date) -> list[dt.date]:
    """The Mondays of every week that holds a day of ``start``..``end``.

    Parameters
    ----------
    start, end
        The first and last days, both included.
    """
    monday = start - dt.timedelta(days=start.weekday())
    weeks = []
    while monday <= end:
        weeks.append(monday)
        monday += 7 * ONE_DAY
    return weeks


def day_state(moves: list[ExchangeMove], day: dt.date) -> tuple[str, ExchangeMove | None]:
    """Where a dancer with these moves is on ``day``, and the move that takes them there.

    Parameters
    ----------
    moves
        The dancer's stays, in order.
    day
        The day asked about.

    Returns
    -------
    tuple
        ``guest``, ``travel`` or ``home``, and the move (None at home).
    """
    for move in moves:
        if move.start <= day <= move.end:
            return "guest", move
        # Leaving on ``depart`` and back home on ``return_``: the days between are the road
        # and the rest on arrival, when the dancer is neither at home nor dancing as a guest.
        if move.depart <= day < move.return_:
            return "travel", move
    return "home", None


def timelines(season: Season, plan: Plan, tr: Translator) -> list[DancerTimeline]:
    """One timeline per dancer who travels, in order of first departure.

    Parameters
    ----------
    season
        For the dancers' and hosts' names.
    plan
        Its exchange moves.
    tr
        The words of the legend and the dates.
    """
    by_dancer: dict[str, list[ExchangeMove]] = {}
    for move in sorted(plan.exchange, key=lambda m: (m.depart, m.dancer)):
        by_dancer.setdefault(move.dancer, []).append(move)
    labels = {s: tr.t(f"cal.{s}") for s in ("home", "travel", "outside")}
    mondays = season_weeks(season.start, season.end)
    rows = []
    for dancer, moves in by_dancer.items():
        danced = {show_day(season, c.performance) for c in plan.casting if c.dancer == dancer}
        weeks = []
        for monday in mondays:
            days = []
            for offset in range(7):
                day = monday + offset * ONE_DAY
                if not season.start <= day <= season.end:
                    state, text = "out", labels["outside"]
                else:
                    state, stay = day_state(moves, day)
                    text = (
                        tr.t("cal.guest_at", house=company_name(season, stay.host))
                        if state == "guest" and stay is not None
                        else labels[state]
                    )
                show = day in danced
                if show:
                    text = f"{text} · {tr.t('cal.show')}"
                days.append(Day(state, show, tr.t("cal.day", date=tr.format_date(day), state=text)))
            weeks.append(
                Week(
                    tr.format_date(monday, year=False, weekday=False),
                    tr.t("cal.week", date=tr.format_date(monday, year=False)),
                    days,
                )
            )
        rows.append(
            DancerTimeline(dancer_name(season, dancer), company_name(season, moves[0].home), weeks)
        )
    return rows
