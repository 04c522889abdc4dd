"""Labour rule "Working day too long" holds by construction: from class to the end of the last
service a house's day is at most ``max_daily_span_minutes``."""

from __future__ import annotations

from etoile.problems.rehearsal_time import Service, services
from rehearsal_kit import kit_season


def test_a_second_service_that_would_stretch_the_day_is_left_out() -> None:
    # Span 400: 600-780 (class at 525, 75 + 180 = 255 min); a second service 840-1020 would
    # make 75 + 420 = 495 > 400.
    nyc = kit_season({"max_daily_span_minutes": 400}).company["nyc"]
    assert services(nyc) == (Service(600, 780),)


def test_a_span_shorter_than_class_and_a_call_shortens_the_call() -> None:
    # Span 200: class 75 leaves 125 min, cut to the grid: one 120-min call, a 195-min day.
    nyc = kit_season({"max_daily_span_minutes": 200}).company["nyc"]
    assert services(nyc) == (Service(600, 720),)
    assert 75 + services(nyc)[-1].end - services(nyc)[0].start == 195
