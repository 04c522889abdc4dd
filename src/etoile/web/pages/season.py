"""The season at a glance, the exchange board and the finance dashboard."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from etoile.api.deps import Lang, PlanId, State, User, visible_season
from etoile.services.access import Right, Role, require
from etoile.services.views import exchange_board, house_finance, overview
from etoile.storage import StoredPlan
from etoile.web.render import render

router = APIRouter()


def plan_label(stored: StoredPlan | None, t: object) -> str:
    """``version 3`` or ``draft 12``, for the line that says which plan a page shows.

    Parameters
    ----------
    stored
        The plan the page shows, or None.
    t
        The page's translator's ``t``.
    """
    assert callable(t)
    if stored is None:
        return str(t("plan.none"))
    if stored.version is not None:
        return str(t("plan.version", version=stored.version))
    return str(t("plan.draft", id=stored.id))


@router.get("/seasons", response_class=HTMLResponse)
def seasons(request: Request, user: User, state: State, lang: Lang) -> HTMLResponse:
    """The seasons of the reader's house."""
    require(user, Right.SEASON)
    mine = [
        s
        for s in state.workspace.seasons()
        if user.role is not Role.DANCER and user.company in state.workspace.season(s.id).company
    ]
    return render(request, "seasons.html.j2", lang=lang, user=user, seasons=mine)


@router.get("/seasons/{season_id}", response_class=HTMLResponse)
def glance(request: Request, season_id: str, user: User, state: State, lang: Lang) -> HTMLResponse:
    """The season at a glance."""
    require(user, Right.SEASON)
    season = visible_season(state, user, season_id)
    return render(
        request,
        "glance.html.j2",
        lang=lang,
        user=user,
        season_id=season_id,
        view=overview(season, lang),
        plans=state.workspace.plans(season_id),
    )


def _plan(state: State, season_id: str, plan_id: int | None) -> StoredPlan | None:
    if plan_id is not None:
        return state.workspace.plan(season_id, plan_id)
    return state.workspace.current(season_id, published_only=False)


@router.get("/seasons/{season_id}/exchange", response_class=HTMLResponse)
def exchange(
    request: Request,
    season_id: str,
    user: User,
    state: State,
    lang: Lang,
    plan_id: PlanId = None,
) -> HTMLResponse:
    """Who goes where, and what it does to each house."""
    require(user, Right.EXCHANGE)
    season = visible_season(state, user, season_id)
    stored = _plan(state, season_id, plan_id)
    board = exchange_board(season, stored.plan, lang) if stored else None
    return render(
        request,
        "exchange.html.j2",
        lang=lang,
        user=user,
        season_id=season_id,
        board=board,
        stored=stored,
        plan_label=plan_label,
    )


@router.get("/seasons/{season_id}/finance", response_class=HTMLResponse)
def finance(
    request: Request,
    season_id: str,
    user: User,
    state: State,
    lang: Lang,
    plan_id: PlanId = None,
) -> HTMLResponse:
    """The forecast of the reader's house: results, range, box office by week, lines."""
    require(user, Right.FORECAST, house=user.company)
    season = visible_season(state, user, season_id)
    stored = _plan(state, season_id, plan_id)
    view = (
        state.workspace.memo(
            stored,
            ("finance", user.company, lang),
            lambda: house_finance(season, stored.plan, user.company, lang),
        )
        if stored
        else None
    )
    return render(
        request,
        "finance.html.j2",
        lang=lang,
        user=user,
        season_id=season_id,
        view=view,
        stored=stored,
        plan_label=plan_label,
    )
