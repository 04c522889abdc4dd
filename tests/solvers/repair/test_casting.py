"""The smallest repair of a cast (etoile.solvers.repair.casting): broken places found, the
smallest region re-cast, frozen places left alone, the repair applied to the old cast.

New York, one production with one lead; Ann (0), Bea (1) and Cat (2) know it; slots 0, 1, 2
are p1 (Mon 7 Dec), p2 (Mon 14 Dec) and p3 (Fri 18 Dec 2026). The old cast: Ann in p1 and
p2, Bea in p3.
"""

from __future__ import annotations

from dataclasses import replace

from etoile.domain import SolveStatus
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.repair.casting import broken_slots, repair_cast
from repair_kit import three_shows

OLD = [(0, 0), (1, 0), (2, 1)]
FAST = CastingParams(time_limit=2.0, workers=1, seed=0)


def _ann_out_of_p2() -> CastingProblem:
    # Ann may no longer dance p2 (say, injured that week): only Bea and Cat are candidates.
    p = compile_casting(three_shows())
    slots = tuple(replace(s, candidates=(1, 2)) if k == 1 else s for k, s in enumerate(p.slots))
    return replace(p, slots=slots)


def test_broken_places() -> None:
    assert broken_slots(_ann_out_of_p2(), OLD) == [1]
    # A place short of its dancer is broken too (p3 uncast).
    assert broken_slots(compile_casting(three_shows()), OLD[:2]) == [2]


def test_the_smallest_repair() -> None:
    # Only p2 changes. Bea there leads twice with two casts (20), nobody over the fair share
    # (one principal may dance all three, two leads a week: the run needs one cast, the share
    # is 3); Cat: three casts, 30. Bea. One change (p2), two people (Ann out, Bea in); proved.
    weights = three_shows().casting_weights
    repair = repair_cast(_ann_out_of_p2(), weights, OLD, set(), FAST)
    assert (repair.cast, repair.region, repair.changes, repair.people) == ([(1, 1)], [1], 1, 2)
    assert repair.proven and repair.report.status is SolveStatus.OPTIMAL
    assert repair.notes == ["nyc-bal: the broken places (1 places): 1 change(s), 2 people"]
    assert repair.applied_to(OLD) == [(0, 0), (1, 1), (2, 1)]


def test_nothing_to_repair() -> None:
    # The cast still holds; or its only broken place has happened (frozen).
    weights = three_shows().casting_weights
    intact = repair_cast(compile_casting(three_shows()), weights, OLD, set(), FAST)
    frozen = repair_cast(_ann_out_of_p2(), weights, OLD, {1}, FAST)
    for repair in (intact, frozen):
        assert (repair.cast, repair.changes, repair.notes) == ([], 0, ["nothing to repair"])
        assert repair.applied_to(OLD) == OLD
