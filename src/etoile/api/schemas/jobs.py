"""Solving jobs."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from etoile.storage import JobInfo


class JobCreate(BaseModel):
    """Settings of a solving job (seconds for each solver; 0 rehearsal seconds: no calendar)."""

    exchange_time_limit: float = Field(10.0, ge=0.1, le=3600)
    casting_time_limit: float = Field(30.0, ge=0.1, le=3600)
    rehearsal_time_limit: float = Field(10.0, ge=0, le=3600)
    workers: int = Field(2, ge=1, le=16)
    seed: int = Field(0, ge=0, le=2**31 - 1)
    draws: int = Field(2000, ge=10, le=100_000)


class JobPublic(BaseModel):
    """A job: its state, how far it got, and the draft it produced."""

    id: int
    season_id: str
    status: str
    progress: float
    stage: str
    params: dict[str, float | int]
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    plan_id: int | None
    error: str | None

    @classmethod
    def of(cls, job: JobInfo) -> JobPublic:
        """From the repository's record."""
        return cls(
            id=job.id,
            season_id=job.season_id,
            status=job.status,
            progress=job.progress,
            stage=job.stage,
            params=job.params,
            created_at=job.created_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
            plan_id=job.plan_id,
            error=job.error,
        )
