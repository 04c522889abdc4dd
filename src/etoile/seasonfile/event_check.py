"""An event file checked against the season and the plan it changes (``etoile replan``).

Every event must name what exists: a dancer, a studio, a venue, a performance, a house of the
season; a withdrawal needs a stay of that dancer in the plan; an added performance a new id.
Each problem names the file and the event's path (``events[2].dancer``); the events are then
applied by :func:`etoile.domain.event_apply.apply_events`.
"""

from __future__ import annotations

from etoile.domain import (
    AbsenceEvent,
    EventFile,
    PerformanceAdded,
    PerformanceCancelled,
    Plan,
    Season,
    StudioUnavailable,
    VenueUnavailable,
    WithdrawalEvent,
)
from etoile.seasonfile.errors import InputError, Problem


def check_events(season: Season, plan: Plan, events: EventFile, file: str) -> None:
    """Raise an InputError naming each event that does not fit the season or the plan.

    Parameters
    ----------
    season
        The season the events happen to.
    plan
        The plan they change (a withdrawal needs a stay in it).
    events
        The event file, loaded.
    file
        Its name, for the problems.

    Raises
    ------
    InputError
        With one problem per event that does not fit.
    """
    problems = []
    if events.season != season.id:
        problems.append(Problem(file, "season", f"expected {season.id!r}", events.season))
    for i, event in enumerate(events.events):
        where = f"events[{i}]"
        if isinstance(event, AbsenceEvent | WithdrawalEvent) and event.dancer not in season.dancers:
            problems.append(Problem(file, f"{where}.dancer", "no such dancer", event.dancer))
        if isinstance(event, WithdrawalEvent) and not any(
            m.dancer == event.dancer for m in plan.exchange
        ):
            problems.append(
                Problem(file, f"{where}.dancer", "has no stay in the plan", event.dancer)
            )
        if isinstance(event, PerformanceCancelled) and event.performance not in season.performances:
            problems.append(
                Problem(file, f"{where}.performance", "no such performance", event.performance)
            )
        if isinstance(event, StudioUnavailable) and event.studio not in season.studios:
            problems.append(Problem(file, f"{where}.studio", "no such studio", event.studio))
        if isinstance(event, VenueUnavailable) and event.venue not in season.venues:
            problems.append(Problem(file, f"{where}.venue", "no such venue", event.venue))
        if isinstance(event, PerformanceAdded):
            if event.company not in season.company:
                problems.append(Problem(file, f"{where}.company", "no such company", event.company))
            if event.performance.id in season.performances:
                problems.append(
                    Problem(file, f"{where}.performance.id", "already exists", event.performance.id)
                )
    if problems:
        raise InputError(problems)
