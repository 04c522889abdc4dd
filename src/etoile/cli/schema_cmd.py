"""``etoile schema season|plan``: print the JSON Schema of a season or plan file."""

from __future__ import annotations

import json
from typing import Any

import typer

from etoile.seasonfile.schema import plan_schema, season_schema

schema_app = typer.Typer(
    name="schema",
    help="Print the JSON Schema of a season file or a plan file.",
    no_args_is_help=True,
)


def _print(body: dict[str, Any]) -> None:
    # Plain echo, not Rich: the output is meant for pipes and files, byte for byte.
    typer.echo(json.dumps(body, ensure_ascii=False, indent=2))


@schema_app.command("season")
def season() -> None:
    """Print the JSON Schema of a season file (YAML or JSON) on stdout."""
    _print(season_schema())


@schema_app.command("plan")
def plan() -> None:
    """Print the JSON Schema of a plan file (plan.json) on stdout."""
    _print(plan_schema())


def register(app: typer.Typer) -> None:
    """Add the ``schema`` command group to ``app``."""
    app.add_typer(schema_app)
