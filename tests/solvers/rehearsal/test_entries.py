"""What a placed calendar comes to (etoile.solvers.rehearsal.entries): its overtime as the
validator counts it, and its calls as the plan's rehearsals in local time."""

from __future__ import annotations

import datetime as dt

from etoile.domain import RehearsalKind
from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.entries import overtime, to_rehearsals
from etoile.solvers.rehearsal.fixed import Placement
from part_kit import every_dancer, hand_call, kit_problem, option, part

TUE = dt.date(2026, 12, 8)
NY = dt.timezone(dt.timedelta(hours=-5))


def _calendar(**changes) -> tuple[RehearsalProblem, list[Placement]]:  # type: ignore[no-untyped-def]
    # Two calls of need 1 (Ava's coaching of the lead), placed on Tue 8 Dec: call 0, 300 min
    # for Ava and Bea at 10:00 in the studio; call 1, 90 min for Bea at 16:00 on the stage.
    # Given out of order.
    p = kit_problem()
    p = part(
        p,
        hand_call(p, 300, ("ava", "bea"), option(p, "2026-12-08", "10:00", "10:00"), need=1),
        hand_call(p, 90, ("bea",), option(p, "2026-12-08", "16:00", "16:00"), need=1),
        **changes,
    )
    placements = [
        Placement(1, TUE, p.calls[1].options[0].lo, 1, 0),
        Placement(0, TUE, p.calls[0].options[0].lo, 0, 0),
    ]
    return p, placements


def test_overtime_over_the_daily_limit_counts_class() -> None:
    # Daily limit 360 with class 75. Ava: 75 + 300 = 375, 15 over. Bea: 75 + 300 + 90 = 465,
    # 105 over. 15 + 105 = 120. The week's limit (1,800) is far.
    p, placements = _calendar()
    assert overtime(p, placements) == (120, 0)


def test_overtime_over_the_weekly_limit() -> None:
    # Weekly limit 300 (class not counted): Ava 300, 0 over; Bea 390, 90 over.
    p = kit_problem()
    p, placements = _calendar(dancer_labor=every_dancer(p, max_weekly_rehearsal_minutes=300))
    assert overtime(p, placements)[1] == 90


def test_to_rehearsals_in_time_order_and_local_time() -> None:
    p, placements = _calendar()
    made = to_rehearsals(p, placements)
    # Need 1's first call (seq 0) is numbered 1, its second 2.
    assert [r.id for r in made] == ["nyc-bal.coaching.1.1", "nyc-bal.coaching.1.2"]
    first, second = made
    # 10:00 for 300 min: ends 15:00, New York time (UTC-5 in December).
    assert (first.start, first.end) == (
        dt.datetime(2026, 12, 8, 10, 0, tzinfo=NY),
        dt.datetime(2026, 12, 8, 15, 0, tzinfo=NY),
    )
    assert first.start.utcoffset() == dt.timedelta(hours=-5)
    assert (first.studio, second.studio) == ("nyc-studio", "nyc-stage")
    assert first.staff == ["nyc-bm"]
    assert (first.dancers, second.dancers) == (["ava", "bea"], ["bea"])
    assert (first.kind, first.company, first.production) == (
        RehearsalKind.COACHING,
        "nyc",
        "nyc-bal",
    )
    assert first.roles == ["nyc-bal.lead"]
