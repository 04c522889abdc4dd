"""Solving jobs: queued, running, finished; their progress, and the draft they produced.

The job runner (:mod:`etoile.services.jobs`) writes here from its worker threads, each write
in its own short transaction, so that a request reading a job sees its progress at once.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from etoile.storage.errors import StorageError, storable_id
from etoile.storage.models import JobRow
from etoile.storage.repository import Repository

FINISHED = ("cancelled", "succeeded", "failed")
"""States a job never leaves."""


class JobNotFoundError(StorageError):
    """No job with this id is stored."""

    def __init__(self, job_id: int) -> None:
        super().__init__(f"no job {job_id}")


@dataclass(frozen=True)
class JobInfo:
    """A job as stored."""

    id: int
    season_id: str
    kind: str
    status: str
    progress: float
    stage: str
    params: dict[str, Any]
    created_by: int | None
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    plan_id: int | None
    error: str | None

    @property
    def finished(self) -> bool:
        """True once the job has stopped for good."""
        return self.status in FINISHED


def _info(row: JobRow) -> JobInfo:
    return JobInfo(
        id=row.id,
        season_id=row.season_id,
        kind=row.kind,
        status=row.status,
        progress=row.progress,
        stage=row.stage,
        params=dict(row.params),
        created_by=row.created_by,
        created_at=row.created_at,
        started_at=row.started_at,
        finished_at=row.finished_at,
        plan_id=row.plan_id,
        error=row.error,
    )


class JobRepository(Repository):
    """Jobs in the database, inside the caller's session."""

    def create(
        self, season_id: str, kind: str, params: dict[str, Any], created_by: int | None
    ) -> JobInfo:
        """A new queued job.

        Parameters
        ----------
        season_id
            The season the job plans.
        kind
            What the job does (``plan``).
        params
            The job's settings, as JSON.
        created_by
            The user who started it, if any.

        Returns
        -------
        JobInfo
            The job, queued, with no progress yet.
        """
        row = JobRow(
            season_id=season_id,
            kind=kind,
            status="queued",
            progress=0.0,
            stage="",
            params=params,
            created_by=created_by,
            created_at=self._clock(),
        )
        with self._session.begin_nested():
            self._session.add(row)
        return _info(row)

    def get(self, job_id: int) -> JobInfo:
        """Job ``job_id``; :class:`JobNotFoundError` when there is none.

        Raises
        ------
        JobNotFoundError
            When no job has this id.
        """
        if not storable_id(job_id):
            raise JobNotFoundError(job_id)
        row = self._session.get(JobRow, job_id, populate_existing=True)
        if row is None:
            raise JobNotFoundError(job_id)
        return _info(row)

    def list(self, season_id: str, limit: int = 20) -> builtins.list[JobInfo]:
        """The season's most recent jobs, newest first.

        Parameters
        ----------
        season_id
            Whose jobs to list.
        limit
            At most this many.
        """
        rows = self._session.scalars(
            select(JobRow)
            .where(JobRow.season_id == season_id)
            .order_by(JobRow.id.desc())
            .limit(limit)
        )
        return [_info(r) for r in rows]

    def start(self, job_id: int) -> bool:
        """Mark a queued job running; False when it is no longer queued (cancelled)."""
        result = self._session.execute(
            update(JobRow)
            .where(JobRow.id == job_id, JobRow.status == "queued")
            .values(status="running", started_at=self._clock())
        )
        return bool(getattr(result, "rowcount", 0))

    def progress(self, job_id: int, progress: float, stage: str) -> str:
        """Record progress of a running job; returns its status (``cancelling`` means stop).

        Parameters
        ----------
        job_id
            The running job.
        progress
            How far it is, from 0 to 1.
        stage
            What it is doing, in words (cut to 200 characters).
        """
        self._session.execute(
            update(JobRow)
            .where(JobRow.id == job_id, JobRow.status == "running")
            .values(progress=progress, stage=stage[:200])
        )
        status = self._session.scalar(select(JobRow.status).where(JobRow.id == job_id))
        return str(status)

    def request_cancel(self, job_id: int) -> JobInfo:
        """Cancel a queued job at once; ask a running one to stop at its next stage.

        Parameters
        ----------
        job_id
            The job to stop.

        Returns
        -------
        JobInfo
            The job afterwards: cancelled, cancelling, or unchanged when it had finished.

        Raises
        ------
        JobNotFoundError
            When there is no such job.
        """
        row = self._session.get(JobRow, job_id, with_for_update=True)
        if row is None:
            raise JobNotFoundError(job_id)
        if row.status == "queued":
            row.status, row.finished_at = "cancelled", self._clock()
        elif row.status == "running":
            row.status = "cancelling"
        self._session.flush()
        return _info(row)

    def finish(
        self,
        job_id: int,
        status: str,
        *,
        plan_id: int | None = None,
        error: str | None = None,
    ) -> None:
        """Record how the job ended.

        Parameters
        ----------
        job_id
            The job that ended.
        status
            ``succeeded``, ``failed`` or ``cancelled``; a success also sets its progress to 1.
        plan_id
            The draft a successful job saved.
        error
            Why it failed, in words.
        """
        self._session.execute(
            update(JobRow)
            .where(JobRow.id == job_id)
            .values(
                status=status,
                plan_id=plan_id,
                error=error,
                finished_at=self._clock(),
                progress=1.0 if status == "succeeded" else JobRow.progress,
            )
        )

    def abandon_unfinished(self) -> int:
        """Mark jobs left queued or running by a stopped server as failed; returns how many."""
        result = self._session.execute(
            update(JobRow)
            .where(JobRow.status.not_in(FINISHED))
            .values(
                status="failed",
                error="the server stopped before the job finished",
                finished_at=self._clock(),
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)
