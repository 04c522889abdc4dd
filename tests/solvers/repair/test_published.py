"""Where the published calendar had each call (etoile.solvers.repair.published): calls with
the same dancers kept in place, wished in place when a dancer of theirs is recast, and kept
when they happened.

New York, one production with one lead (2 h of coaching per cast, no stage call): Ann dances
p1 (Mon 7 Dec) and p2 (Mon 14 Dec), Bea p3 (Fri 18 Dec 2026); the calendar is published.
"""

from __future__ import annotations

import datetime as dt

from casting_kit import plan
from etoile.domain import AbsenceEvent, EventFile, Plan, Season
from etoile.problems.rehearsal import RehearsalProblem, compile_rehearsal
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.solvers.repair.published import published_slots
from repair_kit import LEAD, LIGHT, three_shows

AWAY = AbsenceEvent(dancer="cat", start=dt.date(2026, 12, 28), end=dt.date(2026, 12, 29))


def _published() -> tuple[Season, Plan, RehearsalProblem]:
    s = three_shows(production={"rehearsal": LIGHT})
    cast = [("p1", LEAD, "ann"), ("p2", LEAD, "ann"), ("p3", LEAD, "bea")]
    old = rehearse_season(s, plan(cast), RehearsalParams(time_limit=5, workers=1))
    return s, old, compile_rehearsal(s, old)


def _where(problem: RehearsalProblem, old: Plan) -> dict[frozenset[str], int]:
    """Each published call's dancers -> its start on the axis."""
    return {frozenset(r.dancers): problem.clock.minute(r.start) for r in old.rehearsals}


def test_nothing_recast_keeps_every_call_where_it_was() -> None:
    _, old, problem = _published()
    assert len(problem.calls) == len(old.rehearsals) > 0
    kept, same, changed = published_slots(
        problem, old, EventFile(season="kit", events=[AWAY]), set()
    )
    assert (len(kept), same, changed) == (len(problem.calls), [], [])
    where = _where(problem, old)
    for p in kept:
        who = frozenset(problem.dancers[d] for d in problem.calls[p.call].dancers)
        assert p.start == where[who]


def test_a_recast_dancers_calls_are_wished_not_kept() -> None:
    # Ann's places change: her calls are wished in place (``same``), Bea's kept.
    _, old, problem = _published()
    kept, same, _ = published_slots(problem, old, EventFile(season="kit", events=[AWAY]), {"ann"})
    ann = problem.dancers.index("ann")
    assert same and all(ann in problem.calls[p.call].dancers for p in same)
    assert all(ann not in problem.calls[p.call].dancers for p in kept)
    assert len(kept) + len(same) == len(problem.calls)


def test_calls_that_happened_are_kept_even_when_recast() -> None:
    # As of 1 Jan 2027 every call has happened: all kept, whatever is recast.
    _, old, problem = _published()
    as_of = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    events = EventFile(season="kit", as_of=as_of, events=[AWAY])
    kept, same, changed = published_slots(problem, old, events, {"ann", "bea"})
    assert (len(kept), same, changed) == (len(problem.calls), [], [])
