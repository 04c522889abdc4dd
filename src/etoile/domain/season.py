"""A season: the companies, their seasons, the exchange terms and the currency rates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Generic, TypeVar

from pydantic import Field

from etoile.domain.base import Id, Model, Text
from etoile.domain.company import Company
from etoile.domain.exchange import ExchangeTerms
from etoile.domain.people import Dancer, Staff
from etoile.domain.performance import Performance
from etoile.domain.repertoire import Production, Role
from etoile.domain.venues import Studio, Venue
from etoile.domain.weights import CastingWeights


class ExchangeRate(Model):
    """``1 base = rate quote``, e.g. base EUR, quote USD, rate 1.08."""

    base: str
    quote: str
    rate: float = Field(gt=0)


T = TypeVar("T")


@dataclass(frozen=True)
class Owned(Generic[T]):
    """An entity with the id of its owner (a company, or for roles a production)."""

    owner: str
    item: T


class Season(Model):
    """Everything Étoile plans: one season of two (or more) houses."""

    format_version: int = Field(1, description="Season file format version.")
    id: Id
    name: Text
    start: dt.date
    end: dt.date
    companies: list[Company] = Field(min_length=1)
    exchanges: list[ExchangeTerms] = Field(default_factory=list)
    exchange_rates: list[ExchangeRate] = Field(default_factory=list)
    casting_weights: CastingWeights = Field(default_factory=CastingWeights)

    # Lookups. Built once per season object; the loader has already checked uniqueness.
    @cached_property
    def company(self) -> dict[str, Company]:
        """Company id -> company."""
        return {c.id: c for c in self.companies}

    @cached_property
    def dancers(self) -> dict[str, Owned[Dancer]]:
        """Dancer id -> (company id, dancer)."""
        return {d.id: Owned(c.id, d) for c in self.companies for d in c.dancers}

    @cached_property
    def staff(self) -> dict[str, Owned[Staff]]:
        """Staff id -> (company id, staff member)."""
        return {s.id: Owned(c.id, s) for c in self.companies for s in c.staff}

    @cached_property
    def productions(self) -> dict[str, Owned[Production]]:
        """Production id -> (company id, production)."""
        return {p.id: Owned(c.id, p) for c in self.companies for p in c.productions}

    @cached_property
    def roles(self) -> dict[str, Owned[Role]]:
        """Role id -> (production id, role)."""
        return {
            r.id: Owned(p.id, r) for c in self.companies for p in c.productions for r in p.roles
        }

    @cached_property
    def venues(self) -> dict[str, Owned[Venue]]:
        """Venue id -> (company id, venue)."""
        return {v.id: Owned(c.id, v) for c in self.companies for v in c.venues}

    @cached_property
    def studios(self) -> dict[str, Owned[Studio]]:
        """Studio id -> (company id, studio)."""
        return {s.id: Owned(c.id, s) for c in self.companies for s in c.studios}

    @cached_property
    def performances(self) -> dict[str, Owned[Performance]]:
        """Performance id -> (company id, performance)."""
        return {p.id: Owned(c.id, p) for c in self.companies for p in c.performances}

    def rate(self, base: str, quote: str) -> float:
        """How many ``quote`` one ``base`` buys, from the stated rates (either direction).

        Parameters
        ----------
        base
            The ISO 4217 code of the currency sold.
        quote
            The ISO 4217 code of the currency bought.

        Returns
        -------
        float
            1.0 for the same currency; the inverse of a rate the season states the other way round.

        Raises
        ------
        KeyError
            When the season states no rate between the two currencies.
        """
        if base == quote:
            return 1.0
        for r in self.exchange_rates:
            if (r.base, r.quote) == (base, quote):
                return r.rate
            if (r.base, r.quote) == (quote, base):
                return 1.0 / r.rate
        raise KeyError(f"the season states no exchange rate between {base} and {quote}")
