"""The people of a demo house before they learn roles: drafts by rank, draws with a few stars,
couples of the strongest draws, and what a draft knows and fits."""

from __future__ import annotations

import dataclasses
import random

import calendar_kit as kit
from etoile.demo.houses import NEW_YORK, RankSpec
from etoile.demo.names import NamePicker
from etoile.demo.people import STAR_DRAW, Draft, drafts, draws, partnerships
from etoile.domain import Tier

# A small New York: 3 + 2 principals, 1 + 1 soloists, 2 + 1 corps; 3 stars.
HOUSE = dataclasses.replace(
    NEW_YORK,
    ranks=(
        RankSpec("principal", "Principal", Tier.PRINCIPAL, 3500, 3, 2),
        RankSpec("soloist", "Soloist", Tier.SOLOIST, 2800, 1, 1),
        RankSpec("corps", "Corps de ballet", Tier.CORPS, 2200, 2, 1),
    ),
    stars=3,
)


def _drafts(seed: int = 0) -> list[Draft]:
    return drafts(HOUSE, NamePicker("us", random.Random(seed)))


def test_drafts_follow_the_ladder_and_are_sorted_by_rank_then_id() -> None:
    found = _drafts()
    # 5 principals, 2 soloists, 3 corps = 10.
    assert [d.rank for d in found] == ["principal"] * 5 + ["soloist"] * 2 + ["corps"] * 3
    assert [sum(d.woman for d in found if d.rank == r) for r in ["principal", "corps"]] == [3, 2]
    principals = [d.id for d in found if d.rank == "principal"]
    assert principals == sorted(principals)
    assert all(d.id.startswith("nyc-") for d in found)


def test_draws_make_the_stars_half_women_rounded_up() -> None:
    found = _drafts()
    draws(HOUSE, found, random.Random(1))
    stars = [d for d in found if d.star]
    # 3 stars: (3 + 1) // 2 = 2 women, 3 // 2 = 1 man, all principals.
    assert (sum(d.woman for d in stars), sum(not d.woman for d in stars)) == (2, 1)
    assert {d.tier for d in stars} == {Tier.PRINCIPAL}
    assert all(STAR_DRAW <= d.draw <= 1.0 for d in stars)
    # Principals who are not stars draw 0.2-0.55; soloists 0.02-0.15; corps under 0.08.
    assert all(0.2 <= d.draw <= 0.55 for d in found if d.tier is Tier.PRINCIPAL and not d.star)
    assert all(0.02 <= d.draw <= 0.15 for d in found if d.tier is Tier.SOLOIST)
    assert all(0 <= d.draw <= 0.08 for d in found if d.tier is Tier.CORPS)


def test_the_strongest_draws_dance_together() -> None:
    found = _drafts()
    principals = [d for d in found if d.rank == "principal"]
    women = [d for d in principals if d.woman]
    men = [d for d in principals if not d.woman]
    for d, draw in zip(women + men, [0.9, 0.4, 0.3, 0.5, 0.8], strict=True):
        d.draw = draw
    partnerships(HOUSE, found)
    # Women by draw 0.9, 0.4, 0.3; men 0.8, 0.5: 0.9 with 0.8, 0.4 with 0.5; the third woman
    # has no partner. Only the lead rank (principal) gets couples.
    assert women[0].partners == [men[1].id] and men[1].partners == [women[0].id]
    assert women[1].partners == [men[0].id]
    assert women[2].partners == []
    assert [d.partners for d in found if d.rank != "principal"] == [[]] * 5


def test_a_draft_learns_a_role_once_and_fits_by_tier_and_tag() -> None:
    draft = Draft("nyc-x", "X", "soloist", 1, Tier.SOLOIST, woman=True)
    draft.learn("nyc-giselle.myrtha")
    draft.learn("nyc-giselle.myrtha")
    assert (draft.known, draft.load, draft.knows("nyc-giselle.myrtha")) == (
        ["nyc-giselle.myrtha"],
        1,
        True,
    )
    roles = kit.season().roles
    # Myrtha: principal or soloist, woman; Giselle: principal only; Albrecht: a man.
    assert [draft.fits(roles[r].item) for r in ["nyc-giselle.myrtha", "nyc-giselle.giselle"]] == [
        True,
        False,
    ]
    assert draft.fits(roles["nyc-giselle.albrecht"].item) is False


def test_a_draft_becomes_a_dancer() -> None:
    draft = Draft("nyc-x", "X", "principal", 0, Tier.PRINCIPAL, woman=False, draw=0.75)
    dancer = draft.dancer()
    assert (dancer.id, dancer.rank, dancer.tags, dancer.draw, draft.star) == (
        "nyc-x",
        "principal",
        ["man"],
        0.75,
        True,  # 0.75 >= STAR_DRAW = 0.7
    )
