"""Each hard casting rule of the validator: one violated and one satisfied case, by hand.

The instance: New York, one production with a lead (principal woman) and a corps role of two;
season from 1 December 2026 (a Tuesday). Shows are added per test.
"""

from __future__ import annotations

from typing import Any

from casting_kit import company, dancer, move, plan, role, season, show
from etoile.domain import Season
from etoile.validate import Severity, validate
from etoile.validate import casting as rules

LEAD, CORPS = "nyc-bal.lead", "nyc-bal.corps"


def _season(
    shows: list[dict[str, Any]], labor: dict[str, Any] | None = None, **role_kw: Any
) -> Season:
    dancers = [
        dancer("ann", known=(LEAD,)),
        dancer("bea", known=(LEAD,)),
        dancer("cid", rank="corps", known=(CORPS,)),
        dancer("dot", rank="corps", known=(CORPS,)),
        dancer(
            "eve",
            rank="corps",
            known=(CORPS,),
            absences=[{"start": "2026-12-10", "end": "2026-12-11", "reason": "injury"}],
        ),
    ]
    roles = [role(LEAD, lead=True, **role_kw), role(CORPS, tiers=("corps",), count=2)]
    return season(company("nyc", dancers, roles, shows, labor=labor))


def _errors(s: Season, cast: list[tuple[str, str, str]], **kw: Any) -> list[tuple[str, float]]:
    found = validate(s, plan(cast, **kw))
    names = {v for k, v in vars(rules).items() if k.isupper() and isinstance(v, str)}
    return [(v.rule, v.amount) for v in found if v.severity is Severity.ERROR and v.rule in names]


def _full(
    perf: str, lead: str = "ann", corps: tuple[str, str] = ("cid", "dot")
) -> list[tuple[str, str, str]]:
    return [(perf, LEAD, lead), (perf, CORPS, corps[0]), (perf, CORPS, corps[1])]


ONE = [show("p1", "2026-12-10T19:30")]


def test_slot_unfilled_and_filled() -> None:
    s = _season(ONE)
    assert _errors(s, _full("p1")[:2]) == [(rules.SLOT_UNFILLED, 1.0)]
    assert _errors(s, _full("p1")) == []


def test_slot_overfilled() -> None:
    s = _season(ONE)
    assert _errors(s, [*_full("p1"), ("p1", LEAD, "bea")]) == [(rules.SLOT_OVERFILLED, 1.0)]
    assert _errors(s, _full("p1")) == []


def test_dancer_not_suited() -> None:
    s = _season(ONE)
    cast = [("p1", LEAD, "cid"), ("p1", CORPS, "dot"), ("p1", CORPS, "ann")]
    suited = [f for f in _errors(s, cast) if f[0] == rules.NOT_SUITED]
    assert suited == [(rules.NOT_SUITED, 1.0), (rules.NOT_SUITED, 1.0)]
    assert _errors(s, _full("p1")) == []


def test_role_not_learnt_in_time() -> None:
    # The show is 9 days after the season starts, and the house rehearses 3 weeks before it
    # (the default rehearsal_lead_weeks): 30 days at 6 h a week, 25.71 h; Bea needs 40.
    s = _season(ONE, learn_hours=40)
    data = s.model_dump(mode="json", by_alias=True)
    data["companies"][0]["dancers"][1]["known_roles"] = []
    s = Season.model_validate(data)
    assert _errors(s, _full("p1", lead="bea")) == [(rules.NOT_LEARNT, round(40 - 6 * 30 / 7, 2))]
    data["companies"][0]["dancers"][1]["learn_hours"] = {LEAD: 25.0}
    assert _errors(Season.model_validate(data), _full("p1", lead="bea")) == []


def test_learning_counts_the_rehearsal_weeks_before_the_season() -> None:
    # 9 days in the season plus 5 weeks of rehearsal: 44 days, 37.71 h; 4 weeks: 30.86 h.
    data = _season(ONE, learn_hours=35).model_dump(mode="json", by_alias=True)
    data["companies"][0]["dancers"][1]["known_roles"] = []
    data["companies"][0]["labor"]["rehearsal_lead_weeks"] = 5
    assert _errors(Season.model_validate(data), _full("p1", lead="bea")) == []
    data["companies"][0]["labor"]["rehearsal_lead_weeks"] = 4
    assert _errors(Season.model_validate(data), _full("p1", lead="bea")) == [
        (rules.NOT_LEARNT, round(35 - 6 * 37 / 7, 2))
    ]


def test_a_guest_learns_at_home_before_departure_and_in_residence() -> None:
    # Zoe of Paris departs on 8 December, arrives on 9 for the 10 December show: 1 day in
    # residence. Without preparation at home, at the terms' 12 h a week: 1.71 h of the 20 h;
    # the host's rehearsal weeks before the season do not count for her.
    paris = company("par", [dancer("zoe")], [role("par-bal.lead")], [])
    s = season(_season(ONE, learn_hours=20).model_dump(mode="json")["companies"][0], paris)
    stay = [move("zoe", "par", "nyc", "2026-12-08", "2026-12-12")]
    unprepared = _prepared(s, 0)
    assert _errors(unprepared, _full("p1", lead="zoe"), exchange=stay) == [
        (rules.NOT_LEARNT, round(20 - 12 * 1 / 7, 2))
    ]
    # The default 14 days of preparation at home: 12 h x (14 + 1) / 7 = 25.71 h >= 20 h.
    assert _errors(s, _full("p1", lead="zoe"), exchange=stay) == []
    # 10 days: 12 x 11 / 7 = 18.86 h, 1.14 h short.
    assert _errors(_prepared(s, 10), _full("p1", lead="zoe"), exchange=stay) == [
        (rules.NOT_LEARNT, round(20 - 12 * 11 / 7, 2))
    ]


def test_a_guest_short_of_preparation_is_told_why() -> None:
    paris = company("par", [dancer("zoe")], [role("par-bal.lead")], [])
    s = season(_season(ONE, learn_hours=20).model_dump(mode="json")["companies"][0], paris)
    stay = [move("zoe", "par", "nyc", "2026-12-08", "2026-12-12")]
    found = list(rules.dancers_eligible(_prepared(s, 10), plan([("p1", LEAD, "zoe")], stay)))
    assert [v.message for v in found] == [
        "Zoe needs 20 h to learn Lead for New York Ballet on Thu 10 Dec 2026 19:30 but can "
        "learn only 18.9 h by then (10 days of preparation at home and 1 day in residence): "
        "1.1 h short"
    ]


def _prepared(s: Season, days: int) -> Season:
    """``s`` with ``days`` of preparation at home in its exchange terms."""
    terms = [t.model_copy(update={"preparation_days": days}) for t in s.exchanges]
    return s.model_copy(update={"exchanges": terms})


def test_dancer_absent() -> None:
    s = _season(ONE)
    assert _errors(s, _full("p1", corps=("cid", "eve"))) == [(rules.ABSENT, 1.0)]
    later = _season([show("p1", "2026-12-12T19:30")])
    assert _errors(later, _full("p1", corps=("cid", "eve"))) == []


def test_dancer_not_at_the_house() -> None:
    paris = company("par", [dancer("zoe")], [role("par-bal.lead")], [])
    s = season(_season(ONE).model_dump(mode="json")["companies"][0], paris)
    away = [move("ann", "nyc", "par", "2026-12-08", "2026-12-12")]
    assert _errors(s, _full("p1"), exchange=away) == [(rules.NOT_THERE, 1.0)]
    back = [move("ann", "nyc", "par", "2026-12-11", "2026-12-20")]
    assert _errors(s, _full("p1"), exchange=back) == []


def test_two_roles_in_one_show_unless_doubled() -> None:
    s = _season(ONE, tiers=("principal", "corps"), tags=(), learn_hours=0)
    cast = [("p1", LEAD, "cid"), ("p1", CORPS, "cid"), ("p1", CORPS, "dot")]
    assert _errors(s, cast) == [(rules.TWO_ROLES, 1.0)]
    data = s.model_dump(mode="json", by_alias=True)
    data["companies"][0]["productions"][0]["doubled_roles"] = [[LEAD, CORPS]]
    assert _errors(Season.model_validate(data), cast) == []


def test_double_booked() -> None:
    # 14:00 + 120 min ends 16:00; the 15:00 show starts an hour before that: 60 minutes short.
    overlap = _season(
        [show("p1", "2026-12-12T14:00"), show("p2", "2026-12-12T15:00")],
        labor={"no_lead_in_both_shows": False},
    )
    assert _errors(overlap, _full("p1") + _full("p2", lead="bea", corps=("dot", "eve"))) == [
        (rules.DOUBLE_BOOKED, 60.0)
    ]
    apart = _season([show("p1", "2026-12-12T14:00"), show("p2", "2026-12-12T20:00")])
    assert _errors(apart, _full("p1") + _full("p2", lead="bea", corps=("cid", "dot"))) == []


def test_too_many_shows_in_a_week() -> None:
    shows = [show(f"p{i}", f"2026-12-{i:02d}T19:30") for i in (14, 16, 18)]
    s = _season(
        shows,
        labor={
            "max_performances_per_week": {"principal": 2, "soloist": 6, "corps": 8},
            "max_leads_per_week": 3,
        },
    )
    cast = _full("p14") + _full("p16") + _full("p18")
    assert _errors(s, cast) == [(rules.WEEKLY_SHOWS, 1.0)]
    assert _errors(s, _full("p14") + _full("p16") + _full("p18", lead="bea")) == []


def test_too_many_leads_in_a_week() -> None:
    shows = [show(f"p{i}", f"2026-12-{i:02d}T19:30") for i in (14, 16, 18)]
    s = _season(shows)  # default: 2 full-length leads a week
    assert _errors(s, _full("p14") + _full("p16") + _full("p18")) == [(rules.WEEKLY_LEADS, 1.0)]
    assert _errors(s, _full("p14") + _full("p16", lead="bea") + _full("p18")) == []


def test_lead_in_both_shows_of_a_day() -> None:
    s = _season([show("p1", "2026-12-12T14:00"), show("p2", "2026-12-12T20:00")])
    assert _errors(s, _full("p1") + _full("p2")) == [(rules.BOTH_SHOWS, 1.0)]
    assert _errors(s, _full("p1") + _full("p2", lead="bea")) == []


def test_too_little_rest_between_leads() -> None:
    s = _season(
        [
            show("p10", "2026-12-10T19:30"),
            show("p11", "2026-12-11T19:30"),
            show("p13", "2026-12-13T14:30"),
        ],
        labor={"max_leads_per_week": 3},
    )
    assert _errors(s, _full("p10") + _full("p11") + _full("p13", lead="bea")) == [
        (rules.LEAD_REST, 1.0)
    ]
    assert _errors(s, _full("p10") + _full("p11", lead="bea") + _full("p13")) == []


def test_too_many_days_in_a_row() -> None:
    shows = [show(f"p{i}", f"2026-12-{i:02d}T19:30") for i in (14, 15, 16)]
    s = _season(shows, labor={"max_consecutive_working_days": 2})
    corps = _full("p14", "ann") + _full("p15", "bea") + _full("p16", "ann")
    assert _errors(s, corps) == [(rules.DAYS_IN_A_ROW, 1.0), (rules.DAYS_IN_A_ROW, 1.0)]
    rested = (
        _full("p14", "ann")
        + _full("p15", "bea", ("cid", "eve"))
        + _full("p16", "ann", ("eve", "dot"))
    )
    assert _errors(s, rested) == []


def test_pin_not_kept() -> None:
    s = _season([show("p1", "2026-12-10T19:30", pins=[{"role": LEAD, "dancer": "bea"}])])
    assert _errors(s, _full("p1")) == [(rules.PIN_NOT_KEPT, 1.0)]
    assert _errors(s, _full("p1", lead="bea")) == []
