"""Ordering the calls of a room's day (etoile.solvers.rehearsal.order): a block whose calls
share dancers is reordered so that they wait least, packed from its first start, and kept
only when every call stays in its own window."""

from __future__ import annotations

import datetime as dt

from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.fixed import Placement
from etoile.solvers.rehearsal.order import order_days
from part_kit import hand_call, kit_problem, option, part

TUE = dt.date(2026, 12, 8)


def _problem(windows: tuple[tuple[str, str], ...], who: tuple[str, ...]) -> RehearsalProblem:
    # Three 60-min calls in the studio on Tue 8 Dec (morning service), one dancer each.
    p = kit_problem()
    calls = [
        hand_call(p, 60, (d,), option(p, "2026-12-08", lo, hi))
        for d, (lo, hi) in zip(who, windows, strict=True)
    ]
    return part(p, *calls)


def _at(problem: RehearsalProblem, hhmm: str) -> int:
    return option(problem, "2026-12-08", hhmm, hhmm).lo


def _in_order(placements: list[Placement]) -> list[tuple[int, int]]:
    return [(p.call, p.start) for p in placements]


def test_a_dancer_kept_waiting_is_called_back_to_back() -> None:
    # Ava at 10:00 and 12:00, Bea at 11:00 between: Ava waits 60 min. Every call may start
    # 10:00-12:00. Reordered, Ava's two calls are adjacent (no wait), packed from 10:00:
    # starts 10:00, 11:00, 12:00.
    windows = (("10:00", "12:00"),) * 3
    p = _problem(windows, ("ava", "bea", "ava"))
    ten, eleven, noon = _at(p, "10:00"), _at(p, "11:00"), _at(p, "12:00")
    before = [Placement(0, TUE, ten, 0, 0), Placement(1, TUE, eleven, 0, 0)]
    before.append(Placement(2, TUE, noon, 0, 0))
    after = order_days(p, before)
    assert sorted(pl.start for pl in after) == [ten, eleven, noon]
    by_call = {pl.call: pl.start for pl in after}
    assert abs(by_call[0] - by_call[2]) == 60  # Ava's calls back to back
    assert [pl.start for pl in after] == sorted(pl.start for pl in after)


def test_a_better_order_outside_the_windows_is_not_kept() -> None:
    # The same calls, each allowed only at its own hour: any other order leaves a window.
    windows = (("10:00", "10:00"), ("11:00", "11:00"), ("12:00", "12:00"))
    p = _problem(windows, ("ava", "bea", "ava"))
    before = [Placement(k, TUE, _at(p, h), 0, 0) for k, h in enumerate(("10:00", "11:00", "12:00"))]
    assert _in_order(order_days(p, before)) == _in_order(before)


def test_calls_that_share_nobody_are_left_alone() -> None:
    # Ava, Bea, Cal: nobody waits, no reordering (placements sorted by start).
    windows = (("10:00", "12:00"),) * 3
    p = _problem(windows, ("ava", "bea", "cal"))
    before = [Placement(k, TUE, _at(p, h), 0, 0) for k, h in enumerate(("12:00", "10:00", "11:00"))]
    assert _in_order(order_days(p, before)) == [
        (1, _at(p, "10:00")),
        (2, _at(p, "11:00")),
        (0, _at(p, "12:00")),
    ]
