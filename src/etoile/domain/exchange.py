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


class TransferPolicy(Model):
    """What the terms say about a release fee: one transfer between the two houses for the
    whole exchange, in either direction, that the solver chooses so that both houses gain.

    ``allowed: false`` forbids it; ``fixed`` sets it (positive: the first company of the terms
    pays the second); ``cap`` bounds its size either way.
    """

    allowed: bool = True
    fixed: Money | None = Field(
        None, description="A transfer agreed in advance: the first company pays the second."
    )
    cap: Money | None = Field(None, description="The largest transfer either way.")


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
    guest_learning_hours_per_week: float = Field(
        12.0,
        gt=0,
        le=40,
        description="[I] range 10-15: hours a week a guest learns a host's roles, at home "
        "before departure and in residence (ballet-facts 7: a different production of a "
        "known role takes 25-40 h over 2-3 weeks).",
    )
    preparation_days: int = Field(
        14,
        ge=0,
        le=120,
        description="[I] range 0-28: days before departure in which the guest prepares the "
        "host's roles at home (coaching, video), at the guest pace; the home calendar holds "
        "these calls.",
    )
    star_premium: float = Field(
        0.0,
        ge=0,
        le=1,
        description="The largest price premium a host may add to a show with a guest lead "
        "(0.10: up to +10%; 0: none).",
    )
    transfer: TransferPolicy = Field(default_factory=TransferPolicy)
