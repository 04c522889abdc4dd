"""The ``etoile`` command. Commands are thin: they parse arguments and call services.

Each command lives in its own module and imports what it needs (the solvers, OR-Tools, the
report, the web app) only when it runs: ``etoile --help`` lists the commands from the table
below without importing any of them. ``tests/cli/test_main.py`` checks that the table's help
is each command's own.
"""

from __future__ import annotations

import importlib
from typing import Any, ClassVar

import typer
from typer.core import TyperCommand, TyperGroup

COMMANDS: dict[str, tuple[str, str]] = {
    "generate": (
        "generate_cmd",
        "Generate a realistic season (two or four houses) and write it as YAML or JSON.",
    ),
    "check": (
        "check_cmd",
        "Check a season (and a plan) against every rule; list what is broken.",
    ),
    "cast": ("cast_cmd", "Cast every role of every performance: optimal, fair and explained."),
    "rehearse": (
        "rehearse_cmd",
        "Place every rehearsal call of the season within each house's labour rules.",
    ),
    "forecast": ("forecast_cmd", "Box office, costs and the odds that each house breaks even."),
    "plan": (
        "plan_cmd",
        "Decide the exchange, cast both seasons around it, forecast, and write the report.",
    ),
    "exchange": ("exchange_cmd", "Decide the exchange and its deal against the plan without it."),
    "demo": (
        "demo_cmd",
        "Generate the demo season of both houses, plan it, store it and summarise it.",
    ),
    "calendar": (
        "calendar_cmd",
        "Write the iCalendar files of every dancer, staff member and studio.",
    ),
    "replan": (
        "replan_cmd",
        "Repair a plan after an injury, a withdrawal or a changed calendar, changing the least.",
    ),
    "serve": (
        "serve_cmd",
        "Serve the pages and the JSON API (OpenAPI at /docs) until interrupted.",
    ),
    "worker": (
        "worker_cmd",
        "Run solving jobs from the queue at ETOILE_REDIS_URL, one at a time, until interrupted.",
    ),
    "schema": ("schema_cmd", "Print the JSON Schema of a season file or a plan file."),
    "import": (
        "import_cmd",
        "Import data from spreadsheets into a season file (all or nothing).",
    ),
    "db": ("db_cmd", "The database: migrate it, load and export seasons, list them."),
    "bench": ("bench_cmd", "Solve benchmark instances and report costs, proofs and times."),
    "user": ("user_cmd", "Users of the web app."),
}
"""Command -> (its module in ``etoile.cli``, the first paragraph of its help)."""


def load(name: str) -> Any:
    """The command ``name`` as its module registers it (the module imported now): a Typer
    command or group (Typer's own Click types, hence ``Any`` here).

    Parameters
    ----------
    name
        A key of :data:`COMMANDS`.
    """
    module = importlib.import_module(f"etoile.cli.{COMMANDS[name][0]}")
    holder = typer.Typer()
    module.register(holder)
    return typer.main.get_group(holder).commands[name]


class Commands(TyperGroup):
    """The commands of :data:`COMMANDS`, each loaded when it is used; the list in the help
    comes from the table."""

    _listing = False
    _loaded: ClassVar[dict[str, Any]] = {}
    """Commands loaded in this process (a command's module is imported once)."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        if self._listing:
            return TyperCommand(cmd_name, help=COMMANDS[cmd_name][1])
        if cmd_name not in self._loaded:
            self._loaded[cmd_name] = load(cmd_name)
        return self._loaded[cmd_name]

    def format_help(self, ctx: Any, formatter: Any) -> Any:
        self._listing = True  # the list of commands, from the table
        try:
            return super().format_help(ctx, formatter)
        finally:
            self._listing = False


app = typer.Typer(
    name="etoile",
    cls=Commands,
    help="Étoile plans the seasons of ballet companies that trade their stars.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main() -> None:
    """Étoile plans the seasons of ballet companies that trade their stars."""
    from rich.markup import escape

    from etoile.cli.common import fail
    from etoile.config import SettingsError, get_settings

    try:
        get_settings()
    except SettingsError as error:
        fail(escape(str(error)))


def run() -> None:
    """Console-script entry point."""
    app()
