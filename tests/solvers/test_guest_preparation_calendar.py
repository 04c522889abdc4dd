"""A guest's preparation at home, cast, rehearsed and checked end to end.

Léa Garnier of Paris, not knowing New York's Giselle (40 h), is pinned as Giselle on Thu
10 December 2026. She departs on 1 December and is in residence from 3 December; the terms
give 21 days of preparation at 12 h a week: 12 x (21 + 7) / 7 = 48 h >= 40 h. Paris holds
12 x 21 / 7 = 36 h of her learning between 10 and 30 November, New York the other 4 h.
"""

from __future__ import annotations

import datetime as dt

from etoile.domain import CastPin, Plan, RehearsalKind, Season
from etoile.services.casting import CastingParams, cast_season
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.validate import Severity, validate
from etoile.validate import rehearsal as rehearsal_rules
from exchange_kit import lea_stay, swap_season

D = dt.date
GISELLE = "nyc-giselle.giselle"


def _season() -> Season:
    season = swap_season(knows_giselle=False)
    terms = [t.model_copy(update={"preparation_days": 21}) for t in season.exchanges]
    companies = []
    for company in season.companies:
        perfs = [
            p.model_copy(update={"pins": [CastPin(role=GISELLE, dancer="par-lea")]})
            if p.id == "nyc-p1"
            else p
            for p in company.performances
        ]
        companies.append(company.model_copy(update={"performances": perfs}))
    return season.model_copy(update={"companies": companies, "exchanges": terms})


def test_a_guest_prepares_at_home_and_the_plan_is_valid() -> None:
    season = _season()
    plan = cast_season(
        season,
        Plan(season=season.id, exchange=[lea_stay(1, 3, 12, 13)]),
        CastingParams(time_limit=10, workers=2, seed=0),
    )
    plan = rehearse_season(season, plan, RehearsalParams(time_limit=5.0, workers=2, seed=0))
    assert [v for v in validate(season, plan) if v.severity is Severity.ERROR] == []
    learning = [
        r for r in plan.rehearsals if r.kind is RehearsalKind.LEARNING and r.dancers == ["par-lea"]
    ]
    hours = {
        house: sum((r.end - r.start).total_seconds() for r in learning if r.company == house) / 3600
        for house in ("par", "nyc")
    }
    assert hours == {"par": 36.0, "nyc": 4.0}
    at_home = [r.start.date() for r in learning if r.company == "par"]
    assert D(2026, 11, 10) <= min(at_home) and max(at_home) <= D(2026, 11, 30)
    # The same calls a month earlier fall outside the preparation window: they no longer
    # count, and Léa is 36 h short of Giselle.
    early = [
        r.model_copy(
            update={"start": r.start - dt.timedelta(days=28), "end": r.end - dt.timedelta(days=28)}
        )
        if r in learning and r.company == "par"
        else r
        for r in plan.rehearsals
    ]
    moved = plan.model_copy(update={"rehearsals": early})
    short = [
        (v.entities, v.amount)
        for v in rehearsal_rules.readiness(season, moved)
        if v.rule == rehearsal_rules.HOURS_SHORT
    ]
    assert short == [(("nyc-giselle", "learning", "par-lea", GISELLE), 36.0)]
