"""``etoile exchange``: the stays, the deal and the frontier; exit 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


def test_the_star_guest_and_the_even_transfer_worked_by_hand(tmp_path: Path) -> None:
    # tests/solvers/exchange/test_model.py: Léa Garnier, a guest in New York without fee or
    # costs, dances the Giselle of Thu 10 and Sat 12 Dec: New York gains 14,248 + 15,173 =
    # 29,421 USD, Paris 0. A transfer from 0 (New York keeps it all) to 29,421 USD (Paris
    # does) leaves both no worse off; the even split is 29,421 / 2 = 14,710.5 USD, printed
    # to the dollar (half to even: 14,710).
    season_file, out = tmp_path / "season.yaml", tmp_path / "answer.json"
    dump_season(swap_season(fee_usd=0), season_file)
    result = CliRunner().invoke(
        app, ["exchange", str(season_file), "--time-limit", "2", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "New York: +29,421 USD Paris: +0 EUR" in said
    assert (
        "Transfer: Manhattan Ballet Theatre pays Ballet de l'Opéra de Lutèce 14,710 USD "
        "(both gain from 0 to 29,421)." in said
    )
    answer = json.loads(out.read_text(encoding="utf-8"))
    [stay] = answer["stays"]
    assert (stay["dancer"], stay["home"], stay["host"]) == ("par-lea", "par", "nyc")
    assert stay["roles"] == ["nyc-giselle.giselle"]
    assert stay["start"] <= "2026-12-10" and stay["end"] >= "2026-12-12"
    assert {h: round(g) for h, g in answer["estimate"].items()} == {"nyc": 29421, "par": 0}
    [transfer] = answer["transfers"]
    assert (transfer["payer"], transfer["payee"], round(transfer["amount"], 1)) == (
        "nyc",
        "par",
        14710.5,
    )


def test_no_exchange_when_the_fee_eats_the_gain(tmp_path: Path) -> None:
    # A fee of 50,000 USD a show, paid by New York, against at most 15,173 USD a lead: no
    # package of stays gains anything to share.
    season_file = tmp_path / "season.yaml"
    dump_season(swap_season(fee_usd=50_000), season_file)
    result = CliRunner().invoke(app, ["exchange", str(season_file), "--time-limit", "2"])
    assert result.exit_code == 0, result.output
    assert " ".join(result.output.split()) == (
        "No exchange: no package of stays has a positive total gain that a transfer the terms "
        "allow could share (solver: optimal)."
    )


@pytest.mark.usefixtures("wide_consoles")
def test_a_season_given_as_the_plan_names_the_plans_fields(tmp_path: Path) -> None:
    season_file = tmp_path / "season.yaml"
    dump_season(swap_season(fee_usd=0), season_file)
    result = CliRunner().invoke(app, ["exchange", str(season_file), "--plan", str(season_file)])
    assert result.exit_code == 2
    assert "missing required field" in result.output  # the plan's "season"
    assert "unknown field 'companies'" in result.output
