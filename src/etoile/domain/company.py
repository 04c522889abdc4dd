"""A house: its rank ladder, labour rules, finances, people, rooms and season."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated

from pydantic import Field

from etoile.domain.base import Id, Model, Money, Text, Tier
from etoile.domain.labor import LaborRules
from etoile.domain.people import Dancer, Staff
from etoile.domain.performance import Performance
from etoile.domain.repertoire import Production
from etoile.domain.venues import Studio, Venue


class Rank(Model):
    """A grade of the house's ladder (Étoile, Sujet, Principal ...) and its common tier."""

    id: Id
    name: Text
    tier: Tier
    weekly_salary: Money


class Finances(Model):
    """A house's baseline season finances other than box office and salaries.

    Amounts are for the season and in the house's currency. ``sponsorship`` (corporate
    sponsorship, kept apart from individual donations because it moves differently) is
    optional: season files written before it existed have none.
    """

    subsidy: Money
    donations: Money
    other_income: Money
    fixed_costs: Money = Field(description="Administration, buildings, orchestra, crews.")
    sponsorship: Money | None = Field(
        None, description="Corporate sponsorship for the season; none when left out."
    )


class PricingPolicy(Model):
    """How far a house may move the price of a performance from its venue's list prices.

    ``levels`` are the multipliers of every price tier a performance may take (1.0: the list
    prices). ``elasticity`` is the price elasticity of demand (demand scales as
    ``level ** elasticity``; never positive, so demand never rises with price).
    """

    levels: list[Annotated[float, Field(gt=0, le=3)]] = Field(
        default_factory=lambda: [1.0],
        min_length=1,
        description="Price multipliers allowed per performance, e.g. [0.9, 1.0, 1.1].",
    )
    elasticity: float = Field(
        -1.16,
        ge=-5,
        le=0,
        description="Price elasticity of demand (Finnish National Opera: -1.16, Journal of "
        "Cultural Economics 2012; ballet and the best seats are less sensitive: [I] range "
        "-1.5 to -0.5).",
    )


class Company(Model):
    """A ballet company (a house) and its season.

    ``ranks`` is the ladder from the top (Étoile, Principal) down.
    """

    id: Id
    name: Text
    city: Text
    timezone: str = Field(description="IANA time zone, e.g. 'America/New_York'.")
    currency: str = Field(description="ISO 4217 code, e.g. 'USD'.")
    language: str = Field(description="'en' or 'fr': what the house reads.")
    ranks: list[Rank] = Field(min_length=1)
    labor: LaborRules = Field(default_factory=LaborRules)
    finances: Finances
    pricing: PricingPolicy = Field(default_factory=PricingPolicy)
    dancers: list[Dancer] = Field(default_factory=list)
    staff: list[Staff] = Field(default_factory=list)
    studios: list[Studio] = Field(default_factory=list)
    venues: list[Venue] = Field(default_factory=list)
    productions: list[Production] = Field(default_factory=list)
    performances: list[Performance] = Field(default_factory=list)

    @cached_property
    def rank_tier(self) -> dict[str, Tier]:
        """Rank id -> tier."""
        return {r.id: r.tier for r in self.ranks}

    def tier_of(self, dancer: Dancer) -> Tier:
        """The common tier of a dancer of this company."""
        return self.rank_tier[dancer.rank]

    def shows_of(self, production: str) -> list[Performance]:
        """The house's performances of ``production``, by start (then id)."""
        return sorted(
            (p for p in self.performances if p.production == production),
            key=lambda p: (p.start, p.id),
        )
