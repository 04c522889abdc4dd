"""Facts the rehearsal rules need, from the season and plan alone (not from the solver)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from etoile.domain import LaborRules, Plan, Rehearsal, Season
from etoile.validate.focus import in_focus

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


def overlapping_pairs(calls: Sequence[Rehearsal]) -> Iterator[tuple[Rehearsal, Rehearsal, float]]:
    """The pairs of ``calls`` that overlap, with the minutes of overlap: each pair once, as
    ``(calls[i], calls[j])`` with ``i < j``, in the order of ``itertools.combinations`` over
    ``calls``. A sweep over the calls sorted by start compares a call only with those that
    start before it ends, so a dancer's season of calls costs n log n, not n²."""
    order = sorted(range(len(calls)), key=lambda i: calls[i].start)
    found: list[tuple[int, int, float]] = []
    for k, i in enumerate(order):
        a = calls[i]
        for j in order[k + 1 :]:
            b = calls[j]
            if b.start >= a.end:
                break
            overlap = minutes(min(a.end, b.end) - b.start)
            if overlap > 0:
                found.append((min(i, j), max(i, j), overlap))
    for i, j, overlap in sorted(found):
        yield calls[i], calls[j], overlap


class RehearsalFacts:
    """Lookups over the rehearsals of one plan."""

    def __init__(self, season: Season, plan: Plan) -> None:
        self.season = season
        self.plan = plan
        self._shows: dict[str, list[Span]] = {}
        self._spans: dict[str, Span] = {}
        self._days: dict[str, dict[dt.date, list[Span]]] = {}
        self._blocks: dict[str, list[tuple[dt.date, dt.datetime, dt.datetime, bool]]] = {}

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
                if in_focus(d):  # every rule over a dancer's calls names the dancer
                    found[d].append(r)
        return {d: sorted(rs, key=lambda r: (r.start, r.id)) for d, rs in found.items()}

    @cached_property
    def _performances_of(self) -> dict[str, list[str]]:
        """Dancer -> the ids of the performances they dance (each once)."""
        found: dict[str, dict[str, None]] = defaultdict(dict)
        for a in self.plan.casting:
            if a.performance in self.season.performances:
                found[a.dancer][a.performance] = None
        return {d: list(p) for d, p in found.items()}

    def shows(self, dancer: str) -> list[Span]:
        """The dancer's shows (from the casting), by curtain; worked out for the dancers
        asked about only (a rule over calls asks about the dancers called)."""
        known = self._shows.get(dancer)
        if known is None:
            spans = [self._span(p) for p in self._performances_of.get(dancer, [])]
            known = self._shows[dancer] = sorted(spans, key=lambda x: x.start)
        return known

    def _span(self, perf_id: str) -> Span:
        span = self._spans.get(perf_id)
        if span is None:
            perf = self.season.performances[perf_id].item
            running = self.season.productions[perf.production].item.running_minutes
            end = perf.start + dt.timedelta(minutes=running)
            span = self._spans[perf_id] = Span(perf.start, end, perf.start.date(), True)
        return span

    def days(self, dancer: str) -> dict[dt.date, list[Span]]:
        """Dancer -> local day -> calls and shows that day, by start (worked out once per
        dancer; the rules only read it)."""
        known = self._days.get(dancer)
        if known is None:
            known = self._days[dancer] = self._work_days(dancer)
        return known

    def _work_days(self, dancer: str) -> dict[dt.date, list[Span]]:
        found: dict[dt.date, list[Span]] = defaultdict(list)
        for r in self.calls_of.get(dancer, []):
            found[r.start.date()].append(Span(r.start, r.end, r.start.date(), False))
        for s in self.shows(dancer):
            found[s.day].append(s)
        return {day: sorted(v, key=lambda x: x.start) for day, v in sorted(found.items())}

    def blocks(self, dancer: str) -> list[tuple[dt.date, dt.datetime, dt.datetime, bool]]:
        """Each working day's work, class included: (day, start, end, has a call); worked
        out once per dancer."""
        known = self._blocks.get(dancer)
        if known is None:
            known = self._blocks[dancer] = self._work_blocks(dancer)
        return known

    def _work_blocks(self, dancer: str) -> list[tuple[dt.date, dt.datetime, dt.datetime, bool]]:
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
        in their stay.

        Parameters
        ----------
        dancer
            The dancer's id.
        house
            Their home, or a house they might visit.
        day
            The local day in question.

        Returns
        -------
        bool
            At home: False from departure to return plus the home's rest days after a crossing, for
            every stay. At a host: True only between a stay's ``start`` and ``end``.
        """
        home = self.season.dancers[dancer].owner
        moves = [m for m in self.plan.exchange if m.dancer == dancer]
        if house == home:
            rest = dt.timedelta(days=self.labor(dancer).rest_days_after_transatlantic)
            return not any(m.depart <= day <= m.return_ + rest for m in moves)
        return any(m.host == house and m.start <= day <= m.end for m in moves)
