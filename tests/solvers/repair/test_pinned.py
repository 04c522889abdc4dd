"""A pinned candidate no region can take, proven on the model of the pinned place alone.

New York, principals limited to one show a week. The ballet's lead is known by Ann, Bea, Cat
and Dee: Ann dances p1 (Mon 7 Dec 2026) and p2 (Mon 14 Dec), Bea p3 (Fri 18 Dec); Dee leads
the gala g1, another production, on Tue 15 Dec. Ann is hurt on the 14th: p2 is the broken
place. Cat takes it (one change); Bea can, if Ann takes p3 back (two changes); Dee cannot:
the gala is her one show of that week, and no region of the ballet, up to the whole
production, changes that.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casting_kit import company, dancer, plan, role, season, show
from etoile.domain import AbsenceEvent, EventFile, Plan, Season
from etoile.domain.event_apply import apply_events
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.services.replan import replan
from etoile.services.replan_options import replacement_options
from etoile.solvers.casting.constraints import CONSTRAINTS
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import from_assignments
from etoile.solvers.casting.result import Cast
from etoile.solvers.repair import pinned, repair_cast
from etoile.solvers.repair.casting import broken_slots
from etoile.solvers.repair.pinned import cannot_hold

LEAD, GALA = "nyc-bal.lead", "nyc-gala.lead"
FAST = CastingParams(time_limit=5, workers=1)
LIGHT = {"coaching_hours_per_cast": 2, "stage_rehearsals": 0, "dress_rehearsals": 0}
HURT = EventFile(
    season="kit",
    events=[AbsenceEvent(dancer="ann", start=dt.date(2026, 12, 14), end=dt.date(2026, 12, 14))],
)
CAST = [("p1", LEAD, "ann"), ("p2", LEAD, "ann"), ("p3", LEAD, "bea"), ("g1", GALA, "dee")]


def _season() -> Season:
    dancers = [dancer(n, known=(LEAD, GALA)) for n in ("ann", "bea", "cat", "dee")]
    shows = [
        show("p1", "2026-12-07T19:30"),
        show("p2", "2026-12-14T19:30"),
        show("p3", "2026-12-18T19:30"),
        show("g1", "2026-12-15T19:30", production="nyc-gala"),
    ]
    labor = {"max_performances_per_week": {"principal": 1}}
    house: dict[str, Any] = company(
        "nyc", dancers, [role(LEAD, lead=True)], shows, labor, {"rehearsal": LIGHT}
    )
    ballet = house["productions"][0]
    gala = {"id": "nyc-gala", "title": "Gala", "roles": [role(GALA, lead=True)]}
    house["productions"].append(ballet | gala)
    house["staff"][0]["productions"].append("nyc-gala")
    return season(house)


def _published() -> Plan:
    return rehearse_season(_season(), plan(CAST), RehearsalParams(time_limit=5, workers=1))


def _broken() -> tuple[Season, Plan, CastingProblem, Cast]:
    s, old = apply_events(_season(), _published(), HURT)
    problem = compile_casting(s, old)
    return s, old, problem, from_assignments(problem, old)


def test_the_proof_knows_every_hard_rule_of_the_casting() -> None:
    # The proof holds because each of these rules is an exact count of a place's dancers or
    # an upper limit over variables that only grow with the cast (fewer places only loosen
    # it). A new rule must be checked for that before it joins this list (pinned.py).
    assert [rule.__name__ for rule in CONSTRAINTS] == [
        "role_slots_filled",
        "pins_kept",
        "one_role_per_show",
        "one_place_at_a_time",
        "weekly_show_limit",
        "weekly_lead_limit",
        "no_lead_in_both_shows",
        "rest_between_leads",
        "consecutive_days_limit",
        "rehearsal_load",
    ]


def test_the_model_of_the_pinned_place_proves_who_cannot_take_it() -> None:
    s, _, problem, cast = _broken()
    (k,) = broken_slots(problem, cast)
    gala = [(j, d) for j, d in cast if problem.shows[problem.slots[j].show].id == "g1"]
    dee, cat = problem.dancer_index["dee"], problem.dancer_index["cat"]
    assert cannot_hold(problem, s.casting_weights, ((k, dee),), gala, FAST)
    assert not cannot_hold(problem, s.casting_weights, ((k, cat),), gala, FAST)


@pytest.mark.parametrize(
    ("who", "proven"), [("bea", [False]), ("cat", []), ("dee", [True])]
)  # Cat: the place alone is repaired; Bea: only a larger region holds her; Dee: none does
def test_a_pinned_repair_is_the_one_every_region_solved_gives(
    who: str, proven: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    s, _, problem, cast = _broken()
    (k,) = broken_slots(problem, cast)
    pins = ((k, problem.dancer_index[who]),)
    proofs: list[bool] = []

    def proving(*args: Any, **kw: Any) -> bool:
        proofs.append(cannot_hold(*args, **kw))
        return proofs[-1]

    monkeypatch.setattr(pinned, "cannot_hold", proving)
    quick = repair_cast(problem, s.casting_weights, cast, set(), FAST, pins=pins, prove_pins=True)
    slow = repair_cast(problem, s.casting_weights, cast, set(), FAST, pins=pins)
    assert proofs == proven  # asked for by the first repair only
    assert (quick.cast, quick.region, quick.changes, quick.people, quick.unrepaired) == (
        slow.cast,
        slow.region,
        slow.changes,
        slow.people,
        slow.unrepaired,
    )
    assert quick.unrepaired == (["nyc-bal"] if who == "dee" else [])


def test_the_ranking_is_the_ranking_with_every_region_solved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The same candidates, in the same order, with the same costs as when each candidate's
    # repair tried every region (the ranking before the proof on the pinned place).
    result = replan(_season(), _published(), HURT, FAST, 200, options=3)
    rows = [(o.dancer, o.chosen, o.changes, o.also) for o in result.options]
    assert rows == [
        ("cat", True, 1, ()),
        ("bea", False, 2, (("p3", LEAD),)),
        ("dee", False, None, ()),
    ]
    s, old, problem, cast = _broken()
    whole = result.repair.applied_to(cast)
    monkeypatch.setattr(pinned, "cannot_hold", lambda *args, **kw: False)
    slow = replacement_options(s, old, problem, cast, set(), whole, FAST, 3)
    assert slow == result.options
