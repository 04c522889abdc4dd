"""Casting rule "Rehearsal load over the dancer's time": violated and satisfied, by hand.

New York, one production (running 120 min) with one lead; its needs are the defaults: 15 h of
coaching per cast, one stage and one dress rehearsal. The season starts on Tue 1 Dec 2026,
the rehearsal period three weeks before (10 Nov), and the production's calls three weeks
before its opening on Thu 10 Dec: from Thu 19 Nov. Labour defaults: 360 min a day less 75 of
class = 285 min, six days a week, 1,800 min a week; the casting may fill 90% of it.

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
    # Free Sat 5 and Sun 6 Dec (week 49: 2 x 285 = 570) and Mon 7 to Wed 9 (week 50: 855):
    # 1,425 min, 90% = 1,282 >= 1,140.
    assert _load_errors(_season("2026-12-04")) == []


def test_back_from_injury_on_sunday_is_short_by_almost_two_hours() -> None:
    # Free Sun 6 Dec (285) and Mon 7 to Wed 9 (855): 1,140 min, 90% = 1,026 < 1,140:
    # 114 min over = 1.9 h.
    assert _load_errors(_season("2026-12-05")) == [(LOAD_OVER_TIME, ("ann", "nyc-bal"), 1.9)]


def test_a_healthy_dancer_has_three_weeks() -> None:
    # From Thu 19 Nov: 4 days (1,140) + two weeks of six days (1,710 each) + 3 days (855).
    assert _load_errors(_season(None)) == []


def test_calls_that_start_on_opening_day_leave_no_time() -> None:
    # lead_weeks 0: calls from Thu 10 Dec itself, the show's day: no free day before it,
    # 0 min, all 1,140 over = 19 h. One week (from Thu 3 Dec) leaves 4 x 285 + 855 = 1,995.
    assert _load_errors(_season(None, lead_weeks=0)) == [(LOAD_OVER_TIME, ("ann", "nyc-bal"), 19.0)]
    assert _load_errors(_season(None, lead_weeks=1)) == []


def test_a_lead_is_coached_once_per_partner() -> None:
    # Ann, back on Sat 5 Dec (1,282 min allowed), dances the lead on Thu 10 and Sat 12 Dec.
    # With Bob both nights: one cast, 900 + 240 = 1,140 min, fits. With Bob then Cal: two
    # casts, 2 x 900 + 240 = 2,040 min: 758 min over = 12.63 h.
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
    assert errors("cal") == [(("ann", "nyc-bal"), 12.63)]
