"""The rehearsal problem of the kit season (tests/rehearsal_kit.py), worked by hand."""

from __future__ import annotations

import datetime as dt

from etoile.domain import RehearsalKind
from etoile.problems.rehearsal import compile_rehearsal
from etoile.problems.rehearsal_needs import chunks
from etoile.problems.rehearsal_time import Service, services
from rehearsal_kit import kit_plan, kit_season


def test_chunks_cut_hours_into_calls_on_the_grid() -> None:
    assert chunks(3.0, 180) == (180,)
    assert chunks(61.1, 180) == (180,) * 20 + (90,)
    assert chunks(2.0, 180) == (120,)
    assert chunks(0.0, 180) == ()


def test_default_rules_give_two_services_a_day() -> None:
    # 10:00 + min(180, 300 - 75) = 13:00; a 60-min break; 14:00-17:00. A third (18:00-21:00)
    # would make a 75 + 660 min day, over the 540-min span.
    nyc = kit_season().company["nyc"]
    assert services(nyc) == (Service(600, 780), Service(840, 1020))


def test_kit_needs() -> None:
    problem = compile_rehearsal(kit_season(), kit_plan())
    got = {(n.kind, n.dancers, n.minutes) for n in problem.needs}
    assert got == {
        (RehearsalKind.COMPANY, ("bea", "cal"), (180,)),
        (RehearsalKind.COACHING, ("ava",), (120,)),
        (RehearsalKind.LEARNING, ("cal",), (120,)),
        (RehearsalKind.STAGE, ("ava", "bea", "cal"), (120,)),
        (RehearsalKind.DRESS, ("ava", "bea", "cal"), (120,)),
    }
    company = next(n for n in problem.needs if n.kind is RehearsalKind.COMPANY)
    # Three weeks before Thu 10 Dec, never before the period (10 Nov); until the first show.
    assert (company.first_day, company.last_day) == (dt.date(2026, 11, 19), dt.date(2026, 12, 10))


def test_options_keep_clear_of_the_show() -> None:
    problem = compile_rehearsal(kit_season(), kit_plan())
    coaching = next(
        c for c in problem.calls if problem.needs[c.need].kind is RehearsalKind.COACHING
    )
    show_day = [o for o in coaching.options if o.day == dt.date(2026, 12, 10)]
    # Ava dances at 19:30 (show ends 21:30): class starts >= 21:30 - 540 min = 12:30, so the
    # call >= 13:45: the morning service is out, the afternoon one (14:00-17:00) is in, and the
    # 120-min call starts 14:00..15:00.
    assert [(o.service, o.hi - o.lo) for o in show_day] == [(1, 60)]
    assert not [o for o in coaching.options if o.day == dt.date(2026, 12, 12)]  # two shows
