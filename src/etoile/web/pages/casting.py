"""The casting grid of a production, and a manual change to one of its cells."""

from __future__ import annotations

import re
from typing import Annotated

from babel.numbers import format_decimal
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from etoile.api.deps import DB_INT, Lang, PlanId, State, User, chosen_plan, visible_season
from etoile.domain import Season
from etoile.services.access import Principal, Right, require
from etoile.services.casting_edit import CastEdit, cast_choices, check_change, edit_cast
from etoile.services.views import casting_grid, production_house, productions_of
from etoile.storage import PlanEdit, StaleWriteError
from etoile.web.i18n import PageTranslator
from etoile.web.pages.season import plan_label
from etoile.web.render import render

router = APIRouter()


@router.get("/seasons/{season_id}/casting", response_class=HTMLResponse)
def productions(
    request: Request, season_id: str, user: User, state: State, lang: Lang
) -> HTMLResponse:
    """The productions of the reader's house."""
    require(user, Right.CASTING, house=user.company)
    season = visible_season(state, user, season_id)
    return render(
        request,
        "productions.html.j2",
        lang=lang,
        user=user,
        season_id=season_id,
        productions=productions_of(season, user.company),
    )


def _page(
    request: Request,
    state: State,
    user: Principal,
    lang: str,
    season_id: str,
    production: str,
    plan_id: int | None,
    edit: str | None,
    done: CastEdit | None = None,
    conflict: list[str] | None = None,
) -> HTMLResponse:
    season = visible_season(state, user, season_id)
    house = production_house(season, production)
    require(user, Right.CASTING, house=house)
    stored = chosen_plan(state, season_id, plan_id)
    grid = state.workspace.memo(
        stored,
        ("grid", production, lang),
        lambda: casting_grid(season, stored.plan, production, lang),
    )
    editing = None
    if edit and allowed_edit(user, house):
        performance, _, role = edit.partition("|")
        show = next((s for s in grid.shows if s.id == performance), None)
        row = next((r for r in grid.roles if r.id == role), None)
        if show is not None and row is not None:
            cell = row.cells[grid.shows.index(show)]
            editing = {
                "show": show,
                "role": row,
                "cast": [p.id for p in cell],
                "choices": cast_choices(season, stored.plan, performance, role),
            }
    tr = PageTranslator(lang)
    return render(
        request,
        "casting.html.j2",
        lang=lang,
        user=user,
        season_id=season_id,
        grid=grid,
        stored=stored,
        plan_label=plan_label,
        editing=editing,
        can_edit=allowed_edit(user, house),
        done=done,
        conflict=conflict,
        hours=lambda value: one_decimal(tr, value),
        tidy=lambda message: tidy_hours(tr, message),
        status_code=409 if conflict is not None else 200,
    )


def one_decimal(tr: PageTranslator, value: float) -> str:
    """``value`` with at most one decimal, in the page's language: 23.1, 23, 23,1 in French.

    Parameters
    ----------
    tr
        Gives the page's locale.
    value
        A number of hours.
    """
    return str(format_decimal(value, format="#,##0.#", locale=tr.locale))


_HOURS = re.compile(r"(?<![\w.,])(\d+\.\d+)(?= h\b)")


def tidy_hours(tr: PageTranslator, message: str) -> str:
    """A validator's ``message`` with its amounts of hours at most one decimal
    (``"23.1429 h short"`` reads ``"23.1 h short"``); the rest is left as written.

    Parameters
    ----------
    tr
        The page's translator.
    message
        A violation's message, in the validator's words.
    """
    return _HOURS.sub(lambda m: one_decimal(tr, float(m.group(1))), message)


def allowed_edit(user: Principal, house: str) -> bool:
    """True when ``user`` may change the casting of ``house``.

    Parameters
    ----------
    user
        The reader.
    house
        The house of the production.
    """
    from etoile.services.access import allowed

    return allowed(user, Right.EDIT_CASTING, house=house)


@router.get("/seasons/{season_id}/casting/{production}", response_class=HTMLResponse)
def grid(
    request: Request,
    season_id: str,
    production: str,
    user: User,
    state: State,
    lang: Lang,
    plan_id: PlanId = None,
    edit: str | None = None,
) -> HTMLResponse:
    """The grid; ``?edit=PERFORMANCE|ROLE`` opens the form for that cell."""
    return _page(request, state, user, lang, season_id, production, plan_id, edit)


@router.post("/seasons/{season_id}/casting/{production}", response_class=HTMLResponse)
def change(
    request: Request,
    season_id: str,
    production: str,
    user: User,
    state: State,
    lang: Lang,
    plan_id: Annotated[int, Form(ge=1, le=DB_INT)],
    base_revision: Annotated[int, Form(ge=1, le=DB_INT)],
    performance: Annotated[str, Form(max_length=80)],
    role: Annotated[str, Form(max_length=80)],
    dancer: Annotated[list[str] | None, Form()] = None,
) -> HTMLResponse:
    """Save the new cast of one cell; show the validator's warnings with the grid. When the
    plan was saved by someone else after the form was opened, nothing is saved and the page
    (409) shows the current grid and what changed."""
    season = visible_season(state, user, season_id)
    dancers = [d for d in dancer or [] if d]
    house = check_change(season, performance, role, dancers)
    require(user, Right.EDIT_CASTING, house=house)
    stored = state.workspace.plan(season_id, plan_id)
    try:
        done = edit_cast(
            state.db,
            season,
            stored,
            performance,
            role,
            dancers,
            base_revision=base_revision,
            who=user.login,
            checker=state.checker,
        )
    except StaleWriteError as error:
        missed = [missed_line(season, e, lang) for e in error.missed]
        return _page(
            request, state, user, lang, season_id, production, plan_id, None, conflict=missed
        )
    return _page(request, state, user, lang, season_id, production, done.plan.id, None, done)


def missed_line(season: Season, edit: PlanEdit, lang: str) -> str:
    """One edit a stale writer missed, in words: who, which cell, whom they cast.

    Parameters
    ----------
    season
        The season the edit names things of.
    edit
        A saved edit.
    lang
        The reader's language.
    """
    tr = PageTranslator(lang)
    show = season.performances.get(edit.performance)
    if show is None:
        role, day = edit.role, edit.performance
    else:
        production = season.productions[show.item.production].item
        role = next((r.name for r in production.roles if r.id == edit.role), edit.role)
        day = tr.format_date(show.item.day, year=False)
    names = ", ".join(
        season.dancers[d].item.name if d in season.dancers else d for d in edit.dancers
    )
    return tr.t("casting.missed", by=edit.by, role=role, day=day, dancers=names or "—")
