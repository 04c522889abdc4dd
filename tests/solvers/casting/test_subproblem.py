"""A casting problem restricted to some slots (etoile.solvers.casting.subproblem): the kept
slots in the order given, fixed slots with their dancers only, pins and exclusions renumbered."""

from __future__ import annotations

from dataclasses import replace

from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.subproblem import subproblem
from repair_kit import three_shows

# Slots 0, 1, 2: the lead of p1, p2, p3; every dancer (Ann 0, Bea 1, Cat 2) a candidate.


def _problem() -> CastingProblem:
    problem = compile_casting(three_shows())
    assert [s.candidates for s in problem.slots] == [(0, 1, 2)] * 3
    # A pin of Bea in p3 (slot 2) and an exclusion on slot 1, set by hand.
    return replace(problem, pins=((2, 1),), exclusions={1: ((0, "injured"),)})


def test_the_kept_slots_in_the_order_given() -> None:
    problem = _problem()
    sub = subproblem(problem, [2, 0])
    assert sub.slots == (problem.slots[2], problem.slots[0])
    # Shows, roles and dancers keep their indices.
    assert (sub.shows, sub.roles, sub.dancers) == (problem.shows, problem.roles, problem.dancers)


def test_pins_and_exclusions_follow_their_slots() -> None:
    # Keep [2, 1]: whole slot 2 is sub slot 0, whole slot 1 is sub slot 1.
    sub = subproblem(_problem(), [2, 1])
    assert sub.pins == ((0, 1),)
    assert sub.exclusions == {1: ((0, "injured"),)}


def test_pins_and_exclusions_of_dropped_slots_are_dropped() -> None:
    sub = subproblem(_problem(), [0])
    assert (sub.pins, sub.exclusions) == ((), {})


def test_a_fixed_slot_keeps_only_its_dancers_sorted() -> None:
    # Slot 1 held with Cat and Ann (given in that order): candidates (0, 2). Slot 0, not
    # fixed, keeps all three.
    sub = subproblem(_problem(), [0, 1], fixed=[(1, 2), (1, 0)])
    assert [s.candidates for s in sub.slots] == [(0, 1, 2), (0, 2)]


def test_the_whole_problem_is_unchanged() -> None:
    problem = _problem()
    subproblem(problem, [1], fixed=[(1, 0)])
    assert problem.slots[1].candidates == (0, 1, 2)
