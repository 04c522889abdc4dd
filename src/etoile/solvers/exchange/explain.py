"""Plain-words reasons: why each chosen stay helps, and why the others do not help both.

For a dancer who is not sent, the best stay alone is estimated greedily (their most valuable
leads that the labour rules allow, one stay at a time), and its linear effect on each house
is stated in that house's currency: "Léa Garnier to New York: +85,000 USD for New York but
-40,000 EUR for Paris".
"""

from __future__ import annotations

from collections import defaultdict

from etoile.domain import Season
from etoile.problems.exchange import ExchangeProblem
from etoile.problems.exchange_data import Candidate, GuestOption
from etoile.solvers.exchange.model import ExchangeResult


def money(amount: float, currency: str) -> str:
    """``+85,000 USD`` / ``-40,000 EUR``."""
    return f"{'+' if amount >= 0 else '-'}{abs(amount):,.0f} {currency}"


def stay_effect(p: ExchangeProblem, c: Candidate, danced: list[GuestOption]) -> dict[str, float]:
    """Linear effect of one stay on each house, in each house's own currency (with the
    full model's adjustment when the stay was measured).

    Parameters
    ----------
    p
        The exchange problem.
    c
        The stay.
    danced
        The guest leads counted for it (uplift to the host, fees to their payers).

    Returns
    -------
    dict[str, float]
        House id -> effect; the home and the host always appear.
    """
    effect: dict[str, float] = defaultdict(float)
    effect[c.home] -= c.home_loss
    effect[c.host] += 0.0
    for h, amount in c.adjustment:
        effect[h] += amount
    for h, amount in c.fixed_costs.items():
        effect[h] -= amount
    for o in danced:
        effect[c.host] += o.uplift
        for h, amount in o.fee.items():
            effect[h] -= amount
    return dict(effect)


def greedy_leads(p: ExchangeProblem, c: Candidate) -> list[GuestOption]:
    """The guest's most valuable leads in one stay that the labour rules allow.

    Parameters
    ----------
    p, c
        The exchange problem, for the dancer's labour limits and the options, and the stay.

    Returns
    -------
    list[GuestOption]
        Taken most valuable first while worth more than their fee, within the weekly limits and the
        days between leads; returned in order of day.
    """
    labor = p.labor[c.dancer]
    limit = min(labor.max_leads_per_week, labor.max_shows_per_week or 99)
    opts = sorted(
        (p.options[i] for i in c.options),
        key=lambda o: (-(o.uplift - sum(o.fee.values())), o.day, o.performance),
    )
    taken: list[GuestOption] = []
    for o in opts:
        if o.uplift - sum(o.fee.values()) <= 0:
            break
        week = o.day.isocalendar()[:2]
        if any(abs((o.day - t.day).days) <= labor.min_days_between_leads for t in taken):
            continue
        if sum(t.day.isocalendar()[:2] == week for t in taken) >= limit:
            continue
        taken.append(o)
    return sorted(taken, key=lambda o: o.day)


def _name(season: Season, house: str) -> str:
    return season.company[house].city


def _currency(season: Season, house: str) -> str:
    return season.company[house].currency


def explain_exchange(season: Season, p: ExchangeProblem, result: ExchangeResult) -> list[str]:
    """Why each chosen stay is there, and why each other considered dancer stays home.

    Parameters
    ----------
    season
        The season, for names, cities and currencies.
    p
        The exchange problem the result answers.
    result
        The solved exchange.

    Returns
    -------
    list[str]
        One sentence a line: the chosen stays, the vetoed dancers who consented, then the others
        considered, each with their best stay alone; first, when no package helps both houses, a
        line that says so.
    """
    lines: list[str] = []
    chosen = {c.dancer for c in result.chosen}
    for c in result.chosen:
        effect = stay_effect(p, c, result.danced.get(c.index, []))
        n = len(result.danced.get(c.index, []))
        lines.append(
            f"{c.name} goes to {_name(season, c.host)} from {c.start:%d %b} to {c.end:%d %b %Y} "
            f"for {n} lead(s): {money(effect.get(c.host, 0), _currency(season, c.host))} for "
            f"{_name(season, c.host)}, {money(effect.get(c.home, 0), _currency(season, c.home))} "
            f"for {_name(season, c.home)} (linear estimate; guest fees and costs included)."
        )
    for dancer, why in sorted(p.excluded.items()):
        if season.dancers[dancer].item.exchange_consent and "veto" in why:
            lines.append(f"{season.dancers[dancer].item.name} stays home: {why}.")
    by_dancer = p.by_dancer()
    for dancer in sorted(set(p.considered) - chosen):
        name = season.dancers[dancer].item.name
        cands = by_dancer.get(dancer, [])
        if not cands:
            lines.append(
                f"{name} stays home: no stay within the terms' window, stay and travel rules "
                "offers a lead they can dance or learn in time."
            )
            continue
        best, best_effect = None, None
        for c in cands:
            # No lead worth its fee: show the single most valuable one, to say why.
            top = sorted((p.options[i] for i in c.options), key=lambda o: (-o.uplift, o.day))
            effect = stay_effect(p, c, greedy_leads(p, c) or top[:1])
            score = min(
                effect.get(c.host, 0) * p.rates[c.host], effect.get(c.home, 0) * p.rates[c.home]
            )
            if best_effect is None or score > best_effect[0]:
                best, best_effect = (c, effect), (score, effect)
        assert best is not None
        c, effect = best
        host_gain, home_gain = effect.get(c.host, 0), effect.get(c.home, 0)
        verdict = "but" if host_gain * home_gain < 0 or host_gain < 0 else "and"
        reason = (
            "helps both alone, but not within the limits once the chosen stays are in"
            if host_gain > 0 and home_gain > 0
            else "does not help both houses"
        )
        lines.append(
            f"{name} to {_name(season, c.host)} (best stay {c.start:%d %b}-{c.end:%d %b}): "
            f"{money(host_gain, _currency(season, c.host))} for {_name(season, c.host)} {verdict} "
            f"{money(home_gain, _currency(season, c.home))} for {_name(season, c.home)}: {reason}."
        )
    if not result.helps_both and p.candidates:
        lines.insert(0, "No exchange improves both houses, so none is proposed.")
    return lines
