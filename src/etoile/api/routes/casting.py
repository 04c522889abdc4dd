"""``/api/seasons/{season_id}/productions``: casting grids, and manual changes to a cast."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Response, status

from etoile.api.deps import (
    Lang,
    PlanId,
    PlanPath,
    State,
    User,
    chosen_plan,
    json_response,
    visible_season,
)
from etoile.api.schemas.plans import (
    CastEditPublic,
    CastingGridPublic,
    CastUpdate,
    ConflictPublic,
    GridRolePublic,
    PerformerPublic,
    PlanInfoPublic,
    ProductionPublic,
    ShowPublic,
    ViolationPublic,
)
from etoile.services.access import Right, require
from etoile.services.casting_edit import check_change, edit_cast
from etoile.services.views import casting_grid, production_house, productions_of
from etoile.validate import Violation

router = APIRouter(prefix="/api/seasons/{season_id}", tags=["casting"])


def violation_public(v: Violation) -> ViolationPublic:
    """A violation as the API returns it."""
    return ViolationPublic(
        rule=v.rule,
        severity=v.severity.value,
        entities=list(v.entities),
        amount=v.amount,
        message=v.message,
    )


@router.get("/productions", response_model=list[ProductionPublic])
def list_productions(season_id: str, user: User, state: State) -> list[ProductionPublic]:
    """The productions of the reader's house that have performances."""
    require(user, Right.CASTING, house=user.company)
    season = visible_season(state, user, season_id)
    return [ProductionPublic(id=i, title=t) for i, t in productions_of(season, user.company)]


@router.get("/productions/{production}/casting", response_model=CastingGridPublic)
def get_casting(
    season_id: str, production: str, user: User, state: State, lang: Lang, plan_id: PlanId = None
) -> Response:
    """The casting grid of a production of the reader's house (default: the newest plan)."""
    season = visible_season(state, user, season_id)
    require(user, Right.CASTING, house=production_house(season, production))
    stored = chosen_plan(state, season_id, plan_id)

    def build() -> str:
        grid = casting_grid(season, stored.plan, production, lang)
        return CastingGridPublic(
            plan_id=stored.id,
            plan_status=stored.status.value,
            plan_revision=stored.revision,
            production=grid.production,
            title=grid.title,
            house=grid.house,
            shows=[ShowPublic(id=s.id, day=s.day, time=s.time, date=s.date) for s in grid.shows],
            roles=[
                GridRolePublic(
                    id=r.id,
                    name=r.name,
                    count=r.count,
                    cells=[[PerformerPublic(**vars(p)) for p in cell] for cell in r.cells],
                )
                for r in grid.roles
            ],
            candidates=[PerformerPublic(**vars(p)) for p in grid.candidates],
        ).model_dump_json()

    # A plan at one revision never changes: its grids are built once and served as the same bytes.
    response = json_response(state.workspace.memo(stored, ("grid-json", production, lang), build))
    response.headers["ETag"] = stored.etag
    return response


_ETAG = re.compile(r'^(?:W/)?"plan-(\d{1,10})-r(\d{1,10})"$')


def base_revision(plan_id: int, body: int | None, if_match: str | None) -> int:
    """The revision a write starts from: the body's ``base_revision`` or the ``If-Match``
    entity tag (both must agree when both are sent); 428 when neither is."""
    from_header = None
    if if_match is not None:
        found = _ETAG.match(if_match.strip())
        if found is None or int(found.group(1)) != plan_id:
            raise HTTPException(
                status.HTTP_412_PRECONDITION_FAILED,
                f"If-Match {if_match!r} is not an entity tag of plan {plan_id}",
            )
        from_header = int(found.group(2))
    if body is not None and from_header is not None and body != from_header:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_ENTITY, "base_revision and If-Match disagree"
        )
    chosen = body if body is not None else from_header
    if chosen is None:
        raise HTTPException(
            status.HTTP_428_PRECONDITION_REQUIRED,
            "say which revision of the plan the change was made on: base_revision in the body "
            "or the plan's ETag in If-Match",
        )
    return chosen


@router.put(
    "/plans/{plan_id}/casting",
    response_model=CastEditPublic,
    responses={
        409: {"model": ConflictPublic, "description": "Another save came first."},
        412: {"description": "If-Match is not an entity tag of this plan."},
        428: {"description": "The write names no revision."},
    },
)
def put_casting(
    season_id: str,
    plan_id: PlanPath,
    body: CastUpdate,
    user: User,
    state: State,
    response: Response,
    if_match: Annotated[str | None, Header(max_length=100)] = None,
) -> CastEditPublic:
    """Change the cast of one role in one performance of the reader's house.

    The write names the plan revision it was made on (``base_revision`` or ``If-Match``);
    when another save came first the answer is 409 with the edits missed, and nothing is saved.
    The validator checks what the change touches; what it finds comes back as warnings and
    nothing is refused for it. A published version is not changed: the edit goes to a new
    draft, whose id and ETag the answer gives.
    """
    season = visible_season(state, user, season_id)
    require(user, Right.EDIT_CASTING, house=user.company)
    house = check_change(season, body.performance, body.role, body.dancers)
    require(user, Right.EDIT_CASTING, house=house)
    base = base_revision(plan_id, body.base_revision, if_match)
    stored = state.workspace.plan(season_id, plan_id)  # 404 for another season's plan
    done = edit_cast(
        state.db,
        season,
        stored,
        body.performance,
        body.role,
        body.dancers,
        base_revision=base,
        who=user.login,
        checker=state.checker,
    )
    response.headers["ETag"] = done.plan.etag
    return CastEditPublic(
        plan=PlanInfoPublic.of(done.plan),
        introduced=[violation_public(v) for v in done.introduced],
        resolved=[violation_public(v) for v in done.resolved],
        violations=[violation_public(v) for v in done.violations],
    )
