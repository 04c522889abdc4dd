"""The job schemas: defaults and limits of a job's settings, and the public view of a job."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from etoile.api.schemas.jobs import JobCreate, JobPublic
from etoile.storage.jobs import JobInfo

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def test_the_defaults() -> None:
    assert JobCreate().model_dump() == {
        "exchange_time_limit": 10.0,
        "casting_time_limit": 30.0,
        "rehearsal_time_limit": 10.0,
        "workers": 2,
        "seed": 0,
        "draws": 2000,
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("exchange_time_limit", 0.05),  # below 0.1 s
        ("casting_time_limit", 3601),  # above an hour
        ("rehearsal_time_limit", -1),
        ("workers", 0),
        ("workers", 17),
        ("seed", 2**31),  # one above 2**31 - 1
        ("draws", 9),
        ("draws", 100_001),
    ],
)
def test_a_setting_out_of_bounds_is_refused_by_name(field: str, value: float) -> None:
    with pytest.raises(ValidationError) as caught:
        JobCreate.model_validate({field: value})
    assert [e["loc"] for e in caught.value.errors()] == [(field,)]


def test_the_bounds_themselves_are_accepted() -> None:
    # No calendar (0 rehearsal seconds), one worker, the largest seed, 10 draws.
    job = JobCreate(rehearsal_time_limit=0, workers=1, seed=2**31 - 1, draws=10)
    assert (job.rehearsal_time_limit, job.workers, job.seed, job.draws) == (0, 1, 2**31 - 1, 10)


def test_the_public_view_of_a_job_drops_kind_and_creator() -> None:
    info = JobInfo(
        id=7,
        season_id="tiny-2026",
        kind="plan",
        status="done",
        progress=1.0,
        stage="rehearsals",
        params={"workers": 2, "casting_time_limit": 30.0},
        created_by=3,
        created_at=T0,
        started_at=T0 + dt.timedelta(seconds=1),
        finished_at=T0 + dt.timedelta(seconds=42),
        plan_id=12,
        error=None,
    )
    public = JobPublic.of(info).model_dump()
    assert public == {
        "id": 7,
        "season_id": "tiny-2026",
        "status": "done",
        "progress": 1.0,
        "stage": "rehearsals",
        "params": {"workers": 2, "casting_time_limit": 30.0},
        "created_at": T0,
        "started_at": T0 + dt.timedelta(seconds=1),
        "finished_at": T0 + dt.timedelta(seconds=42),
        "plan_id": 12,
        "error": None,
    }
