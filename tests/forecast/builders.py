"""Small hand-made seasons for the forecast tests, built as plain data then validated."""

from __future__ import annotations

from typing import Any

from etoile.domain import Season
from etoile.forecast import ForecastParams

# Parameters that switch every factor off, so a test can do the arithmetic by hand.
FLAT = ForecastParams(
    base_demand=1.0,
    popularity_elasticity=1.0,
    periods=[],
    weekend_evening=1.0,
    weekend_matinee=1.0,
    weekday_evening=1.0,
    weekday_matinee=1.0,
    opening=1.0,
    closing=1.0,
    draw_weight=0.0,
    novelty_bonus=0.0,
    sigma_run=0.0,
    sigma_show=0.0,
)


def company(
    cid: str = "h",
    currency: str = "USD",
    starts: tuple[str, ...] = ("2027-03-09T19:30:00-05:00",),
    popularity: float = 0.5,
    tiers: tuple[tuple[int, str], ...] = ((400, "100.00"), (600, "50.00")),
    capacity: int = 1000,
    lead: bool = False,
    dancers: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A house with one venue, one production and one performance per ``starts`` entry."""
    return {
        "id": cid,
        "name": f"House {cid}",
        "city": "Paris" if currency == "EUR" else "New York",
        "timezone": "America/New_York",
        "currency": currency,
        "language": "en",
        "ranks": [
            {
                "id": "p",
                "name": "Principal",
                "tier": "principal",
                "weekly_salary": f"1000.00 {currency}",
            },
        ],
        "finances": {
            "subsidy": f"10000.00 {currency}",
            "donations": f"5000.00 {currency}",
            "other_income": f"1000.00 {currency}",
            "fixed_costs": f"20000.00 {currency}",
        },
        "dancers": dancers or [],
        "venues": [
            {
                "id": f"{cid}-v",
                "name": "Hall",
                "city": "X",
                "timezone": "America/New_York",
                "capacity": capacity,
                "price_tiers": [
                    {"name": f"T{i}", "seats": s, "price": f"{p} {currency}"}
                    for i, (s, p) in enumerate(tiers)
                ],
            }
        ],
        "productions": [
            {
                "id": f"{cid}-prod",
                "title": "Ballet",
                "ballet": "giselle",
                "running_minutes": 120,
                "popularity": popularity,
                "cost_per_performance": f"3000.00 {currency}",
                "roles": [
                    {
                        "id": f"{cid}-prod.lead",
                        "name": "Lead",
                        "tiers": ["principal"],
                        "lead": lead,
                        "ballet_role": "giselle.giselle",
                    },
                ],
            }
        ],
        "performances": [
            {"id": f"{cid}-p{i}", "production": f"{cid}-prod", "venue": f"{cid}-v", "start": s}
            for i, s in enumerate(starts, start=1)
        ],
    }


def season(*companies: dict[str, Any], **extra: Any) -> Season:
    """A season from 2027-03-01 (a Monday) to 2027-03-28 holding ``companies``."""
    data: dict[str, Any] = {
        "id": "t",
        "name": "Test season",
        "start": "2027-03-01",
        "end": "2027-03-28",
        "companies": list(companies) or [company()],
        "exchange_rates": [{"base": "EUR", "quote": "USD", "rate": 1.25}],
    }
    data.update(extra)
    return Season.model_validate(data)
