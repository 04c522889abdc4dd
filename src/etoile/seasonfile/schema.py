"""JSON Schemas of the season file and the plan file, for editors and other tools.

Editors that understand JSON Schema (VS Code with the YAML extension, JetBrains IDEs) can
complete keys and flag wrong types while a season file is written, before Étoile reads it.
The schema checks shapes only; the semantic checks (ids, references, dates) need Étoile.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from etoile.domain import Plan, Season

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def season_schema() -> dict[str, Any]:
    """The JSON Schema of a season file."""
    return _schema(
        Season,
        "Étoile season file",
        "One season of ballet companies that trade their stars: companies, their dancers, "
        "staff, rooms, productions and performances, the exchange terms and currency rates. "
        "See docs/season-file.md.",
    )


def plan_schema() -> dict[str, Any]:
    """The JSON Schema of a plan file (``plan.json``)."""
    return _schema(
        Plan,
        "Étoile plan file",
        "A season plan: the exchange, the casting, the rehearsals, the forecast and one "
        "report per solver. See docs/plan-format.md.",
    )


def _schema(model: type[BaseModel], title: str, description: str) -> dict[str, Any]:
    body = model.model_json_schema(by_alias=True, mode="validation")
    body.pop("title", None)
    body.pop("description", None)
    return {"$schema": DIALECT, "title": title, "description": description, **body}
