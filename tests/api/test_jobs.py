"""Solving as a job: start, progress, result as a draft, cancel (queued and running)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from etoile.domain import Season
from etoile.services.jobs import JobRunner, SolveSettings, ThreadJobRunner
from etoile.services.plan import PlanOutcome, PlanParams, Stage, plan_season
from etoile.storage import Database, PlanRepository
from etoile.validate import Severity, validate

from .conftest import BACKENDS, bearer

S = f"/api/seasons/{kit.SEASON_ID}"
FAST = SolveSettings(**kit.QUICK_JOB)


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_job_plans_the_season_into_a_new_draft(client: TestClient, site_url: str) -> None:
    headers = bearer(client, "nyc-director")
    started = client.post(f"{S}/jobs", json=kit.QUICK_JOB, headers=headers)
    assert started.status_code == 202
    job = started.json()
    assert (job["status"], job["plan_id"]) == ("queued", None)
    runner: JobRunner = client.app.state.etoile.runner  # type: ignore[attr-defined]
    runner.wait(job["id"], timeout=120)
    done = client.get(f"/api/jobs/{job['id']}", headers=headers).json()
    assert kit.job_end(done) == kit.SUCCEEDED
    with Database(site_url) as db, db.transaction() as session:
        draft = PlanRepository(session).get(done["plan_id"])
    assert (draft.status.value, draft.label) == ("draft", f"job {job['id']}")
    errors = [v for v in validate(kit.season(), draft.plan) if v.severity is Severity.ERROR]
    assert errors == []
    assert draft.plan.casting != []
    listed = client.get(f"{S}/jobs", headers=headers).json()
    assert [j["id"] for j in listed] == [job["id"]]


def test_progress_is_recorded_stage_by_stage(site_url: str) -> None:
    seen: list[tuple[str, float, str]] = []
    runner: JobRunner

    def planner(season: Season, params: PlanParams, stage: Stage) -> PlanOutcome:
        def watched(text: str) -> None:
            stage(text)
            job = runner.list(season.id)[0]
            seen.append((job.status, job.progress, job.stage))

        return plan_season(season, params, watched)

    with Database(site_url) as db:
        runner = ThreadJobRunner(db, planner=planner)
        job = runner.start(kit.SEASON_ID, FAST)
        assert runner.wait(job.id, timeout=120).status == "succeeded"
        runner.shutdown()
    assert [s[0] for s in seen] == ["running"] * len(seen)
    fractions = [s[1] for s in seen]
    assert fractions == sorted(fractions)
    stages = [s[2].split(":")[0].split(" ")[0] for s in seen]
    assert [s for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s] == [
        "Casting",
        "Exchange",
        "Rehearsals",
        "Forecast",
        "The",
        "Sensitivity",
        "Validating",
    ]


def test_a_running_job_stops_at_its_next_stage_and_leaves_no_draft(site_url: str) -> None:
    runner: JobRunner
    ids: list[int] = []

    def planner(season: Season, params: PlanParams, stage: Stage) -> PlanOutcome:
        def cancelling(text: str) -> None:
            if text.startswith("Exchange"):
                assert runner.cancel(ids[0]).status == "cancelling"
            stage(text)

        return plan_season(season, params, cancelling)

    with Database(site_url) as db:
        runner = ThreadJobRunner(db, planner=planner)
        ids.append(runner.start(kit.SEASON_ID, FAST).id)
        done = runner.wait(ids[0], timeout=120)
        runner.shutdown()
        with db.transaction() as session:
            plans = PlanRepository(session).list(kit.SEASON_ID)
    assert (done.status, done.plan_id, done.stage) == (
        "cancelled",
        None,
        "Casting both seasons without the exchange",
    )
    assert [p.id for p in plans] == [1, 2]


def test_a_queued_job_is_cancelled_before_it_starts(site_url: str) -> None:
    with Database(site_url) as db:
        runner = ThreadJobRunner(db, workers=1)
        first = runner.start(kit.SEASON_ID, FAST)
        second = runner.start(kit.SEASON_ID, FAST)
        assert runner.cancel(second.id).status == "cancelled"
        assert runner.wait(first.id, timeout=120).status == "succeeded"
        late = runner.wait(second.id, timeout=120)
        runner.shutdown()
    assert (late.status, late.started_at, late.plan_id) == ("cancelled", None, None)


def test_jobs_left_by_a_stopped_server_are_marked_failed(site_url: str, tmp_path: Path) -> None:
    with Database(site_url) as db:
        with db.transaction() as session:
            from etoile.storage import JobRepository

            job = JobRepository(session).create(kit.SEASON_ID, "plan", {}, None)
        runner = ThreadJobRunner(db)
        assert runner.recover() == 1
        found = runner.get(job.id)
        runner.shutdown()
    assert (found.status, found.error) == ("failed", "the server stopped before the job finished")
