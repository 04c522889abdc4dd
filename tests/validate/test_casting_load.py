"""Casting rule "Rehearsal load over the dancer's time": violated and satisfied, by hand.

New York, one production (running 120 min) with one lead; its needs are the defaults: 15 h of
coaching per cast, one stage and one dress rehearsal. The season starts on Tue 1 Dec 2026,
the rehearsal period three weeks before (10 Nov), and the production's calls three weeks
before its opening on Thu 10 Dec: from Thu 19 Nov. Labour defaults: two services of 180 min
a day, calls of at most 120 min (the show-day limit), so a day holds two calls, 240 min (below
the 360 min a day less 75 of class = 285), six days a week (1,440 min, under the 1,800 min
weekly limit); the casting may fill all of it (``rehearsal_load_share`` 1).

Ann knows the lead and dances the opening: 900 min of coaching + 2 x 120 min on stage
= 1,140 min of calls before 10 Dec.
"""

from __future__ import annotations

from casting_kit import company, dancer, plan, role, season, show
from etoile.domain import Season
from etoile.validate import Severity, validate
from etoile.validate.casting_load import LOAD_OVER_TIME

LEAD = "nyc-bal.lead"


def _season(injured_until: str | None, lead_weeks: int | None = None) -> Season:
    absences = (
        [{"start": "2026-11-01", "end": injured_until, "reason": "injury"}] if injured_until else []
    )
    production = {"rehearsal": {"lead_weeks": lead_weeks}} if lead_weeks is not None else None
    ann = dancer("ann", known=(LEAD,), absences=absences)
    nyc = company(
        "nyc", [ann], [role(LEAD, lead=True)], [show("p1", "2026-12-10T19:30")],
        production=production,
    )  # fmt: skip
    return season(nyc)


def _load_errors(s: Season) -> list[tuple[str, tuple[str, ...], float]]:
    found = validate(s, plan([("p1", LEAD, "ann")]))
    return [
        (v.rule, v.entities, round(v.amount, 2))
        for v in found
        if v.severity is Severity.ERROR and v.rule == LOAD_OVER_TIME
    ]


def test_back_from_injury_on_saturday_has_time_enough() -> None:
    # Free Sat 5 and Sun 6 Dec (week 49: 2 x 240 = 480) and Mon 7 to Wed 9 (week 50: 720):
    # 1,200 min >= 1,140.
    assert _load_errors(_season("2026-12-04")) == []


def test_back_from_injury_on_sunday_is_short_by_three_hours() -> None:
    # Free Sun 6 Dec (240) and Mon 7 to Wed 9 (720): 960 min < 1,140: 180 min over = 3 h.
    # Counting the daily limit less class (285 a day, 1,140 min) would have let it through,
    # though the calendar has room for two 2-hour calls a day only.
    assert _load_errors(_season("2026-12-05")) == [(LOAD_OVER_TIME, ("ann", "nyc-bal"), 3.0)]


def test_a_smaller_share_keeps_time_for_the_rest() -> None:
    # At 90%, Saturday's 1,200 min allow 1,080: 60 min over = 1 h.
    s = _season("2026-12-04")
    nyc = s.companies[0]
    labor = nyc.labor.model_copy(update={"rehearsal_load_share": 0.9})
    s = s.model_copy(update={"companies": [nyc.model_copy(update={"labor": labor})]})
    assert _load_errors(s) == [(LOAD_OVER_TIME, ("ann", "nyc-bal"), 1.0)]


def test_a_healthy_dancer_has_three_weeks() -> None:
    # From Thu 19 Nov: 4 days (960) + two weeks of six days (1,440 each) + 3 days (720).
    assert _load_errors(_season(None)) == []


def test_calls_that_start_on_opening_day_leave_no_time() -> None:
    # lead_weeks 0: calls from Thu 10 Dec itself, the show's day: no free day before it,
    # 0 min, all 1,140 over = 19 h. One week (from Thu 3 Dec) leaves 4 x 240 + 720 = 1,680.
    assert _load_errors(_season(None, lead_weeks=0)) == [(LOAD_OVER_TIME, ("ann", "nyc-bal"), 19.0)]
    assert _load_errors(_season(None, lead_weeks=1)) == []


def test_a_lead_is_coached_once_per_partner() -> None:
    # Ann, back on Sat 5 Dec (1,200 min), dances the lead on Thu 10 and Sat 12 Dec.
    # With Bob both nights: one cast, 900 + 240 = 1,140 min, fits. With Bob then Cal: two
    # casts, 2 x 900 + 240 = 2,040 min: 840 min over = 14 h.
    prince = "nyc-bal.prince"
    injury = [{"start": "2026-11-01", "end": "2026-12-04", "reason": "injury"}]
    dancers = [
        dancer("ann", known=(LEAD,), absences=injury),
        dancer("bob", tags=("man",), known=(prince,)),
        dancer("cal", tags=("man",), known=(prince,)),
    ]
    roles = [
        role(LEAD, lead=True, partner=prince),
        role(prince, tags=("man",), lead=True, partner=LEAD),
    ]
    shows = [show("p1", "2026-12-10T19:30"), show("p2", "2026-12-12T19:30")]
    s = season(company("nyc", dancers, roles, shows))

    def errors(second: str) -> list[tuple[tuple[str, ...], float]]:
        cast = [("p1", LEAD, "ann"), ("p1", prince, "bob"), ("p2", LEAD, "ann")]
        found = validate(s, plan([*cast, ("p2", prince, second)]))
        return [(v.entities, round(v.amount, 2)) for v in found if v.rule == LOAD_OVER_TIME]

    assert errors("bob") == []
    assert errors("cal") == [(("ann", "nyc-bal"), 14.0)]


SOLO = "nyc-bal.solo"


def _learner(away: tuple[str, str]) -> Season:
    """Ann learns a solo role (24 h, her own figure) for the show on Thu 10 Dec; she is away
    ``away``. The production's calls start on Thu 19 Nov (company 36 h + stage and dress 4 h
    = 2,400 min); at 6 h a week, twice 24 h takes 56 days, so her learning may start with the
    rehearsal period on Tue 10 Nov (1,440 min more)."""
    injury = [{"start": away[0], "end": away[1], "reason": "injury"}]
    ann = dancer("ann", absences=injury, learn_hours={SOLO: 24.0})
    return season(company("nyc", [ann], [role(SOLO)], [show("p1", "2026-12-10T19:30")]))


def _solo_errors(s: Season) -> list[tuple[str, tuple[str, ...], float]]:
    found = validate(s, plan([("p1", SOLO, "ann")]))
    return [
        (v.rule, v.entities, round(v.amount, 2))
        for v in found
        if v.severity is Severity.ERROR and v.rule == LOAD_OVER_TIME
    ]


def test_learning_may_start_before_the_production_calls() -> None:
    # Away 19-25 Nov: from Thu 26 Nov, 4 x 240 + 1,440 + 720 = 3,120 min hold the calls
    # (2,400) but not the calls and the learning (3,840), as one window would have said; from
    # 10 Nov, 1,440 + 720 (10-18 Nov) more: 5,280 min hold both.
    assert _solo_errors(_learner(("2026-11-19", "2026-11-25"))) == []


def test_learning_short_in_its_own_window_is_over() -> None:
    # Away 10-25 Nov: from 10 Nov she has the same 3,120 min: 720 over = 12 h.
    assert _solo_errors(_learner(("2026-11-10", "2026-11-25"))) == [
        (LOAD_OVER_TIME, ("ann", "nyc-bal"), 12.0)
    ]
