"""A guest prepares a host role at home before departure (the guest rule, docs/exchange.md).

The swap season: Léa Garnier of Paris, not knowing New York's Giselle (40 h to learn), may
dance it at New York on Thu 10 and Sat 12 December 2026. Terms: 12 h a week for a guest,
travel 1 day and rest 1 day before the stay starts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from etoile.domain import CastAssignment, Plan, RehearsalKind, Season
from etoile.problems.casting_rules import exclusion
from etoile.problems.exchange import compile_exchange
from etoile.problems.rehearsal import compile_rehearsal
from etoile.validate.casting_facts import Facts
from etoile.validate.exchange import learnt_in_time
from exchange_kit import lea_stay, swap_season

D = dt.date
GISELLE = "nyc-giselle.giselle"


def _season(preparation_days: int) -> Season:
    season = swap_season(knows_giselle=False)
    terms = [t.model_copy(update={"preparation_days": preparation_days}) for t in season.exchanges]
    return season.model_copy(update={"exchanges": terms})


def test_a_lead_only_preparation_makes_learnable_gets_a_candidate() -> None:
    # 40 h at 12 h a week take 23.3 days, so 24 days. Without preparation the residence
    # would start on 16 Nov, before the window; with 21 days at home, 3 days in residence
    # are enough: a stay starting on 7 Dec (departing 5 Dec) reaches the show of 10 Dec.
    assert compile_exchange(_season(0)).candidates == []
    season = _season(21)
    problem = compile_exchange(season)
    starts = {c.start for c in problem.candidates}
    assert D(2026, 12, 7) in starts
    assert D(2026, 12, 8) not in starts  # 2 days in residence would not do
    late = next(
        c for c in problem.candidates if (c.start, c.end) == (D(2026, 12, 7), D(2026, 12, 12))
    )
    options = [problem.options[o] for o in late.options]
    # The residence proxy of the casting's load rule: after the preparation, 4 h are left to
    # learn and 15 h of coaching with the host partner: 1,140 min. By 10 Dec, 3 working days
    # in residence give 0.9 x 3 x (360 - 75) = 769.5 min: too few; by 12 Dec, 5 days give
    # 1,282.5 min: enough. So the late stay reaches the 12 Dec show only.
    assert [(o.performance, o.role) for o in options] == [("nyc-p3", GISELLE)]
    # The validator agrees that she has learnt it in time.
    plan = Plan(
        season=season.id,
        exchange=[late.move([GISELLE])],
        casting=[CastAssignment(performance="nyc-p3", role=GISELLE, dancer="par-lea")],
    )
    assert list(learnt_in_time(season, plan)) == []


@pytest.mark.parametrize("preparation_days", [0, 10, 17, 18, 21, 28])
@pytest.mark.parametrize("start", [D(2026, 12, 3), D(2026, 12, 6), D(2026, 12, 9)])
def test_casting_and_validator_agree_on_a_guests_eligibility(
    preparation_days: int, start: dt.date
) -> None:
    # For the show of 10 Dec: eligible when 12 x (preparation + days in residence) / 7 >= 40.
    season = _season(preparation_days)
    stay = lea_stay(start.day - 2, start.day, 12, 13)
    plan = Plan(season=season.id, exchange=[stay])
    lea = season.dancers["par-lea"].item
    role = season.roles[GISELLE].item
    why = exclusion(season, [stay], "par", "nyc", lea, role, D(2026, 12, 10))
    expected = 12 * (preparation_days + (D(2026, 12, 10) - start).days) / 7 >= 40
    assert (why is None) == expected
    assert Facts(season, plan).eligible("par-lea", "nyc-p1", GISELLE) == expected
    if not expected:
        assert why is not None and "days of preparation at home" in why


def test_the_home_calendar_holds_the_preparation() -> None:
    # Departing 5 Dec, in residence from 7 Dec, debut on 10 Dec, 21 days of preparation:
    # 12 x 21 / 7 = 36 h at home (Paris), 14 Nov to 4 Dec; the other 4 h at New York.
    season = _season(21)
    plan = Plan(
        season=season.id,
        exchange=[lea_stay(5, 7, 12, 13)],
        casting=[CastAssignment(performance="nyc-p3", role=GISELLE, dancer="par-lea")],
    )
    problem = compile_rehearsal(season, plan)
    learning = sorted(
        (n.house, n.total, n.first_day, n.last_day)
        for n in problem.needs
        if n.kind is RehearsalKind.LEARNING and n.dancers == ("par-lea",)
    )
    assert [(h, t, f) for h, t, f, _ in learning] == [
        ("nyc", 4 * 60, D(2026, 12, 7)),
        ("par", 36 * 60, D(2026, 11, 14)),
    ]
    assert learning[1][3] == D(2026, 12, 4)
    # Paris's studios and ballet masters hold the preparation calls.
    prep = next(
        k for k, n in enumerate(problem.needs) if n.house == "par" and n.production == "nyc-giselle"
    )
    calls = [c for c in problem.calls if c.need == prep]
    assert calls and all(problem.rooms[r].house == "par" for c in calls for r in c.rooms)
    assert all(problem.staff[s].house == "par" for c in calls for s in c.staff)
    assert all(c.options for c in calls)
