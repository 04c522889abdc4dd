"""A stored plan's information: its entity tag changes with every save."""

from __future__ import annotations

import datetime as dt

from etoile.domain import SolveReport, SolveStatus
from etoile.storage import PlanStatus
from etoile.storage.plan_info import PlanInfo


def _info(plan_id: int, revision: int) -> PlanInfo:
    return PlanInfo(
        id=plan_id,
        season_id="tiny-2026",
        status=PlanStatus.DRAFT,
        version=None,
        label="",
        created_at=dt.datetime(2026, 11, 2, tzinfo=dt.UTC),
        published_at=None,
        reports={"casting": SolveReport(status=SolveStatus.OPTIMAL)},
        revision=revision,
        based_on=None,
    )


def test_the_etag_names_the_plan_and_its_revision() -> None:
    assert _info(7, 3).etag == '"plan-7-r3"'
    assert _info(7, 4).etag != _info(7, 3).etag
    assert _info(17, 1).etag != _info(1, 71).etag  # "plan-17-r1" and "plan-1-r71"


def test_statuses_read_as_their_stored_words() -> None:
    assert (PlanStatus("draft"), PlanStatus("published")) == (
        PlanStatus.DRAFT,
        PlanStatus.PUBLISHED,
    )
