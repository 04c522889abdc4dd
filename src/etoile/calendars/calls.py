"""Rehearsal calls as calendar entries, worded for a dancer, a staff member or a studio.

A dancer reads which roles are worked and who leads; a ballet master and a studio manager
also read who is called. Every entry gives the time in words in the zone of the room.
"""

from __future__ import annotations

from etoile.calendars.entry import Entry, call_place, local, uid
from etoile.calendars.words import names, production_title, role_names, staff_label, when
from etoile.domain import Rehearsal, Season
from etoile.i18n import Translator


def call_entry(
    season: Season, call: Rehearsal, tr: Translator, owner_kind: str, owner: str
) -> Entry:
    """One call as read by ``owner`` (a ``dancer``, ``staff`` member or ``studio``).

    Parameters
    ----------
    season
        Names the rooms, productions and people.
    call
        The rehearsal call.
    tr
        The reader's language.
    owner_kind, owner
        Whose calendar the entry is in (part of its UID).
    """
    place = call_place(season, call)
    kind = tr.t(f"reh.kind.{call.kind.value}")
    title = production_title(season, call.production)
    lines = [when(tr, call.start, call.end, place.timezone), tr.t("ics.room", room=place.name)]
    if call.staff:
        lines.append(tr.t("ics.led_by", names=staff_label(tr, season, call.staff)))
    if call.roles:
        roles = role_names(season, call.roles)
        lines.append(tr.t("ics.roles", count=len(roles), roles=", ".join(roles)))
    if owner_kind != "dancer" and call.dancers:
        called = names(season, call.dancers)
        lines.append(tr.t("ics.called", count=len(called), names=", ".join(called)))
    return Entry(
        uid=uid(season, "call", call.id, owner_kind, owner),
        summary=f"{kind} · {title}",
        start=local(call.start, place.timezone),
        end=local(call.end, place.timezone),
        location=place.location,
        description="\n".join(lines),
        category=kind,
    )


def staff_calls(season: Season, calls: list[Rehearsal], staff: str, tr: Translator) -> list[Entry]:
    """The calls ``staff`` leads.

    Parameters
    ----------
    season
        For the entries' words.
    calls
        Every call of the plan, in order.
    staff
        A staff member's id.
    tr
        Their house's language.
    """
    return [call_entry(season, c, tr, "staff", staff) for c in calls if staff in c.staff]


def studio_calls(
    season: Season, calls: list[Rehearsal], studio: str, tr: Translator
) -> list[Entry]:
    """The calls held in ``studio``.

    Parameters
    ----------
    season
        Gives the words of each entry.
    calls
        All the plan's calls.
    studio
        The studio's id.
    tr
        In the language of the studio's house.
    """
    return [call_entry(season, c, tr, "studio", studio) for c in calls if c.studio == studio]


def dancer_calls(
    season: Season, calls: list[Rehearsal], dancer: str, tr: Translator
) -> list[Entry]:
    """The calls ``dancer`` is called to.

    Parameters
    ----------
    season
        The season the calls belong to.
    calls
        The calls, sorted by start.
    dancer
        Whose calendar.
    tr
        Words of the dancer's house.
    """
    return [call_entry(season, c, tr, "dancer", dancer) for c in calls if dancer in c.dancers]
