"""Theatres and rehearsal studios."""

from __future__ import annotations

from pydantic import Field

from etoile.domain.base import DateRange, Id, Model, Money, Text


class PriceTier(Model):
    """A block of seats sold at one price."""

    name: Text
    seats: int = Field(ge=0)
    price: Money


class Venue(Model):
    """A theatre where a company performs."""

    id: Id
    name: Text
    city: Text
    timezone: str = Field(description="IANA time zone, e.g. 'Europe/Paris'.")
    capacity: int = Field(description="Seats sold for a ballet performance.")
    price_tiers: list[PriceTier] = Field(min_length=1)
    closed: list[DateRange] = Field(
        default_factory=list, description="Days the theatre cannot be used (no show, no call)."
    )

    @property
    def tier_seats(self) -> int:
        """Seats covered by the price tiers."""
        return sum(t.seats for t in self.price_tiers)


class Studio(Model):
    """A rehearsal room: one call at a time, at most ``capacity`` dancers."""

    id: Id
    name: Text
    capacity: int = Field(description="Dancers the room holds.")
    area_m2: float = Field(100.0, gt=0)
    building: str = ""
    closed: list[DateRange] = Field(
        default_factory=list, description="Days the studio cannot be used (works, a leak ...)."
    )
