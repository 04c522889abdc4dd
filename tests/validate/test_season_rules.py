"""The season rules together: every rule of the three season modules, once, in their order,
and what they find on the tiny season before any plan exists."""

from __future__ import annotations

import calendar_kit as kit
from etoile.validate import season_calendar, season_cast, season_setup, validate
from etoile.validate.season_rules import RULES
from etoile.validate.violation import Severity


def test_the_rules_are_the_three_modules_in_order() -> None:
    assert [*season_cast.RULES, *season_calendar.RULES, *season_setup.RULES] == RULES
    assert len({id(r) for r in RULES}) == len(RULES)  # none listed twice


def test_they_ignore_the_plan() -> None:
    season, plan = kit.season(), kit.plan()
    for rule in RULES:
        assert list(rule(season, None)) == list(rule(season, plan)), rule.__name__


def test_what_the_tiny_season_gets_before_planning() -> None:
    season = kit.season()
    found = sorted(
        ((v.rule, v.severity, v.entities, v.amount) for rule in RULES for v in rule(season, None)),
    )
    # Week 2026-W50 has three Giselles (10, 12 and 12 Dec). New York's single principal man
    # (Ben) may dance 2 leads a week and not both shows of the 12th: 3 - 2 = 1 Albrecht short,
    # an error. Giselle is short by one as well, but Léa could come as a guest: a warning.
    # No New York principal can go to Paris (Ava has not consented, Ben is vetoed): a warning.
    week = "2026-W50"
    assert found == [
        ("Exchange terms no one can use", Severity.WARNING, ("nyc-par", "nyc"), 1.0),
        (
            "Weekly limits leave a role short",
            Severity.ERROR,
            ("nyc-giselle", "nyc-giselle.albrecht", week),
            1.0,
        ),
        (
            "Weekly limits leave a role short",
            Severity.WARNING,
            ("nyc-giselle", "nyc-giselle.giselle", week),
            1.0,
        ),
    ]
    # validate() without a plan runs exactly these rules.
    assert [(v.rule, v.severity, v.entities, v.amount) for v in validate(season)] == found
