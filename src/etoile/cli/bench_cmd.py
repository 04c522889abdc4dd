"""``etoile bench``: solve public benchmark instances and print what was reached and proved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import Progress
from rich.table import Table

from etoile.cli.common import console, input_errors_exit
from etoile.problems.talent import TalentProblem, read_talent
from etoile.seasonfile.errors import InputError

if TYPE_CHECKING:  # the solvers pull in OR-Tools: import them only when a command runs
    from etoile.solvers.rehearsal.talent import TalentResult

bench_app = typer.Typer(help="Solve benchmark instances and report costs, proofs and times.")


def _data_files(paths: list[Path]) -> list[Path]:
    """The files named, with folders expanded; Markdown files (READMEs) are not instances."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    return [p for p in found if p.suffix.lower() != ".md"]


def _read_all(files: list[Path]) -> list[tuple[Path, TalentProblem]]:
    """Read every file first, so that one bad file stops the run before any solving."""
    problems, read = [], []
    for file in files:
        try:
            read.append((file, read_talent(file)))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return read


def _label(file: Path) -> str:
    return f"{file.parent.name}/{file.name}" if file.parent.name else file.name


@bench_app.command("talent")
def talent(
    files: Annotated[list[Path], typer.Argument(help="Talent scheduling files or folders.")],
    time_limit: Annotated[
        float | None, typer.Option("--time-limit", help="Seconds per instance and solver.")
    ] = None,
    cpsat: Annotated[
        bool, typer.Option("--cpsat", help="Also solve with the CP-SAT model, for comparison.")
    ] = False,
    cpsat_limit: Annotated[
        float, typer.Option("--cpsat-limit", help="Seconds for CP-SAT per instance.")
    ] = 30.0,
) -> None:
    """Order the scenes of each talent scheduling FILE (MiniZinc .dzn or Stuckey text format)."""
    from etoile.solvers.rehearsal.talent import solve_cpsat, solve_talent

    with input_errors_exit():
        instances = _read_all(_data_files(files))
    table = Table(title="Talent scheduling (total = what actors are paid; waiting = total - fixed)")
    for column in ("Instance", "Scenes", "Actors", "Total", "Waiting", "Proven optimal", "Seconds"):
        table.add_column(column, justify="left" if column == "Instance" else "right")
    if cpsat:
        for column in ("CP-SAT total", "CP-SAT proven", "CP-SAT s"):
            table.add_column(column, justify="right")
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("Solving", total=len(instances))
        for file, problem in instances:
            progress.update(task, description=f"Solving {_label(file)}")
            result = solve_talent(problem, time_limit=time_limit)
            row = [_label(file), str(problem.num_scenes), str(problem.num_actors), *_cells(result)]
            if cpsat:
                limit = cpsat_limit if time_limit is None else min(cpsat_limit, time_limit)
                other = solve_cpsat(problem, time_limit=limit)
                row += [str(other.total), "yes" if other.optimal else "no", f"{other.seconds:.2f}"]
            table.add_row(*row)
            progress.advance(task)
    console.print(table)


def _cells(result: TalentResult) -> list[str]:
    proven = "yes" if result.optimal else f"no (bound {result.bound})"
    return [str(result.total), str(result.waiting), proven, f"{result.seconds:.2f}"]


def register(app: typer.Typer) -> None:
    """Add the ``bench`` group to ``app``."""
    app.add_typer(bench_app, name="bench")
