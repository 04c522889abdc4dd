"""The tiny season with a hand-made plan that has rehearsal calls, for the calendar and report
tests.

Léa Garnier (Paris) is coached in Paris on Fri 4 Dec 2026, flies to New York on Mon 7 Dec,
rests on the 8th, learns Giselle on Wed 9 Dec, has the dress rehearsal on the Koch Theater's
stage on the 10th, dances the three Giselles (10 and 12 Dec) and flies home on Mon 14 Dec.
New York is UTC-5 and Paris UTC+1 all December, so every instant below is easy to check.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from etoile.domain import Plan, Season

TINY = Path(__file__).resolve().parents[1] / "docs" / "examples" / "tiny-season.yaml"

GISELLE = ("giselle", "albrecht", "myrtha", "wili")
GISELLE_CAST = (
    ("nyc-giselle.giselle", "par-lea"),
    ("nyc-giselle.albrecht", "nyc-ben"),
    ("nyc-giselle.myrtha", "nyc-cleo"),
    ("nyc-giselle.wili", "nyc-dina"),
    ("nyc-giselle.wili", "nyc-ella"),
)
PARIS_CAST = (("par-p1", "par-swan.odette", "par-ines"), ("par-p1", "par-swan.swan", "par-kim"))


def call(
    ident: str,
    company: str,
    kind: str,
    day: str,
    hours: tuple[str, str],
    studio: str,
    staff: list[str],
    dancers: list[str],
    roles: list[str],
) -> dict[str, Any]:
    """A rehearsal call as plan data; ``day`` and ``hours`` are local to the house."""
    offset = {"nyc": "-05:00", "par": "+01:00"}[company]
    production = {"nyc": "nyc-giselle", "par": "par-swan"}[company]
    return {
        "id": ident, "company": company, "production": production, "kind": kind,
        "start": f"{day}T{hours[0]}:00{offset}", "end": f"{day}T{hours[1]}:00{offset}",
        "studio": studio, "staff": staff, "dancers": dancers, "roles": roles,
    }  # fmt: skip


GIS = [f"nyc-giselle.{r}" for r in GISELLE]
CALLS = [
    call("par-r0", "par", "coaching", "2026-12-04", ("10:00", "12:00"), "par-petipa",
         ["par-rep1"], ["par-lea", "par-hugo"], ["par-swan.odette", "par-swan.siegfried"]),
    call("nyc-r2", "nyc", "company", "2026-12-07", ("11:30", "14:30"), "nyc-studio-a",
         ["nyc-bm1"], ["nyc-cleo", "nyc-dina", "nyc-ella"], GIS[2:]),
    call("nyc-r1", "nyc", "learning", "2026-12-09", ("12:00", "15:00"), "nyc-studio-a",
         ["nyc-bm1"], ["par-lea", "nyc-ben"], GIS[:2]),
    call("par-r1", "par", "company", "2026-12-09", ("14:00", "17:00"), "par-petipa",
         ["par-bm1"], ["par-ines", "par-kim", "par-lou", "par-mia"],
         ["par-swan.odette", "par-swan.swan", "par-swan.big-swan"]),
    call("nyc-r3", "nyc", "dress", "2026-12-10", ("12:00", "15:00"), "koch",
         ["nyc-bm1"], ["par-lea", "nyc-ben", "nyc-cleo", "nyc-dina", "nyc-ella"], GIS),
    call("par-r2", "par", "stage", "2026-12-14", ("14:00", "17:00"), "bastille",
         ["par-bm1", "par-rep1"], ["par-ines", "par-kim"], ["par-swan.odette", "par-swan.swan"]),
]  # fmt: skip


def season_data() -> dict[str, Any]:
    """The tiny season file as plain data."""
    data: dict[str, Any] = yaml.safe_load(TINY.read_text(encoding="utf-8"))
    return data


def plan_data() -> dict[str, Any]:
    """The plan: Léa's move, the casting of both houses, and :data:`CALLS`."""
    casting = [
        {"performance": p, "role": r, "dancer": d}
        for p in ("nyc-p1", "nyc-p2", "nyc-p3")
        for r, d in GISELLE_CAST
    ] + [{"performance": p, "role": r, "dancer": d} for p, r, d in PARIS_CAST]
    move = {
        "dancer": "par-lea", "home": "par", "host": "nyc", "terms": "nyc-par",
        "depart": "2026-12-07", "start": "2026-12-09", "end": "2026-12-13",
        "return": "2026-12-14", "roles": ["nyc-giselle.giselle"],
    }  # fmt: skip
    return {
        "season": "tiny-2026",
        "exchange": [move],
        "casting": casting,
        "rehearsals": copy.deepcopy(CALLS),
    }


def season() -> Season:
    """The tiny season as a domain object."""
    return Season.model_validate(season_data())


def plan() -> Plan:
    """The hand-made plan as a domain object."""
    return Plan.model_validate(plan_data())
