"""``etoile replan SEASON --plan P --event F -o NEW``: the smallest change after an event.

``--absent DANCER --from DATE --to DATE`` is the shorthand for one absence. Writes the new plan,
its season (with the event applied) beside it, the changes in JSON (``NEW.changes.json``) and
the report of the new plan (``NEW.report.html``, with the changes among its explanations);
``--calendars DIR`` also writes everyone's calendar. Prints the changes in words. Exit
codes: 0 when the repaired plan keeps every hard rule, 1 when it does not, 2 when the input
is not valid.
"""

from __future__ import annotations

import atexit
import dataclasses
import datetime as dt
import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from zoneinfo import ZoneInfo

import typer
from rich.table import Table

from etoile.cli.common import EXIT_OK, EXIT_VIOLATIONS, console, input_errors_exit
from etoile.domain import AbsenceEvent, EventFile, Season
from etoile.seasonfile import load_events, load_plan, load_season
from etoile.seasonfile.errors import InputError, Problem
from etoile.seasonfile.event_check import check_events
from etoile.seasonfile.io import dump_plan, dump_season, write_text_atomic

if TYPE_CHECKING:
    from etoile.services.replan import Replan

GC_THRESHOLD = (1_000_000, 10, 10)
"""The cyclic garbage collector's thresholds while the command runs (Python's: 700, 10, 10).
The season, the plan and their repair are hundreds of thousands of small objects, freed by
their reference counts; the collector, which is only needed for reference cycles, scanned
them some 2,400 times with Python's thresholds: 1.3 to 1.7 s of the command's 10 s on the
demo plan (0.2 s at 50,000 with the inputs frozen, below). With a million allocations
between collections it does not run there (peak memory 271 MB against 268 MB); a run that
made a million objects more than it freed would still be collected."""


@contextmanager
def _long_lived() -> Iterator[None]:
    """Fewer collections while the command runs; :func:`gc.freeze` moves what is alive out of
    the collector's sight (called once the inputs are read). Undone on the way out (the
    command also runs inside other processes: the tests, ``CliRunner``).

    The process's last collection, when it exits, would scan every object still alive (the
    imported libraries' too): 0.25 s on the demo plan. What is alive then is frozen first
    (an exit handler; a process that runs the command in-process gets it at its own end)."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    atexit.unregister(gc.freeze)  # once, however many times the command runs in a process
    atexit.register(gc.freeze)
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def replan_cmd(
    season_file: Annotated[Path, typer.Argument(metavar="SEASON", help="Season file.")],
    plan_file: Annotated[Path, typer.Option("--plan", metavar="PLAN", help="The plan to repair.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="New plan file to write (JSON).")],
    event_file: Annotated[
        Path | None, typer.Option("--event", metavar="EVENTS", help="Event file (YAML/JSON).")
    ] = None,
    absent: Annotated[str | None, typer.Option(help="Shorthand: this dancer is absent ...")] = None,
    from_: Annotated[
        str | None, typer.Option("--from", help="... from this day (YYYY-MM-DD) ...")
    ] = None,
    to: Annotated[str | None, typer.Option("--to", help="... to this day, included.")] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Nothing before this moment changes (ISO time with its UTC offset, or a day: "
            "its midnight at the absent dancer's house); overrides the event file's as_of.",
        ),
    ] = None,
    time_limit: Annotated[
        float,
        typer.Option(
            help="Deterministic seconds per CP-SAT solve (same repair on any machine).", min=0.1
        ),
    ] = 10.0,
    workers: Annotated[int, typer.Option(help="Solver threads.", min=1)] = 2,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same repair).")] = 0,
    lang: Annotated[str, typer.Option(help="Language of the printed changes: en or fr.")] = "en",
    options: Annotated[
        int, typer.Option(help="Candidates to rank for each vacated place (0: none).", min=0)
    ] = 3,
    calendars: Annotated[
        Path | None,
        typer.Option(help="Also write every person's .ics calendar of the new plan here."),
    ] = None,
) -> None:
    """Repair a plan after an injury, a withdrawal or a changed calendar, changing the least."""
    with _long_lived():
        with input_errors_exit():
            season = load_season(season_file)
            plan = load_plan(plan_file)
            events = _events(event_file, absent, from_, to, season.id)
            check_events(season, plan, events, str(event_file or "--absent"))
            if as_of is not None:
                events = events.model_copy(update={"as_of": _as_of(as_of, season, absent)})
        # Imported here, under the command's collector settings (the solvers, OR-Tools and
        # matplotlib: a second of imports, 340 collections at Python's thresholds), and only
        # for input that is valid.
        from etoile.report import write_report
        from etoile.services.replan import replan
        from etoile.solvers.casting.params import CastingParams

        gc.freeze()  # the modules, the season and the plan: they live until the end
        params = CastingParams(time_limit=time_limit, workers=workers, seed=seed)
        with console.status("Re-planning: the fewest changed places, then people ..."):
            result = replan(season, plan, events, params, options=options)
        with console.status("Writing the new plan and its report; ranking the replacements ..."):
            dump_plan(result.plan, out)
            dump_season(result.season, out.with_name(out.stem + ".season.yaml"))
            # The report first: the ranking of the replacements (for the changes) runs meanwhile.
            report = write_report(
                result.season,
                result.plan,
                out.with_name(out.stem + ".report.html"),
                lang,
                [*result.notes, *result.diff.words(result.season, lang)],
                violations=result.violations,  # the service checked the new plan: not twice
            )
            changes = out.with_name(out.stem + ".changes.json")
            payload = result.diff.model_dump(mode="json") | {
                "words": result.diff.words(result.season, lang),
                "notifications": result.diff.notifications(result.season),
                "replacements": [dataclasses.asdict(o) for o in result.options],
            }
            write_text_atomic(changes, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        written = [out, changes, report]
        if calendars is not None:
            # Only here: the calendars' modules (icalendar) are not needed otherwise.
            from etoile.services.calendar import calendars_for, write_calendars

            with input_errors_exit():
                written.append(
                    write_calendars(calendars_for(result.season, result.plan), calendars)
                )
        repair = result.repair
        proven = "proven minimal" if repair.proven else "not proven minimal"
        console.print(
            f"{repair.changes} changed place(s), {repair.people} people affected ({proven}); "
            f"{result.diff.call_changes} call(s) changed."
        )
        for note in result.notes:
            console.print(f"- {note}")
        for line in result.diff.words(result.season, lang):
            console.print(f"  {line}")
        if result.options:
            console.print(_options_table(result))
        console.print(
            f"Wrote {out}, {changes}; independent validator: {len(result.errors)} error(s)."
        )
        raise typer.Exit(EXIT_OK if not result.errors else EXIT_VIOLATIONS)


def _options_table(result: Replan) -> Table:
    season = result.season
    table = Table(title="Replacements for each vacated place, ranked")
    for column in ("Show", "Role", "Dancer", "Changes", "Also changes", "Shows that week",
                   "Box office vs chosen"):  # fmt: skip
        table.add_column(column)
    for o in result.options:
        perf = season.performances[o.performance].item
        week = (
            f"{o.shows_that_week} of {o.weekly_limit}" if o.weekly_limit else str(o.shows_that_week)
        )
        money = "-" if o.box_office_change is None else f"{o.box_office_change:+,.0f} {o.currency}"
        table.add_row(
            f"{season.productions[perf.production].item.title}, {perf.start:%a %d %b %H:%M}",
            season.roles[o.role].item.name,
            season.dancers[o.dancer].item.name + (" (chosen)" if o.chosen else ""),
            "impossible" if o.changes is None else str(o.changes),
            str(len(o.also)),
            week,
            money,
        )
    return table


def _events(
    file: Path | None, absent: str | None, start: str | None, end: str | None, season: str
) -> EventFile:
    if file is not None:
        return load_events(file)
    if absent is None or start is None or end is None:
        raise InputError(
            [Problem("--event", "", "give an event file, or --absent DANCER --from DATE --to DATE")]
        )
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        raise InputError(
            [Problem("--from/--to", "", "expected dates as YYYY-MM-DD", f"{start} {end}")]
        ) from None
    if last < first:
        raise InputError([Problem("--to", "", f"is before --from {start}", end)])
    event = AbsenceEvent(dancer=absent, start=first, end=last)
    return EventFile(season=season, events=[event])


def _as_of(text: str, season: Season, absent: str | None) -> dt.datetime:
    """``--as-of``: a time with its offset, or a day (midnight at the absent dancer's house)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is not None and moment.tzinfo is not None:
        return moment
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        day = None
    if day is not None and absent is not None and absent in season.dancers:
        tz = ZoneInfo(season.company[season.dancers[absent].owner].timezone)
        return dt.datetime.combine(day, dt.time(0), tz)
    raise InputError(
        [
            Problem(
                "--as-of",
                "",
                "expected a time with its UTC offset (2026-12-08T09:00-05:00), or a day "
                "with --absent",
                text,
            )
        ]
    )


def register(app: typer.Typer) -> None:
    """Add ``replan`` to ``app``."""
    app.command("replan")(replan_cmd)
