"""``/api/seasons/{season_id}/forecast``: the forecast of the reader's house."""

from __future__ import annotations

from fastapi import APIRouter

from etoile.api.deps import Lang, PlanId, State, User, chosen_plan, visible_season
from etoile.api.schemas.plans import ForecastPublic, HouseForecastPublic
from etoile.i18n import Translator
from etoile.services.access import Right, require

router = APIRouter(prefix="/api/seasons/{season_id}", tags=["forecast"])


@router.get("/forecast", response_model=ForecastPublic)
def get_forecast(
    season_id: str, user: User, state: State, lang: Lang, plan_id: PlanId = None
) -> ForecastPublic:
    """Box office, costs, result and chance of breaking even of the reader's house."""
    require(user, Right.FORECAST, house=user.company)
    visible_season(state, user, season_id)
    stored = chosen_plan(state, season_id, plan_id)
    tr = Translator(lang)
    houses = []
    forecast = stored.plan.forecast
    for h in forecast.houses if forecast is not None else []:
        if h.company != user.company:
            continue
        houses.append(
            HouseForecastPublic(
                company=h.company,
                currency=h.currency,
                figures=h.model_dump(mode="json"),
                formatted={
                    "revenue": tr.format_money(h.revenue, h.currency),
                    "costs": tr.format_money(h.costs, h.currency),
                    "result": tr.format_money(h.result, h.currency),
                    "p5": tr.format_money(h.p5, h.currency),
                    "p95": tr.format_money(h.p95, h.currency),
                    "occupancy": tr.format_percent(h.occupancy),
                    "probability_break_even": tr.format_percent(h.probability_break_even),
                },
            )
        )
    return ForecastPublic(plan_id=stored.id, houses=houses)
