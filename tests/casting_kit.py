"""Tiny hand-checkable seasons and plans for the casting tests (solver, validator, problem).

Importable from every test module because pytest puts ``tests/`` (home of the root
conftest.py) on ``sys.path``. Every builder returns plain data or real domain objects.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from etoile.domain import CastAssignment, ExchangeMove, Plan, Season

TINY = Path(__file__).resolve().parents[1] / "docs" / "examples" / "tiny-season.yaml"
OFFSET = {"nyc": "-05:00", "par": "+01:00"}
CITY = {"nyc": ("New York", "America/New_York", "USD"), "par": ("Paris", "Europe/Paris", "EUR")}


def dancer(
    id: str,
    rank: str = "principal",
    tags: tuple[str, ...] = ("woman",),
    known: tuple[str, ...] = (),
    **kw: Any,
) -> dict[str, Any]:
    """A dancer; ``known`` role ids."""
    return {
        "id": id,
        "name": id.title(),
        "rank": rank,
        "tags": list(tags),
        "known_roles": list(known),
        **kw,
    }


def role(
    id: str, tiers: tuple[str, ...] = ("principal",), tags: tuple[str, ...] = ("woman",), **kw: Any
) -> dict[str, Any]:
    """A role of production ``bal`` (ids are global in a season)."""
    return {
        "id": id,
        "name": id.split(".")[-1].title(),
        "tiers": list(tiers),
        "tags": list(tags),
        **kw,
    }


def show(
    id: str, when: str, house: str = "nyc", production: str | None = None, **kw: Any
) -> dict[str, Any]:
    """A performance on ``when`` (``"2026-12-10T19:30"``), local to the house."""
    return {
        "id": id,
        "production": production or f"{house}-bal",
        "venue": f"{house}-stage",
        "start": when + ":00" + OFFSET[house],
        **kw,
    }


def company(
    house: str,
    dancers: list[dict[str, Any]],
    roles: list[dict[str, Any]],
    shows: list[dict[str, Any]],
    labor: dict[str, Any] | None = None,
    production: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A company with one production ``{house}-bal`` of ``roles`` and one venue."""
    city, tz, currency = CITY[house]
    money = f"1000.00 {currency}"
    return {
        "id": house,
        "name": f"{city} Ballet",
        "city": city,
        "timezone": tz,
        "currency": currency,
        "language": "en",
        "ranks": [
            {"id": t, "name": t.title(), "tier": t, "weekly_salary": money}
            for t in ("principal", "soloist", "corps")
        ],
        "labor": labor or {},
        "finances": {
            "subsidy": money,
            "donations": money,
            "other_income": money,
            "fixed_costs": money,
        },
        "dancers": dancers,
        "staff": [
            {
                "id": f"{house}-bm",
                "name": "Ballet Master",
                "kind": "ballet_master",
                "productions": [f"{house}-bal"],
            }
        ],
        "studios": [{"id": f"{house}-studio", "name": "Studio", "capacity": 40}],
        "venues": [
            {
                "id": f"{house}-stage",
                "name": f"{city} Stage",
                "city": city,
                "timezone": tz,
                "capacity": 2000,
                "price_tiers": [{"name": "All", "seats": 2000, "price": money}],
            }
        ],
        "productions": [
            {
                "id": f"{house}-bal",
                "title": f"{city} Ballet",
                "ballet": "bal",
                "running_minutes": 120,
                "cost_per_performance": money,
                "roles": roles,
                **(production or {}),
            }
        ],
        "performances": shows,
    }


def terms() -> dict[str, Any]:
    """Exchange terms ``nyc-par`` between the two kit houses, for December 2026."""
    money = "100.00 USD"
    return {
        "id": "nyc-par",
        "companies": ["nyc", "par"],
        "window": {"start": "2026-12-01", "end": "2026-12-31"},
        "min_stay_days": 1,
        "travel_cost": money,
        "housing_per_night": money,
        "per_diem": money,
        "fee_per_performance": money,
    }


def move(dancer: str, home: str, host: str, depart: str, back: str) -> ExchangeMove:
    """A stay from the day after ``depart`` to the day before ``back`` (ISO dates)."""
    d, b = dt.date.fromisoformat(depart), dt.date.fromisoformat(back)
    return ExchangeMove.model_validate(
        {
            "dancer": dancer,
            "home": home,
            "host": host,
            "terms": "nyc-par",
            "depart": d,
            "start": d + dt.timedelta(days=1),
            "end": b - dt.timedelta(days=1),
            "return": b,
        }
    )


def season(*companies: dict[str, Any], weights: dict[str, Any] | None = None) -> Season:
    """A December 2026 season of the given companies (with terms when there are two)."""
    data: dict[str, Any] = {
        "id": "kit",
        "name": "Kit season",
        "start": "2026-12-01",
        "end": "2026-12-31",
        "companies": list(companies),
        "exchange_rates": [{"base": "EUR", "quote": "USD", "rate": 1.08}],
    }
    if weights:
        data["casting_weights"] = weights
    if len(companies) == 2:
        data["exchanges"] = [terms()]
    return Season.model_validate(data)


def plan(cast: list[tuple[str, str, str]], exchange: list[ExchangeMove] | None = None) -> Plan:
    """A plan with ``(performance, role, dancer)`` assignments."""
    return Plan(
        season="kit",
        casting=[CastAssignment(performance=p, role=r, dancer=d) for p, r, d in cast],
        exchange=exchange or [],
    )


def tiny_data() -> dict[str, Any]:
    """The tiny example season as plain data (to edit before validating)."""
    data: dict[str, Any] = yaml.safe_load(TINY.read_text(encoding="utf-8"))
    return data


def tiny_feasible() -> Season:
    """The tiny season with its labour rules on leads relaxed so that it can surely be cast.

    Relaxed because the shared example changes as other parts of Étoile need it; with these
    rules Ava Linden may lead every Giselle and Hugo Valois every Swan Lake (Jules Martin is
    the only Rothbart), which the hand-worked optimum of the solver tests assumes.
    """
    data = tiny_data()
    data["companies"][0]["labor"].update(
        no_lead_in_both_shows=False, min_days_between_leads=0, max_leads_per_week=3
    )
    data["companies"][1]["labor"].update(max_leads_per_week=3)
    return Season.model_validate(data)


def one_giselle() -> Season:
    """Cannot be cast: Ann is the only lead, for both shows of Saturday 12 December 2026."""
    lead = "nyc-bal.lead"
    shows = [show("p1", "2026-12-12T14:00"), show("p2", "2026-12-12T20:00")]
    return season(company("nyc", [dancer("ann", known=(lead,))], [role(lead, lead=True)], shows))
