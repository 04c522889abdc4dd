"""The demo's rehearsal figures (ballet-facts.md 3.4, 4.1 and 5): periods, hours, staff."""

from __future__ import annotations

import datetime as dt

from etoile.domain import Season, StaffKind


def test_the_first_run_has_the_whole_rehearsal_period_the_others_their_usual_weeks(
    demo: Season,
) -> None:
    # The companies come back from the summer layoff five weeks before the season; the first
    # run's calls may use all of it, later runs three weeks (New York, AGMA) or six (Paris).
    usual = {"nyc": 3, "par": 6}
    for company in demo.companies:
        assert company.labor.rehearsal_lead_weeks == 5
        back = demo.start - dt.timedelta(weeks=5)
        first = min(company.performances, key=lambda p: p.start)
        for production in company.productions:
            weeks = production.rehearsal.lead_weeks
            assert weeks is not None
            if production.id == first.production:
                assert first.day - dt.timedelta(weeks=weeks) <= back
            else:
                assert weeks == usual[company.id]


def test_company_and_coaching_hours_follow_the_revival_model(demo: Season) -> None:
    # 37.5 h for a revival, plus 0.43 h a minute beyond two hours; 15-20 h of coaching a cast.
    for production in demo.productions.values():
        need = production.item.rehearsal
        assert 25 <= need.company_hours <= 65
        assert need.coaching_hours_per_cast in (15.0, 20.0)


def test_every_production_has_three_ballet_masters_and_two_repetiteurs(demo: Season) -> None:
    for company in demo.companies:
        for production in company.productions:
            listed = [s.kind for s in company.staff if production.id in s.productions]
            assert listed.count(StaffKind.BALLET_MASTER) == 3
            assert listed.count(StaffKind.REPETITEUR) == 2
