"""``etoile user``: create users of the web app and set their passwords (from a prompt or
standard input)."""

from __future__ import annotations

import sys
from typing import Annotated

import redis
import typer

from etoile.cli.common import console, fail
from etoile.cli.db_cmd import UrlOption, current_database
from etoile.config import get_settings
from etoile.services.access import Role
from etoile.services.auth import add_user, reset_password
from etoile.services.redis_sessions import session_store

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
    password = _password(password_stdin, "Password")
    with current_database(target) as db:
        user = add_user(db, login, password, role, company, dancer=dancer, language=lang, name=name)
    console.print(f"User [bold]{user.login}[/] added: {user.role.value} of {user.company}.")


def _password(from_stdin: bool, prompt: str) -> str:
    """The password read from standard input, or asked for twice after ``prompt``."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=True))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@user_app.command("password")
def password(
    login: Annotated[str, typer.Argument(help="The login.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    url: UrlOption = None,
) -> None:
    """Set a user's password (asked for twice, or read from standard input). Every session
    and API token of the user ends: whoever knew the old password is logged out."""
    settings = get_settings()
    target = url or settings.database_url
    new = _password(password_stdin, "New password")
    with current_database(target) as db:
        try:
            ended = reset_password(db, session_store(db, settings.redis_url), login, new)
        except redis.RedisError as error:
            # Setting a password twice is harmless: the command can simply be run again.
            fail(
                f"the user's sessions in Redis could not be ended ({error}); run the command "
                "again once Redis answers."
            )
    console.print(
        f"Password of [bold]{login}[/] changed: "
        f"{_plural(ended.sessions_ended, 'session')} and "
        f"{_plural(ended.tokens_revoked, 'API token')} ended.",
        highlight=False,
    )
