"""A house: its ranks mapped to tiers, its shows of a production in order, its pricing bounds."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from etoile.domain import Company, PricingPolicy, Season, Tier


def test_paris_ranks_map_to_the_common_tiers(tiny_season: Season) -> None:
    paris = tiny_season.company["par"]
    # The tiny season's ladder: Étoile -> principal, Premier danseur and Sujet -> soloist,
    # Quadrille -> corps.
    assert paris.rank_tier == {
        "etoile": Tier.PRINCIPAL,
        "premier": Tier.SOLOIST,
        "sujet": Tier.SOLOIST,
        "quadrille": Tier.CORPS,
    }
    jules = next(d for d in paris.dancers if d.id == "par-jules")  # a sujet
    assert paris.tier_of(jules) is Tier.SOLOIST


def test_shows_of_a_production_come_by_start_then_id(tiny_season: Season) -> None:
    nyc = tiny_season.company["nyc"]
    p1, p2, p3 = nyc.performances
    # Written out of order: the 20:00 show first, then two shows at the same 14:00 start.
    twin = p2.model_copy(update={"id": "nyc-p0"})
    shuffled = nyc.model_copy(update={"performances": [p3, p2, twin, p1]})
    assert [p.id for p in shuffled.shows_of("nyc-giselle")] == [
        "nyc-p1",  # Thu 10 Dec 19:30
        "nyc-p0",  # Sat 12 Dec 14:00, before nyc-p2 by id
        "nyc-p2",  # Sat 12 Dec 14:00
        "nyc-p3",  # Sat 12 Dec 20:00
    ]
    assert shuffled.shows_of("par-swan") == []


def test_a_company_needs_a_rank(tiny_season: Season) -> None:
    data = tiny_season.company["nyc"].model_dump()
    data["ranks"] = []
    with pytest.raises(ValidationError) as caught:
        Company.model_validate(data)
    assert caught.value.errors()[0]["loc"] == ("ranks",)


def test_pricing_defaults_to_list_prices_and_an_elasticity_below_zero() -> None:
    policy = PricingPolicy()
    assert (policy.levels, policy.elasticity) == ([1.0], -1.16)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"elasticity": 0.2}, ("elasticity",)),  # demand would rise with the price
        ({"levels": []}, ("levels",)),
        ({"levels": [1.0, 0]}, ("levels", 1)),  # a free show
        ({"levels": [3.5]}, ("levels", 0)),  # more than three times the list price
    ],
)
def test_pricing_out_of_bounds_names_the_field(data: dict[str, object], field: tuple) -> None:
    with pytest.raises(ValidationError) as caught:
        PricingPolicy.model_validate(data)
    assert caught.value.errors()[0]["loc"] == field
