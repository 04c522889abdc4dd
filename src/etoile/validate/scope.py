"""The validator's rules for one change: only what a changed cell can break.

A ballet master's edit changes the cast of one role in one performance. Checking the whole plan
again (hundreds of performances, thousands of calls) for it takes seconds; the violations that
can appear or go away are the ones that name the performance or one of the dancers who left or
joined it. :func:`validate_scope` runs the plan rules of :func:`etoile.validate.validate` on the
part of the plan those rules read for them, and keeps the violations that name them:

- every performance of the changed performance's production (rules over a run: casts, rest
  between leads), every performance where one of the dancers is cast, each with its whole cast
  (rules over a show: roles filled, partners, one role each);
- every rehearsal call of the dancers and of the leads they dance with, with only them called
  (readiness, labour rules over calls and shows: what they say of a dancer depends on that
  dancer's calls, and a lead cast's coaching on the calls of its leads together);
- the exchange, prices, forecast and deal as they are (small).

Everything a kept violation depends on is in that part, so the answer is the whole plan's
violations that name the scope (``tests/validate/test_scope.py`` checks it on random edits
against :func:`etoile.validate.validate`).
"""

from __future__ import annotations

from collections.abc import Iterable

from etoile.domain import Plan, Season
from etoile.validate.core import plan_rules
from etoile.validate.focus import focused
from etoile.validate.sharing import one_look
from etoile.validate.violation import Violation


def part_for(
    season: Season, plan: Plan, performances: Iterable[str], dancers: Iterable[str]
) -> Plan:
    """The part of ``plan`` the rules read for ``performances`` and ``dancers``.

    Parameters
    ----------
    season, plan
        The season (for its lead roles) and the whole plan.
    performances, dancers
        The ids of the changed performance(s) and of the dancers who left or joined the cast.

    Returns
    -------
    Plan
        A copy of ``plan`` with only the casting of those performances and the shows those dancers
        dance, and only their calls (and their fellow leads'), each with only them called;
        everything else as it is.
    """
    shows = set(performances)
    people = set(dancers)
    theirs = shows | {a.performance for a in plan.casting if a.dancer in people}
    # A lead cast is coached together: the leads beside the dancers keep their calls too.
    leads = _leads(season)
    called = people | {
        a.dancer for a in plan.casting if a.performance in theirs and a.role in leads
    }
    return plan.model_copy(
        update={
            "casting": [a for a in plan.casting if a.performance in theirs],
            # Each call of those dancers, with only them in it: what the rules over calls say
            # of a dancer depends on that dancer's calls (and a lead cast's, together); a
            # call's room and staff do not change with a cast.
            "rehearsals": [
                r.model_copy(update={"dancers": [d for d in r.dancers if d in called]})
                for r in plan.rehearsals
                if called.intersection(r.dancers)
            ],
        }
    )


def _leads(season: Season) -> set[str]:
    """The ids of the season's lead roles (a role id belongs to one production)."""
    return {
        role.id for owned in season.productions.values() for role in owned.item.roles if role.lead
    }


def names_scope(violation: Violation, tokens: set[str]) -> bool:
    """Whether ``violation`` names one of ``tokens`` (performance and dancer ids)."""
    return not tokens.isdisjoint(violation.entities)


def validate_scope(
    season: Season, plan: Plan, performances: Iterable[str], dancers: Iterable[str]
) -> list[Violation]:
    """The violations of ``plan`` that name one of ``performances`` or ``dancers``, in the
    order of :func:`etoile.validate.validate`.

    The season's own rules and the structure rules (every id exists) do not run: a change of
    one cell cannot alter the first, and the caller checks the ids it changes.

    Parameters
    ----------
    season
        The season of the plan.
    plan
        The plan after the change.
    performances
        The ids of the performances whose cast changed (usually one).
    dancers
        The ids of the dancers who left or joined those casts.

    Returns
    -------
    list[Violation]
        Those the whole plan's check would give that name one of the ids, sorted as it sorts them.
    """
    shows, people = set(performances), set(dancers)
    part = part_for(season, plan, shows, people)
    tokens = shows | people
    with focused(tokens), one_look():
        found = [v for rule in plan_rules() for v in rule(season, part) if names_scope(v, tokens)]
    return sorted(found, key=lambda v: (v.rule, v.entities, v.message))
