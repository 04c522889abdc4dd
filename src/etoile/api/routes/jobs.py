"""``/api/seasons/{season_id}/jobs`` and ``/api/jobs/{job_id}``: solving jobs (directors)."""

from __future__ import annotations

from fastapi import APIRouter, status

from etoile.api.deps import JobPath, State, User, visible_season
from etoile.api.schemas.jobs import JobCreate, JobPublic
from etoile.services.access import Principal, Right, require
from etoile.services.jobs import SolveSettings
from etoile.storage import JobInfo

router = APIRouter(tags=["jobs"])


@router.post(
    "/api/seasons/{season_id}/jobs",
    response_model=JobPublic,
    status_code=status.HTTP_202_ACCEPTED,
)
def start_job(season_id: str, body: JobCreate, user: User, state: State) -> JobPublic:
    """Start planning the season in the background; the result will be a new draft."""
    require(user, Right.SOLVE)
    visible_season(state, user, season_id)
    job = state.runner.start(season_id, SolveSettings(**body.model_dump()), by=user.id)
    return JobPublic.of(job)


@router.get("/api/seasons/{season_id}/jobs", response_model=list[JobPublic])
def list_jobs(season_id: str, user: User, state: State) -> list[JobPublic]:
    """The season's recent jobs, newest first."""
    require(user, Right.SOLVE)
    visible_season(state, user, season_id)
    return [JobPublic.of(j) for j in state.runner.list(season_id)]


def _job(state: State, user: Principal, job_id: int) -> JobInfo:
    require(user, Right.SOLVE)
    job = state.runner.get(job_id)
    visible_season(state, user, job.season_id)
    return job


@router.get("/api/jobs/{job_id}", response_model=JobPublic)
def get_job(job_id: JobPath, user: User, state: State) -> JobPublic:
    """A job: status, progress, stage, and the draft it produced."""
    return JobPublic.of(_job(state, user, job_id))


@router.post("/api/jobs/{job_id}/cancel", response_model=JobPublic)
def cancel_job(job_id: JobPath, user: User, state: State) -> JobPublic:
    """Cancel a queued job, or stop a running one at its next stage."""
    _job(state, user, job_id)
    return JobPublic.of(state.runner.cancel(job_id))
