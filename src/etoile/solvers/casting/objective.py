"""The soft goals of casting, one function per term, each a weighted count.

Each term is a linear expression whose value is the penalty it adds; the objective is their
sum. :func:`etoile.validate.casting.casting_objective` recomputes the same numbers from a
plan, independently, and the tests hold the two equal.

Each term's function (:data:`TERMS`) takes the :class:`Ctx` and the :class:`Term` to fill,
and adds to the model the variables and rows its literals need.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ortools.sat.python import cp_model

from etoile.domain import CastingWeights, Tier
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.variables import CastingVariables, role_used, together_var


@dataclass
class Term:
    """A weighted sum of literals plus a constant."""

    vars: list[cp_model.IntVar] = field(default_factory=list)
    coeffs: list[int] = field(default_factory=list)
    constant: int = 0

    def add(self, var: cp_model.IntVar, coeff: int) -> None:
        if coeff:
            self.vars.append(var)
            self.coeffs.append(coeff)

    def expr(self) -> cp_model.LinearExprT:
        return cp_model.LinearExpr.weighted_sum(self.vars, self.coeffs) + self.constant


@dataclass
class Ctx:
    """What every term needs."""

    model: cp_model.CpModel
    problem: CastingProblem
    vars: CastingVariables
    weights: CastingWeights

    def __iter__(self) -> Iterator[Any]:
        return iter((self.model, self.problem, self.vars, self.weights))


def run_slots(p: CastingProblem, production: str, role: int) -> list[int]:
    """Slots of ``role`` over the run of ``production``, in show order."""
    return [p.slot_index[s, role] for s in p.runs[production] if (s, role) in p.slot_index]


def run_roles(p: CastingProblem) -> Iterator[tuple[str, int, list[int]]]:
    for production, shows in p.runs.items():
        roles = sorted(p.roles_of_show.get(shows[0], []))
        for r in roles:
            yield production, r, run_slots(p, production, r)


def fair_share(p: CastingProblem, slots: list[int], pool: list[int]) -> int:
    """The leads a principal of ``pool`` may dance in a lead role's run (``slots``) before the
    fair-share penalty: the places shared by the casts the run needs, ``ceil(places /
    casts)``, where ``casts`` is the fewest dancers who can cover it (``ceil(places / most)``,
    ``most`` the most places one principal of the pool can dance under the weekly limits: see
    :func:`most_shows`), at most the pool. Spreading a run's leads beyond the casts it needs is
    not rewarded: each extra cast is coached and, often, learns the role."""
    places = sum(p.slots[k].count for k in slots)
    most = max(most_shows(p, d, [k for k in slots if d in p.slots[k].candidates]) for d in pool)
    casts = min(len(pool), math.ceil(places / most)) if most else len(pool)
    return math.ceil(places / max(1, casts))


def lead_fair_share(ctx: Ctx, term: Term) -> None:
    """Leads above a principal's fair share (:func:`fair_share`) per run."""
    m, p, v, w = ctx
    for _, r, slots in run_roles(p):
        if not p.roles[r].lead:
            continue
        pool = sorted(
            {d for k in slots for d in p.slots[k].candidates if p.dancers[d].tier is Tier.PRINCIPAL}
        )
        if not pool:
            continue
        share = fair_share(p, slots, pool)
        for d in pool:
            mine = [v.cast[k, d] for k in slots if (k, d) in v.cast]
            if len(mine) <= share:
                continue
            # excess == max(0, leads - share), exactly: the solver's objective is then the
            # plan's true objective in every solution, not only at the optimum.
            top = len(mine) - share
            excess = m.new_int_var(0, top, f"fair{r}_{d}")
            over = m.new_bool_var(f"over{r}_{d}")
            m.add(excess >= sum(mine) - share)
            # Valid for the bound (a dancer not used dances no lead): the LP then sees that
            # spreading the leads needs more casts.
            m.add(excess >= sum(mine) - share * role_used(m, v, r, d, slots))
            m.add(excess <= sum(mine) - share + len(mine) * (1 - over))
            m.add(excess <= top * over)
            term.add(excess, w.lead_fair_share)


def soloist_debut(ctx: Ctx, term: Term) -> None:
    """No soloist debut: a lead role of a run that no soloist new to the role dances."""
    m, p, v, w = ctx
    for _, r, slots in run_roles(p):
        if not p.roles[r].lead:
            continue
        debut = [
            v.cast[k, d]
            for k in slots
            for d in p.slots[k].candidates
            if p.dancers[d].tier is Tier.SOLOIST and r not in p.dancers[d].known
        ]
        if debut:
            missed = m.new_bool_var(f"debut{r}_{slots[0]}")
            m.add(missed + sum(debut) >= 1)
            for x in debut:
                m.add(missed + x <= 1)
            term.add(missed, w.soloist_debut)


def fewest(caps: list[int], places: int) -> int:
    """The fewest dancers who can cover ``places`` when each can dance at most their entry of
    ``caps``: the largest caps first (every complete cast uses at least that many)."""
    if places <= 0:
        return 0
    total = 0
    for n, cap in enumerate(sorted(caps, reverse=True), start=1):
        total += cap
        if total >= places:
            return n
    return len(caps)


def casts_needed(p: CastingProblem, slots: list[int]) -> int:
    """The fewest dancers who can dance every one of ``slots`` (one solo role of a run, one
    place a show): each candidate dances at most :func:`most_shows` of the slots open to them.
    The distinct-cast and couple terms charge only the casts beyond it: a long run needs its
    second and third casts, which are not a fault of the plan."""
    caps = []
    for d in sorted({d for k in slots for d in p.slots[k].candidates}):
        mine = [k for k in slots if d in p.slots[k].candidates]
        caps.append(min(most_shows(p, d, mine), len(mine)))
    return fewest(caps, len(slots))


def distinct_cast(ctx: Ctx, term: Term) -> None:
    """Distinct dancers in a solo role over a run beyond the fewest who can cover it
    (:func:`casts_needed`): few casts, each rehearsed and settled."""
    m, p, v, w = ctx
    for _, r, slots in run_roles(p):
        if p.roles[r].count != 1:
            continue
        cover = []
        for d in sorted({d for k in slots for d in p.slots[k].candidates}):
            used = dances_role(ctx, r, d, slots)
            term.add(used, w.distinct_cast)
            mine = [k for k in slots if (k, d) in v.cast]
            cap = min(most_shows(p, d, mine), len(mine))
            cover.append((used, cap))
            # Valid, for the bound: a dancer used dances at most ``cap`` shows of the role.
            m.add(sum(v.cast[k, d] for k in mine) <= cap * used)
        # Implied by the hard rules, for the bound: the dancers used can dance at most their
        # weekly limits' worth of the run, and together they dance every show of it.
        m.add(sum(cap * used for used, cap in cover) >= len(slots))
        # The casts the run needs (casts_needed, from the same caps) are not charged.
        term.constant -= w.distinct_cast * fewest([cap for _, cap in cover], len(slots))


def dances_role(ctx: Ctx, r: int, d: int, slots: list[int]) -> cp_model.IntVar:
    """A literal true exactly when dancer ``d`` dances role ``r`` in one of ``slots``."""
    return role_used(ctx.model, ctx.vars, r, d, slots)


def learning(ctx: Ctx, term: Term) -> None:
    """Hours of learning for solo roles: each dancer cast in a solo role they do not know."""
    _, p, _, w = ctx
    for _, r, slots in run_roles(p):
        if p.roles[r].count != 1:
            continue
        for d in sorted({d for k in slots for d in p.slots[k].candidates}):
            if (d, r) in p.learning:
                term.add(dances_role(ctx, r, d, slots), w.learning * p.learning[d, r])


def most_shows(p: CastingProblem, d: int, slots: list[int]) -> int:
    """The most of ``slots`` (one role, one per show) dancer ``d`` could dance under the
    weekly limits of their house: per ISO week, the week's slots, the shows per week and,
    for a full-length lead, the leads per week."""
    dancer = p.dancers[d]
    weeks: dict[tuple[int, int], int] = defaultdict(int)
    for k in slots:
        weeks[p.shows[p.slots[k].show].week] += 1
    first = p.slots[slots[0]]
    lead = p.roles[first.role].lead and p.shows[first.show].full_length
    most = 0
    for n in weeks.values():
        if dancer.max_shows_per_week is not None:
            n = min(n, dancer.max_shows_per_week)
        if lead:
            n = min(n, dancer.max_leads_per_week)
        most += n
    return most


def couple_slot_pairs(p: CastingProblem) -> Iterator[list[tuple[int, int]]]:
    """For each pair of partnered solo roles of a run: (slot, partner slot) per show."""
    for production, shows in p.runs.items():
        roles = set(p.roles_of_show.get(shows[0], []))
        pairs = {
            (min(r, q), max(r, q))
            for r in roles
            if (q := p.roles[r].partner) is not None
            and q in roles
            and q != r
            and p.roles[r].count == 1
            and p.roles[q].count == 1
        }
        for r, q in sorted(pairs):
            yield [
                (p.slot_index[s, r], p.slot_index[s, q])
                for s in p.runs[production]
                if (s, r) in p.slot_index and (s, q) in p.slot_index
            ]


def couples_needed(p: CastingProblem, pairs: list[tuple[int, int]]) -> int:
    """The fewest couples that can dance ``pairs`` (the slots of two partnered roles, show by
    show): at least the fewest dancers of either role (:func:`casts_needed`), since each show's
    couple is a distinct dancer of each role."""
    return max(casts_needed(p, [a for a, _ in pairs]), casts_needed(p, [b for _, b in pairs]))


def distinct_couple(ctx: Ctx, term: Term) -> None:
    """Distinct lead couples over a run beyond the fewest the run needs
    (:func:`couples_needed`): a couple that stays together across the run.

    ``together`` is only bounded from below (one row per show and pair, no per-show AND
    variable): its cost pushes it down, so it is exact at the optimum (the rehearsal load
    rule shares these literals). A timed-out plan's
    value is recomputed exactly by :func:`evaluate`, so the report never overstates it.
    """
    m, p, v, w = ctx
    for pairs in couple_slot_pairs(p):
        if not pairs:
            continue
        r, q = p.slots[pairs[0][0]].role, p.slots[pairs[0][1]].role
        term.constant -= w.distinct_couple * couples_needed(p, pairs)
        couples = sorted({(d, e) for a, b in pairs for d, e in couple_candidates(p, a, b)})
        made = {}
        for d, e in couples:
            var = together_var(m, p, v, r, q, d, e)
            if var is not None:
                term.add(var, w.distinct_couple)
                made[d, e] = var
        couple_cuts(ctx, pairs, made)


def couple_cuts(
    ctx: Ctx, pairs: list[tuple[int, int]], made: dict[tuple[int, int], cp_model.IntVar]
) -> None:
    """Valid inequalities of a lead couple, for the bound (every integer plan obeys them).

    Where every show of the run has both roles (and they are not doubled): a dancer used in
    one of them has at least one partner, and the couples, each dancing together at most as
    many shows as the busier of the two may dance, cover every show.

    Parameters
    ----------
    ctx
        The model and what it is built from.
    pairs
        (slot of ``r``, slot of ``q``) per show of the run.
    made
        (dancer in ``r``, dancer in ``q``) -> their ``together`` literal.
    """
    m, p, v, _ = ctx
    r, q = p.slots[pairs[0][0]].role, p.slots[pairs[0][1]].role
    production = p.roles[r].production
    if (r, q) in p.doubled or (q, r) in p.doubled:
        return
    if len(pairs) != len(run_slots(p, production, r)) or len(pairs) != len(
        run_slots(p, production, q)
    ):
        return
    if not made:
        return
    ks = {r: [a for a, _ in pairs], q: [b for _, b in pairs]}
    caps: dict[tuple[int, int], int] = {}
    for role, slots in ks.items():
        for d in sorted({d for k in slots for d in p.slots[k].candidates}):
            mine = [k for k in slots if (k, d) in v.cast]
            caps[role, d] = min(most_shows(p, d, mine), len(mine))
            side = [x for (a, b), x in made.items() if (a if role == r else b) == d]
            m.add(sum(side) >= role_used(m, v, role, d, slots))
    m.add(sum(min(caps[r, d], caps[q, e]) * x for (d, e), x in made.items()) >= len(pairs))


def couple_candidates(p: CastingProblem, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Candidate couples of the partnered slots ``a`` and ``b`` (two different dancers)."""
    return ((d, e) for d in p.slots[a].candidates for e in p.slots[b].candidates if d != e)


def listed_partners(p: CastingProblem, d: int, e: int) -> bool:
    """``d`` and ``e`` are listed partners (either way)."""
    return e in p.dancers[d].partners or d in p.dancers[e].partners


def unpreferred_couple(ctx: Ctx, term: Term) -> None:
    """Shows whose couple are not listed partners, where a listed couple was eligible."""
    m, p, v, w = ctx
    for pairs in couple_slot_pairs(p):
        for a, b in pairs:
            liked = [(d, e) for d, e in couple_candidates(p, a, b) if listed_partners(p, d, e)]
            if not liked:
                continue
            term.constant += w.unpreferred_couple
            for d, e in liked:
                both = m.new_bool_var(f"pc{a}_{d}_{e}")  # exactly an AND
                m.add(both <= v.cast[a, d])
                m.add(both <= v.cast[b, e])
                m.add(both >= v.cast[a, d] + v.cast[b, e] - 1)
                term.add(both, -w.unpreferred_couple)


def corps_change(ctx: Ctx, term: Term) -> None:
    """Ensemble dancers replaced between consecutive shows of a run (counted as departures)."""
    m, p, v, w = ctx
    for _, r, slots in run_roles(p):
        if p.roles[r].count == 1:
            continue
        for a, b in pairwise(slots):
            nxt = set(p.slots[b].candidates)
            for d in p.slots[a].candidates:
                if d not in nxt:
                    term.add(v.cast[a, d], w.corps_change)
                    continue
                # Bounded from below only (its cost pushes it down); see evaluate.
                left = m.new_bool_var(f"ch{a}_{d}")
                m.add(left >= v.cast[a, d] - v.cast[b, d])
                term.add(left, w.corps_change)


def top_draw(ctx: Ctx, term: Term) -> None:
    """Draw below the best eligible in leads on galas, opening nights and Fri/Sat evenings."""
    _, p, v, w = ctx
    for k, slot in enumerate(p.slots):
        weight = draw_weight(p, k, w)
        if not weight or not slot.candidates:
            continue
        best = max(p.dancers[d].draw for d in slot.candidates)
        for d in slot.candidates:
            term.add(v.cast[k, d], weight * (best - p.dancers[d].draw))


def draw_weight(p: CastingProblem, k: int, w: CastingWeights) -> int:
    """Weight of the draw in slot ``k``: leads on galas and openings, and weekend evenings."""
    show = p.shows[p.slots[k].show]
    if not p.roles[p.slots[k].role].lead:
        return 0
    if show.gala or show.opening:
        return w.draw_gala
    return w.draw_weekend if show.weekend_evening else 0


def guest_show(ctx: Ctx, term: Term) -> None:
    """Shows danced by a guest: the fee and the travel a guest's evening costs the host."""
    _, p, v, w = ctx
    for (d, s), works in sorted(v.works.items()):
        if p.dancers[d].company != p.shows[s].company:
            term.add(works, w.guest_show)


TERMS = {
    "lead_fair_share": lead_fair_share,
    "soloist_debut": soloist_debut,
    "distinct_cast": distinct_cast,
    "distinct_couple": distinct_couple,
    "unpreferred_couple": unpreferred_couple,
    "corps_change": corps_change,
    "top_draw": top_draw,
    "guest_show": guest_show,
    "learning": learning,
}
"""Every soft goal by its stable name, in the order of ``docs/casting.md``."""


def make_objective(
    model: cp_model.CpModel,
    problem: CastingProblem,
    variables: CastingVariables,
    weights: CastingWeights,
    names: tuple[str, ...] | None = None,
) -> dict[str, Term]:
    """Build every term (or only those ``names``) and minimise their sum.

    Parameters
    ----------
    model, problem, variables
        The model and what its variables stand for.
    weights
        The weights of the soft goals.
    names
        The terms to build; None: all of :data:`TERMS`.

    Returns
    -------
    dict[str, Term]
        Each term built, by name, for reading its value after the solve.
    """
    ctx = Ctx(model, problem, variables, weights)
    terms = {name: Term() for name in TERMS if names is None or name in names}
    for name in terms:
        TERMS[name](ctx, terms[name])
    model.minimize(sum(t.expr() for t in terms.values()))
    return terms
