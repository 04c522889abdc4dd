"""Good season files load, and survive a round trip through the writer unchanged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from etoile.domain import Season
from etoile.seasonfile import dump_season, load_season, parse_season


def test_docs_example_loads(tiny_season_file: Path, tiny_season: Season) -> None:
    season = load_season(tiny_season_file)
    assert season == tiny_season
    assert [c.id for c in season.companies] == ["nyc", "par"]
    assert len(season.dancers) == 13
    assert season.rate("EUR", "USD") == 1.08


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_round_trip_is_stable(tiny_season_file: Path, tmp_path: Path, suffix: str) -> None:
    season = load_season(tiny_season_file)
    first = tmp_path / f"season{suffix}"
    dump_season(season, first)
    again = load_season(first)
    assert again == season
    second = tmp_path / f"again{suffix}"
    dump_season(again, second)
    assert second.read_bytes() == first.read_bytes()


def test_unquoted_time_of_day_is_a_time(
    data: dict[str, Any], write_season: Callable[..., Path]
) -> None:
    # YAML 1.1 would read 11:30 as the base-60 number 690 (00:11:30 to pydantic).
    text = write_season(data).read_text(encoding="utf-8")
    text = text.replace("earliest_call: '11:30'", "earliest_call: 11:30")
    assert "earliest_call: 11:30\n" in text
    season = parse_season(text, "season.yaml", ".yaml")
    assert season.companies[0].labor.earliest_call == dt.time(11, 30)


def test_json_season_loads(data: dict[str, Any], write_season: Callable[..., Path]) -> None:
    season = load_season(write_season(data, "season.json"))
    assert season.id == "tiny-2026"
