"""``/api/seasons/{season_id}/plans``: drafts and versions, publication and changelogs."""

from __future__ import annotations

from fastapi import APIRouter

from etoile.api.deps import Lang, PlanPath, State, User, VersionPath, visible_season
from etoile.api.schemas.plans import (
    ChangelogPublic,
    ChangePublic,
    PlanInfoPublic,
    PlanPublic,
    PublicationPublic,
)
from etoile.domain import Season
from etoile.report.changes import PlanDiff
from etoile.report.changes_words import change_sentence
from etoile.report.i18n import Translator
from etoile.seasonfile.io import plan_to_data
from etoile.services.access import Right, require
from etoile.services.publishing import changelog, publish

router = APIRouter(prefix="/api/seasons/{season_id}", tags=["plans"])


@router.get("/plans", response_model=list[PlanInfoPublic])
def list_plans(season_id: str, user: User, state: State) -> list[PlanInfoPublic]:
    """The season's drafts and published versions, oldest first."""
    require(user, Right.PLANS)
    visible_season(state, user, season_id)
    return [PlanInfoPublic.of(p) for p in state.workspace.plans(season_id)]


@router.get("/plans/{plan_id}", response_model=PlanPublic)
def get_plan(season_id: str, plan_id: PlanPath, user: User, state: State) -> PlanPublic:
    """A whole plan (the plan file's content): directors only."""
    require(user, Right.DOCUMENT)
    visible_season(state, user, season_id)
    stored = state.workspace.plan(season_id, plan_id)
    return PlanPublic(info=PlanInfoPublic.of(stored), document=plan_to_data(stored.plan))


def changelog_public(
    season: Season, version: int, previous: int | None, diff: PlanDiff, lang: str
) -> ChangelogPublic:
    """A diff as the API returns it, each change worded in ``lang``."""
    tr = Translator(lang)
    return ChangelogPublic(
        version=version,
        previous_version=previous,
        people=diff.people,
        changes=[
            ChangePublic(
                kind=c.kind.value,
                people=list(c.people),
                words=change_sentence(tr, season, c),
                details=c.model_dump(mode="json", exclude={"kind", "people"}),
            )
            for c in diff.changes
        ],
    )


@router.post("/plans/{plan_id}/publish", response_model=PublicationPublic)
def publish_plan(
    season_id: str, plan_id: PlanPath, user: User, state: State, lang: Lang
) -> PublicationPublic:
    """Publish a draft as the next version; dancers then see it. Directors only."""
    require(user, Right.PUBLISH)
    season = visible_season(state, user, season_id)
    done = publish(state.db, season, plan_id, by=user.id)
    assert done.plan.version is not None
    return PublicationPublic(
        plan=PlanInfoPublic.of(done.plan),
        changelog=changelog_public(
            season, done.plan.version, done.previous_version, done.diff, lang
        ),
    )


@router.get("/versions/{version}/changelog", response_model=ChangelogPublic)
def get_changelog(
    season_id: str, version: VersionPath, user: User, state: State, lang: Lang
) -> ChangelogPublic:
    """What version ``version`` changed, for whom."""
    require(user, Right.PLANS)
    season = visible_season(state, user, season_id)
    found = changelog(state.db, season_id, version)
    return changelog_public(season, found.version, found.previous_version, found.diff, lang)
