"""Jobs delivered through a Redis queue (RQ) to ``etoile worker`` processes.

When the web app runs as several processes, or on several machines, no web process may own a
job: :class:`QueueJobRunner` writes the job's row, as the in-process runner does, and puts a
message on an RQ queue; any ``etoile worker`` takes it and runs :func:`perform`, which opens the
database named in the message and calls :func:`etoile.services.jobs.run_job`, the same code the
in-process runner runs. A job's state, progress and cancellation stay in its row, so any web
process reads and cancels any job; the queue only delivers.

A job must end in a state even when its worker does not:

- an exception the job lets out, or RQ's own time limit, runs :func:`on_failure`;
- a worker that dies mid-job stops renewing its claim on the job; the next worker's
  maintenance, or any web process reading the job, finds the claim expired (about 90 seconds
  later) and marks the job failed, as it does a job whose worker process was killed or whose
  message the queue lost (:meth:`QueueJobRunner.recover`).

Messages are JSON (ids, the database URL and the settings), never pickles: reading one cannot
run code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import logging
import time
from collections.abc import Iterable
from dataclasses import asdict
from types import TracebackType
from typing import Any, cast

from redis import Redis
from redis.exceptions import RedisError
from rq import Callback, Queue
from rq.exceptions import AbandonedJobError, NoSuchJobError
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer
from sqlalchemy import select, update

from etoile.config import Settings
from etoile.services.jobs import JobRunner, Planner, SolveSettings, ThreadJobRunner, run_job
from etoile.services.queue_workers import absolute_url, open_url
from etoile.storage import Database, JobInfo
from etoile.storage.jobs import FINISHED
from etoile.storage.models import JobRow

log = logging.getLogger(__name__)

QUEUE = "etoile"
"""The queue's name; installations sharing one Redis server need different names."""
DEFAULT_PLANNER = "etoile.services.plan:plan_season"
"""What a worker runs, as an import path (a message carries names, not code)."""
JOB_TIMEOUT = 6 * 3600
"""Seconds after which RQ stops a job (a job's solver budgets are at most an hour each)."""
RESULT_TTL = 24 * 3600
"""Seconds RQ keeps an ended job's message (the job's row keeps its state for good)."""
GRACE_SECONDS = 60.0
"""A job without a message is lost only once this old: its message is sent just after its row
is written, and another process may read the row in between."""
POLL_SECONDS = 0.1
"""How often :meth:`QueueJobRunner.wait` reads the job's row."""
REDIS_SECONDS = 5.0
"""How long the web app waits for Redis before a job is reported unreachable."""
LOST = "the worker stopped before the job finished"
ENDED = {JobStatus.FINISHED, JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED}
"""RQ states after which no worker will touch the job again."""


def message_id(database_url: str, job_id: int) -> str:
    """The RQ job id of job ``job_id`` of the database at ``database_url``: unique per
    database, so that databases sharing one queue (tests, staging) never collide.

    Parameters
    ----------
    database_url
        The URL of the job's database, as the runner holds it.
    job_id
        The job's row.
    """
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:12]
    return f"etoile-{digest}-{job_id}"


def _import(path: str) -> Planner:
    module, _, name = path.partition(":")
    return cast(Planner, getattr(importlib.import_module(module), name))


def _fail(db: Database, job_id: int, error: str) -> bool:
    """Mark the job failed unless it has already ended; True when this did it."""
    with db.transaction(write=True) as session:
        result = session.execute(
            update(JobRow)
            .where(JobRow.id == job_id, JobRow.status.not_in(FINISHED))
            .values(status="failed", error=error, finished_at=dt.datetime.now(dt.UTC))
        )
    return bool(getattr(result, "rowcount", 0))


def perform(
    database_url: str,
    job_id: int,
    season_id: str,
    settings: dict[str, Any],
    planner: str = DEFAULT_PLANNER,
) -> None:
    """What a worker runs for one message: job ``job_id`` of the database at ``database_url``.

    Parameters
    ----------
    database_url
        The database of the job's row, its season and the draft.
    job_id, season_id
        The job and the season it plans.
    settings
        The fields of :class:`~etoile.services.jobs.SolveSettings`.
    planner
        Import path (``module:function``) of the planner; :func:`plan_season` unless a test
        slows it down.
    """
    with open_url(database_url) as db:
        run_job(db, job_id, season_id, SolveSettings(**settings), _import(planner))


def on_failure(
    job: Job,
    connection: Redis,
    kind: type[BaseException],
    error: BaseException,
    traceback: TracebackType | None,
) -> None:
    """RQ's failure callback: the job's row ends failed (the job raised, ran out of time, or
    was abandoned by a dead worker) unless the job ended it first.

    Parameters
    ----------
    job
        RQ's job; its first two arguments are the database URL and the job's id.
    connection
        The Redis connection (unused).
    kind, error, traceback
        What the job raised.
    """
    database_url, job_id = job.args[0], job.args[1]
    reason = LOST if isinstance(error, AbandonedJobError) else f"{kind.__name__}: {error}"
    with open_url(database_url) as db:
        _fail(db, int(job_id), reason)


class QueueJobRunner(JobRunner):
    """Jobs sent through a Redis queue to ``etoile worker`` processes.

    Parameters
    ----------
    db
        Where jobs, seasons and drafts are stored; workers open it from its URL.
    redis_url
        The Redis server of the queue (``ETOILE_REDIS_URL``).
    queue
        The queue's name (the workers must serve the same one).
    planner
        Import path of what a job runs (:data:`DEFAULT_PLANNER`).
    """

    def __init__(
        self,
        db: Database,
        redis_url: str,
        *,
        queue: str = QUEUE,
        planner: str = DEFAULT_PLANNER,
    ) -> None:
        super().__init__(db)
        self.database_url = absolute_url(db.url.render_as_string(hide_password=False))
        # A request must not hang on a Redis server that stopped answering.
        self._redis = Redis.from_url(
            redis_url, socket_connect_timeout=REDIS_SECONDS, socket_timeout=REDIS_SECONDS
        )
        self.queue = Queue(queue, connection=self._redis, serializer=JSONSerializer)
        self._planner = planner

    def _deliver(self, job: JobInfo, settings: SolveSettings) -> JobInfo:
        """Put ``job`` in the Redis queue; failed at once when the queue cannot be reached."""
        season_id = job.season_id
        try:
            self.queue.enqueue(
                perform,
                self.database_url,
                job.id,
                season_id,
                asdict(settings),
                self._planner,
                job_id=message_id(self.database_url, job.id),
                # Not RQ's default (the call with its arguments): the URL may hold a password,
                # and workers log the description.
                description=f"plan {season_id} (job {job.id})",
                job_timeout=JOB_TIMEOUT,
                result_ttl=RESULT_TTL,
                failure_ttl=RESULT_TTL,
                on_failure=Callback(on_failure),
            )
        except RedisError as error:
            log.error("job %s: the queue cannot be reached: %s", job.id, error)
            _fail(self.db, job.id, f"the job queue cannot be reached: {error}")
            return super().get(job.id)
        return job

    def get(self, job_id: int) -> JobInfo:
        """Job ``job_id`` as it is now (failed, if its worker is gone)."""
        job = super().get(job_id)
        if not job.finished and self._settle([(job.id, job.created_at)]):
            job = super().get(job_id)
        return job

    def list(self, season_id: str) -> list[JobInfo]:
        """The season's recent jobs, newest first (failed, those whose worker is gone)."""
        jobs = super().list(season_id)
        if self._settle([(j.id, j.created_at) for j in jobs if not j.finished]):
            jobs = super().list(season_id)
        return jobs

    def wait(self, job_id: int, timeout: float | None = None) -> JobInfo:
        """Poll the job's row until it has finished (for the CLI and tests); the job then.

        Raises
        ------
        TimeoutError
            When ``timeout`` seconds pass first.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            job = self.get(job_id)
            if job.finished:
                return job
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"job {job_id} is still {job.status} after {timeout} s")
            time.sleep(POLL_SECONDS)

    def recover(self) -> int:
        """Mark failed every unfinished job of this database that no worker will finish: its
        worker died, its worker's job process was killed, or the queue lost its message.
        Jobs waiting in the queue or running in a live worker are left alone, since other web
        processes and the workers go on while this one restarts. Returns how many."""
        with self.db.transaction() as session:
            rows = session.execute(
                select(JobRow.id, JobRow.created_at).where(JobRow.status.not_in(FINISHED))
            ).all()
        return self._settle([(r.id, r.created_at) for r in rows])

    def shutdown(self) -> None:
        """Close the connection to Redis; jobs go on in the workers."""
        self._redis.close()

    def _settle(self, jobs: Iterable[tuple[int, dt.datetime]]) -> int:
        """End as failed those of ``jobs`` (unfinished: id, created) that are lost."""
        jobs = list(jobs)
        if not jobs:
            return 0
        ended = 0
        try:
            expired = set(self.queue.started_job_registry.get_expired_job_ids())
            for job_id, created_at in jobs:
                reason = self._lost(job_id, created_at, expired)
                if reason is not None and _fail(self.db, job_id, reason):
                    log.warning("job %s failed: %s", job_id, reason)
                    ended += 1
        except RedisError as error:  # the job's row is still right as far as it knows
            log.warning("cannot check the job queue: %s", error)
        return ended

    def _lost(self, job_id: int, created_at: dt.datetime, expired: set[str]) -> str | None:
        """Why no worker will finish the job, or None while one may."""
        key = message_id(self.database_url, job_id)
        try:
            message = Job.fetch(key, connection=self._redis, serializer=JSONSerializer)
        except NoSuchJobError:
            age = (dt.datetime.now(dt.UTC) - created_at).total_seconds()
            return "the job queue lost the job" if age > GRACE_SECONDS else None
        status = message.get_status(refresh=False)
        if status is JobStatus.STARTED and key in expired:
            return LOST
        if status not in ENDED:
            return None
        result = message.latest_result()
        detail = (result.exc_string or "").strip().splitlines() if result else []
        return f"{LOST} ({detail[-1].strip().rstrip(';')})" if detail else LOST


def job_runner(db: Database, settings: Settings) -> JobRunner:
    """The runner the settings ask for: the Redis queue when ``settings.redis_url`` is set
    (jobs run in ``etoile worker`` processes), else ``settings.job_workers`` threads in this
    process (:class:`~etoile.services.jobs.ThreadJobRunner`).

    Parameters
    ----------
    db
        The app's database.
    settings
        Gives ``redis_url`` and ``job_workers``.
    """
    if settings.redis_url:
        return QueueJobRunner(db, settings.redis_url)
    return ThreadJobRunner(db, workers=settings.job_workers)
