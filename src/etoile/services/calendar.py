"""Use case: the calendars of a season plan, checked, then written to a folder.

Shared by ``etoile calendar`` and (later) the web API, which serves the same bytes that
:func:`calendars_for` returns. Every problem (unreadable files, ids the season lacks, an output
path that is a file) is raised as one :class:`~etoile.seasonfile.errors.InputError` before
anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etoile.calendars import CalendarSet, build_calendars, plan_reference_issues
from etoile.calendars.build import Progress
from etoile.domain import Plan, Season
from etoile.seasonfile import InputError, Problem, load_plan, load_season


@dataclass(frozen=True)
class CalendarOutcome:
    """What was written: the calendars and the folder that holds them."""

    calendars: CalendarSet
    folder: Path

    @property
    def counts(self) -> dict[str, tuple[int, int]]:
        """Kind (dancers, staff, studios) -> (files, events)."""
        found: dict[str, tuple[int, int]] = {}
        for f in self.calendars.files:
            files, events = found.get(f.kind, (0, 0))
            found[f.kind] = (files + 1, events + f.events)
        return found


def calendars_for(
    season: Season,
    plan: Plan,
    *,
    season_file: str = "season",
    plan_file: str = "plan",
    progress: Progress | None = None,
) -> CalendarSet:
    """Check that ``plan`` fits ``season``, then build every calendar in memory.

    Parameters
    ----------
    season, plan
        What the calendars are built from.
    season_file, plan_file
        The names of their files, as problems name them.
    progress
        Told of each file built.

    Raises
    ------
    InputError
        Naming the file (``season_file`` or ``plan_file``), the path and the offending id.
    """
    files = {"season": season_file, "plan": plan_file}
    issues = plan_reference_issues(season, plan)
    if issues:
        raise InputError([Problem(files[i.file], i.where, i.message, i.value) for i in issues])
    return build_calendars(season, plan, progress)


def _folder_problem(out: Path) -> Problem | None:
    for parent in (out, *out.parents):
        if parent.exists():
            if not parent.is_dir():
                return Problem(str(out), "", f"expected a folder, but {parent} is a file")
            return None
    return None


def write_calendars(calendars: CalendarSet, out: Path) -> Path:
    """Write every file of ``calendars`` under ``out`` (created when missing); returns ``out``.

    Parameters
    ----------
    calendars
        The files built.
    out
        The folder to write them in.

    Raises
    ------
    InputError
        When ``out`` (or a parent) is a file, or the folder cannot be written.
    """
    problem = _folder_problem(out)
    if problem is not None:
        raise InputError([problem])
    try:
        for relative, data in calendars.by_path().items():
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    except OSError as error:
        where = str(error.filename or out)
        raise InputError([Problem(where, "", f"cannot write: {error.strerror}")]) from None
    return out


def calendar_files(
    season_path: Path, plan_path: Path, out: Path, progress: Progress | None = None
) -> CalendarOutcome:
    """Load the season and the plan, build the calendars, and write them to ``out``.

    Parameters
    ----------
    season_path, plan_path
        The season file and the plan file.
    out
        The folder written.
    progress
        Told of each file built (the progress bar of ``etoile calendar``).

    Raises
    ------
    InputError
        For invalid files, unknown ids, or a folder that cannot be written.
    """
    season = load_season(season_path)
    plan = load_plan(plan_path)
    problem = _folder_problem(out)
    if problem is not None:
        raise InputError([problem])
    calendars = calendars_for(
        season, plan, season_file=str(season_path), plan_file=str(plan_path), progress=progress
    )
    return CalendarOutcome(calendars, write_calendars(calendars, out))
