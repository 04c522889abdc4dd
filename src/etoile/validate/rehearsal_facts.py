"""Facts the rehearsal rules need, from the season and plan alone (not from the solver)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from etoile.domain import LaborRules, Plan, Rehearsal, Season

PREP_MINUTES = 60
"""A dancer's calls end this long before their curtain (warm-up, hair, make-up)."""


@dataclass(frozen=True)
class Span:
    """A stretch of work: a call or a show, in aware datetimes."""

    start: dt.datetime
    end: dt.datetime
    day: dt.date
    show: bool


def minutes(delta: dt.timedelta) -> float:
    """A duration in minutes."""
    return delta.total_seconds() / 60


class RehearsalFacts:
    """Lookups over the rehearsals of one plan."""

    def __init__(self, season: Season, plan: Plan) -> None:
        self.season = season
        self.plan = plan

    @cached_property
    def calls(self) -> list[Rehearsal]:
        """The calls whose company, production and dancers the season knows."""
        s = self.season
        return [
            r
            for r in self.plan.rehearsals
            if r.company in s.company
            and r.production in s.productions
            and all(d in s.dancers for d in r.dancers)
        ]

    def labor(self, dancer: str) -> LaborRules:
        """The dancer's own labour rules (their home house's)."""
        return self.season.company[self.season.dancers[dancer].owner].labor

    def name(self, dancer: str) -> str:
        return self.season.dancers[dancer].item.name

    @cached_property
    def calls_of(self) -> dict[str, list[Rehearsal]]:
        """Dancer -> their calls, by start."""
        found: dict[str, list[Rehearsal]] = defaultdict(list)
        for r in self.calls:
            for d in set(r.dancers):
                found[d].append(r)
        return {d: sorted(rs, key=lambda r: (r.start, r.id)) for d, rs in found.items()}

    @cached_property
    def shows_of(self) -> dict[str, list[Span]]:
        """Dancer -> their shows (from the casting), by curtain."""
        found: dict[str, dict[str, Span]] = defaultdict(dict)
        for a in self.plan.casting:
            owned = self.season.performances.get(a.performance)
            if owned is None:
                continue
            perf = owned.item
            running = self.season.productions[perf.production].item.running_minutes
            end = perf.start + dt.timedelta(minutes=running)
            found[a.dancer][perf.id] = Span(perf.start, end, perf.day, True)
        return {d: sorted(s.values(), key=lambda x: x.start) for d, s in found.items()}

    def days(self, dancer: str) -> dict[dt.date, list[Span]]:
        """Dancer -> local day -> calls and shows that day, by start."""
        found: dict[dt.date, list[Span]] = defaultdict(list)
        for r in self.calls_of.get(dancer, []):
            found[r.start.date()].append(Span(r.start, r.end, r.start.date(), False))
        for s in self.shows_of.get(dancer, []):
            found[s.day].append(s)
        return {day: sorted(v, key=lambda x: x.start) for day, v in sorted(found.items())}

    def blocks(self, dancer: str) -> list[tuple[dt.date, dt.datetime, dt.datetime, bool]]:
        """Each working day's work, class included: (day, start, end, has a call)."""
        labor = self.labor(dancer)
        out = []
        for day, spans in self.days(dancer).items():
            calls = [s for s in spans if not s.show]
            starts = [s.start for s in spans if s.show]
            if calls:
                starts.append(calls[0].start - dt.timedelta(minutes=labor.class_minutes))
            out.append((day, min(starts), max(s.end for s in spans), bool(calls)))
        return out

    def present(self, dancer: str, house: str, day: dt.date) -> bool:
        """At ``house`` on ``day``: home and not travelling or resting after it, or a guest
        in their stay."""
        home = self.season.dancers[dancer].owner
        moves = [m for m in self.plan.exchange if m.dancer == dancer]
        if house == home:
            rest = dt.timedelta(days=self.labor(dancer).rest_days_after_transatlantic)
            return not any(m.depart <= day <= m.return_ + rest for m in moves)
        return any(m.host == house and m.start <= day <= m.end for m in moves)
