"""Events applied to a season and its plan, before any repair (``etoile replan``, step 1).

Typed all the way: each event changes the frozen models it concerns through
:func:`revalidated` (a replace that runs the model's validation again), in the order of the
event file; a show added and then closed by a later event is cancelled with the others.
The events are checked against the season and the plan beforehand
(:func:`etoile.seasonfile.event_check.check_events`).
"""

from __future__ import annotations

from typing import Any, TypeVar

from etoile.domain.base import DateRange, Model
from etoile.domain.company import Company
from etoile.domain.events import (
    AbsenceEvent,
    EventFile,
    PerformanceAdded,
    PerformanceCancelled,
    StudioUnavailable,
    VenueUnavailable,
    WithdrawalEvent,
)
from etoile.domain.people import Absence
from etoile.domain.plan import Plan
from etoile.domain.season import Season

M = TypeVar("M", bound=Model)


def revalidated(model: M, **changes: Any) -> M:
    """``model`` with ``changes``, validated again as a new model of its type (unlike
    ``model_copy``, which takes any value as it is).

    Parameters
    ----------
    model
        The frozen model to change.
    **changes
        Field name -> new value; the other fields keep ``model``'s values.

    Returns
    -------
    M
        A new model of ``model``'s type.

    Raises
    ------
    pydantic.ValidationError
        When the changed fields break the model's validation (or name a field it does not have).
    """
    fields = {name: getattr(model, name) for name in type(model).model_fields}
    return type(model).model_validate(fields | changes)


def apply_events(season: Season, plan: Plan, events: EventFile) -> tuple[Season, Plan]:
    """The season and plan as the events leave them, before any repair: an absence joins the
    dancer's absences; a withdrawn dancer's stays not begun by ``as_of`` are cancelled; a
    cancelled show leaves its house's calendar and its cast is released; a closed studio or
    theatre gets the days in its ``closed`` list, and a theatre's shows on those days are
    cancelled; an added show joins its house's calendar.

    Parameters
    ----------
    season
        The season before the events.
    plan
        Its plan; only the exchange and the casting change.
    events
        The event file, applied in its order. Its ``as_of`` keeps a withdrawn dancer's stays that
        departed before it (without ``as_of``, all their stays are cancelled).

    Returns
    -------
    tuple[Season, Plan]
        The new season and the new plan; the plan's rehearsals, forecast, prices and reports are
        left as they were.

    Raises
    ------
    pydantic.ValidationError
        When a changed model no longer validates (``check_events`` finds such events beforehand).
    """
    companies = [_Company(c) for c in season.companies]
    exchange = list(plan.exchange)
    cancelled: set[str] = set()
    for event in events.events:
        if isinstance(event, AbsenceEvent):
            absence = Absence(
                start=event.start, end=event.end, reason=event.reason, note=event.note
            )
            for c in companies:
                c.absent(event.dancer, absence)
        elif isinstance(event, WithdrawalEvent):
            exchange = [
                m
                for m in exchange
                if m.dancer != event.dancer
                or (events.as_of is not None and m.depart < events.as_of.date())
            ]
        elif isinstance(event, PerformanceCancelled):
            cancelled.add(event.performance)
            for c in companies:
                c.cancel({event.performance})
        elif isinstance(event, StudioUnavailable | VenueUnavailable):
            days = DateRange(start=event.start, end=event.end)
            for c in companies:
                if isinstance(event, StudioUnavailable):
                    c.close_studio(event.studio, days)
                else:
                    c.close_venue(event.venue, days)
                    gone = {
                        p.id
                        for p in c.performances
                        if p.venue == event.venue and event.contains(p.start.date())
                    }
                    cancelled |= gone  # no show in a closed theatre
                    c.cancel(gone)
        elif isinstance(event, PerformanceAdded):
            for c in companies:
                if c.company.id == event.company:
                    c.performances.append(event.performance)
    new_season = revalidated(season, companies=[c.built() for c in companies])
    new_plan = revalidated(
        plan,
        exchange=exchange,
        casting=[a for a in plan.casting if a.performance not in cancelled],
    )
    return new_season, new_plan


class _Company:
    """One house's lists while the events change them."""

    def __init__(self, company: Company) -> None:
        self.company = company
        self.dancers = list(company.dancers)
        self.studios = list(company.studios)
        self.venues = list(company.venues)
        self.performances = list(company.performances)

    def absent(self, dancer: str, absence: Absence) -> None:
        self.dancers = [
            revalidated(d, absences=[*d.absences, absence]) if d.id == dancer else d
            for d in self.dancers
        ]

    def cancel(self, shows: set[str]) -> None:
        self.performances = [p for p in self.performances if p.id not in shows]

    def close_studio(self, studio: str, days: DateRange) -> None:
        self.studios = [
            revalidated(s, closed=[*s.closed, days]) if s.id == studio else s for s in self.studios
        ]

    def close_venue(self, venue: str, days: DateRange) -> None:
        self.venues = [
            revalidated(v, closed=[*v.closed, days]) if v.id == venue else v for v in self.venues
        ]

    def built(self) -> Company:
        return revalidated(
            self.company,
            dancers=self.dancers,
            studios=self.studios,
            venues=self.venues,
            performances=self.performances,
        )
