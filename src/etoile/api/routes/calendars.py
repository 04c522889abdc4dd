"""``/api/seasons/{season_id}/calendars``: the rehearsal calendar of a studio, a staff member or
a dancer; ``/api/me/schedule``: a dancer's own schedule."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Response

from etoile.api.deps import (
    Day,
    Lang,
    PlanId,
    State,
    User,
    chosen_plan,
    json_response,
    visible_season,
)
from etoile.api.schemas.schedules import CalendarPublic, EventPublic, SchedulePublic
from etoile.api.state import AppState
from etoile.domain import Season
from etoile.services.access import Forbidden, Principal, Right, Role, require
from etoile.services.schedule import Owner, Subject, changes_for, entries, owner, when_text, within
from etoile.storage import PlanNotFoundError, SeasonNotFoundError, StoredPlan

router = APIRouter(tags=["calendars"])

Start = Annotated[Day, Query(description="First day (default: the season's).")]
Days = Annotated[int | None, Query(ge=1, le=800, description="Days (default: to season end).")]


SCHEDULE_DAYS = 28
"""Days of a dancer's own schedule by default: what a phone shows at once."""


def schedule_start(season: Season, today: dt.date) -> dt.date:
    """Where a dancer's schedule starts by default: today during the season, else its start.

    Parameters
    ----------
    season
        Gives the first and last days.
    today
        Today in the dancer's house.
    """
    return today if season.start <= today <= season.end else season.start


def check_reader(user: Principal, who: Owner) -> None:
    """Raise :class:`Forbidden` unless ``user`` may read ``who``'s calendar.

    Parameters
    ----------
    user
        The reader.
    who
        The owner of the calendar asked for.

    Raises
    ------
    Forbidden
        When the reader may not see it.
    """
    if who.subject is Subject.DANCER:
        require(user, Right.SCHEDULE, house=who.house, dancer=who.id)
    else:
        require(user, Right.REHEARSALS, house=who.house)


def plan_for(state: AppState, user: Principal, season_id: str, plan_id: int | None) -> StoredPlan:
    """Dancers see the newest published version; staff the plan they name, or the newest.

    Parameters
    ----------
    state
        For the workspace's plans.
    user
        Who reads.
    season_id
        Whose plans.
    plan_id
        The plan a staff member named, if any.

    Raises
    ------
    PlanNotFoundError
        When the season has no such plan, or none published for a dancer.
    """
    if user.role is Role.DANCER:
        found = state.workspace.current(season_id, published_only=True)
        if found is None:
            raise PlanNotFoundError(f"published for season {season_id!r} yet")
        return found
    return chosen_plan(state, season_id, plan_id)


def calendar(
    season: Season,
    stored: StoredPlan,
    who: Owner,
    start: dt.date | None,
    days: int | None,
    lang: str,
) -> CalendarPublic:
    """The calendar of ``who`` under the stored plan, from ``start`` for ``days`` days.

    Parameters
    ----------
    season
        The season the plan is of.
    stored
        The plan read (its id and version are part of the answer).
    who
        The studio, staff member or dancer whose calendar it is.
    start
        The first day shown; None starts on the season's first day.
    days
        How many days; None runs to the season's last day.
    lang
        The language of the events' words.
    """
    first = start or season.start
    count = days or max(1, (season.end - first).days + 1)
    found = within(entries(season, stored.plan, who, lang), first, count)
    return CalendarPublic(
        season_id=season.id,
        plan_id=stored.id,
        plan_version=stored.version,
        subject=who.subject.value,
        id=who.id,
        name=who.name,
        house=who.house,
        start=first,
        days=count,
        events=[EventPublic.of(e, when_text(e, lang)) for e in found],
    )


@router.get("/api/seasons/{season_id}/calendars/{subject}/{ident}", response_model=CalendarPublic)
def get_calendar(
    season_id: str,
    subject: Subject,
    ident: str,
    user: User,
    state: State,
    lang: Lang,
    plan_id: PlanId = None,
    start: Start = None,
    days: Days = None,
) -> Response:
    """The calendar of a studio, staff member or dancer of the reader's house; a dancer may
    read only their own, from the newest published version."""
    season = visible_season(state, user, season_id)
    who = owner(season, subject, ident)
    check_reader(user, who)
    stored = plan_for(state, user, season_id, plan_id)
    return json_response(
        state.workspace.memo(
            stored,
            ("calendar", season.id, who, start, days, lang),
            lambda: calendar(season, stored, who, start, days, lang).model_dump_json(),
        )
    )


def dancer_season(state: AppState, user: Principal, season_id: str | None) -> Season:
    """The season of a dancer's schedule: the one named, else the latest they are part of.

    Parameters
    ----------
    state
        The app's state.
    user
        A dancer's account.
    season_id
        The season named in the request, if any.

    Raises
    ------
    Forbidden
        For an account that is not a dancer's.
    SeasonNotFoundError
        When no stored season has the dancer.
    """
    if user.role is not Role.DANCER or user.dancer is None:
        raise Forbidden("only a dancer's account has its own schedule")
    if season_id is not None:
        return visible_season(state, user, season_id)
    for found in state.workspace.season_ids():
        season = state.workspace.season(found)
        if user.dancer in season.dancers:
            return season
    raise SeasonNotFoundError(f"with dancer {user.dancer}")


@router.get("/api/me/schedule", response_model=SchedulePublic)
def my_schedule(
    user: User,
    state: State,
    lang: Lang,
    season_id: Annotated[str | None, Query(max_length=80)] = None,
    start: Annotated[
        Day,
        Query(description="First day (default: today, or the season's first day outside it)."),
    ] = None,
    days: Annotated[int, Query(ge=1, le=800, description="Days shown.")] = SCHEDULE_DAYS,
) -> Response:
    """A dancer's own schedule from the newest published version (the coming four weeks
    unless asked otherwise), and what that version changed for them."""
    season = dancer_season(state, user, season_id)
    start = start or schedule_start(season, dt.date.today())
    assert user.dancer is not None
    who = owner(season, Subject.DANCER, user.dancer)
    check_reader(user, who)
    stored = plan_for(state, user, season.id, None)

    def build() -> str:
        view = calendar(season, stored, who, start, days, lang)
        log = state.workspace.changelog(stored)
        diff = log.diff if log is not None else None
        told = changes_for(diff, season, who.id, lang)
        return SchedulePublic(**view.model_dump(), changes=told).model_dump_json()

    # A published version (and the changelog written with it) never changes: its schedules
    # are computed once and served as the same bytes.
    return json_response(
        state.workspace.memo(stored, ("schedule", season.id, who, start, days, lang), build)
    )
