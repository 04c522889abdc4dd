"""A calendar cannot print a call in a room nobody knows: dangling ids are input issues."""

from __future__ import annotations

import calendar_kit as kit
from etoile.calendars import plan_reference_issues
from etoile.calendars.checks import Issue
from etoile.domain import Plan


def test_the_hand_made_plan_is_clean() -> None:
    assert plan_reference_issues(kit.season(), kit.plan()) == []


def test_every_dangling_id_is_named_with_its_path() -> None:
    data = kit.plan_data()
    data["season"] = "other-2026"
    data["casting"][0]["dancer"] = "nyc-zoe"
    data["rehearsals"][1]["studio"] = "nyc-garage"
    data["rehearsals"][1]["staff"] = ["nyc-bm1", "nyc-bm9"]
    data["rehearsals"][2]["id"] = data["rehearsals"][1]["id"]
    issues = plan_reference_issues(kit.season(), Plan.model_validate(data))
    missing = "no {} with this id in season 'tiny-2026'"
    assert issues == [
        Issue("plan", "season", "the plan is for another season than 'tiny-2026'", "other-2026"),
        Issue("plan", "casting[0].dancer", missing.format("dancer"), "nyc-zoe"),
        Issue("plan", "rehearsals[1].studio", missing.format("studio or theatre"), "nyc-garage"),
        Issue("plan", "rehearsals[1].staff[1]", missing.format("staff member"), "nyc-bm9"),
        Issue("plan", "rehearsals[2].id", "two rehearsals have this id", "nyc-r2"),
    ]


def test_an_unknown_time_zone_is_named() -> None:
    data = kit.season_data()
    data["companies"][1]["timezone"] = "Europe/Lutece"
    from etoile.domain import Season

    season = Season.model_validate(data)
    issues = plan_reference_issues(season, Plan(season="tiny-2026"))
    assert issues == [
        Issue(
            "season",
            "companies[1].timezone",
            "expected an IANA time zone such as 'Europe/Paris'",
            "Europe/Lutece",
        )
    ]
