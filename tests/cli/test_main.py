"""The ``etoile`` command lists its commands without importing them, and runs each one.

``etoile --help`` reads the list from :data:`etoile.cli.main.COMMANDS`; a command's module
(and the solvers, OR-Tools, the report or the web app behind it) is imported when it runs.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from etoile.cli.main import COMMANDS, app, load


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_table_gives_each_command_its_own_help(name: str) -> None:
    real = load(name)
    assert real.name == name
    first = (real.help or "").strip().split("\n\n")[0]
    assert " ".join(first.split()) == COMMANDS[name][1]


def test_the_help_lists_every_command_and_imports_none() -> None:
    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from etoile.cli.main import app\n"
        "out = CliRunner().invoke(app, ['--help'], terminal_width=200).output\n"
        "print(out)\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('etoile.', 'ortools', 'sqlalchemy',"
        " 'pydantic', 'matplotlib')) and m not in ('etoile.cli', 'etoile.cli.main'))\n"
        "print('IMPORTED', heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    for name, (_module, words) in COMMANDS.items():
        assert name in done.stdout
        assert words.split()[0] in done.stdout
    assert "IMPORTED []" in done.stdout


def test_a_command_runs_and_an_unknown_one_is_refused() -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["db", "--help"])
    assert shown.exit_code == 0 and "upgrade" in shown.output
    wrong = runner.invoke(app, ["cats"])
    assert wrong.exit_code == 2 and "No such command" in wrong.output


@pytest.mark.parametrize("value", ["two", "0", "-1"])
def test_an_unreadable_setting_is_named_with_exit_2_and_no_traceback(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("ETOILE_JOB_WORKERS", value)
    result = CliRunner().invoke(app, ["schema", "season"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    said = " ".join(result.output.split())
    assert f"ETOILE_JOB_WORKERS must be a whole number of at least 1, not '{value}'" in said
