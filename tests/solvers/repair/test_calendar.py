"""The calendar repair: published calls stay where they were, new ones only after ``as_of``.

New York, one production with one lead (2 h of coaching per cast, no stage call): Ann dances
p1 (Mon 7 Dec) and p2 (Mon 14 Dec), Bea p3 (Fri 18 Dec 2026); the calendar is published.
"""

from __future__ import annotations

import datetime as dt

from casting_kit import plan
from etoile.domain import AbsenceEvent, EventFile, Plan, Season
from etoile.problems.rehearsal import compile_rehearsal
from etoile.problems.rehearsal_time import GRID
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.repair.calendar import _fresh, not_before, recalendar
from repair_kit import LEAD, LIGHT, three_shows

FAST = CastingParams(time_limit=5, workers=1)


def _season() -> Season:
    return three_shows(production={"rehearsal": LIGHT})


def _published(s: Season) -> Plan:
    cast = [("p1", LEAD, "ann"), ("p2", LEAD, "ann"), ("p3", LEAD, "bea")]
    return rehearse_season(s, plan(cast), RehearsalParams(time_limit=5, workers=1))


def test_nothing_changed_keeps_every_published_call() -> None:
    s = _season()
    old = _published(s)
    n = len(old.rehearsals)
    assert n > 0
    # An event that changes no cast and no call (Cat, cast nowhere, away after the shows).
    away = AbsenceEvent(dancer="cat", start=dt.date(2026, 12, 28), end=dt.date(2026, 12, 29))
    new, report = recalendar(s, old, old, EventFile(season="kit", events=[away]), FAST)
    assert sorted(new.rehearsals, key=lambda c: c.id) == sorted(old.rehearsals, key=lambda c: c.id)
    assert report.notes[0] == (
        f"{n} of {n} published calls kept in place, 0 more in place with their dancers "
        "changed; 0 placed anew"
    )


def test_options_before_the_cutoff_are_narrowed_to_the_grid() -> None:
    # An option from minute lo to hi, cut at lo + 1: its first start on the 30-minute grid
    # at or after the cutoff is lo + ceil(1 / 30) * 30 = lo + 30; options that end before
    # the cutoff are gone, those that start after it are left as they are.
    s = _season()
    problem = compile_rehearsal(s, _published(s))
    c, o = next(
        (c, o) for c, call in enumerate(problem.calls) for o in call.options if o.hi - o.lo >= GRID
    )
    before = list(problem.calls[c].options)
    problem = not_before(problem, o.lo + 1)
    after = problem.calls[c].options
    assert [(x.day, x.lo, x.hi) for x in after if x.day == o.day and x.hi == o.hi] == [
        (o.day, o.lo + 30, o.hi)
    ]
    assert all(x.lo >= o.lo + 1 for x in after)
    assert [x for x in before if x.lo > o.lo] == [x for x in after if x.lo > o.lo + 30]


def test_a_new_call_never_takes_an_id_of_the_past() -> None:
    assert _fresh("c1", {"c1"}) == "c1.r1"
    assert _fresh("c1", {"c1", "c1.r1"}) == "c1.r2"
