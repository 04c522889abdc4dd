"""When a dancer may be called on a given day: at the house, not absent, and around the shows.

A dancer's own labour rules (their home house's) apply wherever they dance. On a day with a
show, calls end :data:`SHOW_PREP_MINUTES` before the first curtain and start late enough for
the day's span; on a day after a show, they start late enough for the rest between days; on
a day before a show, they end early enough for it. Two-show days have no calls when the rules
say so. Everything here is on the :class:`~etoile.problems.rehearsal_time.Clock` axis.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from etoile.domain import ExchangeMove, LaborRules, Plan, Season
from etoile.problems.rehearsal_time import Clock

SHOW_PREP_MINUTES = 60
"""Warm-up, hair and make-up: calls end this long before the dancer's curtain."""


@dataclass(frozen=True)
class Show:
    """One show of a dancer, on the axis, with its local day."""

    day: dt.date
    start: int
    end: int


@dataclass(frozen=True)
class DayRule:
    """What a dancer's calls on one day must respect; ``None`` bounds are free."""

    forbidden: str = ""
    """Why no call is possible ('' when calls are allowed)."""
    lo: int | None = None
    """Calls start at or after this minute."""
    hi: int | None = None
    """Calls end at or before this minute."""
    cap: int | None = None
    """Most rehearsal minutes that day (show days)."""


class DancerDays:
    """Day rules of every dancer of a season under one plan (its exchange and casting)."""

    def __init__(self, season: Season, plan: Plan, clock: Clock) -> None:
        self.season = season
        self.clock = clock
        self.moves: dict[str, list[ExchangeMove]] = defaultdict(list)
        for move in plan.exchange:
            self.moves[move.dancer].append(move)
        shows: dict[str, dict[str, Show]] = defaultdict(dict)
        for a in plan.casting:
            owned = season.performances.get(a.performance)
            if owned is None:
                continue
            perf = owned.item
            running = season.productions[perf.production].item.running_minutes
            start = clock.minute(perf.start)
            shows[a.dancer][perf.id] = Show(perf.day, start, start + running)
        self.shows: dict[str, dict[dt.date, list[Show]]] = {}
        for dancer, found in shows.items():
            by_day: dict[dt.date, list[Show]] = defaultdict(list)
            for show in sorted(found.values(), key=lambda s: s.start):
                by_day[show.day].append(show)
            self.shows[dancer] = dict(by_day)
        self._rules: dict[tuple[str, str, dt.date], DayRule] = {}

    def labor(self, dancer: str) -> LaborRules:
        """The dancer's own (home house's) labour rules."""
        return self.season.company[self.season.dancers[dancer].owner].labor

    def present(self, dancer: str, house: str, day: dt.date) -> bool:
        """At ``house`` and free to work on ``day``: not travelling, not resting after it."""
        home = self.season.dancers[dancer].owner
        moves = self.moves.get(dancer, [])
        if house == home:
            rest = dt.timedelta(days=self.labor(dancer).rest_days_after_transatlantic)
            return not any(m.depart <= day <= m.return_ + rest for m in moves)
        return any(m.host == house and m.start <= day <= m.end for m in moves)

    def shows_on(self, dancer: str, day: dt.date) -> list[Show]:
        """The dancer's shows on ``day``, by curtain."""
        return self.shows.get(dancer, {}).get(day, [])

    def rule(self, dancer: str, house: str, day: dt.date) -> DayRule:
        """The day rule of ``dancer`` for a call of ``house`` on ``day`` (local)."""
        key = (dancer, house, day)
        if key not in self._rules:
            self._rules[key] = self._rule(dancer, house, day)
        return self._rules[key]

    def available(self, dancer: str, house: str, day: dt.date) -> bool:
        """True when a call of ``house`` may include the dancer on ``day``."""
        return not self.rule(dancer, house, day).forbidden

    def _rule(self, dancer: str, house: str, day: dt.date) -> DayRule:
        item = self.season.dancers[dancer].item
        if not self.present(dancer, house, day):
            return DayRule(forbidden="away")
        if item.absent_on(day) is not None:
            return DayRule(forbidden="absent")
        labor = self.labor(dancer)
        today = self.shows_on(dancer, day)
        if len(today) >= 2 and labor.no_rehearsal_on_two_show_day:
            return DayRule(forbidden="two-show day")
        lo: int | None = None
        hi: int | None = None
        cap: int | None = None
        rest = round(labor.min_rest_between_days_hours * 60)
        if today:
            hi = today[0].start - SHOW_PREP_MINUTES
            lo = max(s.end for s in today) - labor.max_daily_span_minutes + labor.class_minutes
            cap = labor.max_rehearsal_minutes_on_show_day
        before = self.shows_on(dancer, day - dt.timedelta(days=1))
        if before:
            after_rest = max(s.end for s in before) + rest + labor.class_minutes
            lo = after_rest if lo is None else max(lo, after_rest)
        after = self.shows_on(dancer, day + dt.timedelta(days=1))
        if after:
            limit = after[0].start - rest
            hi = limit if hi is None else min(hi, limit)
        return DayRule("", lo, hi, cap)
