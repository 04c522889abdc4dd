"""``/api/seasons/{season_id}/plans``: drafts and versions, publication and changelogs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from etoile.api.deps import DB_INT, Lang, PlanPath, State, User, VersionPath, visible_season
from etoile.api.schemas.plans import (
    ChangelogPublic,
    ChangePublic,
    PlanInfoPublic,
    PlanPublic,
    PublicationPublic,
)
from etoile.domain import Season
from etoile.i18n import Translator
from etoile.report.changes import PlanDiff
from etoile.report.changes_words import change_sentence
from etoile.seasonfile.io import plan_to_data
from etoile.services.access import Right, require
from etoile.services.publishing import UNSET, changelog, house_view, publish

router = APIRouter(prefix="/api/seasons/{season_id}", tags=["plans"])


@router.get("/plans", response_model=list[PlanInfoPublic])
def list_plans(season_id: str, user: User, state: State) -> list[PlanInfoPublic]:
    """The season's drafts and published versions, oldest first."""
    require(user, Right.PLANS)
    visible_season(state, user, season_id)
    return [PlanInfoPublic.of(p) for p in state.workspace.plans(season_id)]


@router.get("/plans/{plan_id}", response_model=PlanPublic)
def get_plan(
    season_id: str, plan_id: PlanPath, user: User, state: State, response: Response
) -> PlanPublic:
    """A whole plan (the plan file's content): directors only. The ``ETag`` names its
    revision, for ``If-Match`` on a write."""
    require(user, Right.DOCUMENT)
    visible_season(state, user, season_id)
    stored = state.workspace.plan(season_id, plan_id)
    response.headers["ETag"] = stored.etag
    return PlanPublic(info=PlanInfoPublic.of(stored), document=plan_to_data(stored.plan))


def changelog_public(
    season: Season, version: int, previous: int | None, diff: PlanDiff, lang: str
) -> ChangelogPublic:
    """A diff as the API returns it, each change worded in ``lang``.

    Parameters
    ----------
    season
        For the names in the sentences.
    version
        The version the changelog is of.
    previous
        The version before it (None for the first).
    diff
        The changes from ``previous`` to ``version``.
    lang
        ``en`` or ``fr``.
    """
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


@router.post(
    "/plans/{plan_id}/publish",
    response_model=PublicationPublic,
    responses={409: {"description": "Published already, or another version came first."}},
)
def publish_plan(
    season_id: str,
    plan_id: PlanPath,
    user: User,
    state: State,
    lang: Lang,
    base_version: Annotated[
        int | None,
        Query(
            ge=0,
            le=DB_INT,
            description="The newest published version the director saw (0: none yet); if "
            "another was published since, nothing is published (409).",
        ),
    ] = None,
) -> PublicationPublic:
    """Publish a draft as the next version; dancers then see it. Directors only.

    Publications of a season happen one at a time; a hand-edited draft made from an older
    version than the newest is refused (409), since publishing it would undo the newer one.
    """
    require(user, Right.PUBLISH)
    season = visible_season(state, user, season_id)
    done = publish(
        state.db,
        season,
        plan_id,
        by=user.id,
        base_version=UNSET if base_version is None else (base_version or None),
    )
    assert done.plan.version is not None
    return PublicationPublic(
        plan=PlanInfoPublic.of(done.plan),
        changelog=changelog_public(
            season,
            done.plan.version,
            done.previous_version,
            house_view(season, done.diff, user.company),
            lang,
        ),
    )


@router.get("/versions/{version}/changelog", response_model=ChangelogPublic)
def get_changelog(
    season_id: str, version: VersionPath, user: User, state: State, lang: Lang
) -> ChangelogPublic:
    """What version ``version`` changed, for whom: the changes of the reader's house, of the
    exchange, and those that concern the house's own people elsewhere."""
    require(user, Right.PLANS)
    season = visible_season(state, user, season_id)
    found = changelog(state.db, season_id, version)
    diff = house_view(season, found.diff, user.company)
    return changelog_public(season, found.version, found.previous_version, diff, lang)
