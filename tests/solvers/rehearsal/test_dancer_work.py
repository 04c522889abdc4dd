"""One dancer's days in a part (etoile.solvers.rehearsal.dancer_work): a day's load, the
working-day literal, fixed working days, and the bounds of a working day."""

from __future__ import annotations

import datetime as dt

from ortools.sat.python import cp_model

from etoile.problems.rehearsal_time import DAY
from etoile.solvers.rehearsal.dancer_work import DancerWork
from etoile.solvers.rehearsal.fixed import Fixed, Placement
from part_kit import NEW_YORK, hand_call, kit_problem, option, part

TUE, WED, THU = dt.date(2026, 12, 8), dt.date(2026, 12, 9), dt.date(2026, 12, 10)


def _setup():  # type: ignore[no-untyped-def]
    # One 60-min call for Ava at 10:00 on Wed 9 Dec, placed around the part. Ava dances on
    # Thu 10 Dec. The kit's services: 10:00-13:00 and 14:00-17:00; class 75 min.
    p = kit_problem()
    p = part(p, hand_call(p, 60, ("ava",), option(p, "2026-12-09", "10:00", "10:00")))
    fixed = Fixed(p)
    fixed.add(Placement(0, WED, p.calls[0].options[0].lo, 0, 0))
    ava = p.dancers.index("ava")
    return p, fixed, DancerWork(p, fixed, "nyc", ava)


def test_a_days_load() -> None:
    # Two calls of 120 and 90 min may fall on Tue 8: at most 210 min; nothing placed before.
    _, _, work = _setup()
    m = cp_model.CpModel()
    x, y = m.new_bool_var("x"), m.new_bool_var("y")
    work.calls[TUE] += [(120, [x]), (90, [y])]
    load = work.load(TUE)
    assert (load.day, load.most, load.done) == (TUE, 210, 0)
    # On Wed 9 the 60 min placed before count as done.
    work.calls[WED].append((30, [m.new_bool_var("z")]))
    assert (work.load(WED).most, work.load(WED).done) == (30, 60)


def test_the_working_day_literal_is_made_once_and_not_for_a_day_already_worked() -> None:
    _, _, work = _setup()
    m = cp_model.CpModel()
    work.calls[TUE].append((120, [m.new_bool_var("x")]))
    work.calls[WED].append((30, [m.new_bool_var("z")]))
    first = work.work_literal(m, work.load(TUE))
    assert first is not None
    assert work.work_literal(m, work.load(TUE)) is first
    assert work.worked(TUE) is first
    # Wed 9 is a working day already (the call placed before): no literal, worked = 1.
    assert work.work_literal(m, work.load(WED)) is None
    assert work.worked(WED) == 1


def test_fixed_working_days() -> None:
    # Thu 10: a show; Wed 9: a placed call; Tue 8: nothing (worked 0 without a literal).
    _, _, work = _setup()
    assert (work.fixed_work(THU), work.fixed_work(WED), work.fixed_work(TUE)) == (
        True,
        True,
        False,
    )
    assert work.worked(TUE) == 0


def test_the_bounds_of_a_working_day() -> None:
    p, _, work = _setup()
    m = cp_model.CpModel()
    work.calls[TUE].append((120, [m.new_bool_var("x")]))
    # A day of calls: class 75 min before the first service (10:00): 08:45, to the end of
    # the last service, 17:00.
    assert work.start_of(TUE) == p.clock.at(NEW_YORK, TUE, 8 * 60 + 45)
    assert work.end_of(TUE) == p.clock.at(NEW_YORK, TUE, 17 * 60)
    # Mon 7, idle: starts at its last minute and ends at its first.
    mon = dt.date(2026, 12, 7)
    assert work.start_of(mon) == p.clock.at(NEW_YORK, mon, DAY)
    assert work.end_of(mon) == p.clock.at(NEW_YORK, mon, 0)
    # Wed 9, the call placed at 10:00 for 60 min: from 08:45 (class) to 11:00.
    assert work.start_of(WED) == p.clock.at(NEW_YORK, WED, 8 * 60 + 45)
    assert work.end_of(WED) == p.clock.at(NEW_YORK, WED, 11 * 60)
