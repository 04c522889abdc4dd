"""A house: its rank ladder, labour rules, finances, people, rooms and season."""

from __future__ import annotations

from functools import cached_property

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

    Amounts are for the season and in the house's currency.
    """

    subsidy: Money
    donations: Money
    other_income: Money
    fixed_costs: Money = Field(description="Administration, buildings, orchestra, crews.")


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
