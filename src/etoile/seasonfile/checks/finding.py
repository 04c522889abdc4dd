"""What a semantic check reports, and the walk over a season's entities that checks share."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from etoile.domain import Company, Production, Season
from etoile.seasonfile.paths import Loc


@dataclass(frozen=True)
class Finding:
    """One semantic problem of a season: where (a location), what, and the offending value.

    The location is a tuple of keys and indices (``("companies", 0, "dancers", 3, "rank")``),
    so the loader can map it to a line and the roster import to a row and column.
    """

    loc: Loc
    message: str
    value: Any = None


def company_locs(season: Season) -> Iterator[tuple[Loc, Company]]:
    """Each company with its location, ``("companies", i)``."""
    for ci, company in enumerate(season.companies):
        yield ("companies", ci), company


def production_locs(season: Season) -> Iterator[tuple[Loc, Company, Production]]:
    """Each production with its location and its company."""
    for cloc, company in company_locs(season):
        for pi, production in enumerate(company.productions):
            yield (*cloc, "productions", pi), company, production


def one_of(options: Iterable[str], limit: int = 8) -> str:
    """``"expected one of a, b, c"`` in the given order, shortened for long lists.

    Parameters
    ----------
    options
        The names to list; repeats are shown once.
    limit
        Name at most this many, then say how many more there are.
    """
    items = list(dict.fromkeys(options))
    if not items:
        return "there are none"
    shown = ", ".join(items[:limit])
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    return f"expected one of {shown}{more}"


def unknown(kind: str, value: str, known: Iterable[str], where: str = "") -> str:
    """``unknown role 'x' (did you mean 'y'?)``, naming close matches when there are any.

    Parameters
    ----------
    kind
        What was looked up: ``role``, ``dancer`` ...
    value
        The id written.
    known
        The ids it could have been.
    where
        Where they were looked for (a company, a production), if that narrows it.
    """
    known = list(known)
    scope = f" in {where}" if where else ""
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.75)
    hint = f"did you mean '{close[0]}'?" if close else one_of(sorted(known))
    return f"unknown {kind} '{value}'{scope} ({hint})"


def not_own(kind: str, value: str, own: Iterable[str], company: str, owner: str | None) -> str:
    """A reference that must name something of ``company``: unknown, or another house's.

    Parameters
    ----------
    kind
        What the reference names.
    value
        The id written.
    own
        The ids of ``company``'s own.
    company
        The house the reference must stay in.
    owner
        The house that has ``value``, or None when none has.
    """
    own = list(own)
    if owner is None or owner == company:
        return unknown(kind, value, own, company)
    return f"{kind} '{value}' belongs to {owner}, not {company} ({one_of(sorted(own))})"
