"""The rehearsal calendar of a studio, a ballet master or a dancer, by day or by week."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from etoile.api.deps import Day, Lang, PlanId, State, User, visible_season
from etoile.api.routes.calendars import check_reader, plan_for
from etoile.services.access import Right, require
from etoile.services.schedule import (
    Subject,
    clock_text,
    entries,
    first_day,
    last_day,
    owner,
    week_start,
    within,
)
from etoile.web.pages.season import plan_label
from etoile.web.render import render

router = APIRouter()


@router.get("/seasons/{season_id}/rehearsals", response_class=HTMLResponse)
def rehearsals(
    request: Request,
    season_id: str,
    user: User,
    state: State,
    lang: Lang,
    subject: Subject = Subject.STUDIO,
    ident: Annotated[str | None, Query(alias="id", max_length=80)] = None,
    view: Annotated[str, Query(pattern="^(day|week)$")] = "week",
    date: Day = None,
    plan_id: PlanId = None,
) -> HTMLResponse:
    """Pick a studio, staff member or dancer of the reader's house, and a day or a week."""
    require(user, Right.REHEARSALS, house=user.company)
    season = visible_season(state, user, season_id)
    company = season.company[user.company]
    choices = {
        Subject.STUDIO: [(s.id, s.name) for s in company.studios],
        Subject.STAFF: [(s.id, s.name) for s in company.staff],
        Subject.DANCER: [(d.id, d.name) for d in company.dancers],
    }
    ident = ident or (choices[subject][0][0] if choices[subject] else None)
    stored = plan_for(state, user, season_id, plan_id)
    days, found, who = (7 if view == "week" else 1), [], None
    first = date or season.start
    if ident is not None:
        who = owner(season, subject, ident)
        check_reader(user, who)
        every = entries(season, stored.plan, who, lang)
        if date is None:
            timed = [e for e in every if first_day(e) >= season.start]
            first = first_day(timed[0]) if timed else season.start
        if view == "week":
            first = week_start(first)
        found = within(every, first, days)
    shown = [first + dt.timedelta(days=i) for i in range(days)]
    zone = who.timezone if who is not None else company.timezone
    by_day = [
        (day, [(e, clock_text(e, lang, zone)) for e in found if first_day(e) <= day <= last_day(e)])
        for day in shown
    ]
    return render(
        request,
        "rehearsals.html.j2",
        lang=lang,
        user=user,
        season_id=season_id,
        subject=subject.value,
        subjects=[s.value for s in Subject],
        choices=choices[subject],
        ident=ident,
        who=who,
        view=view,
        first=first,
        step=days,
        by_day=by_day,
        stored=stored,
        plan_label=plan_label,
        timedelta=dt.timedelta,
    )
