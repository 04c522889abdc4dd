"""Who may dance a role, who knows it, who could come as a guest, and how many can be cast.

These helpers answer questions the season rules ask about a house's dancers. They are written
from the season file's definitions alone (tiers, tags, known roles, exchange terms), never from
a solver's compiled data, so that the validator stays an independent second opinion.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Sequence

from etoile.domain import Company, Dancer, ExchangeMove, ExchangeTerms, Production, Role, Season


def can_dance(company: Company, dancer: Dancer, role: Role) -> bool:
    """True when ``dancer`` (of ``company``) has one of the role's tiers and all of its tags."""
    tier = company.rank_tier.get(dancer.rank)
    return tier in role.tiers and set(role.tags) <= set(dancer.tags)


def eligible(company: Company, role: Role) -> list[Dancer]:
    """The dancers of ``company`` who have the tier and the tags for ``role``, by id."""
    return sorted((d for d in company.dancers if can_dance(company, d, role)), key=_by_id)


def knows(dancer: Dancer, role: Role) -> bool:
    """True when the dancer can dance ``role`` today, without learning it."""
    return role.id in dancer.known_roles


def learning_hours(season: Season, dancer: Dancer, role: Role) -> float:
    """Hours ``dancer`` needs to learn ``role``: 0 when known.

    The dancer's own figure for the role comes first; then the role's ``relearn_hours`` when the
    dancer knows the same ballet role in another production; then the role's ``learn_hours``.

    Parameters
    ----------
    season
        The season, to find the dancer's known roles of the same ballet role.
    dancer
        The dancer, with their known roles and own ``learn_hours``.
    role
        The role to learn.

    Returns
    -------
    float
        Hours of learning, the same at home and as a guest.
    """
    # Written apart from the solvers' problems.casting_rules.hours_to_learn, on purpose: the
    # two must agree, and a test compares them on every dancer and role of the demo season.
    if knows(dancer, role):
        return 0.0
    own = dancer.learn_hours.get(role.id)
    if own is not None:
        return own
    parts_known = {
        season.roles[k].item.ballet_role for k in dancer.known_roles if k in season.roles
    }
    same_part = role.ballet_role is not None and role.ballet_role in parts_known
    return role.relearn_hours if same_part else role.learn_hours


def learning_origin(season: Season, home: str, host: str, stay_start: dt.date | None) -> dt.date:
    """The first day a dancer of ``home`` may learn a role for ``host`` (the learning rule).

    At home, learning starts with the house's rehearsal period: ``labor.rehearsal_lead_weeks``
    weeks before the season's start. A guest's residence starts on the first day of their
    stay at the host (``stay_start``); what they prepared at home before departure is counted
    by :func:`guest_hours`.

    Parameters
    ----------
    season
        The season, for its start and the home house's labour rules.
    home
        The dancer's house.
    host
        The house the role is danced for (``home`` itself when the dancer stays at home).
    stay_start
        The first day of the guest's stay at ``host``; ignored at home.

    Returns
    -------
    datetime.date
        The first day of learning; for an unknown ``home``, the season's start.

    Raises
    ------
    ValueError
        When ``host`` is not ``home`` and ``stay_start`` is None.
    """
    if host != home:
        if stay_start is None:
            raise ValueError("a guest's learning starts with their stay; no stay given")
        return stay_start
    company = season.company.get(home)
    weeks = company.labor.rehearsal_lead_weeks if company is not None else 0
    return season.start - dt.timedelta(weeks=weeks)


def learnable_hours(season: Season, origin: dt.date, day: dt.date) -> float:
    """Learning hours that fit between ``origin`` and ``day`` at the season's pace.

    Parameters
    ----------
    season
        The season, for ``casting_weights.learning_hours_per_week``.
    origin
        The first day of learning (:func:`learning_origin`).
    day
        The day of the show; learning stops the day before.

    Returns
    -------
    float
        0 when ``day`` is not after ``origin``.
    """
    pace = season.casting_weights.learning_hours_per_week
    return pace * max(0, (day - origin).days) / 7


def stay_terms(season: Season, move: ExchangeMove) -> ExchangeTerms | None:
    """The terms named by ``move`` (None when the season has none by that id)."""
    for terms in season.exchanges:
        if terms.id == move.terms:
            return terms
    return None


def guest_hours(season: Season, move: ExchangeMove, day: dt.date) -> tuple[float, int, int]:
    """What a guest on ``move`` can have learnt of a host role by ``day`` (the guest rule).

    Returns (hours, days of preparation at home, days in residence). The guest learns at the
    terms' ``guest_learning_hours_per_week`` during the ``preparation_days`` before departure
    and on each day in residence from ``move.start`` to the day before ``day``; travel and rest
    days give nothing. Without terms (a move the exchange rules refuse), the season's pace from
    ``start``.

    Parameters
    ----------
    season
        The season, for the terms ``move`` names and their pace.
    move
        The guest's stay.
    day
        The day of the show at the host.

    Returns
    -------
    tuple[float, int, int]
        The hours, the days of preparation at home and the days in residence before ``day``.
    """
    resident = (day - move.start).days if day > move.start else 0
    terms = stay_terms(season, move)
    if terms is None:
        return season.casting_weights.learning_hours_per_week * resident / 7, 0, resident
    prepared = terms.preparation_days
    return terms.guest_learning_hours_per_week * (prepared + resident) / 7, prepared, resident


def home_preparation(season: Season, move: ExchangeMove, hours: float) -> float:
    """Of the ``hours`` a guest on ``move`` needs for a host role, the part learnt at home:
    at most what the preparation days give at the guest pace.

    Parameters
    ----------
    season
        The season, for the terms of ``move``.
    move
        The guest's stay.
    hours
        What the guest must learn in all.

    Returns
    -------
    float
        At most ``hours``; 0 when the season has no terms by ``move.terms``.
    """
    terms = stay_terms(season, move)
    if terms is None:
        return 0.0
    return min(hours, terms.preparation_days * terms.guest_learning_hours_per_week / 7)


def guest_shortfall_message(
    name: str, role: str, show: str, needed: float, hours: tuple[float, int, int]
) -> str:
    """What a ballet master reads when a guest cannot have learnt a role by a show.

    Parameters
    ----------
    name
        The dancer's name.
    role
        The role's name.
    show
        How the show is named, e.g. ``"Giselle on Sat 12 Oct 2024 19:30"``.
    needed
        The hours the role takes to learn.
    hours
        What :func:`guest_hours` gives for the stay and the show's day.
    """
    possible, prepared, resident = hours
    return (
        f"{name} needs {needed:g} h to learn {role} for {show} but can learn only "
        f"{possible:.1f} h by then ({_days(prepared)} of preparation at home and "
        f"{_days(resident)} in residence): {needed - possible:.1f} h short"
    )


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def potential_guests(
    season: Season, host: str, role: Role, days: Sequence[dt.date] = ()
) -> list[Dancer]:
    """Dancers of other houses whom some exchange terms would let ``host`` cast in ``role``.

    A potential guest belongs to the other company of terms that include ``host``, has one of
    the terms' tiers and the role's tier and tags, has consented and is not vetoed; when
    ``days`` are given, every one of them falls inside the terms' window.

    Parameters
    ----------
    season
        The season, for its exchange terms and houses.
    host
        The id of the house that would receive the guests.
    role
        The role to cast.
    days
        The days the guest would dance; none: any time in the terms' window.

    Returns
    -------
    list[Dancer]
        Each such dancer once, by id.
    """
    found: dict[str, Dancer] = {}
    for terms in season.exchanges:
        if host not in terms.companies or not all(terms.window.contains(d) for d in days):
            continue
        for home_id in terms.companies:
            home = season.company.get(home_id)
            if home is None or home_id == host:
                continue
            for dancer in home.dancers:
                if (
                    dancer.exchange_consent
                    and dancer.id not in terms.veto
                    and home.rank_tier.get(dancer.rank) in terms.tiers
                    and can_dance(home, dancer, role)
                ):
                    found[dancer.id] = dancer
    return sorted(found.values(), key=_by_id)


def guest_places(season: Season, host: str) -> int:
    """The most guests ``host`` may receive under all the exchange terms it is party to."""
    return sum(t.max_each_way for t in season.exchanges if host in t.companies)


def cast_slots(company: Company, production: Production) -> list[tuple[Role, list[str]]]:
    """One entry per dancer a show of ``production`` needs: the role and who may fill it.

    The second role of each doubled pair is left out: one dancer may dance both, so counting it
    would demand more dancers than the rules do. The result under-counts, never over-counts.
    """
    doubled = {pair[1] for pair in production.doubled_roles}
    slots: list[tuple[Role, list[str]]] = []
    for role in production.roles:
        if role.id not in doubled:
            pool = [d.id for d in eligible(company, role)]
            slots += [(role, pool)] * role.count
    return slots


def max_matching(slots: Iterable[Sequence[str]]) -> int:
    """How many slots can be filled at once, each by a different dancer.

    ``slots`` lists, for each slot, the ids of the dancers who may fill it. A maximum bipartite
    matching by augmenting paths (breadth first, so deep casts do not hit the recursion limit).
    """
    slot_lists = [list(s) for s in slots]
    dancer_slot: dict[str, int] = {}
    slot_dancer: dict[int, str] = {}
    for start in range(len(slot_lists)):
        reached_from: dict[str, int] = {}
        queue = deque([start])
        seen = {start}
        free: str | None = None
        while queue and free is None:
            slot = queue.popleft()
            for dancer in slot_lists[slot]:
                if dancer in reached_from:
                    continue
                reached_from[dancer] = slot
                if dancer not in dancer_slot:
                    free = dancer
                    break
                nxt = dancer_slot[dancer]
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        dancer_id = free
        while dancer_id is not None:
            slot = reached_from[dancer_id]
            previous = slot_dancer.get(slot)
            dancer_slot[dancer_id] = slot
            slot_dancer[slot] = dancer_id
            dancer_id = None if slot == start else previous
    return len(slot_dancer)


def names(dancers: Iterable[Dancer], limit: int = 4) -> str:
    """``"Ava Linden, Ben Okafor"``; long lists end with ``"and 3 more"``.

    Parameters
    ----------
    dancers
        The dancers, in the order they are named.
    limit
        How many are named at most.
    """
    shown = [d.name for d in dancers]
    if len(shown) <= limit:
        return ", ".join(shown)
    return ", ".join(shown[:limit]) + f" and {len(shown) - limit} more"


def _by_id(dancer: Dancer) -> str:
    return dancer.id
