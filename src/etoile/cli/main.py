"""The ``etoile`` command. Commands are thin: they parse arguments and call services."""

from __future__ import annotations

import typer

from etoile.cli import (
    bench_cmd,
    calendar_cmd,
    cast_cmd,
    check_cmd,
    db_cmd,
    demo_cmd,
    exchange_cmd,
    forecast_cmd,
    generate_cmd,
    import_cmd,
    plan_cmd,
    rehearse_cmd,
    replan_cmd,
    schema_cmd,
    serve_cmd,
    user_cmd,
    worker_cmd,
)

app = typer.Typer(
    name="etoile",
    help="Étoile plans the seasons of ballet companies that trade their stars.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (
    schema_cmd,
    import_cmd,
    generate_cmd,
    db_cmd,
    check_cmd,
    cast_cmd,
    rehearse_cmd,
    forecast_cmd,
    plan_cmd,
    exchange_cmd,
    demo_cmd,
    bench_cmd,
    calendar_cmd,
    replan_cmd,
    serve_cmd,
    user_cmd,
    worker_cmd,
):
    module.register(app)


def run() -> None:
    """Console-script entry point."""
    app()
