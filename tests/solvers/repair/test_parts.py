"""Region models kept between repairs: the same repair, from a model restored as built.

New York, one lead role known by Ann, Bea and Cat; Ann dances p1 and p2 (Mon 7 and Mon 14
Dec 2026), Bea p3 (Fri 18 Dec), and Ann is hurt on the 14th: p2 is the broken place.
"""

from __future__ import annotations

import datetime as dt

from casting_kit import company, dancer, plan, role, season, show
from etoile.domain import AbsenceEvent, EventFile
from etoile.domain.event_apply import apply_events
from etoile.problems.casting import compile_casting
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import from_assignments
from etoile.solvers.repair import Parts, repair_cast
from etoile.solvers.repair.casting import broken_slots

LEAD = "nyc-bal.lead"
FAST = CastingParams(time_limit=5, workers=1)


def _broken():  # type: ignore[no-untyped-def]
    dancers = [dancer(n, known=(LEAD,)) for n in ("ann", "bea", "cat")]
    shows = [
        show("p1", "2026-12-07T19:30"),
        show("p2", "2026-12-14T19:30"),
        show("p3", "2026-12-18T19:30"),
    ]
    s = season(company("nyc", dancers, [role(LEAD, lead=True)], shows))
    old = plan([("p1", LEAD, "ann"), ("p2", LEAD, "ann"), ("p3", LEAD, "bea")])
    hurt = AbsenceEvent(dancer="ann", start=dt.date(2026, 12, 14), end=dt.date(2026, 12, 14))
    s, old = apply_events(s, old, EventFile(season="kit", events=[hurt]))
    problem = compile_casting(s, old)
    return s, problem, from_assignments(problem, old)


def test_a_model_handed_back_is_the_model_as_built() -> None:
    s, problem, cast = _broken()
    parts = Parts()
    free = broken_slots(problem, cast)
    fixed = [(k, d) for k, d in cast if k not in free]
    part = parts.part(problem, s.casting_weights, free, fixed)
    built = str(part.model.model.proto)
    part.model.model.add_bool_or([next(iter(part.model.vars.cast.values()))])  # a solve's own
    again = parts.part(problem, s.casting_weights, free, fixed)
    assert again is part and parts.hits == 1
    assert str(again.model.model.proto) == built


def test_the_same_repair_with_models_kept() -> None:
    # p2 goes to Bea or Cat: one change (Ann leaves), two people. Pinned to Cat, then to Bea,
    # with the models kept, each repair is the one a fresh build gives.
    s, problem, cast = _broken()
    w = s.casting_weights
    parts = Parts()
    first = repair_cast(problem, w, cast, set(), FAST, parts=parts)
    assert (first.changes, first.people, first.proven) == (1, 2, True)
    (k,) = broken_slots(problem, cast)
    for d in problem.slots[k].candidates:
        kept = repair_cast(problem, w, cast, set(), FAST, pins=((k, d),), parts=parts)
        fresh = repair_cast(problem, w, cast, set(), FAST, pins=((k, d),))
        assert (kept.cast, kept.changes, kept.people) == (fresh.cast, fresh.changes, fresh.people)
    assert parts.hits == len(problem.slots[k].candidates)
