"""The sentences that tell a person what changed in the plan, in their language.

A show reads as its production, day and curtain time where it is danced; a call as its kind,
production, time and room in the house's own time zone; names replace ids everywhere.
"""

from __future__ import annotations

import datetime as dt

from etoile.domain import Season
from etoile.i18n import Translator
from etoile.report.change_kinds import PlanChange


def person_language(season: Season, person: str) -> str:
    """The language of the house a dancer or staff member belongs to (English if unknown).

    Parameters
    ----------
    season
        Where the person is looked up.
    person
        A dancer or staff id.

    Returns
    -------
    str
        ``en`` or ``fr``.
    """
    found = season.dancers.get(person) or season.staff.get(person)
    if found is None:
        return "en"
    return season.company[found.owner].language


def _names(season: Season, ids: list[str]) -> str:
    out = []
    for i in ids:
        found = season.dancers.get(i) or season.staff.get(i)
        out.append(found.item.name if found else i)
    return ", ".join(out)


def _title(season: Season, production: str | None) -> str:
    found = season.productions.get(production or "")
    return found.item.title if found else (production or "")


def _zone(season: Season, company: str) -> str:
    found = season.company.get(company)
    return found.timezone if found else "UTC"


def _show(tr: Translator, season: Season, performance: str | None) -> str:
    found = season.performances.get(performance or "")
    if found is None:
        return performance or ""
    show = found.item
    venue = season.venues.get(show.venue)
    tz = venue.item.timezone if venue else _zone(season, found.owner)
    return f"{_title(season, show.production)}, {tr.format_datetime(show.start, tz)}"


def _call_when(tr: Translator, season: Season, company: str, side: dict[str, str]) -> str:
    """``Wed, Dec 9, 2026, 12:00 PM – 3:00 PM, Studio A`` from a change's before/after."""
    tz = _zone(season, company)
    parts = []
    if "start" in side:
        start = dt.datetime.fromisoformat(side["start"])
        text = tr.format_datetime(start, tz)
        if "end" in side:
            text += " – " + tr.format_time(dt.datetime.fromisoformat(side["end"]), tz)
        parts.append(text)
    if "studio" in side:
        studio = season.studios.get(side["studio"])
        parts.append(studio.item.name if studio else side["studio"])
    if side.get("staff"):
        parts.append(_names(season, side["staff"].split(",")))
    return ", ".join(parts)


def change_sentence(tr: Translator, season: Season, change: PlanChange) -> str:
    """One sentence for ``change`` in ``tr``'s language.

    Parameters
    ----------
    tr
        Gives the language and formats the dates.
    season
        Turns the change's ids into names.
    change
        One change between two plans.
    """
    kind = change.kind.value
    if kind == "cast":
        return _cast_sentence(tr, season, change)
    if kind.startswith("call_"):
        return _call_sentence(tr, season, change)
    return _stay_sentence(tr, season, change)


def _cast_sentence(tr: Translator, season: Season, change: PlanChange) -> str:
    role = season.roles.get(change.role or "")
    fields = {
        "show": _show(tr, season, change.performance),
        "role": role.item.name if role else change.role,
        "added": _names(season, change.added),
        "removed": _names(season, change.removed),
    }
    if change.added and change.removed:
        return tr.t("change.cast.replace", **fields)
    return tr.t("change.cast.added" if change.added else "change.cast.removed", **fields)


def _call_sentence(tr: Translator, season: Season, change: PlanChange) -> str:
    side = change.after or change.before
    fields = {
        "kind": tr.t("reh.kind." + side.get("kind", "company")),
        "production": _title(season, change.production),
    }
    if change.kind.value == "call_changed":
        moved = {k for k in change.before if change.before[k] != change.after.get(k)}
        if moved:
            text = tr.t(
                "change.call.moved",
                before=_call_when(tr, season, change.company, change.before),
                after=_call_when(tr, season, change.company, change.after),
                **fields,
            )
        else:
            when = _call_when(tr, season, change.company, change.after)
            text = tr.t("change.call.head", when=when, **fields)
        if change.added:
            text += " " + tr.t("change.call.called", names=_names(season, change.added))
        if change.removed:
            text += " " + tr.t("change.call.released", names=_names(season, change.removed))
        return text
    key = "change.call.added" if change.kind.value == "call_added" else "change.call.removed"
    return tr.t(key, when=_call_when(tr, season, change.company, side), **fields)


def _stay_sentence(tr: Translator, season: Season, change: PlanChange) -> str:
    side = change.after or change.before
    host = season.company.get(side.get("host", ""))
    return tr.t(
        "change.stay." + change.kind.value.removeprefix("stay_"),
        dancer=_names(season, [change.dancer or ""]),
        host=host.name if host else side.get("host", ""),
        start=tr.format_date(dt.date.fromisoformat(side["start"])),
        end=tr.format_date(dt.date.fromisoformat(side["end"])),
    )
