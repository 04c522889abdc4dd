"""``etoile user``: create users of the web app (password from a prompt or standard input)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from etoile.cli.common import console
from etoile.cli.db_cmd import UrlOption, storage_errors_exit
from etoile.config import get_settings
from etoile.services.access import Role
from etoile.services.auth import add_user
from etoile.storage import Database, require_current_schema

user_app = typer.Typer(help="Users of the web app.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the ``user`` command group to ``app``."""
    app.add_typer(user_app, name="user")


@user_app.command("add")
def add(
    login: Annotated[str, typer.Argument(help="The login.")],
    role: Annotated[Role, typer.Option(help="director, ballet_master, finance or dancer.")],
    company: Annotated[str, typer.Option(help="The house id (e.g. nyc, par).")],
    dancer: Annotated[
        str | None, typer.Option(help="For a dancer: their dancer id in the season.")
    ] = None,
    lang: Annotated[str, typer.Option(help="Language of the pages: en or fr.")] = "en",
    name: Annotated[str, typer.Option(help="Name shown on the pages.")] = "",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    url: UrlOption = None,
) -> None:
    """Create a user; the password is asked for (twice), or read from standard input."""
    target = url or get_settings().database_url
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with storage_errors_exit(target), Database(target) as db:
        require_current_schema(db.engine)
        user = add_user(db, login, password, role, company, dancer=dancer, language=lang, name=name)
    console.print(f"User [bold]{user.login}[/] added: {user.role.value} of {user.company}.")
