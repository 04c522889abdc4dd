"""``etoile schema``: each schema printed byte for byte as JSON, for pipes and files."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from etoile.cli.main import app
from etoile.seasonfile.schema import plan_schema, season_schema


def test_each_schema_is_printed_as_indented_json_with_its_accents() -> None:
    runner = CliRunner()
    for name, schema in (("season", season_schema()), ("plan", plan_schema())):
        result = runner.invoke(app, ["schema", name])
        assert result.exit_code == 0
        # Not Rich: no wrapping or colour, and "Étoile" as UTF-8, not \u00c9.
        assert result.stdout == json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    assert '"title": "Étoile season file"' in runner.invoke(app, ["schema", "season"]).stdout


def test_an_unknown_schema_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["schema", "roster"])
    assert result.exit_code == 2
    assert "No such command 'roster'" in result.output
