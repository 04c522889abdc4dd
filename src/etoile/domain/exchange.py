"""What two houses agreed about swapping their stars."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from etoile.domain.base import DateRange, Id, Model, Money, Tier


class Payer(StrEnum):
    """Who pays an exchange cost."""

    HOST = "host"
    HOME = "home"
    SPLIT = "split"


class ExchangeTerms(Model):
    """The terms of an exchange between two companies.

    Each direction may send up to ``max_each_way`` dancers of the listed ``tiers``, for stays
    inside ``window`` of ``min_stay_days`` to ``max_stay_days`` days (travel excluded).
    """

    id: Id
    companies: list[Id] = Field(min_length=2, max_length=2)
    window: DateRange
    max_each_way: int = Field(3, ge=0, le=50)
    tiers: list[Tier] = Field(default_factory=lambda: [Tier.PRINCIPAL], min_length=1)
    min_stay_days: int = Field(7, ge=1, le=366)
    max_stay_days: int = Field(42, ge=1, le=366)
    travel_days: int = Field(1, ge=0, le=7)
    rest_days_on_arrival: int = Field(1, ge=0, le=7)
    veto: list[Id] = Field(default_factory=list, description="Dancers who may not be sent.")
    travel_cost: Money = Field(description="Return airfare and transfers for one dancer.")
    housing_per_night: Money
    per_diem: Money
    fee_per_performance: Money
    travel_paid_by: Payer = Payer.HOST
    housing_paid_by: Payer = Payer.HOST
    fee_paid_by: Payer = Payer.HOST
