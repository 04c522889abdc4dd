"""Jobs through the Redis queue: the app queues, a worker in another process runs them.

Each test gets its own queue on the test Redis server (skipped with the reason when it does not
answer, failing under CI) and its keys are deleted afterwards. The worker is a real
``etoile worker --burst`` process: it runs what is queued and stops.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from redis import Redis

import job_queue_kit as qkit
import web_kit as kit
from api.conftest import BACKENDS, bearer
from etoile.config import Settings
from etoile.services.job_queue import LOST, QueueJobRunner, job_runner, message_id
from etoile.services.jobs import SolveSettings, ThreadJobRunner
from etoile.storage import Database, JobInfo, JobRepository, PlanRepository
from etoile.validate import Severity, validate
from etoile.web.app import create_app

S = f"/api/seasons/{kit.SEASON_ID}"
FAST = SolveSettings(**kit.QUICK_JOB)
WORKER_SECONDS = 90
"""At most how long a burst worker may take (it takes a few seconds)."""


@pytest.fixture
def redis() -> Iterator[Redis]:
    """The test Redis server (or a skip, a failure under CI)."""
    client = qkit.redis_or_skip()
    yield client
    client.close()


@pytest.fixture
def queue(redis: Redis, site_url: str) -> Iterator[str]:
    """A queue of this test's own; its keys and its jobs' are deleted afterwards."""
    name = f"etoile-test-{uuid.uuid4().hex[:10]}"
    yield name
    with Database(site_url) as db:
        prefix = message_id(QueueJobRunner(db, qkit.REDIS_URL).database_url, 0)[:-1]
    qkit.forget(redis, name, prefix)


@pytest.fixture
def db(site_url: str) -> Iterator[Database]:
    """The test's populated database, opened."""
    with Database(site_url) as database:
        yield database


def runner_on(db: Database, queue: str, planner: str | None = None) -> QueueJobRunner:
    """A queue runner on the test's queue (and planner, when given)."""
    if planner is None:
        return QueueJobRunner(db, qkit.REDIS_URL, queue=queue)
    return QueueJobRunner(db, qkit.REDIS_URL, queue=queue, planner=planner)


def plan_ids(db: Database) -> list[int]:
    with db.transaction() as session:
        return [p.id for p in PlanRepository(session).list(kit.SEASON_ID)]


def wait_until_running(runner: QueueJobRunner, job_id: int, seen: list[JobInfo]) -> JobInfo:
    """Poll the job from this process until the worker has it running past the casting."""
    deadline = time.monotonic() + WORKER_SECONDS
    while time.monotonic() < deadline:
        job = runner.get(job_id)
        seen.append(job)
        if job.status == "running" and job.progress >= 0.3:
            return job
        assert not job.finished, job
        time.sleep(0.02)
    raise AssertionError(f"job {job_id} never ran: {seen[-1]}")


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_worker_process_runs_the_job_the_app_queued(
    site_url: str, db: Database, queue: str
) -> None:
    settings = Settings(secure_cookies=False, redis_url=None)
    app = create_app(site_url, settings=settings, runner=runner_on(db, queue))
    with TestClient(app) as client:
        headers = bearer(client, "nyc-director")
        job = client.post(f"{S}/jobs", json=kit.QUICK_JOB, headers=headers).json()
        assert (job["status"], job["plan_id"]) == ("queued", None)
        with qkit.worker(queue) as process:
            qkit.finished(process, WORKER_SECONDS)
        done = client.get(f"/api/jobs/{job['id']}", headers=headers).json()
    assert kit.job_end(done) == kit.SUCCEEDED
    with db.transaction() as session:
        draft = PlanRepository(session).get(done["plan_id"])
    assert (draft.status.value, draft.label) == ("draft", f"job {job['id']}")
    assert [v for v in validate(kit.season(), draft.plan) if v.severity is Severity.ERROR] == []
    assert draft.plan.casting != []


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_progress_shows_in_the_app_and_its_cancel_stops_the_worker(
    db: Database, queue: str
) -> None:
    before = plan_ids(db)
    runner = runner_on(db, queue, qkit.SLOW)
    job = runner.start(kit.SEASON_ID, FAST)
    seen: list[JobInfo] = []
    with qkit.worker(queue) as process:
        running = wait_until_running(runner, job.id, seen)
        assert runner.cancel(job.id).status == "cancelling"
        qkit.finished(process, WORKER_SECONDS)
    done = runner.get(job.id)
    assert (done.status, done.plan_id, done.error) == ("cancelled", None, None)
    assert done.progress < 1.0 and done.stage != "Saving the draft"
    assert plan_ids(db) == before
    # What this process saw of the worker's progress: queued, then running, never backwards.
    progress = [j.progress for j in seen]
    assert progress == sorted(progress)
    assert seen[0].status in ("queued", "running")
    assert (running.status, 0.0 < running.progress < 1.0) == ("running", True)
    assert running.stage.split(":")[0] in ("Exchange", "Rehearsals")


def test_a_failing_job_ends_failed_with_its_error(db: Database, queue: str) -> None:
    runner = runner_on(db, queue, qkit.FAILING)
    job = runner.start(kit.SEASON_ID, FAST)
    with qkit.worker(queue) as process:
        qkit.finished(process, WORKER_SECONDS)
    done = runner.get(job.id)
    assert (done.status, done.plan_id, done.error) == ("failed", None, f"OSError: {qkit.BROKEN}")
    assert done.stage.startswith("Exchange")
    assert plan_ids(db) == [1, 2]


def test_a_killed_job_process_ends_failed(db: Database, queue: str) -> None:
    runner = runner_on(db, queue, qkit.SLOW)
    job = runner.start(kit.SEASON_ID, FAST)
    with qkit.worker(queue) as process:
        wait_until_running(runner, job.id, [])
        [horse] = qkit.children(process.pid)  # the process RQ forked for the job
        os.kill(horse, signal.SIGKILL)
        qkit.finished(process, WORKER_SECONDS)  # the worker itself goes on
    done = runner.get(job.id)
    assert (done.status, done.plan_id) == ("failed", None)
    assert done.error is not None and done.error.startswith(f"{LOST} (Work-horse terminated")
    assert plan_ids(db) == [1, 2]


@pytest.mark.parametrize("noticed_by", ["a worker's maintenance", "the app"])
def test_a_job_whose_worker_died_ends_failed(
    db: Database, queue: str, redis: Redis, noticed_by: str
) -> None:
    runner = runner_on(db, queue, qkit.SLOW)
    job = runner.start(kit.SEASON_ID, FAST)
    with qkit.worker(queue) as process:
        wait_until_running(runner, job.id, [])
        for pid in [*qkit.children(process.pid), process.pid]:  # the machine went down
            os.kill(pid, signal.SIGKILL)
        process.wait(timeout=WORKER_SECONDS)
    # The worker's claim on the job lasts ~90 s after its last heartbeat: until then the job
    # may still be running, as far as anyone can tell.
    assert runner.get(job.id).status == "running"
    registry = runner.queue.started_job_registry
    later = time.time() + 3600
    if noticed_by == "the app":
        redis.zadd(registry.key, {key: 0 for key in redis.zrange(registry.key, 0, -1)})
        assert runner.recover() == 1
    else:
        registry.cleanup(timestamp=later)  # calls the job's failure callback
        assert runner.recover() == 0
    done = runner.get(job.id)
    assert (done.status, done.error, done.plan_id) == ("failed", LOST, None)


def test_recover_leaves_queued_jobs_and_fails_lost_ones(db: Database, queue: str) -> None:
    runner = runner_on(db, queue)
    waiting = runner.start(kit.SEASON_ID, FAST)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    with db.transaction(write=True) as session:
        lost = JobRepository(session, clock=lambda: long_ago).create(
            kit.SEASON_ID, "plan", {}, None
        )
    assert runner.recover() == 1
    assert runner.get(waiting.id).status == "queued"
    assert (runner.get(lost.id).status, runner.get(lost.id).error) == (
        "failed",
        "the job queue lost the job",
    )
    with pytest.raises(TimeoutError):
        runner.wait(waiting.id, timeout=0.2)
    runner.shutdown()


def test_a_job_the_queue_cannot_take_ends_failed_at_once(site_url: str) -> None:
    with Database(site_url) as db:
        runner = QueueJobRunner(db, "redis://127.0.0.1:1/0")  # port 1: nothing listens
        job = runner.start(kit.SEASON_ID, FAST)
    assert job.status == "failed"
    assert job.error is not None and job.error.startswith("the job queue cannot be reached")


def test_the_settings_choose_the_runner(site_url: str) -> None:
    with Database(site_url) as db:
        queued = job_runner(db, Settings(redis_url=qkit.REDIS_URL))
        threads = job_runner(db, Settings(redis_url=None, job_workers=2))
        assert (type(queued), type(threads)) == (QueueJobRunner, ThreadJobRunner)
        queued.shutdown()
        threads.shutdown()
