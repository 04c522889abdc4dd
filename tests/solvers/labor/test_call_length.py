"""Labour rule "Call too long" holds by construction: no service of a house's day is longer
than ``max_call_minutes``, cut down to the 30-minute grid (problems.rehearsal_time.services)."""

from __future__ import annotations

from etoile.problems.rehearsal_time import Service, services
from rehearsal_kit import kit_season


def test_services_are_no_longer_than_the_longest_call() -> None:
    # 120-min calls from 10:00 (600) with the default 60-min break: 600-720 and 780-900. A
    # third, 960-1080, would make a 75 + (1080 - 600) = 555-min day, over the 540 min span.
    nyc = kit_season({"max_call_minutes": 120}).company["nyc"]
    assert services(nyc) == (Service(600, 720), Service(780, 900))


def test_a_limit_off_the_grid_is_cut_down_to_it() -> None:
    # 100 min is not on the 30-min grid: calls of 90. 600-690, 750-840, 900-990: the day is
    # 75 + 390 = 465 min (<= 540) and leaves 1,440 + 600 - 75 - 990 = 975 min (>= 720) of
    # rest before the next class; three services is the most a day has.
    nyc = kit_season({"max_call_minutes": 100}).company["nyc"]
    assert services(nyc) == (Service(600, 690), Service(750, 840), Service(900, 990))
    assert max(s.minutes for s in services(nyc)) == 90
