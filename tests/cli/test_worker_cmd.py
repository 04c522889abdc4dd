"""``etoile worker``: a Redis that does not answer is refused with exit 2, its password masked.

(Without ETOILE_REDIS_URL at all: ``tests/cli/test_serve_cmd.py``.)"""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from etoile.cli import worker_cmd

app = typer.Typer(pretty_exceptions_enable=False)
worker_cmd.register(app)


@app.command()
def other() -> None:
    """A second command, so that ``worker`` is called by its name."""


def _worker(redis_url: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["worker", "--burst"], env={"ETOILE_REDIS_URL": redis_url})
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        # Port 1: nothing listens there.
        ("redis://:s3cret@127.0.0.1:1/0", "redis://:***@127.0.0.1:1/0"),
        ("redis://ava:s3cret@127.0.0.1:1/0", "redis://ava:***@127.0.0.1:1/0"),
    ],
)
def test_an_unreachable_redis_is_named_without_its_password(url: str, shown: str) -> None:
    code, output = _worker(url)
    assert code == 2
    assert output.startswith(f"Error: the Redis server at {shown} cannot be reached: ")
    assert "s3cret" not in output


def test_a_url_that_is_not_redis_is_refused() -> None:
    code, output = _worker("http://127.0.0.1:1/0")
    assert code == 2
    assert output.startswith("Error: the Redis server at http://127.0.0.1:1/0 cannot be reached: ")
    assert "redis://" in output  # the schemes Redis accepts
