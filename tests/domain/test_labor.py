"""A house's labour rules: the defaults, the bounds of a duration, and keys by tier."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from etoile.domain import LaborRules, Season, Tier


def test_the_defaults_are_the_documented_house_rules() -> None:
    rules = LaborRules()
    assert rules.max_performances_per_week == {Tier.PRINCIPAL: 4, Tier.SOLOIST: 6, Tier.CORPS: 8}
    assert (rules.earliest_call, rules.max_call_minutes, rules.break_after_minutes) == (
        dt.time(10, 0),
        180,
        300,
    )
    assert (rules.weekly_rest_hours, rules.rehearsal_load_share) == (38.0, 1.0)


def test_the_season_file_overrides_only_what_it_states(tiny_season: Season) -> None:
    # Paris states earliest_call 10:00, span 600, rest 11 h and weekly rest 35 h; the rest is
    # the default (for instance 180 min calls).
    paris = tiny_season.company["par"].labor
    assert (paris.earliest_call, paris.max_daily_span_minutes) == (dt.time(10, 0), 600)
    assert (paris.min_rest_between_days_hours, paris.weekly_rest_hours) == (11.0, 35.0)
    assert paris.max_call_minutes == 180


def test_a_duration_is_at_most_a_week_of_minutes() -> None:
    # 24 h x 60 min x 7 days = 10,080 minutes.
    assert LaborRules(max_weekly_rehearsal_minutes=10_080).max_weekly_rehearsal_minutes == 10_080
    with pytest.raises(ValidationError) as caught:
        LaborRules(max_weekly_rehearsal_minutes=10_081)
    assert caught.value.errors()[0]["loc"] == ("max_weekly_rehearsal_minutes",)


def test_weekly_shows_are_keyed_by_tier_names_and_a_typo_is_refused() -> None:
    rules = LaborRules.model_validate({"max_performances_per_week": {"principal": 3, "corps": 9}})
    assert rules.max_performances_per_week == {Tier.PRINCIPAL: 3, Tier.CORPS: 9}
    with pytest.raises(ValidationError) as caught:
        LaborRules.model_validate({"max_performances_per_week": {"principle": 3}})
    assert caught.value.errors()[0]["loc"] == ("max_performances_per_week", "principle", "[key]")
    with pytest.raises(ValidationError) as caught:
        LaborRules.model_validate({"max_leads_per_weak": 2})
    assert caught.value.errors()[0]["loc"] == ("max_leads_per_weak",)
