"""The dancers' working days as the greedy placer sees them
(etoile.solvers.rehearsal.work_days): a day's block of work, working days, called minutes."""

from __future__ import annotations

import datetime as dt

from etoile.solvers.rehearsal.fixed import Fixed, Placement
from etoile.solvers.rehearsal.work_days import FAR, WorkDays, called_minutes
from part_kit import hand_call, kit_problem, option, part

TUE, WED, THU = dt.date(2026, 12, 8), dt.date(2026, 12, 9), dt.date(2026, 12, 10)
MON = dt.date(2026, 12, 7)


def _setup():  # type: ignore[no-untyped-def]
    # Call 0: 120 min for Ava and Bea at 10:00 on Tue 8 Dec; call 1: 90 min for Bea at 14:00,
    # both placed. Class is 75 min. Ava, Bea and Cal dance on Thu 10 Dec at 19:30.
    p = kit_problem()
    p = part(
        p,
        hand_call(p, 120, ("ava", "bea"), option(p, "2026-12-08", "10:00", "10:00")),
        hand_call(p, 90, ("bea",), option(p, "2026-12-08", "14:00", "14:00")),
    )
    ten, two = p.calls[0].options[0].lo, p.calls[1].options[0].lo
    placements = [Placement(0, TUE, ten, 0, 0), Placement(1, TUE, two, 0, 0)]
    fixed = Fixed(p)
    for pl in placements:
        fixed.add(pl)
    return p, fixed, placements, ten, two


def test_the_block_of_a_day_with_calls_starts_with_class() -> None:
    p, fixed, _, ten, two = _setup()
    work = WorkDays(p, fixed)
    bea = p.dancers.index("bea")
    # Bea: class 75 min before 10:00, to the end of the 14:00 call (90 min).
    assert work.block(bea, TUE, None) == (ten - 75, two + 90)
    # With a call of 16:00-17:00 added: the day ends at 17:00.
    assert work.block(bea, TUE, (two + 120, two + 180)) == (ten - 75, two + 180)


def test_the_block_of_a_show_day_and_of_an_idle_day() -> None:
    p, fixed, _, _, _ = _setup()
    work = WorkDays(p, fixed)
    ava = p.dancers.index("ava")
    curtain, end = work.shows[ava][THU]
    assert work.block(ava, THU, None) == (curtain, end)
    assert curtain < end
    # Nothing on Wed 9: an empty block, farther than any minute.
    assert work.block(ava, WED, None) == (FAR, -FAR)
    # A call on Wed 9 alone: class before it, to its end.
    assert work.block(ava, WED, (1000, 1060)) == (1000 - 75, 1060)


def test_working_days() -> None:
    p, fixed, _, _, _ = _setup()
    work = WorkDays(p, fixed)
    cal, ava = p.dancers.index("cal"), p.dancers.index("ava")
    assert work.working(ava, TUE, WED)  # a placed call
    assert work.working(cal, THU, WED)  # a show
    assert work.working(cal, WED, WED)  # the new call's day
    assert not work.working(cal, TUE, WED)  # nothing for Cal on Tue 8


def test_called_minutes_by_day_and_by_week() -> None:
    p, _, placements, _, _ = _setup()
    ava, bea = p.dancers.index("ava"), p.dancers.index("bea")
    # Ava 120; Bea 120 + 90 = 210, on Tue 8 and in the week of Mon 7.
    assert called_minutes(p, placements) == {(ava, TUE): 120, (bea, TUE): 210}
    by_week = called_minutes(p, placements, lambda day: day - dt.timedelta(days=day.weekday()))
    assert by_week == {(ava, MON): 120, (bea, MON): 210}
