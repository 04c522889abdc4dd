"""Compile a season's exchange terms into candidate moves and guest shows, with their values.

A *candidate* is one possible stay: a consenting, non-vetoed dancer of an allowed tier, from
``depart`` to ``return`` (the whole trip inside the terms' window), residing at the host from
``start = depart + travel + rest`` to ``end``, with ``min_stay <= end - start + 1 <= max_stay``.
Stays are aligned with the host's runs: a stay starts early enough to learn the first lead it
could dance (or on the first day the terms allow) and ends on the last show day of a run (or
after the minimum stay). Since a guest prepares at home before departure, the residence only
holds what the preparation did not cover: a stay may start that much later.

A *guest option* is one lead the guest of a candidate could dance at the host: a show inside
the residence, a lead role the dancer fits (tier and tags) and can learn by that day under the
guest rule of :mod:`etoile.problems.casting_rules`: the terms' ``guest_learning_hours_per_week``
over ``preparation_days`` at home plus the days in residence from ``start``.

Values (filled in by :mod:`etoile.solvers.exchange.values`, since problems do not import
the forecast) come from the forecast's linear view (``docs/exchange.md``):

* an option is worth ``lead_uplifts`` (host box office) minus the fee per show to each payer;
* a candidate costs its home house the box office lost while the dancer is away (exact for a
  single stay: per show, from a scenario with the dancer away all season) and the fixed
  exchange costs (travel, housing, per diem) to each payer.

Everything is expressed in each house's currency; ``rates`` converts to the common currency.

The records the problem holds are in :mod:`etoile.problems.exchange_data`; when a stay may
start and end, and whether a lead fits it, in :mod:`etoile.problems.exchange_stays`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

from etoile.domain import Dancer, ExchangeMove, ExchangeTerms, Season
from etoile.problems.casting_rules import fits, hours_to_learn
from etoile.problems.exchange_data import Candidate, Castability, GuestLabor, GuestOption
from etoile.problems.exchange_stays import (
    add_days,
    learn_days,
    run_starts,
    time_in_residence,
    windows,
)


@dataclass(frozen=True)
class ExchangeProblem:
    """Index data of the exchange decision (frozen: a variant is made with ``replace``)."""

    season_id: str
    houses: tuple[str, ...]
    currency: str
    rates: dict[str, float]
    """House id -> value of one unit of its currency in ``currency``."""
    candidates: list[Candidate]
    options: list[GuestOption]
    limits: dict[tuple[str, str, str], int]
    """(terms, home, host) -> max_each_way."""
    labor: dict[str, GuestLabor]
    capacity: dict[tuple[str, str], int]
    """(performance, role) -> guest places (the role's count less the pins)."""
    castability: list[Castability]
    considered: list[str] = field(default_factory=list)
    """Dancers who satisfy the terms (consent, veto, tier), by id."""
    excluded: dict[str, str] = field(default_factory=dict)
    """Dancer id -> why the terms do not let them go (for explanations)."""
    preparation_days: dict[str, int] = field(default_factory=dict)
    """Terms id -> the days a guest prepares at home before departure."""

    def by_dancer(self) -> dict[str, list[Candidate]]:
        found: dict[str, list[Candidate]] = defaultdict(list)
        for c in self.candidates:
            found[c.dancer].append(c)
        return found


def compile_exchange(season: Season, currency: str | None = None) -> ExchangeProblem:
    """Every candidate stay and guest lead of ``season``'s exchange terms (values: 0).

    :func:`etoile.solvers.exchange.values.value_exchange` fills in the values.

    Parameters
    ----------
    season
        The season, with its exchange terms.
    currency
        The common currency of the values (the first house's when None).
    """
    houses = tuple(
        c.id for c in season.companies if any(c.id in t.companies for t in season.exchanges)
    )
    currency = currency or (season.company[houses[0]].currency if houses else "USD")
    rates = {h: season.rate(season.company[h].currency, currency) for h in houses}
    pinned: dict[tuple[str, str], int] = defaultdict(int)
    pinned_days: dict[str, set[dt.date]] = defaultdict(set)
    for owned in season.performances.values():
        for pin in owned.item.pins:
            pinned[owned.item.id, pin.role] += 1
            pinned_days[pin.dancer].add(owned.item.day)
    problem = ExchangeProblem(season.id, houses, currency, rates, [], [], {}, {}, {}, [], [], {})
    for terms in season.exchanges:
        for home_id in terms.companies:
            host_id = next(c for c in terms.companies if c != home_id)
            if home_id not in season.company or host_id not in season.company:
                continue
            problem.limits[terms.id, home_id, host_id] = terms.max_each_way
            problem.preparation_days[terms.id] = terms.preparation_days
            home, host = season.company[home_id], season.company[host_id]
            for dancer in home.dancers:
                why = _refusal(home.tier_of(dancer), dancer, terms)
                if why:
                    problem.excluded.setdefault(dancer.id, why)
                    continue
                problem.considered.append(dancer.id)
                labor = home.labor
                problem.labor[dancer.id] = GuestLabor(
                    labor.max_leads_per_week,
                    labor.max_performances_per_week.get(home.tier_of(dancer)),
                    labor.min_days_between_leads,
                )
                # Days in residence the guest needs for each lead (the guest rule).
                leads = [
                    (
                        perf,
                        role,
                        learn_days(
                            hours_to_learn(season, dancer, role),
                            terms.guest_learning_hours_per_week,
                            terms.preparation_days,
                        ),
                    )
                    for perf in host.performances
                    if terms.window.contains(perf.day)
                    for role in season.productions[perf.production].item.lead_roles
                    if fits(home, dancer, role) and dancer.absent_on(perf.day) is None
                ]
                if not leads:
                    continue
                firsts = set(run_starts([p.day for p, _, _ in leads]))
                starts_at = sorted({(p.day, learn) for p, _, learn in leads if p.day in firsts})
                show_days = sorted({p.day for p, _, _ in leads})
                for start, end in windows(terms, starts_at, show_days):
                    _add_candidate(
                        season,
                        problem,
                        terms,
                        dancer,
                        home_id,
                        host_id,
                        start,
                        end,
                        leads,
                        pinned_days[dancer.id],
                    )
    capacity = {
        (o.performance, o.role): season.roles[o.role].item.count - pinned[o.performance, o.role]
        for o in problem.options
    }
    problem = replace(problem, capacity=capacity)
    return replace(problem, castability=_castability(season, problem))


def _refusal(tier: object, dancer: Dancer, terms: ExchangeTerms) -> str | None:
    if dancer.id in terms.veto:
        return "is on the home director's veto list"
    if tier not in terms.tiers:
        return "is not of a tier the terms allow"
    if not dancer.exchange_consent:
        return "has not consented to dance abroad"
    return None


def _add_candidate(
    season: Season,
    problem: ExchangeProblem,
    terms: ExchangeTerms,
    dancer: Dancer,
    home: str,
    host: str,
    start: dt.date,
    end: dt.date,
    leads: list,
    pinned_days: set[dt.date],
) -> None:
    """Add the stay of ``dancer`` from ``start`` to ``end`` to ``problem``, with its options.

    Nothing is added when the trip covers a day the dancer is pinned to, or when the stay
    offers no lead.

    Parameters
    ----------
    season
        The season.
    problem
        The problem being compiled; its candidates and options grow.
    terms
        The terms of the stay.
    dancer
        The dancer who would go.
    home, host
        Their house, and the house they would dance at.
    start, end
        The residence at the host.
    leads
        (host show, lead role, days in residence to learn it) the dancer could dance.
    pinned_days
        The days the dancer is pinned to a show: no trip may cover them.
    """
    depart = add_days(start, -(terms.travel_days + terms.rest_days_on_arrival))
    return_ = add_days(end, terms.travel_days)
    if any(depart <= d <= return_ for d in pinned_days):
        return
    k = len(problem.candidates)
    option_ids = []
    stay = ExchangeMove(
        dancer=dancer.id,
        home=home,
        host=host,
        terms=terms.id,
        depart=depart,
        start=start,
        end=end,
        return_=return_,
    )
    for perf, role, learn in leads:
        if not (start <= perf.day <= end and (perf.day - start).days >= learn):
            continue
        if not time_in_residence(season, dancer, role, perf, stay, home):
            continue
        option_ids.append(len(problem.options))
        problem.options.append(GuestOption(k, perf.id, role.id, perf.day, 0.0, {}))
    if not option_ids:
        return
    cand = Candidate(
        k,
        dancer.id,
        dancer.name,
        home,
        host,
        terms.id,
        depart,
        start,
        end,
        return_,
        0.0,
        {},
        tuple(option_ids),
    )
    problem.candidates.append(cand)


def _castability(season: Season, problem: ExchangeProblem) -> list[Castability]:
    """For each home show touched by a candidate, each principal-tier role keeps enough dancers.

    Enough: as many as the role needs in that show, times the shows of the role within the
    labour rest period (a lead needs ``min_days_between_leads`` days off between two leads).
    Dancers who can learn the role by that day from the season's start count.
    """
    pace = season.casting_weights.learning_hours_per_week
    by_home: dict[str, list[Candidate]] = defaultdict(list)
    for c in problem.candidates:
        by_home[c.home].append(c)
    found = []
    for home_id, cands in by_home.items():
        home = season.company[home_id]
        first = min(c.depart for c in cands)
        last = max(c.return_ for c in cands)
        movers = {c.dancer for c in cands}
        perfs = sorted(home.performances, key=lambda p: p.start)
        for perf in perfs:
            if not first <= perf.day <= last:
                continue
            production = season.productions[perf.production].item
            rest = home.labor.min_days_between_leads
            for role in production.roles:
                pool = [
                    d
                    for d in home.dancers
                    if fits(home, d, role)
                    and d.absent_on(perf.day) is None
                    and (perf.day - season.start).days
                    >= learn_days(hours_to_learn(season, d, role), pace)
                ]
                if not movers & {d.id for d in pool}:
                    continue
                window = rest if role.lead else 0
                shows = sum(
                    1
                    for p in perfs
                    if p.production == perf.production and 0 <= (perf.day - p.day).days <= window
                )
                need = role.count * shows
                away = tuple(
                    c.index
                    for c in cands
                    if c.depart <= perf.day <= c.return_ and c.dancer in {d.id for d in pool}
                )
                if away:
                    found.append(Castability(perf.id, role.id, max(0, len(pool) - need), away))
    return found
