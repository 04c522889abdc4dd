"""Roster imports that succeed: new dancers are added, existing ones updated, the rest kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from etoile.domain import Dancer
from etoile.seasonfile import load_season

from .helpers import GOOD_ROSTER, import_roster


@pytest.fixture
def season(tiny_season_file: Path, workdir: Path) -> Path:
    """The tiny season, copied into the working folder as ``season.yaml``."""
    path = workdir / "season.yaml"
    path.write_bytes(tiny_season_file.read_bytes())
    return Path("season.yaml")


def _dancer(season: Path, ident: str) -> Dancer:
    return load_season(season).dancers[ident].item


def _check_imported(season: Path) -> None:
    loaded = load_season(season)
    assert [d.id for d in loaded.company["nyc"].dancers] == [
        "nyc-ava", "nyc-ben", "nyc-cleo", "nyc-dina", "nyc-ella", "nyc-fay", "nyc-gil",
    ]  # fmt: skip
    assert _dancer(season, "nyc-gil") == Dancer(
        id="nyc-gil",
        name="Gil Stone",
        rank="corps",
        tags=["woman"],
        known_roles=["nyc-giselle.wili"],
        draw=0.1,
        exchange_consent=False,
    )
    ava = _dancer(season, "nyc-ava")
    assert (ava.tags, ava.draw, ava.exchange_consent) == (["woman", "tall"], 0.85, True)
    assert ava.partners == ["nyc-ben"]
    # Columns the roster does not have, and dancers it does not name, are kept.
    assert _dancer(season, "nyc-fay").absences[0].start.isoformat() == "2026-12-10"
    assert loaded.company["par"] == load_season(season).company["par"]


def test_csv_roster_adds_and_updates(season: Path, workdir: Path) -> None:
    Path("roster.csv").write_text(GOOD_ROSTER, encoding="utf-8")
    result = import_roster("roster.csv", season)
    assert result.exit_code == 0, result.output
    assert "1 added, 1 updated" in result.output
    _check_imported(season)
    assert sorted(p.name for p in workdir.iterdir()) == ["roster.csv", "season.yaml"]


def test_xlsx_roster_adds_and_updates(season: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        ["ID", "Name", "Rank", "Tags", "Known_roles", "Partners", "Draw", "Exchange_consent"]
    )
    sheet.append(["nyc-gil", "Gil Stone", "corps", "woman", "nyc-giselle.wili", None, 0.1, False])
    sheet.append([None] * 8)  # blank rows are skipped
    sheet.append(["nyc-ava", "Ava Linden", "principal", "woman; tall",
                  "nyc-giselle.giselle;nyc-giselle.myrtha", "nyc-ben", 0.85, True])  # fmt: skip
    book.save("roster.xlsx")
    result = import_roster("roster.xlsx", season)
    assert result.exit_code == 0, result.output
    _check_imported(season)


def test_learn_hours_merge_into_existing(season: Path) -> None:
    Path("roster.csv").write_text(
        "id,name,rank,learn_hours\n"
        'nyc-cleo,Cleo Marsh,soloist,"nyc-giselle.giselle=30;nyc-giselle.albrecht=12,5"\n',
        encoding="utf-8",
    )
    result = import_roster("roster.csv", season)
    assert result.exit_code == 0, result.output
    cleo = _dancer(season, "nyc-cleo")
    assert cleo.learn_hours == {"nyc-giselle.giselle": 30.0, "nyc-giselle.albrecht": 12.5}
    assert cleo.known_roles == ["nyc-giselle.myrtha", "nyc-giselle.wili"]
