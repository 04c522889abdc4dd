"""What a calendar needs of a plan: every id it names must exist in the season.

The validator reports dangling ids as violations of a plan it can still judge; a calendar
cannot print a call in a studio nobody knows, so here they are input errors, each with a path
into the plan (``rehearsals[3].studio``) and the offending id.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from etoile.domain import Plan, Season


@dataclass(frozen=True)
class Issue:
    """One reason the calendars cannot be built: ``where`` in ``file`` (season or plan)."""

    file: str
    where: str
    message: str
    value: object = None


def _ids(*tables: Mapping[str, object]) -> list[set[str]]:
    return [set(t) for t in tables]


def _plan_issues(season: Season, plan: Plan) -> Iterator[Issue]:
    def bad(where: str, what: str, value: str) -> Issue:
        return Issue("plan", where, f"no {what} with this id in season {season.id!r}", value)

    if plan.season != season.id:
        yield Issue(
            "plan", "season", f"the plan is for another season than {season.id!r}", plan.season
        )
    for i, move in enumerate(plan.exchange):
        if move.dancer not in season.dancers:
            yield bad(f"exchange[{i}].dancer", "dancer", move.dancer)
        for field in ("home", "host"):
            company = getattr(move, field)
            if company not in season.company:
                yield bad(f"exchange[{i}].{field}", "company", company)
    # Sets built once: a season's plan names thousands of ids.
    cast_tables = _ids(season.performances, season.roles, season.dancers)
    call_tables = _ids(season.staff, season.dancers, season.roles)
    for i, a in enumerate(plan.casting):
        for field, table, what in zip(
            ("performance", "role", "dancer"),
            cast_tables,
            ("performance", "role", "dancer"),
            strict=True,
        ):
            if getattr(a, field) not in table:
                yield bad(f"casting[{i}].{field}", what, getattr(a, field))
    seen: set[str] = set()
    for i, call in enumerate(plan.rehearsals):
        at = f"rehearsals[{i}]"
        if call.id in seen:
            yield Issue("plan", f"{at}.id", "two rehearsals have this id", call.id)
        seen.add(call.id)
        if call.company not in season.company:
            yield bad(f"{at}.company", "company", call.company)
        if call.production not in season.productions:
            yield bad(f"{at}.production", "production", call.production)
        if call.studio not in season.studios and call.studio not in season.venues:
            yield bad(f"{at}.studio", "studio or theatre", call.studio)
        for field, table, what in zip(
            ("staff", "dancers", "roles"),
            call_tables,
            ("staff member", "dancer", "role"),
            strict=True,
        ):
            for j, ident in enumerate(getattr(call, field)):
                if ident not in table:
                    yield bad(f"{at}.{field}[{j}]", what, ident)


def _zone_issues(season: Season) -> Iterator[Issue]:
    for c, company in enumerate(season.companies):
        places = [(f"companies[{c}].timezone", company.timezone)]
        places += [
            (f"companies[{c}].venues[{v}].timezone", v_.timezone)
            for v, v_ in enumerate(company.venues)
        ]
        for where, zone in places:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                yield Issue(
                    "season", where, "expected an IANA time zone such as 'Europe/Paris'", zone
                )


def plan_reference_issues(season: Season, plan: Plan) -> list[Issue]:
    """Every id of ``plan`` that ``season`` lacks, and every unknown time zone; [] when fine.

    Parameters
    ----------
    season
        What the plan's ids must name.
    plan
        The plan to check.
    """
    return [*_zone_issues(season), *_plan_issues(season, plan)]
