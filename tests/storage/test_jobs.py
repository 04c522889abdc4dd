"""Solving jobs as stored: queued, started, progress while running, cancelled at once when
queued or asked to stop when running, finished, and abandoned when a server stopped."""

from __future__ import annotations

import datetime as dt

import pytest

from etoile.storage import Database
from etoile.storage.jobs import JobNotFoundError, JobRepository

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def tick(self) -> None:
        self.now += dt.timedelta(seconds=1)


def test_a_job_runs_from_queued_to_succeeded(db: Database) -> None:
    clock = Clock()
    with db.transaction(write=True) as session:
        jobs = JobRepository(session, clock=clock)
        job = jobs.create("tiny-2026", "plan", {"workers": 2}, created_by=None)
        clock.tick()
        assert (job.status, job.progress, job.stage, job.finished) == ("queued", 0.0, "", False)
        assert jobs.start(job.id) is True
        assert jobs.start(job.id) is False  # no longer queued
        clock.tick()
        # The stage is cut to 200 characters.
        assert jobs.progress(job.id, 0.4, "casting " + "x" * 300) == "running"
        assert (jobs.get(job.id).progress, len(jobs.get(job.id).stage)) == (0.4, 200)
        jobs.finish(job.id, "succeeded", plan_id=None)
        done = jobs.get(job.id)
    # Stamps: created at T0, started 1 s later, finished 2 s later; success means progress 1.
    assert (done.status, done.progress, done.finished) == ("succeeded", 1.0, True)
    assert [done.created_at, done.started_at, done.finished_at] == [
        T0 + dt.timedelta(seconds=s) for s in (0, 1, 2)
    ]
    assert done.params == {"workers": 2}


def test_cancelling_a_queued_job_is_immediate_a_running_one_is_asked(db: Database) -> None:
    with db.transaction(write=True) as session:
        jobs = JobRepository(session, clock=Clock())
        queued = jobs.create("tiny-2026", "plan", {}, created_by=None)
        running = jobs.create("tiny-2026", "plan", {}, created_by=None)
        jobs.start(running.id)
        cancelled = jobs.request_cancel(queued.id)
        assert (cancelled.status, cancelled.finished) == ("cancelled", True)
        assert jobs.start(queued.id) is False  # a worker that picks it later does not run it
        assert jobs.request_cancel(running.id).status == "cancelling"
        # The running job hears it at its next progress report.
        assert jobs.progress(running.id, 0.5, "rehearsals") == "cancelling"
        jobs.finish(running.id, "failed", error="boom")
        # A finished job stays as it is.
        assert jobs.request_cancel(running.id).status == "failed"
        with pytest.raises(JobNotFoundError, match="no job 999"):
            jobs.request_cancel(999)


def test_a_failed_job_keeps_its_progress_and_error(db: Database) -> None:
    with db.transaction(write=True) as session:
        jobs = JobRepository(session, clock=Clock())
        job = jobs.create("tiny-2026", "plan", {}, created_by=None)
        jobs.start(job.id)
        jobs.progress(job.id, 0.3, "exchange")
        jobs.finish(job.id, "failed", error="no dancer can dance Myrtha")
        found = jobs.get(job.id)
    assert (found.status, found.progress, found.error) == (
        "failed",
        0.3,
        "no dancer can dance Myrtha",
    )


def test_list_is_newest_first_per_season(db: Database) -> None:
    with db.transaction(write=True) as session:
        jobs = JobRepository(session, clock=Clock())
        ids = [jobs.create("tiny-2026", "plan", {}, created_by=None).id for _ in range(3)]
        jobs.create("other", "plan", {}, created_by=None)
        assert [j.id for j in jobs.list("tiny-2026")] == ids[::-1]
        assert [j.id for j in jobs.list("tiny-2026", limit=2)] == ids[:0:-1]


def test_a_stopped_server_leaves_its_unfinished_jobs_failed(db: Database) -> None:
    with db.transaction(write=True) as session:
        jobs = JobRepository(session, clock=Clock())
        queued = jobs.create("tiny-2026", "plan", {}, created_by=None)
        running = jobs.create("tiny-2026", "plan", {}, created_by=None)
        done = jobs.create("tiny-2026", "plan", {}, created_by=None)
        jobs.start(running.id)
        jobs.finish(done.id, "succeeded")
        assert jobs.abandon_unfinished() == 2  # queued and running; not the finished one
        assert [jobs.get(j.id).status for j in (queued, running, done)] == [
            "failed",
            "failed",
            "succeeded",
        ]
        assert jobs.get(queued.id).error == "the server stopped before the job finished"


def test_an_unknown_job_is_not_found(db: Database) -> None:
    with db.transaction() as session:
        jobs = JobRepository(session)
        with pytest.raises(JobNotFoundError, match="no job 12"):
            jobs.get(12)
        with pytest.raises(JobNotFoundError):
            jobs.get(2**63)  # beyond any stored id
