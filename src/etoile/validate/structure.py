"""Plan-structure rules: every id in a plan exists, in the right place, once.

A plan can be edited by hand or come from an older season file, so nothing in it is trusted.
These rules run before the decision rules (casting, exchange, rehearsals); when any of them
fires, :func:`etoile.validate.validate` skips the decision rules, so a dangling id is reported
once, as such, rather than as a cascade of other failures.

Entities of an unknown-id violation are the place in the plan file (``casting[3].dancer``) and
the id found there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from etoile.domain import Owned, Plan, Rehearsal, Season
from etoile.validate.core import Rule
from etoile.validate.violation import Severity, Violation

PLAN_FOR_ANOTHER_SEASON = "Plan for another season"
UNKNOWN_PERFORMANCE = "Unknown performance"
UNKNOWN_ROLE = "Unknown role"
UNKNOWN_DANCER = "Unknown dancer"
UNKNOWN_COMPANY = "Unknown company"
UNKNOWN_PRODUCTION = "Unknown production"
UNKNOWN_STUDIO = "Unknown studio"
UNKNOWN_STAFF = "Unknown staff member"
UNKNOWN_TERMS = "Unknown exchange terms"
ROLE_NOT_IN_PRODUCTION = "Role not in the production"
NOT_OF_THE_HOUSE = "Not of the house"
MOVE_OUTSIDE_TERMS = "Exchange move outside its terms"
DUPLICATE_CAST_ASSIGNMENT = "Duplicate cast assignment"
DUPLICATE_REHEARSAL = "Duplicate rehearsal id"

_UNKNOWN = {
    "performance": (UNKNOWN_PERFORMANCE, "performance"),
    "role": (UNKNOWN_ROLE, "role"),
    "dancer": (UNKNOWN_DANCER, "dancer"),
    "company": (UNKNOWN_COMPANY, "company"),
    "production": (UNKNOWN_PRODUCTION, "production"),
    "studio": (UNKNOWN_STUDIO, "studio"),
    "staff": (UNKNOWN_STAFF, "staff member"),
    "terms": (UNKNOWN_TERMS, "exchange terms"),
}


def _error(rule: str, entities: tuple[str, ...], message: str, amount: float = 1.0) -> Violation:
    return Violation(rule, Severity.ERROR, entities, amount, message)


def _unknown(kind: str, where: str, ident: str, season: Season) -> Violation:
    rule, noun = _UNKNOWN[kind]
    return _error(rule, (where, ident), f"{where}: the season {season.id} has no {noun} {ident!r}")


def season_matches(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """The plan names another season. Amount: 1."""
    if plan is not None and plan.season != season.id:
        yield _error(
            PLAN_FOR_ANOTHER_SEASON,
            (plan.season, season.id),
            f"The plan is for season {plan.season!r}, not {season.id!r}",
        )


def casting_ids(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Each assignment names a known performance, role and dancer, and the role belongs to the
    performance's production. Repeated assignments are reported once, with the extra copies as
    the amount."""
    if plan is None:
        return
    guests = {(m.dancer, m.host) for m in plan.exchange}
    for i, cast in enumerate(plan.casting):
        at = f"casting[{i}]"
        performance = season.performances.get(cast.performance)
        role = season.roles.get(cast.role)
        if performance is None:
            yield _unknown("performance", f"{at}.performance", cast.performance, season)
        if role is None:
            yield _unknown("role", f"{at}.role", cast.role, season)
        dancer = season.dancers.get(cast.dancer)
        if dancer is None:
            yield _unknown("dancer", f"{at}.dancer", cast.dancer, season)
        elif (
            performance
            and dancer.owner != performance.owner
            and (cast.dancer, performance.owner) not in guests
        ):
            yield _not_of_house(f"{at}.dancer", cast.dancer, dancer.owner, performance.owner)
        if performance and role and role.owner != performance.item.production:
            yield _error(
                ROLE_NOT_IN_PRODUCTION,
                (at, cast.performance, cast.role),
                f"{at}: {role.item.name} ({cast.role}) is a role of {role.owner}, but "
                f"{cast.performance} is a performance of {performance.item.production}",
            )
    copies = Counter((c.performance, c.role, c.dancer) for c in plan.casting)
    for key, n in sorted(copies.items()):
        if n > 1:
            yield _error(
                DUPLICATE_CAST_ASSIGNMENT,
                key,
                f"{key[2]} is cast as {key[1]} in {key[0]} {n} times",
                float(n - 1),
            )


def exchange_ids(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Each move names a known dancer, houses, terms and roles; the dancer leaves their own
    house for the other house of the terms; the roles are roles of the host."""
    if plan is None:
        return
    for i, move in enumerate(plan.exchange):
        at = f"exchange[{i}]"
        dancer = season.dancers.get(move.dancer)
        terms = next((t for t in season.exchanges if t.id == move.terms), None)
        if dancer is None:
            yield _unknown("dancer", f"{at}.dancer", move.dancer, season)
        for field, company in (("home", move.home), ("host", move.host)):
            if company not in season.company:
                yield _unknown("company", f"{at}.{field}", company, season)
        if terms is None:
            yield _unknown("terms", f"{at}.terms", move.terms, season)
        problems = []
        if dancer is not None and dancer.owner != move.home:
            problems.append(f"{move.dancer} is a dancer of {dancer.owner}, not {move.home}")
        if move.home == move.host:
            problems.append(f"home and host are both {move.home}")
        if terms is not None and not {move.home, move.host} <= set(terms.companies):
            problems.append(f"the terms {terms.id} are between {' and '.join(terms.companies)}")
        if problems:
            yield _error(MOVE_OUTSIDE_TERMS, (at, move.dancer), f"{at}: " + "; ".join(problems))
        for j, role_id in enumerate(move.roles):
            role = season.roles.get(role_id)
            if role is None:
                yield _unknown("role", f"{at}.roles[{j}]", role_id, season)
            elif move.host in season.company and season.productions[role.owner].owner != move.host:
                yield _error(
                    ROLE_NOT_IN_PRODUCTION,
                    (f"{at}.roles[{j}]", role_id),
                    f"{at}: {role_id} is a role of {role.owner}, not of the host {move.host}",
                )


def rehearsal_ids(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Each rehearsal names a known company, and a production, studio and staff of that
    company; known dancers of the company or guests sent to it by the plan; roles of the
    production; and rehearsal ids are unique."""
    if plan is None:
        return
    guests = {(m.dancer, m.host) for m in plan.exchange}
    for i, call in enumerate(plan.rehearsals):
        at = f"rehearsals[{i}]"
        if call.company not in season.company:
            yield _unknown("company", f"{at}.company", call.company, season)
            continue
        # Stage and dress calls take place on the stage of a venue of the house.
        on_stage = call.kind.value in ("stage", "dress") and call.studio in season.venues
        rooms = season.venues if on_stage else season.studios
        owned: list[tuple[str, str, str, Mapping[str, Owned[Any]]]] = [
            ("production", f"{at}.production", call.production, season.productions),
            ("studio", f"{at}.studio", call.studio, rooms),
            *(("staff", f"{at}.staff[{j}]", s, season.staff) for j, s in enumerate(call.staff)),
        ]
        for kind, where, ident, index in owned:
            found = index.get(ident)
            if found is None:
                yield _unknown(kind, where, ident, season)
            elif found.owner != call.company and not (
                kind == "production" and _preparation(season, plan, call, found.owner)
            ):
                yield _not_of_house(where, ident, found.owner, call.company)
        for j, dancer_id in enumerate(call.dancers):
            dancer = season.dancers.get(dancer_id)
            if dancer is None:
                yield _unknown("dancer", f"{at}.dancers[{j}]", dancer_id, season)
            elif dancer.owner != call.company and (dancer_id, call.company) not in guests:
                yield _not_of_house(f"{at}.dancers[{j}]", dancer_id, dancer.owner, call.company)
        for j, role_id in enumerate(call.roles):
            role = season.roles.get(role_id)
            if role is None:
                yield _unknown("role", f"{at}.roles[{j}]", role_id, season)
            elif call.production in season.productions and role.owner != call.production:
                yield _error(
                    ROLE_NOT_IN_PRODUCTION,
                    (f"{at}.roles[{j}]", role_id),
                    f"{at}: {role_id} is a role of {role.owner}, not of {call.production}",
                )
    ids = Counter(r.id for r in plan.rehearsals)
    for ident, n in sorted(ids.items()):
        if n > 1:
            yield _error(
                DUPLICATE_REHEARSAL, (ident,), f"Rehearsal id {ident} is used {n} times", n - 1.0
            )


def _preparation(season: Season, plan: Plan, call: Rehearsal, host: str) -> bool:
    """A guest's preparation at home: a learning call of the ``host``'s production, in the
    guests' own house, for dancers the plan sends to ``host`` (docs/exchange.md)."""
    sent = {m.dancer for m in plan.exchange if m.host == host and m.home == call.company}
    return call.kind.value == "learning" and bool(call.dancers) and set(call.dancers) <= sent


def _not_of_house(where: str, ident: str, owner: str, company: str) -> Violation:
    """``ident`` (at ``where``) belongs to ``owner``, not to the ``company`` using it."""
    return _error(
        NOT_OF_THE_HOUSE,
        (where, ident),
        f"{where}: {ident} belongs to {owner}, not to {company}, and the plan sends no "
        f"exchange move there",
    )


RULES: list[Rule] = [season_matches, casting_ids, exchange_ids, rehearsal_ids]
