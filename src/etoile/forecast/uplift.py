"""What the exchange solver can call: baselines, and a linear view of the cast's value.

**Linearisation.** A show's mean demand is ``base_seats * cast`` with
``cast = 1 + draw_weight * (mean lead draw - draw_reference) + novelty_bonus * guest leads``,
which is already linear in who dances each lead. Its expected box office, though, is concave
near a sold-out house (demand above the sellable seats earns nothing). :func:`lead_uplifts`
therefore takes, for each (performance, lead role, dancer), the exact change of expected box
office when that dancer replaces the *expected* dancer of that one role, every other lead kept
at the expected cast of the no-exchange baseline::

    uplift = E[box office | base_seats * (cast0 + delta)] - E[box office | base_seats * cast0]
    delta  = draw_weight * (draw_j - draw_role) / (leads * role.count) + novelty_bonus * guest

A house's expected result under a plan is then approximated by
``baseline_expected_result + sum(uplifts of the chosen leads) - exchange costs`` (the costs
are linear: :func:`etoile.forecast.ledger.exchange_move_costs`). The approximation is exact
for a show whose other leads are cast as expected; when two changed leads share a show near
capacity it over-states their joint value (concavity). Check a solved plan with
:func:`expected_results`, which runs the full model.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from etoile.domain import ExchangeMove, Plan, Season
from etoile.forecast.model import Scenario, build_scenario
from etoile.forecast.params import DEFAULT_PARAMS, ForecastParams
from etoile.forecast.pricing import allowed_levels, best_level_revenue
from etoile.forecast.tiers import expected_curve_revenue


@dataclass(frozen=True)
class LeadUplift:
    """Expected box-office change (house currency) when ``dancer`` dances ``role`` in a show."""

    performance: str
    role: str
    dancer: str
    company: str
    currency: str
    guest: bool
    uplift: float


def baseline_scenario(season: Season, params: ForecastParams = DEFAULT_PARAMS) -> Scenario:
    """The season with no exchange and the expected cast."""
    return build_scenario(season, None, params)


def baseline_expected_result(
    season: Season, company_id: str, params: ForecastParams = DEFAULT_PARAMS
) -> float:
    """Expected season result of one house without any exchange (house currency).

    Parameters
    ----------
    season
        The season.
    company_id
        The house.
    params
        Forecast parameters.
    """
    return baseline_scenario(season, params).expected_result(company_id)


def expected_results(
    season: Season, plan: Plan | None, params: ForecastParams = DEFAULT_PARAMS
) -> dict[str, float]:
    """Expected season result of every house under ``plan``: the full model, no sampling.

    Parameters
    ----------
    season
        Whose houses are forecast.
    plan
        The plan (None: no exchange).
    params
        The model.
    """
    scenario = build_scenario(season, plan, params)
    return {h: scenario.expected_result(h) for h in scenario.frame.houses}


def home_box_office_change(
    season: Season, move: ExchangeMove, params: ForecastParams = DEFAULT_PARAMS
) -> float:
    """Change of the home house's expected box office while ``move``'s dancer is away.

    The home's expected cast loses the dancer from departure to return (the full model, no
    linearisation); negative when they would have danced. For a solver that does not cast
    the home season itself; one that does sees the loss in the home leads' uplifts.

    Parameters
    ----------
    season
        Holds the dancer's home house.
    move
        The stay; its dancer is away from ``depart`` to ``return``.
    params
        The demand model.
    """
    base = baseline_scenario(season, params)
    away = build_scenario(season, Plan(season=season.id, exchange=[move]), params)
    return away.box_office(move.home) - base.box_office(move.home)


def candidate_leads(season: Season) -> list[tuple[str, str, str]]:
    """Every (performance, lead role, dancer) a dancer of any house could plausibly dance.

    A dancer qualifies when their tier is allowed, they carry the role's tags, and they know
    the role or the same ballet role in another production (a guest would relearn it).
    """
    people = [
        (
            d.id,
            owner.tier_of(d),
            set(d.tags),
            set(d.known_roles),
            {season.roles[r].item.ballet_role for r in d.known_roles if r in season.roles},
        )
        for owner in season.companies
        for d in owner.dancers
    ]
    eligible: dict[str, list[str]] = {}
    for role_id, owned in season.roles.items():
        role = owned.item
        if role.lead:
            eligible[role_id] = [
                dancer
                for dancer, tier, tags, known, ballets in people
                if (
                    role_id in known
                    or (role.ballet_role is not None and role.ballet_role in ballets)
                )
                and tier in role.tiers
                and set(role.tags) <= tags
            ]
    out = []
    for company in season.companies:
        for perf in company.performances:
            for role in season.productions[perf.production].item.roles:
                out += [(perf.id, role.id, d) for d in eligible.get(role.id, [])]
    return out


def lead_uplifts(
    season: Season,
    triples: Iterable[tuple[str, str, str]] | None = None,
    params: ForecastParams = DEFAULT_PARAMS,
    scenario: Scenario | None = None,
    *,
    priced: bool = False,
) -> list[LeadUplift]:
    """The linearised value of each (performance, lead role, dancer); see the module notes.

    Parameters
    ----------
    triples
        (performance id, lead role id, dancer id); None takes :func:`candidate_leads`.
    scenario
        The linearisation point; None takes the no-exchange baseline.
    priced
        Compare each show at its best price level before and after (the house's levels, and
        the star premium of the terms for a guest: :mod:`etoile.forecast.pricing`) rather
        than at the scenario's prices.
    """
    sc = scenario or baseline_scenario(season, params)
    frame, index = sc.frame, sc.frame.index()
    rows, means, meta = [], [], []
    for perf_id, role_id, dancer_id in candidate_leads(season) if triples is None else triples:
        i = index[perf_id]
        slots = sc.cast.leads[perf_id]
        slot = next(s for s in slots if s.role == role_id)
        count = season.roles[role_id].item.count
        owner = season.dancers[dancer_id].owner
        house = frame.houses[frame.house[i]]
        guest = owner != house
        delta = (
            params.draw_weight
            * (season.dancers[dancer_id].item.draw - slot.draw)
            / (len(slots) * count)
            + params.novelty_bonus * guest
        )
        rows.append(i)
        means.append(frame.base_seats[i] * (frame.cast[i] + delta))
        meta.append((perf_id, role_id, dancer_id, house, guest))
    if not rows:
        return []
    idx, mean = np.array(rows), np.array(means)
    sigma = float(np.hypot(params.sigma_run, params.sigma_show))
    if priced:
        plain = [allowed_levels(season, p) for p, *_ in meta]
        star = [
            allowed_levels(season, p, {season.dancers[d].owner} if g else set())
            for p, _, d, _, g in meta
        ]
        before, _ = best_level_revenue(frame, idx, frame.mean_seats[idx], plain, sigma)
        new, _ = best_level_revenue(frame, idx, mean, star, sigma)
        gain = new - before
    else:
        new = np.zeros(len(idx))
        for c, curve in enumerate(frame.curves):
            sel = frame.curve_index[idx] == c
            if sel.any():
                new[sel] = expected_curve_revenue(curve, mean[sel], sigma) * frame.price[idx[sel]]
        gain = new - sc.revenue[idx]
    return [
        LeadUplift(p, r, d, h, sc.ledgers[h].currency, g, float(u))
        for (p, r, d, h, g), u in zip(meta, gain, strict=True)
    ]
