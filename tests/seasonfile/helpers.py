"""Running the CLI and checking that a rejected input changed nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner, Result

from etoile.cli.main import app
from etoile.seasonfile.errors import Problem

GOOD_ROSTER = (
    "id,name,rank,tags,known_roles,partners,draw,exchange_consent\n"
    "nyc-gil,Gil Stone,corps,woman,nyc-giselle.wili,,0.1,no\n"
    "nyc-ava,Ava Linden,principal,woman;tall,nyc-giselle.giselle;nyc-giselle.myrtha,nyc-ben,"
    "0.85,yes\n"
)


def run(*args: str) -> Result:
    """Run ``etoile ARGS`` (the ``wide_error_console`` fixture keeps table cells unwrapped)."""
    return CliRunner().invoke(app, list(args))


def import_roster(roster: str | Path, season: str | Path, company: str = "nyc") -> Result:
    """Run ``etoile import roster ROSTER --company COMPANY --into SEASON``."""
    return run("import", "roster", str(roster), "--company", company, "--into", str(season))


@dataclass
class Snapshot:
    """The bytes of every file in a folder, to prove that nothing was written."""

    folder: Path
    files: dict[Path, bytes]

    @classmethod
    def take(cls, folder: Path) -> Snapshot:
        """Record every file under ``folder``."""
        files = {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
        return cls(folder, files)

    def unchanged(self) -> bool:
        """True when the folder holds exactly the same files with the same bytes."""
        return Snapshot.take(self.folder).files == self.files


def assert_rejected(result: Result, snapshot: Snapshot, problems: list[Problem]) -> None:
    """Exit 2, no traceback, each problem's place and text printed, and nothing written."""
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    for problem in problems:
        assert problem.place in result.output
        assert problem.where in result.output
        assert problem.detail in result.output
    assert snapshot.unchanged()
