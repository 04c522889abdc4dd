"""Dangling references: ids that name nothing, or name something of the wrong company.

Roles, dancers and productions are looked up in the whole season where a guest may use
them (a dancer may know a role of the other house; a pin may name a guest), and in the
owning company where only the house's own things make sense (a performance's venue).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from etoile.domain import Company, Owned, Season
from etoile.seasonfile.checks.finding import Finding, company_locs, not_own, one_of, unknown
from etoile.seasonfile.paths import Loc


def check_references(season: Season) -> list[Finding]:
    """Every reference that does not resolve, at the location of the reference."""
    findings: list[Finding] = []
    for cloc, company in company_locs(season):
        findings += _dancers(season, cloc, company)
        findings += _staff(season, cloc, company)
        findings += _productions(cloc, company)
        findings += _performances(season, cloc, company)
    findings += _exchanges(season)
    return findings


def _dancers(season: Season, cloc: Loc, company: Company) -> list[Finding]:
    findings = []
    ranks = [r.id for r in company.ranks]
    for di, dancer in enumerate(company.dancers):
        loc = (*cloc, "dancers", di)
        if dancer.rank not in company.rank_tier:
            message = f"rank '{dancer.rank}' is not in the ladder of {company.id} ({one_of(ranks)})"
            findings.append(Finding((*loc, "rank"), message, dancer.rank))
        for ki, role in enumerate(dancer.known_roles):
            if role not in season.roles:
                message = unknown("role", role, season.roles)
                findings.append(Finding((*loc, "known_roles", ki), message, role))
        for role in dancer.learn_hours:
            if role not in season.roles:
                message = unknown("role", role, season.roles)
                findings.append(Finding((*loc, "learn_hours", role), message, role))
        for pi, partner in enumerate(dancer.partners):
            if partner == dancer.id:
                message = "a dancer cannot be their own partner (expected another dancer's id)"
                findings.append(Finding((*loc, "partners", pi), message, partner))
            elif partner not in season.dancers:
                message = unknown("dancer", partner, season.dancers)
                findings.append(Finding((*loc, "partners", pi), message, partner))
    return findings


def _staff(season: Season, cloc: Loc, company: Company) -> list[Finding]:
    findings = []
    own = [p.id for p in company.productions]
    for si, staff in enumerate(company.staff):
        for pi, production in enumerate(staff.productions):
            if production not in own:
                owner = _owner(season.productions, production)
                message = not_own("production", production, own, company.id, owner)
                loc = (*cloc, "staff", si, "productions", pi)
                findings.append(Finding(loc, message, production))
    return findings


def _productions(cloc: Loc, company: Company) -> list[Finding]:
    findings = []
    for pi, production in enumerate(company.productions):
        ploc = (*cloc, "productions", pi)
        roles = [r.id for r in production.roles]
        for ri, role in enumerate(production.roles):
            loc = (*ploc, "roles", ri, "partner")
            if role.partner is None:
                continue
            if role.partner == role.id:
                message = "a role cannot partner itself (expected another role of the production)"
                findings.append(Finding(loc, message, role.partner))
            elif role.partner not in roles:
                message = unknown("role", role.partner, roles, production.id)
                findings.append(Finding(loc, message, role.partner))
        for ki, pair in enumerate(production.doubled_roles):
            for ji, role_id in enumerate(pair):
                if role_id not in roles:
                    message = unknown("role", role_id, roles, production.id)
                    findings.append(Finding((*ploc, "doubled_roles", ki, ji), message, role_id))
            if pair[0] == pair[1]:
                message = "a doubled pair names the same role twice (expected two different roles)"
                findings.append(Finding((*ploc, "doubled_roles", ki), message, pair[0]))
    return findings


def _performances(season: Season, cloc: Loc, company: Company) -> list[Finding]:
    findings = []
    productions = {p.id: p for p in company.productions}
    venues = [v.id for v in company.venues]
    for pi, show in enumerate(company.performances):
        loc = (*cloc, "performances", pi)
        production = productions.get(show.production)
        if production is None:
            owner = _owner(season.productions, show.production)
            message = not_own("production", show.production, productions, company.id, owner)
            findings.append(Finding((*loc, "production"), message, show.production))
        if show.venue not in venues:
            owner = _owner(season.venues, show.venue)
            message = not_own("venue", show.venue, venues, company.id, owner)
            findings.append(Finding((*loc, "venue"), message, show.venue))
        for ki, pin in enumerate(show.pins):
            if pin.role not in season.roles:
                message = unknown("role", pin.role, season.roles)
                findings.append(Finding((*loc, "pins", ki, "role"), message, pin.role))
            elif production is not None and season.roles[pin.role].owner != production.id:
                message = (
                    f"role '{pin.role}' is not a role of {production.id}, the production of "
                    f"this performance ({one_of(r.id for r in production.roles)})"
                )
                findings.append(Finding((*loc, "pins", ki, "role"), message, pin.role))
            if pin.dancer not in season.dancers:
                message = unknown("dancer", pin.dancer, season.dancers)
                findings.append(Finding((*loc, "pins", ki, "dancer"), message, pin.dancer))
    return findings


def _exchanges(season: Season) -> list[Finding]:
    findings = []
    for ei, terms in enumerate(season.exchanges):
        loc: Loc = ("exchanges", ei)
        for ki, company in enumerate(terms.companies):
            if company not in season.company:
                message = unknown("company", company, season.company)
                findings.append(Finding((*loc, "companies", ki), message, company))
        if terms.companies[0] == terms.companies[1]:
            message = "an exchange needs two different companies"
            findings.append(Finding((*loc, "companies"), message, terms.companies[0]))
        for vi, dancer in enumerate(terms.veto):
            owner = season.dancers.get(dancer)
            if owner is None:
                message = unknown("dancer", dancer, season.dancers)
                findings.append(Finding((*loc, "veto", vi), message, dancer))
            elif owner.owner not in terms.companies:
                message = (
                    f"dancer '{dancer}' belongs to {owner.owner}, which is not part of this "
                    f"exchange ({one_of(terms.companies)})"
                )
                findings.append(Finding((*loc, "veto", vi), message, dancer))
    return findings


def _owner(index: Mapping[str, Owned[Any]], ident: str) -> str | None:
    found = index.get(ident)
    return None if found is None else found.owner
