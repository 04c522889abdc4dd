"""Duplicate ids.

Dancers, staff, roles, productions, venues, studios and performances are named by id alone in
plans (a cast assignment names a performance, a role and a dancer), so their ids must be
unique in the whole season, not only in their company. Companies and exchange terms are
unique in the season; ranks in their company.
"""

from __future__ import annotations

from collections.abc import Iterator

from etoile.domain import Season
from etoile.seasonfile.checks.finding import Finding, company_locs, production_locs
from etoile.seasonfile.paths import Loc, format_path

# kind as a reader names it -> the Company field that lists that kind of entity
_COMPANY_LISTS = {
    "dancer": "dancers",
    "staff member": "staff",
    "production": "productions",
    "venue": "venues",
    "studio": "studios",
    "performance": "performances",
}


def check_ids(season: Season) -> list[Finding]:
    """Every id used twice, reported at its second (and later) use."""
    findings: list[Finding] = []
    findings += _duplicates(
        "company", (_at("companies", i, c.id) for i, c in enumerate(season.companies))
    )
    findings += _duplicates(
        "exchange", (_at("exchanges", i, t.id) for i, t in enumerate(season.exchanges))
    )
    for cloc, company in company_locs(season):
        ranks = (((*cloc, "ranks", i), r.id) for i, r in enumerate(company.ranks))
        findings += _duplicates("rank", ranks, f"the ladder of {company.id}")
    for kind, attr in _COMPANY_LISTS.items():
        findings += _duplicates(kind, _season_wide(season, attr))
    findings += _duplicates("role", _roles(season))
    findings += _duplicate_rates(season)
    return findings


def _at(attr: str, index: int, ident: str) -> tuple[Loc, str]:
    return (attr, index), ident


def _season_wide(season: Season, attr: str) -> Iterator[tuple[Loc, str]]:
    for cloc, company in company_locs(season):
        for i, item in enumerate(getattr(company, attr)):
            yield (*cloc, attr, i), item.id


def _roles(season: Season) -> Iterator[tuple[Loc, str]]:
    for ploc, _, production in production_locs(season):
        for ri, role in enumerate(production.roles):
            yield (*ploc, "roles", ri), role.id


def _duplicates(
    kind: str, items: Iterator[tuple[Loc, str]], unique_in: str = "the season"
) -> list[Finding]:
    first: dict[str, Loc] = {}
    findings = []
    for loc, ident in items:
        if ident in first:
            message = (
                f"duplicate {kind} id '{ident}': already used at {format_path(first[ident])}"
                f" (expected ids unique in {unique_in})"
            )
            findings.append(Finding((*loc, "id"), message, ident))
        else:
            first[ident] = loc
    return findings


def _duplicate_rates(season: Season) -> list[Finding]:
    first: dict[frozenset[str], int] = {}
    findings = []
    for i, rate in enumerate(season.exchange_rates):
        pair = frozenset((rate.base, rate.quote))
        if pair in first:
            message = (
                f"a rate between {rate.base} and {rate.quote} is already stated at "
                f"exchange_rates[{first[pair]}] (expected one rate per pair of currencies)"
            )
            findings.append(Finding(("exchange_rates", i), message))
        else:
            first[pair] = i
    return findings
