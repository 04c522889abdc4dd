"""Use case: solving as a job outside the request (the Timefold pattern).

A director starts a job; a worker thread plans the season with
:func:`etoile.services.plan.plan_season`; the job's row records its progress (the stage the
planner has reached), and on success the plan is saved as a new draft whose id the job keeps.
Cancelling a queued job stops it before it starts; a running job is asked to stop, and stops
when the planner reaches its next stage (CP-SAT's own time limits bound the wait), leaving no
draft. Jobs that a stopped server left unfinished are marked failed when the next one starts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass

from etoile.domain import Season
from etoile.services.plan import PlanOutcome, PlanParams, Stage, plan_season
from etoile.storage import Database, JobInfo, JobRepository, PlanRepository, SeasonRepository

Planner = Callable[[Season, PlanParams, Stage], PlanOutcome]
"""What a job runs: :func:`plan_season` (the signature, with progress)."""

STAGES = (
    ("Casting", 0.05),
    ("Exchange", 0.3),
    ("Rehearsals", 0.5),
    ("Forecast", 0.7),
    ("The deal", 0.8),
    ("Sensitivity", 0.85),
    ("Validating", 0.95),
)
"""How far the planner is when it announces a stage (announcement prefix -> fraction)."""


@dataclass(frozen=True)
class SolveSettings:
    """The planner's settings for one job (see :class:`PlanParams`)."""

    exchange_time_limit: float = 10.0
    casting_time_limit: float = 30.0
    rehearsal_time_limit: float = 10.0
    workers: int = 2
    seed: int = 0
    draws: int = 2000

    def params(self) -> PlanParams:
        """As the planner takes them."""
        return PlanParams(**asdict(self))


class JobCancelled(Exception):
    """Raised inside a worker when the job's row says ``cancelling``."""


def _fraction(stage: str) -> float:
    for prefix, fraction in STAGES:
        if stage.startswith(prefix):
            return fraction
    return 0.0


def _planner(season: Season, params: PlanParams, stage: Stage) -> PlanOutcome:
    return plan_season(season, params, stage)


class JobRunner:
    """A pool of worker threads that run solving jobs for one database.

    Parameters
    ----------
    db
        Where jobs, seasons and drafts are stored.
    workers
        Jobs run at once; more wait in the queue (each job also uses the planner's threads).
    planner
        What a job runs; :func:`plan_season` unless a caller wraps it.
    """

    def __init__(self, db: Database, *, workers: int = 1, planner: Planner = _planner) -> None:
        self.db = db
        self._planner = planner
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="etoile-job")
        self._futures: dict[int, Future[None]] = {}
        self._lock = threading.Lock()

    def recover(self) -> int:
        """Mark jobs a previous server left unfinished as failed; returns how many."""
        with self.db.transaction(write=True) as session:
            return JobRepository(session).abandon_unfinished()

    def start(
        self, season_id: str, settings: SolveSettings | None = None, *, by: int | None = None
    ) -> JobInfo:
        """Queue a job that plans ``season_id``; returns it (queued).

        Raises
        ------
        etoile.storage.SeasonNotFoundError
            When no such season is stored.
        """
        settings = settings or SolveSettings()
        with self.db.transaction(write=True) as session:
            SeasonRepository(session).get(season_id)  # fail now, not in the worker
            job = JobRepository(session).create(season_id, "plan", asdict(settings), by)
        future = self._pool.submit(self._run, job.id, season_id, settings)
        with self._lock:
            self._futures[job.id] = future
        return job

    def get(self, job_id: int) -> JobInfo:
        """Job ``job_id`` as it is now."""
        with self.db.transaction() as session:
            return JobRepository(session).get(job_id)

    def list(self, season_id: str) -> list[JobInfo]:
        """The season's recent jobs, newest first."""
        with self.db.transaction() as session:
            return JobRepository(session).list(season_id)

    def cancel(self, job_id: int) -> JobInfo:
        """Cancel a queued job, or ask a running one to stop at its next stage."""
        with self.db.transaction(write=True) as session:
            return JobRepository(session).request_cancel(job_id)

    def wait(self, job_id: int, timeout: float | None = None) -> JobInfo:
        """Block until the job's worker returns (for the CLI and tests); the job then."""
        with self._lock:
            future = self._futures.get(job_id)
        if future is not None:
            future.result(timeout=timeout)
        return self.get(job_id)

    def shutdown(self) -> None:
        """Ask running jobs to stop and wait for the workers."""
        with self._lock:
            running = [j for j, f in self._futures.items() if not f.done()]
        for job_id in running:
            self.cancel(job_id)
        self._pool.shutdown(wait=True, cancel_futures=False)

    def _run(self, job_id: int, season_id: str, settings: SolveSettings) -> None:
        with self.db.transaction(write=True) as session:
            if not JobRepository(session).start(job_id):
                return  # cancelled while queued
        with self.db.transaction() as session:
            season = SeasonRepository(session).get(season_id)

        done = [0.0]  # a planner that decides again revisits a stage: progress never goes back

        def stage(text: str) -> None:
            done[0] = max(done[0], _fraction(text))
            with self.db.transaction(write=True) as session:
                status = JobRepository(session).progress(job_id, done[0], text)
            if status == "cancelling":
                raise JobCancelled

        try:
            outcome = self._planner(season, settings.params(), stage)
            stage("Saving the draft")
        except JobCancelled:
            self._finish(job_id, "cancelled")
            return
        except Exception as error:  # a job must end in a state, whatever broke
            self._finish(job_id, "failed", error=f"{type(error).__name__}: {error}")
            return
        with self.db.transaction(write=True) as session:
            draft = PlanRepository(session).save_draft(outcome.plan, label=f"job {job_id}")
            JobRepository(session).finish(job_id, "succeeded", plan_id=draft.id)

    def _finish(self, job_id: int, status: str, error: str | None = None) -> None:
        with self.db.transaction(write=True) as session:
            JobRepository(session).finish(job_id, status, error=error)
