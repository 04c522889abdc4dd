"""Plans, publication, changelogs, casting edits and forecasts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import AliasChoices, BaseModel, Field

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
    revision: int = Field(
        description="Saves of this plan so far; a write names the one it started from "
        "(``base_revision``, or the ``ETag`` in ``If-Match``)."
    )
    based_on: int | None = Field(
        None, description="The published plan this hand-edited draft was copied from."
    )

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
            revision=info.revision,
            based_on=info.based_on,
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
    base_revision: int | None = Field(
        None,
        ge=1,
        le=2**31 - 1,
        validation_alias=AliasChoices("base_revision", "base_version"),
        description="The plan's revision the change was made on (from the grid or the plan "
        "read). Required, here or as the ``If-Match`` header; a stale one gets 409.",
    )


class PlanEditPublic(BaseModel):
    """A saved change another person made (what a stale write missed)."""

    revision: int
    performance: str
    role: str
    dancers: list[str]
    by: str
    at: dt.datetime


class ConflictPublic(BaseModel):
    """The answer to a write on an older revision (409): nothing was saved."""

    detail: str
    current_revision: int | None
    missed: list[PlanEditPublic]


class CastEditPublic(BaseModel):
    """The saved draft and what the validator says."""

    plan: PlanInfoPublic
    introduced: list[ViolationPublic]
    resolved: list[ViolationPublic] = Field(description="Violations the change made go away.")
    violations: list[ViolationPublic] = Field(
        description="The plan's violations that name the changed performance or the dancers "
        "who left or joined it."
    )


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
    plan_revision: int
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
