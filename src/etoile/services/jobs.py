"""Use case: solving as a job outside the request (the Timefold pattern).

A director starts a job; a worker plans the season with :func:`etoile.services.plan.plan_season`;
the job's row records its progress (the stage the planner has reached), and on success the plan
is saved as a new draft whose id the job keeps. Cancelling a queued job stops it before it
starts; a running job is asked to stop (its row says ``cancelling``), and stops when the planner
reaches its next stage (CP-SAT's own time limits bound the wait), leaving no draft.

Two runners deliver jobs to :func:`run_job`, the one code path that plans, reports and saves:

- :class:`ThreadJobRunner`, threads inside the web process (the embedded default, one
  process). Jobs a stopped server left unfinished are marked failed when the next one starts.
- :class:`etoile.services.job_queue.QueueJobRunner`, a Redis queue served by ``etoile worker``
  processes (when ``ETOILE_REDIS_URL`` is set: several web processes, several machines).

Both keep a job's state in the database, so reading and cancelling a job is the same for both
(:class:`JobRunner`), and the web routes do not know which one runs.
"""

from __future__ import annotations

import abc
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


def run_job(
    db: Database,
    job_id: int,
    season_id: str,
    settings: SolveSettings,
    planner: Planner = _planner,
) -> None:
    """Run job ``job_id``: plan the stored season, record progress, save the draft.

    Whatever happens, the job ends in a state: ``succeeded`` (with its draft), ``cancelled``
    (its row said ``cancelling`` at a stage), or ``failed`` (with the error). A job cancelled
    while queued is left as it is.

    Parameters
    ----------
    db
        The database of the job, its season and the draft.
    job_id, season_id
        The job's row and the season it plans.
    settings
        The planner's settings.
    planner
        What plans; :func:`plan_season` unless a caller wraps it.
    """
    with db.transaction(write=True) as session:
        if not JobRepository(session).start(job_id):
            return  # cancelled while queued

    done = [0.0]  # a planner that decides again revisits a stage: progress never goes back

    def stage(text: str) -> None:
        done[0] = max(done[0], _fraction(text))
        with db.transaction(write=True) as session:
            status = JobRepository(session).progress(job_id, done[0], text)
        if status == "cancelling":
            raise JobCancelled

    try:
        with db.transaction() as session:
            season = SeasonRepository(session).get(season_id)
        outcome = planner(season, settings.params(), stage)
        stage("Saving the draft")
    except JobCancelled:
        _finish(db, job_id, "cancelled")
        return
    except Exception as error:  # a job must end in a state, whatever broke
        _finish(db, job_id, "failed", error=f"{type(error).__name__}: {error}")
        return
    with db.transaction(write=True) as session:
        draft = PlanRepository(session).save_draft(outcome.plan, label=f"job {job_id}")
        JobRepository(session).finish(job_id, "succeeded", plan_id=draft.id)


def _finish(db: Database, job_id: int, status: str, error: str | None = None) -> None:
    with db.transaction(write=True) as session:
        JobRepository(session).finish(job_id, status, error=error)


class JobRunner(abc.ABC):
    """What the web app asks of a job runner, whichever delivers the jobs.

    Reading and cancelling go through the job's row, so that they work from any process;
    starting, waiting, recovering and stopping depend on how jobs are delivered.

    Parameters
    ----------
    db
        Where jobs, seasons and drafts are stored.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def start(
        self, season_id: str, settings: SolveSettings | None = None, *, by: int | None = None
    ) -> JobInfo:
        """Queue a job that plans ``season_id`` with ``settings`` (default
        :class:`SolveSettings`), started by user ``by``; returns it (queued, or failed when it
        could not be handed over, as when the queue cannot be reached).

        Parameters
        ----------
        season_id
            The stored season to plan.
        settings
            The planner's settings.
        by
            The user who started it.

        Raises
        ------
        etoile.storage.SeasonNotFoundError
            When no such season is stored.
        """
        settings = settings or SolveSettings()
        return self._deliver(self._create(season_id, settings, by), settings)

    @abc.abstractmethod
    def _deliver(self, job: JobInfo, settings: SolveSettings) -> JobInfo:
        """Hand ``job``, just stored as queued, to what runs it; returns the job then."""

    @abc.abstractmethod
    def wait(self, job_id: int, timeout: float | None = None) -> JobInfo:
        """Block until the job has finished (for the CLI and tests); the job then.

        Parameters
        ----------
        job_id
            The job waited for.
        timeout
            At most this many seconds (None: as long as it takes).

        Raises
        ------
        TimeoutError
            When ``timeout`` seconds pass first.
        """

    @abc.abstractmethod
    def recover(self) -> int:
        """Mark jobs that no worker will finish any more as failed; returns how many."""

    @abc.abstractmethod
    def shutdown(self) -> None:
        """Release what the runner holds (the web process is stopping)."""

    def get(self, job_id: int) -> JobInfo:
        """Job ``job_id`` as it is now.

        Raises
        ------
        etoile.storage.JobNotFoundError
            For an unknown job.
        """
        with self.db.transaction() as session:
            return JobRepository(session).get(job_id)

    def list(self, season_id: str) -> list[JobInfo]:
        """The season's recent jobs, newest first."""
        with self.db.transaction() as session:
            return JobRepository(session).list(season_id)

    def cancel(self, job_id: int) -> JobInfo:
        """Cancel a queued job, or ask a running one to stop at its next stage.

        Parameters
        ----------
        job_id
            The job to stop.

        Raises
        ------
        etoile.storage.JobNotFoundError
            When there is no such job.
        """
        with self.db.transaction(write=True) as session:
            return JobRepository(session).request_cancel(job_id)

    def _create(self, season_id: str, settings: SolveSettings, by: int | None) -> JobInfo:
        with self.db.transaction(write=True) as session:
            SeasonRepository(session).get(season_id)  # fail now, not in the worker
            return JobRepository(session).create(season_id, "plan", asdict(settings), by)


class ThreadJobRunner(JobRunner):
    """A pool of threads inside the web process that run the jobs of one database.

    For one web process only: a job lives and dies with the process that started it.

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
        super().__init__(db)
        self._planner = planner
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="etoile-job")
        self._futures: dict[int, Future[None]] = {}
        self._lock = threading.Lock()

    def recover(self) -> int:
        """Mark jobs a previous server left unfinished as failed (only this process runs
        jobs, and it has not started any yet); returns how many."""
        with self.db.transaction(write=True) as session:
            return JobRepository(session).abandon_unfinished()

    def _deliver(self, job: JobInfo, settings: SolveSettings) -> JobInfo:
        """Submit ``job`` to the pool of threads."""
        future = self._pool.submit(
            run_job, self.db, job.id, job.season_id, settings, planner=self._planner
        )
        with self._lock:
            self._futures[job.id] = future
        return job

    def wait(self, job_id: int, timeout: float | None = None) -> JobInfo:
        """Block until the job's thread returns (for the CLI and tests); the job then."""
        with self._lock:
            future = self._futures.get(job_id)
        if future is not None:
            future.result(timeout=timeout)
        return self.get(job_id)

    def shutdown(self) -> None:
        """Ask running jobs to stop and wait for the threads."""
        with self._lock:
            running = [j for j, f in self._futures.items() if not f.done()]
        for job_id in running:
            self.cancel(job_id)
        self._pool.shutdown(wait=True, cancel_futures=False)
