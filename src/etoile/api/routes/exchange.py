"""``/api/seasons/{season_id}/exchange``: the exchange board (directors)."""

from __future__ import annotations

from fastapi import APIRouter

from etoile.api.deps import Lang, PlanId, State, User, chosen_plan, visible_season
from etoile.api.schemas.seasons import ExchangeBoardPublic, HouseResultPublic, StayPublic
from etoile.services.access import Right, require
from etoile.services.views import exchange_board

router = APIRouter(prefix="/api/seasons/{season_id}", tags=["exchange"])


@router.get("/exchange", response_model=ExchangeBoardPublic)
def get_exchange(
    season_id: str, user: User, state: State, lang: Lang, plan_id: PlanId = None
) -> ExchangeBoardPublic:
    """Who goes where, when, for which roles and shows, and what it does to each house."""
    require(user, Right.EXCHANGE)
    season = visible_season(state, user, season_id)
    stored = chosen_plan(state, season_id, plan_id)
    board = exchange_board(season, stored.plan, lang)
    return ExchangeBoardPublic(
        plan_id=stored.id,
        stays=[StayPublic(**vars(s)) for s in board.stays],
        houses=[HouseResultPublic(**vars(h)) for h in board.houses],
        deal=stored.plan.deal,
    )
