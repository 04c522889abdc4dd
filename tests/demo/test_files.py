"""Generated seasons load back unchanged and pass the validator (the command: tests/cli/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from etoile.domain import Season
from etoile.seasonfile import dump_season, load_season
from etoile.validate import validate


@pytest.mark.parametrize("preset", ["tiny", "demo", "large"])
def test_the_season_passes_every_season_rule(preset: str, request: pytest.FixtureRequest) -> None:
    season: Season = request.getfixturevalue(preset)
    assert validate(season) == []


@pytest.mark.parametrize(("preset", "suffix"), [("tiny", ".yaml"), ("demo", ".json")])
def test_the_written_file_loads_with_no_problems_and_unchanged(
    preset: str, suffix: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    season: Season = request.getfixturevalue(preset)
    path = tmp_path / f"season{suffix}"
    dump_season(season, path)
    assert load_season(path) == season
