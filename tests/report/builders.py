"""Hand-built inputs of the report tests: the tiny season as data, and a plan.

The plan sends Léa Garnier (Paris) to New York for Giselle: she leaves on Mon 7 Dec 2026,
travels one day and rests one, is in residence 9-13 Dec, and is home on Mon 14 Dec, before
Paris's Swan Lake opens on the 15th. The forecast is written by hand, so the numbers the
report prints can be checked against it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from calendar_kit import GISELLE_CAST, PARIS_CAST

TINY_SEASON_FILE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "tiny-season.yaml"

NYC_SHOWS = ("nyc-p1", "nyc-p2", "nyc-p3")
EXPLANATIONS = ["Léa Garnier sells Giselle in New York."]


def season_data() -> dict[str, Any]:
    """The tiny season file as plain data, to be changed by a test before validation."""
    data: dict[str, Any] = yaml.safe_load(TINY_SEASON_FILE.read_text(encoding="utf-8"))
    return data


def house(company: str, currency: str, **numbers: Any) -> dict[str, Any]:
    """A hand-written house forecast."""
    return {"company": company, "currency": currency, **numbers}


def plan_data(exchange: bool = True) -> dict[str, Any]:
    """The hand-built plan as plain data (``exchange=False``: the same plan, nobody moves)."""
    casting = [
        {"performance": p, "role": r, "dancer": d if exchange or d != "par-lea" else "nyc-ava"}
        for p in NYC_SHOWS
        for r, d in GISELLE_CAST
    ] + [{"performance": p, "role": r, "dancer": d} for p, r, d in PARIS_CAST]
    nyc = house(
        "nyc", "USD", performances=3, expected_attendance=6500.4, occupancy=0.85,
        revenue=1_300_000, costs=1_250_000, result=50_000, p5=-120_000, p50=48_000,
        p95=210_000, probability_break_even=0.68, baseline_result=-85_000,
        baseline_probability_break_even=0.2, box_office=880_000,
        income_lines={"box_office": 880_000, "subsidy": 150_000, "donations": 250_000},
        cost_lines={"fixed_costs": 900_000, "salaries": 200_000, "exchange": 30_000},
        weekly_box_office={"2026-12-07": 880_000},
    )  # fmt: skip
    par = house(
        "par", "EUR", performances=3, expected_attendance=7800, occupancy=0.95,
        revenue=1_234_567, costs=1_200_000, result=34_567, p5=-60_000, p50=30_000,
        p95=120_000, probability_break_even=0.62, baseline_result=20_000,
        baseline_probability_break_even=0.55,
        income_lines={"box_office": 864_567, "subsidy": 300_000},
        cost_lines={"fixed_costs": 800_000, "productions": 180_000},
        weekly_box_office={"2026-12-14": 500_000, "2026-12-21": 364_567},
    )  # fmt: skip
    moves = [
        {
            "dancer": "par-lea", "home": "par", "host": "nyc", "terms": "nyc-par",
            "depart": "2026-12-07", "start": "2026-12-09", "end": "2026-12-13",
            "return": "2026-12-14", "roles": ["nyc-giselle.giselle"],
        }
    ]  # fmt: skip
    return {
        "season": "tiny-2026",
        "exchange": moves if exchange else [],
        "casting": casting,
        "forecast": {"draws": 2000, "seed": 7, "houses": [nyc, par]},
        "reports": {
            "casting": {"status": "optimal", "objective": 12.0, "bound": 12.0, "gap": 0.0,
                        "seconds": 0.42},
            "exchange": {"status": "feasible", "objective": 84567.0, "bound": 85000.0,
                         "gap": 0.0051, "seconds": 30.0, "notes": ["time limit reached"]},
        },
    }  # fmt: skip


LEA_STAY = "par-lea: nyc, 2026-12-09..2026-12-13"
AVA_STAY = "nyc-ava: par, 2026-12-15..2026-12-20"


def deal_data(verdict: str = "swap") -> dict[str, Any]:
    """A hand-made deal for :func:`plan_data`, in euros at the season's 1 EUR = 1.08 USD.

    Swap: Léa Garnier's stay gains New York $108,000 and costs Paris €10,800 (€89,200 in all).
    New York pays Paris €50,000 ($54,000): New York keeps +$54,000, Paris +€39,200. Any fee
    from €10,800 (Paris breaks even) to €100,000 (New York does) leaves both better off;
    the even split is €55,400. ``verdict="none"``: every package leaves Paris worse off.
    """
    if verdict == "none":
        return {
            "verdict": "none", "currency": "EUR", "total_gain": 0.0,
            "houses": [
                {"company": "nyc", "currency": "USD", "result_without": -85_000,
                 "result_with": -85_000, "gain_before_transfer": 0, "gain_after_transfer": 0,
                 "estimate_gain": 0},
                {"company": "par", "currency": "EUR", "result_without": 20_000,
                 "result_with": 20_000, "gain_before_transfer": 0, "gain_after_transfer": 0,
                 "estimate_gain": 0},
            ],
            "frontier": [
                {"stays": [LEA_STAY], "gains_before": {"nyc": 21_600, "par": -30_000},
                 "gains_after": {"nyc": -4_320, "par": -4_000}, "total": -10_000},
                {"stays": [], "gains_before": {"nyc": 0, "par": 0},
                 "gains_after": {"nyc": 0, "par": 0}, "total": 0},
            ],
            "what_would_change_it": [
                "A fee cap above €30,000 in the terms would let New York pay Paris enough.",
            ],
        }  # fmt: skip
    return {
        "verdict": "swap", "currency": "EUR", "total_gain": 89_200,
        "houses": [
            {"company": "nyc", "currency": "USD", "result_without": -85_000,
             "result_with": 23_000, "gain_before_transfer": 108_000, "transfer": -54_000,
             "gain_after_transfer": 54_000, "estimate_gain": 100_000,
             "monte_carlo_gain": 104_500, "probability_break_even_without": 0.2,
             "probability_break_even_with": 0.55},
            {"company": "par", "currency": "EUR", "result_without": 20_000,
             "result_with": 9_200, "gain_before_transfer": -10_800, "transfer": 50_000,
             "gain_after_transfer": 39_200, "estimate_gain": -12_000,
             "monte_carlo_gain": None, "probability_break_even_without": 0.55,
             "probability_break_even_with": 0.71},
        ],
        "transfers": [
            {"terms": "nyc-par", "payer": "nyc", "payee": "par", "currency": "EUR",
             "amount": 50_000, "low": 10_800, "high": 100_000, "even": 55_400},
        ],
        "frontier": [
            {"stays": [LEA_STAY, AVA_STAY], "gains_before": {"nyc": 70_000, "par": 5_000},
             "gains_after": {"nyc": 37_700, "par": 34_907}, "total": 69_815},
            {"stays": [LEA_STAY], "gains_before": {"nyc": 108_000, "par": -10_800},
             "gains_after": {"nyc": 48_168, "par": 44_600}, "total": 89_200, "chosen": True},
            {"stays": ["par-lea: nyc, 2026-12-09..2026-12-11"],
             "gains_before": {"nyc": 40_000, "par": 8_000},
             "gains_after": {"nyc": 24_320, "par": 22_519}, "total": 45_037},
        ],
        # Given narrowest first: the report sorts them by width.
        "sensitivity": [
            {"name": "travel_cost", "description": "Travel and lodging of a visiting star.",
             "base": 12_000, "low": 8_000, "high": 20_000, "total_at_low": 95_000,
             "total_at_base": 89_200, "total_at_high": 78_000, "stays_at_low": 1,
             "stays_at_high": 1, "flips": False},
            {"name": "demand_elasticity", "description": "How demand answers a price change.",
             "base": -0.8, "low": -1.2, "high": -0.4, "total_at_low": -5_000,
             "total_at_base": 89_200, "total_at_high": 120_000, "stays_at_low": 0,
             "stays_at_high": 1, "flips": True},
            {"name": "star_draw", "description": "How many tickets a visiting star's name sells.",
             "base": 1.0, "low": 0.6, "high": 1.4, "total_at_low": 20_000,
             "total_at_base": 89_200, "total_at_high": 150_000, "stays_at_low": 1,
             "stays_at_high": 2, "flips": False},
        ],
        "break_even": [
            {"company": "nyc", "currency": "USD", "lever": "extra_shows", "gap": 31_000,
             "delivers": 0, "needed": 2, "unit": "shows",
             "note": "Two more Giselles at 85% of seats."},
            {"company": "nyc", "currency": "USD", "lever": "price", "gap": 31_000,
             "delivers": 12_000, "needed": 4.5, "unit": "%",
             "note": "Prices 4.5% above the plan's."},
        ],
        "what_would_change_it": [
            "If Léa Garnier's draw in New York fell below 0.7, no swap would pay for both houses.",
        ],
        "notes": ["Prices optimised within each house's levels."],
    }  # fmt: skip
