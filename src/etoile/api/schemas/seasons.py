"""Seasons, their overview, and the exchange board."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from etoile.domain import Deal


class SeasonPublic(BaseModel):
    """A stored season, in lists."""

    id: str
    name: str
    start: dt.date
    end: dt.date
    companies: int
    dancers: int
    performances: int
    published_versions: int


class HousePublic(BaseModel):
    """A house at a glance."""

    company: str
    name: str
    city: str
    dancers_by_rank: list[tuple[str, int]]
    staff: int
    studios: int
    productions: list[tuple[str, int]]
    performances: int
    first: str
    last: str


class OverviewPublic(BaseModel):
    """The season at a glance."""

    id: str
    name: str
    period: str
    houses: list[HousePublic]


class StayPublic(BaseModel):
    """A guest's stay."""

    dancer: str
    dancer_name: str
    home: str
    host: str
    away: str
    stay: str
    depart: dt.date
    start: dt.date
    end: dt.date
    return_: dt.date
    roles: list[str]
    role_names: list[str]
    shows: list[str]


class HouseResultPublic(BaseModel):
    """What the exchange does to a house's expected result (formatted)."""

    house: str
    baseline: str
    result: str
    change: str
    baseline_pbe: str
    pbe: str
    better: bool | None


class ExchangeBoardPublic(BaseModel):
    """The exchange board of a plan."""

    plan_id: int
    stays: list[StayPublic]
    houses: list[HouseResultPublic]
    deal: Deal | None = Field(
        None,
        description="The deal: gains before and after the transfer, its range, the "
        "frontier, the sensitivity and the paths to break-even (None for older plans).",
    )
