"""Repair benchmark: 20 random injuries on the demo season's plan (``benchmarks.run repair``).

The demo season (seed 0) is cast by CP-SAT (``CAST_SECONDS``) and rehearsed, as ``etoile
demo`` does; that plan is the published one. Then 20 random single-dancer injuries (a dancer
cast in a show still to come, absent 3 to 14 days from a day of the season, known on its first
day: the plan before that midnight is history, ``as_of``; seeded) are each repaired by
:func:`etoile.services.replan.replan`, and re-solved from scratch (the casting of the whole
season again with the injury, ``SCRATCH_SECONDS``; a from-scratch run that finds no complete
cast in that time is reported as such) for comparison. Per injury: the
repair's seconds (casting repair and the calendar's, then the whole use case with the
forecast and the validator), the changed places, whether the minimum was proven, the errors of
the validator that the published plan did not have; and the from-scratch changes and
seconds. The benchmark fails when a repair breaks a hard rule the published plan kept,
unless it was forced: no dancer the calendar could have ready was free to take the places
(the repair says so, and the errors are the hours its replacements lack).

Then the command itself, end to end (:func:`command`: ``etoile replan`` in a process of its
own, imports, loading, the repair, the ranking of the replacements, the validator, the report
and the files): one corps dancer of the published plan, absent three days from a show day a
third into the season. ``python -m benchmarks.repair SEASON PLAN EVENTS`` times the command
alone on given files (``docs/benchmarks.md``: the demo plan in ``etoile-demo``).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

CAST_SECONDS = 120.0
REHEARSAL_SECONDS = 30.0
SCRATCH_SECONDS = 60.0
REPAIR_SECONDS = 10.0
INJURIES = 20
SEED = 0
PUBLISHED = Path("bench-out/repair-published.json")


def run() -> list[dict[str, Any]]:
    """Publish a demo plan, injure 20 dancers one at a time, repair and re-solve each."""
    from etoile.demo import generate
    from etoile.domain import AbsenceEvent, EventFile
    from etoile.domain.event_apply import apply_events
    from etoile.services.casting import cast_season
    from etoile.services.rehearsal import RehearsalParams, rehearse_season
    from etoile.services.replan import replan
    from etoile.solvers.casting.params import CastingParams
    from etoile.validate import Severity
    from etoile.validate.rehearsal import HOURS_SHORT

    season = generate("demo", SEED)
    params = CastingParams(time_limit=CAST_SECONDS, workers=2, seed=SEED)
    published = rehearse_season(
        season, cast_season(season, None, params), RehearsalParams(time_limit=REHEARSAL_SECONDS)
    )
    from etoile.validate import validate

    baseline = {
        (v.rule, v.entities) for v in validate(season, published) if v.severity is Severity.ERROR
    }
    # The published plan depends on the machine's load (the casting stops on wall time): it
    # is kept so that a failing injury can be replayed on it.
    PUBLISHED.parent.mkdir(exist_ok=True)
    PUBLISHED.write_text(published.model_dump_json())
    print(
        f"published plan ({PUBLISHED}): {len(published.casting)} places, "
        f"{len(published.rehearsals)} calls, {len(baseline)} validator error(s) of its own",
        flush=True,
    )
    rng = random.Random(SEED)
    shows = {p.id: p for c in season.companies for p in c.performances}
    cast = sorted({(a.dancer, shows[a.performance].day) for a in published.casting})
    rows: list[dict[str, Any]] = []
    for i in range(INJURIES):
        dancer, day = rng.choice(cast)
        start = day - dt.timedelta(days=rng.randint(0, 3))
        end = start + dt.timedelta(days=rng.randint(3, 14) - 1)
        event = AbsenceEvent(dancer=dancer, start=start, end=end)
        # The injury is known on its first day: what came before it is history.
        tz = ZoneInfo(season.company[season.dancers[dancer].owner].timezone)
        as_of = dt.datetime.combine(start, dt.time(0), tz)
        events = EventFile(season=season.id, as_of=as_of, events=[event])
        began = time.perf_counter()
        result = replan(season, published, events, CastingParams(time_limit=REPAIR_SECONDS))
        total = time.perf_counter() - began
        repair = result.repair
        casting_s = repair.report.seconds
        calendar_s = result.plan.reports["rehearsals"].seconds
        new_errors = [
            v
            for v in result.violations
            if v.severity is Severity.ERROR and (v.rule, v.entities) not in baseline
        ]
        errors = [v.rule for v in new_errors]
        # Forced: no dancer the calendar could have ready was free to take the places (the
        # repair says so); the errors are the hours those replacements lack.
        forced = all(v.rule == HOURS_SHORT and v.entities[0] in repair.unready for v in new_errors)
        for v in new_errors:
            print(f"   new error: {v.rule}: {v.message}", flush=True)
        # From scratch: the whole season cast again with the injury.
        injured, _ = apply_events(season, published, events)
        began = time.perf_counter()
        scratch = cast_season(injured, None, CastingParams(time_limit=SCRATCH_SECONDS))
        scratch_s = time.perf_counter() - began
        before = {(a.performance, a.role, a.dancer) for a in published.casting}
        scratch_ok = scratch.reports["casting"].status.has_plan
        after = {(a.performance, a.role, a.dancer) for a in scratch.casting}
        scratch_changes = len(before - after) if scratch_ok else None
        row = {
            "injury": f"{dancer} {start}..{end}",
            "changes": repair.changes,
            "people": repair.people,
            "proven": repair.proven,
            "unrepaired": repair.unrepaired,
            "calls_changed": result.diff.call_changes,
            "casting_s": round(casting_s, 2),
            "calendar_s": round(calendar_s, 2),
            "repair_s": round(casting_s + calendar_s, 2),
            "use_case_s": round(total, 1),
            "errors": errors,
            "scratch_changes": scratch_changes,
            "scratch_s": round(scratch_s, 1),
            "forced": bool(errors) and forced,
            "failed": bool(errors) and not forced,
        }
        rows.append(row)
        print(
            f"{i + 1:2d} {row['injury']}: {row['changes']} changes "
            f"({'proven' if row['proven'] else 'not proven'}), {row['calls_changed']} calls, "
            f"repair {row['repair_s']} s (use case {row['use_case_s']} s), new errors "
            f"{len(errors)}{' (forced)' if row['forced'] else ''}; from scratch "
            + (f"{scratch_changes} changes" if scratch_ok else "no complete plan")
            + f" in {row['scratch_s']} s",
            flush=True,
        )
    _summary(rows)
    rows.append(_command_on(season, published))
    return rows


def command(season: Path, plan: Path, events: Path, out: Path) -> dict[str, Any]:
    """Time ``etoile replan SEASON --plan PLAN --event EVENTS -o OUT`` in a new process (wall
    seconds, as a user waits for it); the first line it prints (the changes) comes along."""
    etoile = Path(sys.executable).with_name("etoile")
    argv = [str(etoile), "replan", str(season), "--plan", str(plan), "--event", str(events)]
    began = time.perf_counter()
    done = subprocess.run([*argv, "-o", str(out)], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    first = done.stdout.splitlines()[0] if done.stdout else done.stderr[-300:]
    print(f"etoile replan: {seconds:.1f} s (exit {done.returncode}): {first}", flush=True)
    return {"command": " ".join(argv), "command_s": round(seconds, 2), "exit": done.returncode,
            "said": first, "failed": done.returncode == 2}  # fmt: skip


def _command_on(season: Any, published: Any) -> dict[str, Any]:
    """The command on the published plan: a corps dancer cast in a show a third into the
    season, absent three days from that show's day, known that midnight."""
    from etoile.domain import AbsenceEvent, EventFile
    from etoile.domain.base import Tier
    from etoile.seasonfile.io import dump_plan, dump_season

    shows = {p.id: p for c in season.companies for p in c.performances}
    middle = season.start + (season.end - season.start) / 3
    dancer, day = min(
        (abs((shows[a.performance].day - middle).days), a.dancer, shows[a.performance].day)
        for a in published.casting
        if season.company[season.dancers[a.dancer].owner].tier_of(season.dancers[a.dancer].item)
        is Tier.CORPS
    )[1:]
    tz = ZoneInfo(season.company[season.dancers[dancer].owner].timezone)
    events = EventFile(
        season=season.id,
        as_of=dt.datetime.combine(day, dt.time(0), tz),
        events=[AbsenceEvent(dancer=dancer, start=day, end=day + dt.timedelta(days=2))],
    )
    folder = PUBLISHED.parent / "replan-command"
    folder.mkdir(parents=True, exist_ok=True)
    dump_season(season, folder / "season.yaml")
    dump_plan(published, folder / "plan.json")
    (folder / "events.json").write_text(events.model_dump_json())
    return command(
        folder / "season.yaml", folder / "plan.json", folder / "events.json", folder / "new.json"
    )


def _summary(rows: list[dict[str, Any]]) -> None:
    times = [r["repair_s"] for r in rows]
    changes = [r["changes"] or 0 for r in rows]
    calls = [r["calls_changed"] for r in rows]
    scratch = [r["scratch_changes"] for r in rows if r["scratch_changes"] is not None]
    print(
        f"repair: median {statistics.median(times):.2f} s, worst {max(times):.2f} s; "
        f"changes median {statistics.median(changes):g}, worst {max(changes)}; "
        f"calls changed median {statistics.median(calls):g}, worst {max(calls)}; "
        f"proven minimal {sum(r['proven'] for r in rows)} of {len(rows)}; "
        f"plans with new errors {sum(bool(r['errors']) for r in rows)} "
        f"({sum(r['forced'] for r in rows)} forced: nobody ready could take the places)"
    )
    if scratch:
        ratio = statistics.median(scratch) / max(1.0, statistics.median(changes))
        slower = statistics.median(r["scratch_s"] for r in rows) / max(
            0.01, statistics.median(times)
        )
        print(
            f"from scratch: complete plan {len(scratch)} of {len(rows)}; changes median "
            f"{statistics.median(scratch):g} ({ratio:.0f}x the repair's); seconds median "
            f"{statistics.median(r['scratch_s'] for r in rows):.1f} "
            f"({slower:.0f}x the repair's)"
        )


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: python -m benchmarks.repair SEASON PLAN EVENTS")
    folder = Path("bench-out/replan-command")
    folder.mkdir(parents=True, exist_ok=True)
    command(*(Path(a) for a in sys.argv[1:]), folder / "new.json")
