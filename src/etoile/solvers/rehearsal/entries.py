"""What a placed calendar comes to: its overtime, and its calls as the plan's rehearsals.

:func:`overtime` counts the soft terms of the calendar (minutes over each dancer's daily and
weekly limits) as the validator counts them; :func:`to_rehearsals` turns the placed calls into
plan entries, in the local time of their house.
"""

from __future__ import annotations

from etoile.domain import Rehearsal
from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.labor import daily_overtime, weekly_overtime
from etoile.solvers.rehearsal.fixed import Placement


def overtime(problem: RehearsalProblem, placements: list[Placement]) -> tuple[int, int]:
    """Minutes of class and calls over each dancer's daily limit, and of calls over the
    weekly limit (the soft terms, as the validator counts them; each counted by its rule,
    :mod:`etoile.solvers.labor.daily_overtime` and :mod:`etoile.solvers.labor.weekly_overtime`)."""
    return (
        daily_overtime.minutes_over(problem, placements),
        weekly_overtime.minutes_over(problem, placements),
    )


def to_rehearsals(problem: RehearsalProblem, placements: list[Placement]) -> list[Rehearsal]:
    """The placed calls as plan entries, in the local time of their house."""
    out = []
    for p in sorted(placements, key=lambda p: (p.start, p.call)):
        call = problem.calls[p.call]
        need = problem.needs[call.need]
        tz = problem.timezones[need.house]
        out.append(
            Rehearsal(
                id=f"{need.production}.{need.kind.value}.{call.need}.{call.seq + 1}",
                company=need.house,
                production=need.production,
                kind=need.kind,
                start=problem.clock.moment(tz, p.start),
                end=problem.clock.moment(tz, p.start + call.minutes),
                studio=problem.rooms[p.room].id,
                staff=[problem.staff[p.staff].id],
                dancers=[problem.dancers[d] for d in call.dancers],
                roles=list(need.roles),
            )
        )
    return out
