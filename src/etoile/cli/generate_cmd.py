"""``etoile generate --preset tiny|demo|large --seed N -o FILE``: write a generated season.

The same preset and seed always write the same bytes. Exit code 2 for an unknown preset or a
file suffix that is neither YAML nor JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from etoile.cli.common import EXIT_INVALID_INPUT, console, err_console
from etoile.demo import PRESETS, UnknownPresetError, generate, steps
from etoile.domain import Season
from etoile.seasonfile import dump_season

SUFFIXES = (".yaml", ".yml", ".json")


def generate_season(
    out: Annotated[
        Path,
        typer.Option("-o", "--out", metavar="FILE", help="Season file to write (.yaml or .json)."),
    ],
    preset: Annotated[
        str, typer.Option("--preset", help=f"Which season: {', '.join(PRESETS)}.")
    ] = "demo",
    seed: Annotated[int, typer.Option("--seed", help="Random seed; same seed, same file.")] = 0,
) -> None:
    """Generate a realistic season (two or four houses) and write it as YAML or JSON."""
    if preset not in PRESETS:
        _invalid(str(UnknownPresetError(preset)))
    if out.suffix.lower() not in SUFFIXES:
        _invalid(f"cannot write {out}: expected a .yaml, .yml or .json file")
    if preset == "tiny":
        season = generate(preset, seed)
        dump_season(season, out)
    else:
        season = _with_progress(preset, seed, out)
    dancers = sum(len(c.dancers) for c in season.companies)
    shows = sum(len(c.performances) for c in season.companies)
    console.print(
        f"Wrote {out}: {preset} season (seed {seed}), {len(season.companies)} houses, "
        f"{dancers} dancers, {shows} performances."
    )


def _with_progress(preset: str, seed: int, out: Path) -> Season:
    """Generate and write with a Rich progress bar, one step per house, then the file."""
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(f"Generating the {preset} season", total=steps(preset) + 1)
        started = False

        def step(description: str) -> None:
            nonlocal started
            if started:
                progress.advance(task)
            started = True
            progress.update(task, description=description)

        season = generate(preset, seed, step)
        step(f"Writing {out}")
        dump_season(season, out)
        progress.advance(task)
    return season


def _invalid(message: str) -> NoReturn:
    err_console.print(f"[bold red]Invalid input:[/] {message}")
    raise typer.Exit(EXIT_INVALID_INPUT)


def register(app: typer.Typer) -> None:
    """Add ``etoile generate`` to ``app``."""
    app.command("generate")(generate_season)
