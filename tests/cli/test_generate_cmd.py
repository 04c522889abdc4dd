"""``etoile generate``: a preset as YAML or JSON; exit 2 and nothing written on bad input."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from etoile.cli.main import app
from etoile.seasonfile import load_season


def test_cli_writes_the_tiny_season(tmp_path: Path) -> None:
    out = tmp_path / "tiny.yaml"
    result = CliRunner().invoke(
        app, ["generate", "--preset", "tiny", "--seed", "4", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert load_season(out).id == "tiny-2026"
    assert "2 houses, 14 dancers, 6 performances" in result.output


def test_cli_writes_the_demo_season_as_json(tmp_path: Path) -> None:
    out = tmp_path / "demo.json"
    result = CliRunner().invoke(app, ["generate", "--preset", "demo", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(load_season(out).companies) == 2


def test_cli_rejects_an_unknown_preset_with_exit_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "huge.yaml"
    result = CliRunner().invoke(app, ["generate", "--preset", "huge", "-o", str(out)])
    assert result.exit_code == 2
    assert "unknown preset 'huge': expected one of tiny, demo, large" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_rejects_a_suffix_that_is_neither_yaml_nor_json(tmp_path: Path) -> None:
    out = tmp_path / "season.txt"
    result = CliRunner().invoke(app, ["generate", "--preset", "tiny", "-o", str(out)])
    assert result.exit_code == 2
    assert "expected a .yaml, .yml or .json file" in result.output
    assert not out.exists()


def test_the_same_seed_writes_the_same_season_in_json_and_in_yaml(tmp_path: Path) -> None:
    runner = CliRunner()
    as_yaml, as_json, other = (tmp_path / n for n in ("s.yaml", "s.json", "other.yaml"))
    for out, seed in ((as_yaml, "7"), (as_json, "7"), (other, "8")):
        result = runner.invoke(
            app, ["generate", "--preset", "tiny", "--seed", seed, "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
    assert as_json.read_text(encoding="utf-8").startswith("{")
    assert load_season(as_json) == load_season(as_yaml)
    # The seed changes the names and the draws, not the shape (docs of the tiny preset).
    assert load_season(other) != load_season(as_yaml)
    assert [len(c.dancers) for c in load_season(other).companies] == [7, 7]
