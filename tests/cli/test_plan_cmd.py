"""``etoile plan``: the plan and its report written, the deal in words, exit 2 on bad input."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from etoile.cli.main import app
from etoile.seasonfile import dump_season
from exchange_kit import swap_season


def test_cli_writes_both_files(tmp_path: Path) -> None:
    season_file = tmp_path / "season.yaml"
    dump_season(swap_season(fee_usd=0), season_file)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["plan", str(season_file), "-o", str(out), "--time-limit", "3"]
    )
    assert result.exit_code == 0, result.output
    assert (out / "plan.json").exists()
    assert (out / "report.html").exists()
    assert "Léa" in result.output or "par-lea" in result.output


def test_cli_bad_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [oops\n")
    result = CliRunner().invoke(app, ["plan", str(bad), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert not (tmp_path / "o").exists()


def test_the_deal_is_said_in_words_with_its_range() -> None:
    from etoile.cli.plan_cmd import deal_sentences
    from etoile.domain import Deal, Transfer

    deal = Deal(
        verdict="swap",
        currency="USD",
        transfers=[
            Transfer(
                terms="nyc-par",
                payer="nyc",
                payee="par",
                currency="USD",
                amount=51191.9,
                low=0.0,
                high=120383.8,
                even=51191.9,
            )
        ],
    )
    assert deal_sentences({"nyc": "New York", "par": "Paris"}, deal) == [
        "The deal: New York pays Paris 51,192 USD; both houses gain for any amount from 0 to "
        "120,384 USD."
    ]


def test_a_report_language_other_than_english_or_french_is_refused_first(tmp_path: Path) -> None:
    # Refused before the season is read: the season file does not even exist.
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["plan", str(tmp_path / "missing.yaml"), "-o", str(out), "--lang", "de"]
    )
    assert result.exit_code == 2
    assert result.output == "--lang: expected 'en' or 'fr', got 'de'\n"
    assert not out.exists()


def test_a_deal_of_two_transfers_is_two_sentences() -> None:
    from etoile.cli.plan_cmd import deal_sentences
    from etoile.domain import Deal, Transfer

    def transfer(payer: str, payee: str, amount: float, high: float) -> Transfer:
        return Transfer(
            terms=f"{payer}-{payee}",
            payer=payer,
            payee=payee,
            currency="EUR",
            amount=amount,
            low=0.0,
            high=high,
            even=amount,
        )

    deal = Deal(
        verdict="swap",
        currency="EUR",
        transfers=[transfer("par", "lon", 1234.5, 2469.0), transfer("ber", "par", 999.5, 1999)],
    )
    # Amounts to the unit, half to even: 1,234.5 -> 1,234 and 999.5 -> 1,000.
    assert deal_sentences({"par": "Paris", "lon": "London", "ber": "Berlin"}, deal) == [
        "The deal: Paris pays London 1,234 EUR; both houses gain for any amount from 0 to "
        "2,469 EUR.",
        "The deal: Berlin pays Paris 1,000 EUR; both houses gain for any amount from 0 to "
        "1,999 EUR.",
    ]
