"""Plans, publication, changelogs, casting edits and forecasts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from etoile.domain import SolveReport
from etoile.storage import PlanInfo


class PlanInfoPublic(BaseModel):
    """A plan without its content."""

    id: int
    season_id: str
    status: str
    version: int | None
    label: str
    created_at: dt.datetime
    published_at: dt.datetime | None
    reports: dict[str, SolveReport]

    @classmethod
    def of(cls, info: PlanInfo) -> PlanInfoPublic:
        """From the repository's record."""
        return cls(
            id=info.id,
            season_id=info.season_id,
            status=info.status.value,
            version=info.version,
            label=info.label,
            created_at=info.created_at,
            published_at=info.published_at,
            reports=info.reports,
        )


class PlanPublic(BaseModel):
    """A plan and its whole document (the plan file)."""

    info: PlanInfoPublic
    document: dict[str, Any]


class ViolationPublic(BaseModel):
    """A finding of the validator: shown as a warning, never blocking."""

    rule: str
    severity: str
    entities: list[str]
    amount: float
    message: str


class CastUpdate(BaseModel):
    """The new cast of one role in one performance (an empty list: uncast)."""

    performance: str = Field(min_length=1, max_length=80)
    role: str = Field(min_length=1, max_length=80)
    dancers: list[str] = Field(max_length=100)


class CastEditPublic(BaseModel):
    """The saved draft and what the validator says."""

    plan: PlanInfoPublic
    introduced: list[ViolationPublic]
    violations: list[ViolationPublic]


class ChangePublic(BaseModel):
    """One change between two versions, with the people it concerns and in words."""

    kind: str
    people: list[str]
    words: str
    details: dict[str, Any]


class ChangelogPublic(BaseModel):
    """What changed in a version, for whom."""

    version: int
    previous_version: int | None
    people: list[str]
    changes: list[ChangePublic]


class PublicationPublic(BaseModel):
    """A version just published, and its changelog."""

    plan: PlanInfoPublic
    changelog: ChangelogPublic


class PerformerPublic(BaseModel):
    """A dancer in a casting cell."""

    id: str
    name: str
    guest: bool


class ShowPublic(BaseModel):
    """A performance (column of the casting grid)."""

    id: str
    day: str
    time: str
    date: dt.date


class GridRolePublic(BaseModel):
    """A role (row of the casting grid) and its cast in each performance, column order."""

    id: str
    name: str
    count: int
    cells: list[list[PerformerPublic]]


class CastingGridPublic(BaseModel):
    """The casting of one production under one plan."""

    plan_id: int
    plan_status: str
    production: str
    title: str
    house: str
    shows: list[ShowPublic]
    roles: list[GridRolePublic]
    candidates: list[PerformerPublic]


class ProductionPublic(BaseModel):
    """A production of a house."""

    id: str
    title: str


class HouseForecastPublic(BaseModel):
    """The forecast of one house, in its currency, and formatted for the reader."""

    company: str
    currency: str
    figures: dict[str, Any]
    formatted: dict[str, str]


class ForecastPublic(BaseModel):
    """The forecast of the reader's house under one plan."""

    plan_id: int
    houses: list[HouseForecastPublic]
