"""Use case: publish a draft as the next numbered version, with the changelog of what changed
for whom since the version before.

The changelog is :func:`etoile.report.changes.diff_plans` of the previous version and the new
one, stored language-neutral; pages and notifications word it in each reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import Plan, Season
from etoile.report.changes import PlanDiff, diff_plans
from etoile.storage import (
    ChangelogRepository,
    Database,
    PlanInfo,
    PlanNotFoundError,
    PlanRepository,
    PlanStateError,
    PlanStatus,
    StaleWriteError,
    StoredPlan,
)


class Unset:
    """The type of :data:`UNSET`: an argument not given (None is a meaningful value)."""


UNSET = Unset()


@dataclass(frozen=True)
class Publication:
    """The version just published and what changed."""

    plan: PlanInfo
    previous_version: int | None
    diff: PlanDiff


def publish(
    db: Database,
    season: Season,
    plan_id: int,
    *,
    by: int | None = None,
    base_version: int | Unset | None = UNSET,
) -> Publication:
    """Publish draft ``plan_id`` of ``season`` and store its changelog.

    Publications of one season happen one at a time: the season is locked before anything is
    read, so the version number and the changelog's previous version are those of the newest
    publication, and two publications at once give one version and one refusal. The first
    version is compared with an empty plan: everyone cast or called hears of it.

    Parameters
    ----------
    db
        The plans and changelogs.
    season, plan_id
        The season, and its draft to publish.
    by
        The user who publishes.
    base_version
        The newest published version the director saw when deciding (None: none was
        published yet). When given and another version was published since, nothing is
        published (:class:`StaleWriteError`). Left out, only the draft's own base is checked.

    Raises
    ------
    etoile.storage.PlanStateError
        When the plan is already published.
    etoile.storage.StaleWriteError
        When a version was published after ``base_version``, or after the published plan a
        hand-edited draft was copied from: publishing it would drop that version's changes.
    etoile.storage.PlanNotFoundError
        When there is no such plan in this season.
    """
    with db.transaction(write=True) as session:
        plans = PlanRepository(session)
        plans.lock_season(season.id)
        draft = plans.get(plan_id)
        if draft.season_id != season.id:
            raise PlanNotFoundError(f"{plan_id} in season {season.id!r}")
        if draft.status is PlanStatus.PUBLISHED:
            raise PlanStateError(f"plan {plan_id} is already published as version {draft.version}")
        previous = plans.latest_published(season.id)
        newest = None if previous is None else previous.version
        if not isinstance(base_version, Unset) and base_version != newest:
            raise StaleWriteError(
                f"version {newest} was published after version {base_version}, which you "
                "saw: nothing was published; look at the plans again before publishing",
                current=newest,
            )
        if draft.based_on is not None and previous is not None and previous.id != draft.based_on:
            base = plans.get(draft.based_on)
            raise StaleWriteError(
                f"draft {plan_id} was made from version {base.version}, and version {newest} "
                "has been published since: publishing the draft would undo what version "
                f"{newest} changed. Make the draft's changes again on version {newest}",
                current=newest,
            )
        old = previous.plan if previous is not None else Plan(season=season.id)
        diff = diff_plans(season, old, draft.plan)
        info = plans.publish(plan_id)
        ChangelogRepository(session).add(
            plan_id,
            None if previous is None else previous.id,
            diff.people,
            diff.model_dump(mode="json"),
            published_by=by,
        )
    return Publication(info, newest, diff)


def house_view(season: Season, diff: PlanDiff, company: str) -> PlanDiff:
    """What of ``diff`` a person of house ``company`` may read: the changes of the house's own
    performances and calls, the changes of the exchange (both houses agreed it), and the
    changes elsewhere that concern one of the house's own dancers or staff (a dancer of the
    house cast as a guest abroad); ``people`` keep only the house's own people and the
    guests it hosts.

    Parameters
    ----------
    season
        Says whose each dancer, staff member and show is.
    diff
        The whole changelog.
    company
        The reader's house.
    """
    own = {d for d, o in season.dancers.items() if o.owner == company}
    own |= {s for s, o in season.staff.items() if o.owner == company}
    kept = []
    for change in diff.changes:
        exchange = change.kind.value.startswith("stay_")
        if change.company == company or exchange:
            kept.append(change)
        elif own.intersection(change.people):
            people = [p for p in change.people if p in own]
            kept.append(change.model_copy(update={"people": people}))
    return diff.model_copy(update={"changes": kept})


@dataclass(frozen=True)
class Changelog:
    """The changelog of one version."""

    version: int
    previous_version: int | None
    diff: PlanDiff


def changelog(db: Database, season_id: str, version: int) -> Changelog:
    """The changelog of published ``version`` of ``season_id``.

    Parameters
    ----------
    db
        The plans and changelogs.
    season_id
        The season.
    version
        A published version.

    Raises
    ------
    etoile.storage.PlanNotFoundError
        When there is no such version (or it was published without a changelog).
    """
    with db.transaction() as session:
        plans = PlanRepository(session)  # the plans' ids and versions only, not their content
        found = ChangelogRepository(session).for_plan(plans.version_info(season_id, version).id)
        if found is None:
            raise PlanNotFoundError(f"changelog of version {version} of {season_id!r}")
        previous = (
            None if found.previous_plan_id is None else plans.info(found.previous_plan_id).version
        )
    return Changelog(version, previous, PlanDiff.model_validate(found.document))


def latest_changelog(db: Database, season_id: str) -> Changelog | None:
    """The changelog of the newest published version of ``season_id``, or None.

    Parameters
    ----------
    db
        Where the changelogs are.
    season_id
        The season whose newest is wanted.
    """
    with db.transaction() as session:
        latest = PlanRepository(session).latest_version(season_id)
    if latest is None:
        return None
    try:
        return changelog(db, season_id, latest)
    except PlanNotFoundError:
        return None


@dataclass(frozen=True)
class PublishPreview:
    """What publishing a draft would do, worked out without publishing it."""

    draft: PlanInfo
    next_version: int
    previous_version: int | None
    diff: PlanDiff
    """What would change since the newest version (everything, for a first version)."""


def preview_of(season: Season, draft: StoredPlan, previous: StoredPlan | None) -> PublishPreview:
    """What publishing ``draft`` would change after ``previous``, the newest version (None:
    none yet), worked out without publishing anything.

    Parameters
    ----------
    season
        The season of the draft.
    draft
        The draft, with its content.
    previous
        The newest published version, with its content.

    Raises
    ------
    etoile.storage.PlanStateError
        When the plan is already published.
    etoile.storage.PlanNotFoundError
        When the draft belongs to another season.
    """
    if draft.season_id != season.id:
        raise PlanNotFoundError(f"{draft.id} in season {season.id!r}")
    if draft.status is PlanStatus.PUBLISHED:
        raise PlanStateError(f"plan {draft.id} is already published as version {draft.version}")
    newest = None if previous is None else previous.version
    old = previous.plan if previous is not None else Plan(season=season.id)
    diff = diff_plans(season, old, draft.plan)
    return PublishPreview(draft, (newest or 0) + 1, newest, diff)


@dataclass(frozen=True)
class ProductionCount:
    """How many changes of a changelog touch one production (None: the exchange's stays)."""

    production: str | None
    casts: int
    calls: int
    stays: int
    people: int
    """People told of at least one of these changes."""


@dataclass(frozen=True)
class ChangeSummary:
    """A changelog in numbers: per production, and the people with the most changes."""

    productions: list[ProductionCount]
    """In the order the changes come; the exchange's stays last."""
    people: list[tuple[str, int]]
    """(person id, changes concerning them), the most first, then by id."""


def summarise(diff: PlanDiff) -> ChangeSummary:
    """The counts a reader needs before the list of ``diff``'s changes."""
    casts: dict[str | None, int] = {}
    calls: dict[str | None, int] = {}
    stays: dict[str | None, int] = {}
    told: dict[str | None, set[str]] = {}
    per_person: dict[str, int] = {}
    for change in diff.changes:
        stay = change.kind.value.startswith("stay_")
        key = None if stay else change.production
        target = stays if stay else casts if change.kind.value == "cast" else calls
        target[key] = target.get(key, 0) + 1
        told.setdefault(key, set()).update(change.people)
        for person in change.people:
            per_person[person] = per_person.get(person, 0) + 1
    keys = [k for k in told if k is not None] + ([None] if None in told else [])
    productions = [
        ProductionCount(k, casts.get(k, 0), calls.get(k, 0), stays.get(k, 0), len(told[k]))
        for k in keys
    ]
    people = sorted(per_person.items(), key=lambda item: (-item[1], item[0]))
    return ChangeSummary(productions, people)
