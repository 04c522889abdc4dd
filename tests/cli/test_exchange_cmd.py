"""``etoile exchange``: the stays, the deal and the frontier; exit 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from etoile.cli.main import app
from etoile.seasonfile import dump_season
from exchange_kit import swap_season


def test_cli_exchange_prints_the_deal_and_the_frontier(tmp_path: Path) -> None:
    season_file = tmp_path / "season.yaml"
    dump_season(swap_season(fee_usd=0), season_file)
    out = tmp_path / "exchange.json"
    result = CliRunner().invoke(
        app, ["exchange", str(season_file), "--frontier", "--time-limit", "2", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Transfer: Manhattan Ballet Theatre pays" in result.output
    answer = json.loads(out.read_text())
    assert [s["dancer"] for s in answer["stays"]] == ["par-lea"]
    assert answer["frontier"] != []
    assert answer["report"]["status"] == "optimal"


def test_cli_exchange_bad_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["exchange", str(bad)])
    assert result.exit_code == 2
