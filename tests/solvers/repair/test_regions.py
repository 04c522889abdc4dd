"""The regions of a repair (etoile.solvers.repair.regions): the places that may change, smallest
first, and the cast each region holds fixed around it."""

from __future__ import annotations

from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.run_slots import window_days
from etoile.solvers.repair.regions import fixed_around, regions
from repair_kit import three_shows

# One production, one lead: slot 0 is p1 (Mon 7 Dec), slot 1 p2 (Mon 14), slot 2 p3 (Fri 18).
# The window of days is 7 (a week; every labour rule's reach at the house defaults is at most 7).


def _problem() -> CastingProblem:
    problem = compile_casting(three_shows())
    assert [problem.shows[s.show].id for s in problem.slots] == ["p1", "p2", "p3"]
    assert window_days(problem) == 7
    return problem


def test_the_regions_of_a_place_late_in_the_run() -> None:
    # p3 broken. Within 7 days of Fri 18: p2 (4 days), not p1 (11 days). Within 14: all three.
    assert list(regions(_problem(), [2], set())) == [
        ("the broken places", [2], False),
        ("their productions within 7 days", [1, 2], False),
        ("their productions within 14 days", [0, 1, 2], True),
        ("their productions", [0, 1, 2], True),
    ]


def test_seven_days_apart_is_within_the_window() -> None:
    # p2 broken: p1 is exactly 7 days before (7 <= 7), p3 4 days after: the whole production.
    found = list(regions(_problem(), [1], set()))
    assert found[1] == ("their productions within 7 days", [0, 1, 2], True)


def test_frozen_places_never_change() -> None:
    # p1 is in the past (frozen). p2 broken: no region holds p1; the first that holds every
    # place that may change (p2, p3) is the 7-day one.
    found = list(regions(_problem(), [1], {0}))
    assert found == [
        ("the broken places", [1], False),
        ("their productions within 7 days", [1, 2], True),
        ("their productions within 14 days", [1, 2], True),
        ("their productions", [1, 2], True),
    ]


def test_a_frozen_broken_place_is_left_out_of_the_first_region() -> None:
    found = list(regions(_problem(), [0, 2], {0}))
    assert found[0] == ("the broken places", [2], False)


def test_fixed_around_holds_the_rest_of_the_production() -> None:
    # Ann (0) in p1, Cat (2) and Ann in p2, Bea (1) in p3; p3 free: p1 and p2 are of the same
    # production, held with their dancers sorted.
    held = {0: {0}, 1: {2, 0}, 2: {1}}
    assert fixed_around(_problem(), held, [2]) == [(0, 0), (1, 0), (1, 2)]


def test_fixed_around_holds_nothing_of_the_free_places() -> None:
    held = {0: {0}, 1: {1}, 2: {2}}
    assert fixed_around(_problem(), held, [0, 1, 2]) == []
