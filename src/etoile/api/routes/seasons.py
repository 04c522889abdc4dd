"""``/api/seasons``: the seasons a reader belongs to, and a season at a glance."""

from __future__ import annotations

from fastapi import APIRouter

from etoile.api.deps import Lang, State, User, visible_season
from etoile.api.schemas.seasons import HousePublic, OverviewPublic, SeasonPublic
from etoile.services.access import Right, Role, require
from etoile.services.views import overview

router = APIRouter(prefix="/api/seasons", tags=["seasons"])


@router.get("", response_model=list[SeasonPublic])
def list_seasons(user: User, state: State) -> list[SeasonPublic]:
    """The seasons the reader has a part in (their house's; a dancer's own)."""
    found = []
    for info in state.workspace.seasons():
        season = state.workspace.season(info.id)
        mine = (
            user.dancer in season.dancers
            if user.role is Role.DANCER
            else user.company in season.company
        )
        if mine:
            found.append(
                SeasonPublic(
                    id=info.id,
                    name=info.name,
                    start=info.start,
                    end=info.end,
                    companies=info.companies,
                    dancers=info.dancers,
                    performances=info.performances,
                    published_versions=info.published_plans,
                )
            )
    return found


@router.get("/{season_id}", response_model=OverviewPublic)
def get_season(season_id: str, user: User, state: State, lang: Lang) -> OverviewPublic:
    """The season at a glance: houses, dancers by rank, repertoire, calendar."""
    require(user, Right.SEASON)
    view = overview(visible_season(state, user, season_id), lang)
    return OverviewPublic(
        id=view.id,
        name=view.name,
        period=view.period,
        houses=[HousePublic(**vars(h)) for h in view.houses],
    )
