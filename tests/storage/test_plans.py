"""Plans: drafts, publication as numbered versions, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from etoile.domain import (
    CastAssignment,
    Plan,
    Season,
    SolveReport,
    SolveStatus,
)
from etoile.storage import (
    Database,
    PlanNotFoundError,
    PlanRepository,
    PlanStateError,
    PlanStatus,
    SeasonNotFoundError,
    SeasonRepository,
    StaleWriteError,
)
from exchange_kit import lea_stay

from .conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", BACKENDS, indirect=True)

T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def _clock() -> Iterator[dt.datetime]:
    """09:00, 09:01, ... UTC: each call of the repository's clock is a minute later."""
    minute = 0
    while True:
        yield T0 + dt.timedelta(minutes=minute)
        minute += 1


@pytest.fixture
def session(db: Database, tiny_season: Season) -> Iterator[Session]:
    """A transaction on a database that holds the tiny season."""
    with db.transaction() as session:
        SeasonRepository(session).save(tiny_season)
    with db.transaction() as session:
        yield session


@pytest.fixture
def plans(session: Session) -> PlanRepository:
    ticks = _clock()
    return PlanRepository(session, clock=lambda: next(ticks))


def _plan(dancer: str = "nyc-ava") -> Plan:
    return Plan(
        season="tiny-2026",
        exchange=[lea_stay(8, 9, 13, 14, roles=[])],
        casting=[CastAssignment(performance="nyc-p1", role="nyc-giselle.giselle", dancer=dancer)],
        # Not alphabetical: the order of the reports must come back as it went in.
        reports={
            "exchange": SolveReport(status=SolveStatus.FEASIBLE, objective=3.0, bound=2.0, gap=0.5),
            "casting": SolveReport(status=SolveStatus.OPTIMAL, objective=12.0, bound=12.0, gap=0),
        },
    )


def test_draft_round_trips_and_lists_without_a_version(plans: PlanRepository) -> None:
    info = plans.save_draft(_plan(), label="first solve")

    stored = plans.get(info.id)
    assert stored.plan == _plan()
    assert list(stored.plan.reports) == ["exchange", "casting"]
    assert (stored.status, stored.version, stored.label) == (PlanStatus.DRAFT, None, "first solve")
    assert (stored.created_at, stored.published_at) == (T0, None)
    assert plans.list("tiny-2026") == [info]
    assert plans.latest_published("tiny-2026") is None


def test_publishing_numbers_versions_per_season(plans: PlanRepository) -> None:
    first = plans.save_draft(_plan("nyc-ava"))
    second = plans.save_draft(_plan("nyc-cleo"))

    assert plans.publish(first.id).version == 1
    published = plans.publish(second.id)

    assert (published.status, published.version) == (PlanStatus.PUBLISHED, 2)
    assert published.published_at == T0 + dt.timedelta(minutes=3)
    latest = plans.latest_published("tiny-2026")
    assert latest is not None
    assert (latest.id, latest.plan) == (second.id, _plan("nyc-cleo"))
    assert plans.get_version("tiny-2026", 1).plan == _plan("nyc-ava")
    assert [(p.id, p.version) for p in plans.list("tiny-2026")] == [(first.id, 1), (second.id, 2)]


def test_published_plan_is_frozen(plans: PlanRepository) -> None:
    info = plans.save_draft(_plan())
    plans.publish(info.id)

    with pytest.raises(PlanStateError, match="already published as version 1"):
        plans.publish(info.id)
    with pytest.raises(PlanStateError, match="save the change as a new draft"):
        plans.update_draft(info.id, _plan("nyc-cleo"))
    assert plans.get(info.id).plan == _plan()


def test_draft_can_be_edited_before_publication(plans: PlanRepository) -> None:
    info = plans.save_draft(_plan(), label="solver")

    edited = plans.update_draft(info.id, _plan("nyc-cleo"), label="after edit")

    assert edited.label == "after edit"
    assert plans.get(info.id).plan == _plan("nyc-cleo")


def test_unknown_ids_are_clear_errors(plans: PlanRepository) -> None:
    with pytest.raises(SeasonNotFoundError, match="no season 'nope'"):
        plans.save_draft(_plan().model_copy(update={"season": "nope"}))
    with pytest.raises(PlanNotFoundError, match="no plan 999"):
        plans.get(999)
    with pytest.raises(PlanNotFoundError, match="no plan version 4 of season 'tiny-2026'"):
        plans.get_version("tiny-2026", 4)


def test_replacing_the_season_keeps_its_plans(
    session: Session, plans: PlanRepository, tiny_season: Season
) -> None:
    info = plans.save_draft(_plan())
    plans.publish(info.id)

    SeasonRepository(session).save(tiny_season, replace=True)

    assert [p.version for p in plans.list("tiny-2026")] == [1]
    assert SeasonRepository(session).list()[0].published_plans == 1


def test_a_save_names_its_revision_and_a_stale_one_writes_nothing(plans: PlanRepository) -> None:
    info = plans.save_draft(_plan("nyc-ava"))
    assert info.revision == 1
    first = plans.update_draft(info.id, _plan("nyc-cleo"), expected_revision=1)
    plans.add_edit(info.id, first.revision, "nyc-p1", "nyc-giselle.giselle", ["nyc-cleo"], "bm")
    assert (first.revision, first.etag) == (2, f'"plan-{info.id}-r2"')

    with pytest.raises(StaleWriteError, match=r"changed after revision 1 \(now 2, by bm\)") as no:
        plans.update_draft(info.id, _plan("nyc-dora"), expected_revision=1)
    assert no.value.current == 2
    assert [(e.revision, e.dancers, e.by) for e in no.value.missed] == [(2, ("nyc-cleo",), "bm")]
    assert plans.get(info.id).plan == _plan("nyc-cleo")  # the stale write changed nothing
    # A job that owns its draft writes whatever the revision; the revision still moves on.
    assert plans.update_draft(info.id, _plan("nyc-dora")).revision == 3
    assert plans.revision(info.id) == (PlanStatus.DRAFT, 3)


def test_a_draft_remembers_the_version_it_was_edited_from(plans: PlanRepository) -> None:
    version = plans.save_draft(_plan())
    plans.publish(version.id)
    draft = plans.save_draft(_plan("nyc-cleo"), based_on=version.id)
    assert (plans.get(draft.id).based_on, plans.get(version.id).based_on) == (version.id, None)


def _cell_edit(plans: PlanRepository, plan_id: int, revision: int, dancer: str) -> int:
    """Cast ``dancer`` as Giselle on nyc-p1 of draft ``plan_id`` at ``revision`` (a ballet
    master's save); the new revision."""
    changed = plans.get(plan_id).plan.recast("nyc-p1", "nyc-giselle.giselle", [dancer])
    info = plans.edit_cell(
        plan_id,
        changed,
        "nyc-p1",
        "nyc-giselle.giselle",
        [dancer],
        expected_revision=revision,
        by="bm",
    )
    return info.revision


def _document_revision(session: Session, plan_id: int) -> int:
    from etoile.storage.models import PlanRow

    row = session.get(PlanRow, plan_id)
    assert row is not None
    session.refresh(row)
    return row.document_revision


def test_a_cell_edit_writes_its_edit_not_the_whole_plan(
    plans: PlanRepository, session: Session
) -> None:
    info = plans.save_draft(_plan("nyc-ava"))
    dancers = ["nyc-cleo", "nyc-dora", "nyc-ava"]
    revision = 1
    for dancer in dancers:
        revision = _cell_edit(plans, info.id, revision, dancer)
    # Three saves: the revision moved on three times, the document stayed at revision 1, and
    # reading the plan replays the three edits in order (the last one stands).
    assert revision == 4
    assert _document_revision(session, info.id) == 1
    assert plans.get(info.id).plan == _plan("nyc-ava").recast(
        "nyc-p1", "nyc-giselle.giselle", ["nyc-ava"]
    )
    assert [e.dancers for e in plans.edits_since(info.id, 1)] == [(d,) for d in dancers]
    # A stale save writes nothing and says what it missed.
    with pytest.raises(StaleWriteError) as stale:
        _cell_edit(plans, info.id, 2, "nyc-cleo")
    assert [e.revision for e in stale.value.missed] == [3, 4]
    assert plans.revision(info.id) == (PlanStatus.DRAFT, 4)


def test_the_document_is_written_again_every_few_edits_and_when_published(
    plans: PlanRepository, session: Session
) -> None:
    from etoile.storage.plans import DOCUMENT_EVERY

    info = plans.save_draft(_plan("nyc-ava"))
    revision = 1
    for i in range(DOCUMENT_EVERY):
        revision = _cell_edit(plans, info.id, revision, ("nyc-cleo", "nyc-dora")[i % 2])
    # 16 edits after revision 1: the 16th made revision 17 and wrote the document there.
    assert (revision, _document_revision(session, info.id)) == (1 + DOCUMENT_EVERY, revision)
    revision = _cell_edit(plans, info.id, revision, "nyc-ava")
    assert _document_revision(session, info.id) == revision - 1
    published = plans.publish(info.id)
    # A published plan's document is whole: nothing left to replay.
    assert _document_revision(session, info.id) == revision
    stored = plans.get(published.id)
    assert [a.dancer for a in stored.plan.casting] == ["nyc-ava"]
    assert stored.plan == _plan("nyc-ava").recast("nyc-p1", "nyc-giselle.giselle", ["nyc-ava"])
