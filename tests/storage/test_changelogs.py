"""A published plan's changelog: stored once, its people sorted, stamped by the clock."""

from __future__ import annotations

import datetime as dt

from etoile.domain import Plan, Season
from etoile.storage import Database, PlanRepository, SeasonRepository
from etoile.storage.changelogs import ChangelogRepository, StoredChangelog

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def test_a_changelog_is_kept_with_its_plan(db: Database, tiny_season: Season) -> None:
    with db.transaction() as session:
        SeasonRepository(session).save(tiny_season)
        plans = PlanRepository(session)
        first = plans.publish(plans.save_draft(Plan(season=tiny_season.id)).id)
        second = plans.publish(plans.save_draft(Plan(season=tiny_season.id)).id)
    document = {"changes": [{"kind": "recast", "performance": "nyc-p1"}]}
    with db.transaction() as session:
        stored = ChangelogRepository(session, clock=lambda: T0).add(
            second.id, first.id, ["nyc-ben", "nyc-ava"], document, published_by=None
        )
    assert stored == StoredChangelog(
        plan_id=second.id,
        previous_plan_id=first.id,
        published_by=None,
        created_at=T0,
        people=["nyc-ava", "nyc-ben"],
        document=document,
    )
    with db.transaction() as session:
        changelogs = ChangelogRepository(session)
        assert changelogs.for_plan(second.id) == stored
        assert changelogs.for_plan(first.id) is None
