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

TINY_SEASON_FILE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "tiny-season.yaml"

NYC_SHOWS = ("nyc-p1", "nyc-p2", "nyc-p3")
GISELLE_CAST = (
    ("nyc-giselle.giselle", "par-lea"),
    ("nyc-giselle.albrecht", "nyc-ben"),
    ("nyc-giselle.myrtha", "nyc-cleo"),
    ("nyc-giselle.wili", "nyc-dina"),
    ("nyc-giselle.wili", "nyc-ella"),
)
EXPLANATIONS = ["Léa Garnier sells Giselle in New York."]
PARIS_CAST = (("par-p1", "par-swan.odette", "par-ines"), ("par-p1", "par-swan.swan", "par-kim"))


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
