"""What changed between two plans of a season, for whom, in words and in JSON.

A re-plan after an injury (``etoile replan``) and the publication of a new version (the web
app's changelog) both need the same answer: every changed cast, every call added, removed or
moved, every stay of the exchange that changed, and, for each person, the list of what changed
for them in their own language. :func:`diff_plans` computes it from the two plans alone.

Calls are matched first by content (the same call under a new id is no change), then by
place in time (same production, kind, time, studio and staff, other dancers: a changed call,
as when a replacement joins a group), then by id (same id, other time, room, staff or
dancers: a changed call); what is left was added or removed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pydantic import Field

from etoile.domain import Plan, Season
from etoile.domain.base import Id, Model
from etoile.domain.plan import ExchangeMove, Rehearsal
from etoile.i18n import Translator
from etoile.report.change_kinds import ChangeKind, PlanChange
from etoile.report.changes_words import change_sentence, person_language

__all__ = ["ChangeKind", "PlanChange", "PlanDiff", "diff_plans"]


class PlanDiff(Model):
    """Every change from one plan to the next, in a stable order."""

    season: Id
    changes: list[PlanChange] = Field(default_factory=list)

    @property
    def people(self) -> list[Id]:
        """Everyone affected, sorted."""
        return sorted({p for c in self.changes for p in c.people})

    @property
    def cast_changes(self) -> int:
        """Changed places (role in a performance) in the casting."""
        return sum(1 for c in self.changes if c.kind is ChangeKind.CAST)

    @property
    def call_changes(self) -> int:
        """Calls added, removed or changed."""
        return sum(1 for c in self.changes if c.kind.value.startswith("call_"))

    def for_person(self, person: Id) -> list[PlanChange]:
        """The changes that concern ``person``.

        Parameters
        ----------
        person
            A dancer or staff id.
        """
        return [c for c in self.changes if person in c.people]

    def words(self, season: Season, lang: str = "en") -> list[str]:
        """One sentence per change, in ``lang``.

        Parameters
        ----------
        season
            Gives the names the sentences use.
        lang
            ``en`` or ``fr``.
        """
        tr = Translator(lang)
        return [change_sentence(tr, season, c) for c in self.changes]

    def notifications(self, season: Season, lang: str | None = None) -> dict[Id, list[str]]:
        """Per person, the sentences of what changed for them, in their house's language.

        ``lang`` forces one language for everybody.

        Parameters
        ----------
        season
            Says which house each person belongs to, and the names.
        lang
            ``en`` or ``fr``; None speaks to each person in their house's language.

        Returns
        -------
        dict
            Person id -> their sentences; everyone affected has an entry.
        """
        translators: dict[str, Translator] = {}
        out: dict[Id, list[str]] = {}
        for person in self.people:
            code = lang or person_language(season, person)
            tr = translators.setdefault(code, Translator(code))
            out[person] = [change_sentence(tr, season, c) for c in self.for_person(person)]
        return out


def diff_plans(season: Season, old: Plan, new: Plan, before: Season | None = None) -> PlanDiff:
    """The changes that turn ``old`` into ``new`` (casting, rehearsal calls, exchange).

    ``before`` is the season of ``old`` when events changed it (a show cancelled).

    Parameters
    ----------
    season
        The season ``new`` plans.
    old, new
        The plan before and the plan after.
    before
        The season ``old`` planned, when it differs.
    """
    changes = _cast_changes(season, old, new, before or season)
    changes += _call_changes(old.rehearsals, new.rehearsals)
    changes += _stay_changes(old.exchange, new.exchange)
    return PlanDiff(season=new.season, changes=changes)


def _cast_changes(season: Season, old: Plan, new: Plan, before_season: Season) -> list[PlanChange]:
    before: dict[tuple[str, str], set[str]] = defaultdict(set)
    after: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in old.casting:
        before[a.performance, a.role].add(a.dancer)
    for a in new.casting:
        after[a.performance, a.role].add(a.dancer)
    shows = before_season.performances | season.performances
    out = []
    for key in sorted(set(before) | set(after), key=lambda k: _show_key(season, k)):
        removed, added = before[key] - after[key], after[key] - before[key]
        if not removed and not added:
            continue
        perf, role = key
        owner = shows[perf].owner if perf in shows else ""
        production = shows[perf].item.production if perf in shows else None
        out.append(
            PlanChange(
                kind=ChangeKind.CAST,
                company=owner,
                production=production,
                performance=perf,
                role=role,
                removed=sorted(removed),
                added=sorted(added),
                people=sorted(removed | added),
            )
        )
    return out


def _show_key(season: Season, key: tuple[str, str]) -> tuple[str, str, str]:
    found = season.performances.get(key[0])
    return (found.item.start.isoformat() if found else "", key[0], key[1])


def _content(call: Rehearsal) -> tuple[object, ...]:
    return (
        call.company,
        call.production,
        call.kind,
        call.start,
        call.end,
        call.studio,
        tuple(sorted(call.staff)),
        tuple(sorted(call.dancers)),
        tuple(sorted(call.roles)),
    )


def _call_changes(old: list[Rehearsal], new: list[Rehearsal]) -> list[PlanChange]:
    unmatched_new: dict[tuple[object, ...], list[Rehearsal]] = defaultdict(list)
    for call in new:
        unmatched_new[_content(call)].append(call)
    left_old = []
    for call in old:
        twins = unmatched_new.get(_content(call))
        if twins:
            twins.pop()
        else:
            left_old.append(call)
    # The same call with other dancers (a replacement joins it): matched by its place in time.
    by_slot: dict[tuple[object, ...], list[Rehearsal]] = defaultdict(list)
    for twins in unmatched_new.values():
        for c in twins:
            by_slot[_content(c)[:-2]].append(c)
    out = []
    unmoved = []
    for call in left_old:
        same = by_slot.get(_content(call)[:-2])
        if same:
            out.append(_moved(call, same.pop(0)))
        else:
            unmoved.append(call)
    left_new = {c.id: c for twins in by_slot.values() for c in twins}
    for call in unmoved:
        moved = left_new.pop(call.id, None)
        if moved is None:
            out.append(_call_change(ChangeKind.CALL_REMOVED, call, removed=call.dancers))
        else:
            out.append(_moved(call, moved))
    out += [
        _call_change(ChangeKind.CALL_ADDED, c, added=c.dancers)
        for c in sorted(left_new.values(), key=lambda c: (c.start, c.id))
    ]
    return sorted(out, key=lambda c: (c.before.get("start") or c.after.get("start", ""), c.call))


def _call_change(
    kind: ChangeKind, call: Rehearsal, *, removed: Sequence[Id] = (), added: Sequence[Id] = ()
) -> PlanChange:
    times = _when(call)
    return PlanChange(
        kind=kind,
        company=call.company,
        production=call.production,
        call=call.id,
        removed=sorted(removed),
        added=sorted(added),
        before=times if kind is ChangeKind.CALL_REMOVED else {},
        after=times if kind is ChangeKind.CALL_ADDED else {},
        people=sorted(set(call.dancers) | set(call.staff)),
    )


def _when(call: Rehearsal) -> dict[str, str]:
    return {
        "start": call.start.isoformat(),
        "end": call.end.isoformat(),
        "studio": call.studio,
        "staff": ",".join(sorted(call.staff)),
        "kind": call.kind.value,
    }


def _moved(old: Rehearsal, new: Rehearsal) -> PlanChange:
    before, after = _when(old), _when(new)
    moved = {k for k in before if before[k] != after[k]}
    removed = set(old.dancers) - set(new.dancers)
    added = set(new.dancers) - set(old.dancers)
    # A moved call concerns everyone in it; a call that only changed its dancers concerns them.
    if moved:
        people = set(old.dancers) | set(new.dancers) | set(old.staff) | set(new.staff)
    else:
        people = removed | added
    return PlanChange(
        kind=ChangeKind.CALL_CHANGED,
        company=new.company,
        production=new.production,
        call=new.id,
        removed=sorted(removed),
        added=sorted(added),
        before=before,
        after=after,
        people=sorted(people),
    )


def _stay_dates(move: ExchangeMove) -> dict[str, str]:
    return {
        "host": move.host,
        "start": move.start.isoformat(),
        "end": move.end.isoformat(),
        "roles": ",".join(move.roles),
    }


def _stay_changes(old: list[ExchangeMove], new: list[ExchangeMove]) -> list[PlanChange]:
    before = {(m.dancer, m.terms): m for m in old}
    after = {(m.dancer, m.terms): m for m in new}
    out = []
    for key in sorted(set(before) | set(after)):
        b, a = before.get(key), after.get(key)
        if b is not None and a is not None:
            if _stay_dates(b) == _stay_dates(a):
                continue
            kind, home = ChangeKind.STAY_CHANGED, a.home
        elif a is not None:
            kind, home = ChangeKind.STAY_ADDED, a.home
        else:
            assert b is not None
            kind, home = ChangeKind.STAY_REMOVED, b.home
        out.append(
            PlanChange(
                kind=kind,
                company=home,
                dancer=key[0],
                before=_stay_dates(b) if b else {},
                after=_stay_dates(a) if a else {},
                people=[key[0]],
            )
        )
    return out
