"""Labour rule "No break" holds by construction: class and a service fit before
``break_after_minutes``, and services are at least ``break_minutes`` apart."""

from __future__ import annotations

from etoile.problems.rehearsal_time import Service, services
from rehearsal_kit import kit_season


def test_work_before_a_break_and_the_break_itself() -> None:
    # A break after 200 min of work: class 75 leaves 125, cut to the grid: 120-min services.
    # A 45-min break, rounded up to the grid: an hour between services. 600-720, 780-900; a
    # third (960-1080) would make a 75 + 480 = 555-min day, over the 540 min span.
    nyc = kit_season({"break_after_minutes": 200, "break_minutes": 45}).company["nyc"]
    found = services(nyc)
    assert found == (Service(600, 720), Service(780, 900))
    assert 75 + found[0].minutes <= 200
    assert found[1].start - found[0].end >= 45
