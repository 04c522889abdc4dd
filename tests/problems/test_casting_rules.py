"""The casting's shared rules: who fits a role, the hours to learn it (own figure, relearning
the same ballet role, or the role's), and what a guest can learn at home and in residence.

Tiny season: Giselle takes 40 h to learn, 8 h to relearn from another staging; the terms let
a guest learn 12 h a week with 14 preparation days at home; the home pace is 6 h a week. Léa
leaves on 7 Dec, is in residence 9-13 Dec and home on 14 Dec.
"""

from __future__ import annotations

import datetime as dt

import pytest

import calendar_kit as kit
from etoile.problems.casting_rules import (
    away_on,
    fits,
    guest_learnable_hours,
    guest_preparation,
    hours_to_learn,
    preparation_hours,
    stay_at,
    terms_of,
)


def test_a_role_fits_by_tier_and_tags() -> None:
    season = kit.season()
    nyc, roles = season.company["nyc"], season.roles
    ava, ben = season.dancers["nyc-ava"].item, season.dancers["nyc-ben"].item
    # Giselle is for a principal woman; Ava is one, Ben is a man.
    assert fits(nyc, ava, roles["nyc-giselle.giselle"].item) is True
    assert fits(nyc, ben, roles["nyc-giselle.giselle"].item) is False
    assert fits(nyc, ben, roles["nyc-giselle.albrecht"].item) is True


def test_hours_to_learn() -> None:
    season = kit.season()
    giselle = season.roles["nyc-giselle.giselle"].item
    ava, lea = season.dancers["nyc-ava"].item, season.dancers["par-lea"].item
    assert hours_to_learn(season, ava, giselle) == 0.0  # known
    assert hours_to_learn(season, lea, giselle) == 40.0  # the role's figure
    # Her own figure comes first.
    own = lea.model_copy(update={"learn_hours": {"nyc-giselle.giselle": 12.5}})
    assert hours_to_learn(season, own, giselle) == 12.5
    # Another staging of the same ballet role: Ava knows nyc-giselle's Giselle, so a Paris
    # Giselle takes her the 8 relearning hours.
    other = giselle.model_copy(update={"id": "par-giselle.giselle"})
    assert hours_to_learn(season, ava, other) == 8.0


def test_a_guest_prepares_at_home_then_learns_in_residence() -> None:
    season = kit.season()
    (stay,) = kit.plan().exchange
    terms = terms_of(season, stay)
    assert terms is not None
    # 12 h a week for 14 days: 12 * 14 / 7 = 24 h at home.
    assert preparation_hours(terms) == 24.0
    # By the first show on 10 Dec: 14 days at home + 1 day in residence (9 Dec; the 10th does
    # not count): 12 * 15 / 7 = 25.71 h. On the first day of the stay: 24 h.
    assert guest_learnable_hours(season, stay, dt.date(2026, 12, 10)) == pytest.approx(180 / 7)
    assert guest_learnable_hours(season, stay, dt.date(2026, 12, 9)) == 24.0
    # Of the 40 h of Giselle, 24 are learnt at home; a 10-hour role entirely.
    assert (guest_preparation(season, stay, 40), guest_preparation(season, stay, 10)) == (24, 10)


def test_a_stay_without_terms_learns_at_home_pace_without_preparation() -> None:
    season = kit.season()
    (stay,) = kit.plan().exchange
    lost = stay.model_copy(update={"terms": "gone"})
    assert terms_of(season, lost) is None
    # 6 h a week for 3 days in residence (9, 10, 11 Dec): 6 * 3 / 7.
    assert guest_learnable_hours(season, lost, dt.date(2026, 12, 12)) == pytest.approx(18 / 7)
    assert guest_preparation(season, lost, 40) == 0.0


def test_where_a_dancer_is_on_a_day() -> None:
    (stay,) = kit.plan().exchange
    # In residence in New York 9-13 Dec; away from home from departure (7) to return (14).
    assert [stay_at([stay], "nyc", dt.date(2026, 12, d)) is stay for d in (8, 9, 13, 14)] == [
        False,
        True,
        True,
        False,
    ]
    assert stay_at([stay], "par", dt.date(2026, 12, 10)) is None
    assert [away_on([stay], dt.date(2026, 12, d)) is stay for d in (6, 7, 14, 15)] == [
        False,
        True,
        True,
        False,
    ]
