"""Labour rule "Call before the earliest call time" holds by construction: a house's first
service starts at ``earliest_call``, rounded up to the 30-minute grid, never before it."""

from __future__ import annotations

import datetime as dt

from etoile.problems.rehearsal_time import Service, services
from rehearsal_kit import kit_season


def test_the_day_starts_at_the_earliest_call() -> None:
    # 11:30 is minute 690; 180-min calls: 690-870, then 930-1110 after the 60-min break.
    nyc = kit_season({"earliest_call": "11:30"}).company["nyc"]
    assert nyc.labor.earliest_call == dt.time(11, 30)
    assert services(nyc) == (Service(690, 870), Service(930, 1110))


def test_a_time_off_the_grid_starts_later_not_earlier() -> None:
    # 11:20 (680) is not on the grid: the first call starts at 11:30 (690), never at 11:00.
    nyc = kit_season({"earliest_call": "11:20"}).company["nyc"]
    assert services(nyc)[0].start == 690
