"""Labour rule "Too little rest between days" holds by construction: the last service of a
day ends ``min_rest_between_days_hours`` before the next morning's class."""

from __future__ import annotations

from etoile.problems.rehearsal_time import Service, services
from rehearsal_kit import kit_season


def test_the_last_service_leaves_the_rest_before_tomorrows_class() -> None:
    # Default services 600-780 and 840-1020. After 17:00 (1020) the next class is at 08:45
    # (1,440 + 600 - 75 = 1,965): 945 min of rest. 15 h (900 min) keeps both services ...
    fifteen = kit_season({"min_rest_between_days_hours": 15}).company["nyc"]
    assert services(fifteen) == (Service(600, 780), Service(840, 1020))
    # ... 16 h (960 min) does not: the day ends at 13:00, 1,965 - 780 = 1,185 min before class.
    sixteen = kit_season({"min_rest_between_days_hours": 16}).company["nyc"]
    assert services(sixteen) == (Service(600, 780),)
