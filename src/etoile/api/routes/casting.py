"""``/api/seasons/{season_id}/productions``: casting grids, and manual changes to a cast."""

from __future__ import annotations

from fastapi import APIRouter, Response

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

    # A published version never changes: its grids are built once and served as the same bytes.
    return json_response(state.workspace.memo(stored, ("grid-json", production, lang), build))


@router.put("/plans/{plan_id}/casting", response_model=CastEditPublic)
def put_casting(
    season_id: str, plan_id: PlanPath, body: CastUpdate, user: User, state: State
) -> CastEditPublic:
    """Change the cast of one role in one performance of the reader's house.

    The validator re-checks the plan; what it finds comes back as warnings and nothing is
    refused for it. A published version is not changed: the edit goes to a new draft, whose
    id the answer gives.
    """
    season = visible_season(state, user, season_id)
    require(user, Right.EDIT_CASTING, house=user.company)
    house = check_change(season, body.performance, body.role, body.dancers)
    require(user, Right.EDIT_CASTING, house=house)
    state.workspace.plan(season_id, plan_id)  # 404 for another season's plan
    done = edit_cast(
        state.db, season, plan_id, body.performance, body.role, body.dancers, who=user.login
    )
    return CastEditPublic(
        plan=PlanInfoPublic.of(done.plan),
        introduced=[violation_public(v) for v in done.introduced],
        violations=[violation_public(v) for v in done.violations],
    )
