"""The variables of a part of the calendar (etoile.solvers.rehearsal.variables): starts on the
grid of the call's windows, one option chosen when placed, rooms and leaders."""

from __future__ import annotations

from dataclasses import replace

from ortools.sat.python import cp_model

from etoile.problems.rehearsal_time import GRID
from etoile.solvers.rehearsal.variables import make_variables
from part_kit import hand_call, kit_problem, option, part


def _domain(m: cp_model.CpModel, var: cp_model.IntVar) -> list[int]:
    return list(m.proto.variables[var.index].domain)


def test_starts_on_the_grid_of_every_window() -> None:
    # Windows 10:00-10:30 on Tue 8 and 14:00 on Wed 9: starts every GRID (30) minutes in the
    # first (10:00, 10:30), and 14:00 on Wed 9: three values.
    p = kit_problem()
    tue = option(p, "2026-12-08", "10:00", "10:30")
    wed = option(p, "2026-12-09", "14:00", "14:00")
    p = part(p, hand_call(p, 60, ("ava",), tue, wed))
    m = cp_model.CpModel()
    v = make_variables(m, p, [0])
    starts = sorted({*range(tue.lo, tue.hi + 1, GRID), wed.lo})
    domain = _domain(m, v.calls[0].start)
    # The domain lists intervals [lo, hi, lo, hi, ...]: expand them.
    values = [
        x for lo, hi in zip(domain[::2], domain[1::2], strict=True) for x in range(lo, hi + 1)
    ]
    assert values == starts
    assert sorted(v.calls[0].option) == [0, 1]


def test_one_room_and_one_leader_reuse_the_placed_literal() -> None:
    p = kit_problem()
    p = part(p, hand_call(p, 60, ("ava",), option(p, "2026-12-08", "10:00", "10:00")))
    v = make_variables(cp_model.CpModel(), p, [0])
    call = v.calls[0]
    assert call.room == {0: call.placed}
    assert call.staff == {0: call.placed}


def test_two_rooms_get_a_literal_each() -> None:
    p = kit_problem()
    made = hand_call(p, 60, ("ava",), option(p, "2026-12-08", "10:00", "10:00"), rooms=(0, 1))
    p = part(p, made)
    v = make_variables(cp_model.CpModel(), p, [0])
    assert sorted(v.calls[0].room) == [0, 1]
    assert v.calls[0].room[0] is not v.calls[0].placed


def test_a_call_without_a_room_is_never_placed() -> None:
    # No room: ``placed`` is fixed false; maximising it gives 0.
    p = kit_problem()
    p = part(p, hand_call(p, 60, ("ava",), option(p, "2026-12-08", "10:00", "10:00")))
    p = replace(p, calls=[replace(p.calls[0], rooms=())])
    m = cp_model.CpModel()
    v = make_variables(m, p, [0])
    m.maximize(v.calls[0].placed)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(m) == cp_model.OPTIMAL
    assert solver.value(v.calls[0].placed) == 0
    assert v.calls[0].room == {}
