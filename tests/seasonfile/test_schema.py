"""The JSON Schemas of season and plan files, as ``etoile schema`` prints them."""

from __future__ import annotations

import json

from .helpers import run


def test_schema_season_prints_json_schema() -> None:
    result = run("schema", "season")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "Étoile season file"
    assert {"id", "name", "start", "end", "companies", "exchanges"} <= set(schema["properties"])
    assert schema["required"] == ["id", "name", "start", "end", "companies"]


def test_schema_plan_prints_json_schema() -> None:
    result = run("schema", "plan")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Étoile plan file"
    assert list(schema["properties"])[1:9] == [
        "season", "exchange", "casting", "rehearsals", "forecast", "prices", "deal", "reports",
    ]  # fmt: skip
    report = schema["$defs"]["SolveReport"]["properties"]
    assert {"status", "objective", "bound", "gap", "seconds"} <= set(report)
