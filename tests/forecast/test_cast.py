"""Who is expected to dance the leads, with and without a casting."""

from __future__ import annotations

import pytest

from etoile.domain import CastAssignment, Plan, Season
from etoile.forecast import DEFAULT_PARAMS, build_scenario
from etoile.forecast.cast import assumed_guest_casting, build_cast_view, expected_role_draw
from etoile.forecast.demand import cast_factor
from exchange_kit import lea_stay

from .builders import FLAT, company, season


def _dancers() -> list[dict[str, object]]:
    return [
        {
            "id": f"d{i}",
            "name": f"Dancer {i}",
            "rank": "p",
            "known_roles": ["h-prod.lead"],
            "draw": draw,
        }
        for i, draw in enumerate((0.9, 0.7, 0.5, 0.1))
    ]


def test_expected_role_draw_is_the_mean_of_the_top_three() -> None:
    s = season(company(lead=True, dancers=_dancers()))
    perf = s.companies[0].performances[0]
    # Top three of 0.9, 0.7, 0.5, 0.1: mean 0.7.
    assert expected_role_draw(s.companies[0], "h-prod.lead", perf.day, DEFAULT_PARAMS) == (
        pytest.approx(0.7)
    )
    # With the star away on an exchange that day, the top three are 0.7, 0.5, 0.1.
    away = {"d0": [(perf.day, perf.day)]}
    assert expected_role_draw(s.companies[0], "h-prod.lead", perf.day, DEFAULT_PARAMS, away) == (
        pytest.approx(1.3 / 3)
    )


def test_cast_factor_draw_and_novelty() -> None:
    # Draw weight 0.2 around 0.5, novelty 0.06 per guest: a guest of draw 0.9 alone in the
    # lead gives 1 + 0.2 * 0.4 + 0.06 = 1.14.
    view = build_cast_view(season(company(lead=True, dancers=_dancers())), None, DEFAULT_PARAMS)
    (slot,) = view.leads["h-p1"]
    assert slot.guests == 0
    from etoile.forecast.cast import LeadSlot

    p = DEFAULT_PARAMS.model_copy(update={"draw_weight": 0.2, "novelty_bonus": 0.06})
    assert cast_factor([LeadSlot("r", 0.9, 1)], p) == pytest.approx(1.14)
    assert cast_factor([], p) == 1.0


def test_plan_casting_sets_the_lead_and_flags_guests(tiny_season: Season) -> None:
    plan = Plan(
        season="tiny-2026",
        casting=[
            CastAssignment(performance="nyc-p2", role="nyc-giselle.giselle", dancer="par-lea"),
        ],
    )
    view = build_cast_view(tiny_season, plan, DEFAULT_PARAMS)
    giselle = next(s for s in view.leads["nyc-p2"] if s.role == "nyc-giselle.giselle")
    assert (giselle.draw, giselle.guests) == (0.9, 1)
    # Albrecht is not in the casting: the expected cast fills it (Ben alone knows it, 0.6).
    albrecht = next(s for s in view.leads["nyc-p2"] if s.role == "nyc-giselle.albrecht")
    assert (albrecht.draw, albrecht.guests) == (0.6, 0)


def test_assumed_guest_casting_respects_the_weekly_limit(tiny_season: Season) -> None:
    # Léa in New York from 9 to 13 December: shows on the 10th (Thu) and the 12th (Sat, two
    # shows). At most two leads a week and never two days running: the 10th, then the 12th
    # matinee; the evening of the 12th is the same day, so it is skipped.
    move = lea_stay(8, 9, 13, 14)
    got = assumed_guest_casting(tiny_season, [move], DEFAULT_PARAMS)
    assert dict(got) == {
        "nyc-p1": {"nyc-giselle.giselle": "par-lea"},
        "nyc-p2": {"nyc-giselle.giselle": "par-lea"},
    }
    sc = build_scenario(tiny_season, Plan(season="tiny-2026", exchange=[move]), FLAT)
    assert sc.cast.shows_danced(move) == 2
    assert sc.ledgers["nyc"].exchange_costs["fees"] == 10_000.0
