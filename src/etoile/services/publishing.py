"""Use case: publish a draft as the next numbered version, with the changelog of what changed
for whom since the version before.

The changelog is :func:`etoile.report.changes.diff_plans` of the previous version and the new
one, stored language-neutral; pages and notifications word it in each reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import Plan, Season
from etoile.report.changes import PlanDiff, diff_plans
from etoile.storage import (
    ChangelogRepository,
    Database,
    PlanInfo,
    PlanNotFoundError,
    PlanRepository,
)


@dataclass(frozen=True)
class Publication:
    """The version just published and what changed."""

    plan: PlanInfo
    previous_version: int | None
    diff: PlanDiff


def publish(db: Database, season: Season, plan_id: int, *, by: int | None = None) -> Publication:
    """Publish draft ``plan_id`` of ``season`` and store its changelog.

    The first version is compared with an empty plan: everyone cast or called hears of it.

    Raises
    ------
    etoile.storage.PlanStateError
        When the plan is already published.
    etoile.storage.PlanNotFoundError
        When there is no such plan in this season.
    """
    with db.transaction(write=True) as session:
        plans = PlanRepository(session)
        draft = plans.get(plan_id)
        if draft.season_id != season.id:
            raise PlanNotFoundError(f"{plan_id} in season {season.id!r}")
        previous = plans.latest_published(season.id)
        old = previous.plan if previous is not None else Plan(season=season.id)
        diff = diff_plans(season, old, draft.plan)
        info = plans.publish(plan_id)
        ChangelogRepository(session).add(
            plan_id,
            None if previous is None else previous.id,
            diff.people,
            diff.model_dump(mode="json"),
            published_by=by,
        )
    return Publication(info, None if previous is None else previous.version, diff)


@dataclass(frozen=True)
class Changelog:
    """The changelog of one version."""

    version: int
    previous_version: int | None
    diff: PlanDiff


def changelog(db: Database, season_id: str, version: int) -> Changelog:
    """The changelog of published ``version`` of ``season_id``.

    Raises
    ------
    etoile.storage.PlanNotFoundError
        When there is no such version (or it was published without a changelog).
    """
    with db.transaction() as session:
        plans = PlanRepository(session)
        stored = plans.get_version(season_id, version)
        found = ChangelogRepository(session).for_plan(stored.id)
        if found is None:
            raise PlanNotFoundError(f"changelog of version {version} of {season_id!r}")
        previous = (
            None if found.previous_plan_id is None else plans.get(found.previous_plan_id).version
        )
    return Changelog(version, previous, PlanDiff.model_validate(found.document))


def latest_changelog(db: Database, season_id: str) -> Changelog | None:
    """The changelog of the newest published version of ``season_id``, or None."""
    with db.transaction() as session:
        latest = PlanRepository(session).latest_published(season_id)
    if latest is None or latest.version is None:
        return None
    try:
        return changelog(db, season_id, latest.version)
    except PlanNotFoundError:
        return None
