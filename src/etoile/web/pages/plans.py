"""Plans and versions: start and follow solving jobs, publish a draft, read a changelog."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from etoile.api.deps import (
    DB_INT,
    JobPath,
    Lang,
    PlanPath,
    State,
    User,
    VersionPath,
    visible_season,
)
from etoile.domain import Season
from etoile.report.changes import PlanDiff
from etoile.services.access import Right, allowed, require
from etoile.services.jobs import SolveSettings
from etoile.services.publishing import (
    house_view,
    preview_of,
    publish,
    summarise,
)
from etoile.storage import PlanNotFoundError
from etoile.web.render import render

router = APIRouter()


@router.get("/seasons/{season_id}/plans", response_class=HTMLResponse)
def plans(
    request: Request,
    season_id: str,
    user: User,
    state: State,
    lang: Lang,
    published: int | None = None,
) -> HTMLResponse:
    """The season's plans, newest first, with the jobs and the publish buttons."""
    require(user, Right.PLANS)
    visible_season(state, user, season_id)
    can_solve = allowed(user, Right.SOLVE)
    stored = state.workspace.plans(season_id)
    return render(
        request,
        "plans.html.j2",
        lang=lang,
        user=user,
        season_id=season_id,
        plans=list(reversed(stored)),
        newest_version=max((p.version or 0 for p in stored), default=0),
        jobs=state.runner.list(season_id) if can_solve else [],
        can_solve=can_solve,
        can_publish=allowed(user, Right.PUBLISH),
        published=published,
    )


@router.post("/seasons/{season_id}/jobs")
def start_job(
    season_id: str,
    user: User,
    state: State,
    casting_time_limit: Annotated[float, Form(ge=0.1, le=3600)] = 30.0,
) -> Response:
    """Start a solving job with the default settings (casting time limit from the form)."""
    require(user, Right.SOLVE)
    visible_season(state, user, season_id)
    settings = SolveSettings(
        exchange_time_limit=casting_time_limit / 3,
        casting_time_limit=casting_time_limit,
        rehearsal_time_limit=casting_time_limit / 3,
    )
    state.runner.start(season_id, settings, by=user.id)
    return RedirectResponse(f"/seasons/{season_id}/plans", status_code=303)


@router.post("/seasons/{season_id}/jobs/{job_id}/cancel")
def cancel_job(season_id: str, job_id: JobPath, user: User, state: State) -> Response:
    """Cancel a job."""
    require(user, Right.SOLVE)
    visible_season(state, user, season_id)
    if state.runner.get(job_id).season_id == season_id:
        state.runner.cancel(job_id)
    return RedirectResponse(f"/seasons/{season_id}/plans", status_code=303)


TOP_PEOPLE = 10
"""How many people the summary of a changelog names, those with the most changes first."""


def summary_rows(season: Season, diff: PlanDiff) -> dict[str, object]:
    """The counts of ``diff`` in a page's words: per production (its title; None for the
    exchange's stays), the people with the most changes (their names), and how many more.

    Parameters
    ----------
    season
        Gives the titles and the names.
    diff
        What the publication would change.
    """
    found = summarise(diff)

    def title(production: str | None) -> str | None:
        if production is None:
            return None
        owned = season.productions.get(production)
        return owned.item.title if owned is not None else production

    def name(person: str) -> str:
        if person in season.dancers:
            return season.dancers[person].item.name
        if person in season.staff:
            return season.staff[person].item.name
        return person

    return {
        "productions": [(title(p.production), p) for p in found.productions],
        "people": [(name(p), n) for p, n in found.people[:TOP_PEOPLE]],
        "more_people": max(0, len(found.people) - TOP_PEOPLE),
    }


@router.get("/seasons/{season_id}/plans/{plan_id}/publish", response_class=HTMLResponse)
def confirm_publish(
    request: Request,
    season_id: str,
    plan_id: PlanPath,
    user: User,
    state: State,
    lang: Lang,
    base_version: Annotated[int | None, Query(ge=0, le=DB_INT)] = None,
) -> HTMLResponse:
    """What publishing the draft would change and for how many people, and the form that
    publishes it: nothing is published here. ``base_version`` is the newest version the plans
    page showed (left out: the newest now); the form passes it on to the publication."""
    require(user, Right.PUBLISH)
    season = visible_season(state, user, season_id)
    draft = state.workspace.plan(season_id, plan_id)
    previous = state.workspace.current(season_id, published_only=True)

    def build() -> dict[str, Any]:
        preview = preview_of(season, draft, previous)
        mine = house_view(season, preview.diff, user.company)
        return {
            "confirm": preview,
            "summary": summary_rows(season, mine),
            "house_people": len(mine.people),
            "all_people": len(preview.diff.people),
            "house_casts": mine.cast_changes,
            "house_calls": mine.call_changes,
        }

    # The draft at this revision against this newest version: worked out once per house.
    newest = None if previous is None else previous.version
    view = state.workspace.memo(draft, ("publish-preview", newest, user.company), build)
    if base_version is None:
        base_version = newest or 0
    return render(
        request,
        "plans.html.j2",
        lang=lang,
        user=user,
        season_id=season_id,
        base_version=base_version,
        stale=base_version != (newest or 0),
        **view,
    )


@router.post("/seasons/{season_id}/plans/{plan_id}/publish")
def publish_plan(
    season_id: str,
    plan_id: PlanPath,
    user: User,
    state: State,
    base_version: Annotated[int, Form(ge=0, le=DB_INT)],
) -> Response:
    """Publish a draft; then show its changelog. ``base_version`` is the newest version the
    page showed (0: none): if another was published since, nothing is (409)."""
    require(user, Right.PUBLISH)
    season = visible_season(state, user, season_id)
    done = publish(state.db, season, plan_id, by=user.id, base_version=base_version or None)
    return RedirectResponse(f"/seasons/{season_id}/versions/{done.plan.version}", status_code=303)


@router.get("/seasons/{season_id}/versions/{version}", response_class=HTMLResponse)
def version_changes(
    request: Request, season_id: str, version: VersionPath, user: User, state: State, lang: Lang
) -> HTMLResponse:
    """What a version changed, for whom."""
    require(user, Right.PLANS)
    season = visible_season(state, user, season_id)
    found = state.workspace.changelog_of(season_id, version)
    if found is None:
        raise PlanNotFoundError(f"changelog of version {version} of {season_id!r}")

    def build() -> dict[str, Any]:
        diff = house_view(season, found.diff, user.company)
        words = diff.words(season, lang)
        return {
            "changes": list(zip(diff.changes, words, strict=True)),
            "people": diff.people,
            "summary": summary_rows(season, diff),
        }

    # A version and its changelog never change: each house's page is worked out once a language.
    key = ("changes-page", season_id, version, user.company, lang)
    view = state.workspace.kept(key, build)
    return render(
        request,
        "changes.html.j2",
        lang=lang,
        user=user,
        season_id=season_id,
        version=version,
        **view,
    )
