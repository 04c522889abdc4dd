"""Reading stored plans: by id or version, the newest, a season's list, a draft's edits
replayed on its document, and clear refusals for what is not there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from etoile.domain import CastAssignment, Plan, Season
from etoile.storage import (
    Database,
    PlanNotFoundError,
    PlanRepository,
    SeasonNotFoundError,
    SeasonRepository,
    StorageError,
)
from etoile.storage.models import PlanEditRow

GISELLE = "nyc-giselle.giselle"


def _cast(dancer: str) -> Plan:
    return Plan(
        season="tiny-2026",
        casting=[CastAssignment(performance="nyc-p1", role=GISELLE, dancer=dancer)],
    )


@pytest.fixture
def session(db: Database, tiny_season: Season) -> Iterator[Session]:
    with db.transaction() as session:
        SeasonRepository(session).save(tiny_season)
    with db.transaction() as session:
        yield session


def test_versions_the_newest_and_the_list(session: Session) -> None:
    plans = PlanRepository(session)
    assert (plans.latest_version("tiny-2026"), plans.latest_published("tiny-2026")) == (None, None)
    first = plans.publish(plans.save_draft(_cast("nyc-ava"), label="a").id)
    draft = plans.save_draft(_cast("nyc-cleo"), label="b")
    second = plans.publish(plans.save_draft(_cast("nyc-ben"), label="c").id)
    assert (first.version, second.version) == (1, 2)
    assert plans.latest_version("tiny-2026") == 2
    newest = plans.latest_published("tiny-2026")
    assert newest is not None and newest.plan.casting[0].dancer == "nyc-ben"
    assert plans.get_version("tiny-2026", 1).plan == _cast("nyc-ava")
    assert plans.version_info("tiny-2026", 2).label == "c"
    # Oldest first, drafts and versions together.
    assert [(p.label, p.version) for p in plans.list("tiny-2026")] == [
        ("a", 1),
        ("b", None),
        ("c", 2),
    ]
    assert plans.info(draft.id).status.value == "draft"


def test_what_is_not_there_is_named(session: Session) -> None:
    plans = PlanRepository(session)
    plans.publish(plans.save_draft(_cast("nyc-ava")).id)
    with pytest.raises(PlanNotFoundError, match="no plan version 2 of season 'tiny-2026' in"):
        plans.get_version("tiny-2026", 2)
    with pytest.raises(PlanNotFoundError, match=r"^no plan version 0 in the database$"):
        plans.version_info("tiny-2026", 0)
    # 2**63 is beyond any row id: refused before SQLite would fail on it.
    with pytest.raises(PlanNotFoundError, match=r"^no plan 9223372036854775808 in the database$"):
        plans.revision(2**63)
    with pytest.raises(PlanNotFoundError, match=r"^no plan 999 in the database$"):
        plans.get(999)
    with pytest.raises(SeasonNotFoundError, match="no season 'other' in the database"):
        plans.list("other")


def test_a_drafts_edits_are_replayed_and_a_lost_one_is_refused(session: Session) -> None:
    plans = PlanRepository(session)
    draft = plans.save_draft(_cast("nyc-ava"))
    edited = plans.edit_cell(
        draft.id,
        _cast("nyc-cleo"),
        "nyc-p1",
        GISELLE,
        ["nyc-cleo"],
        expected_revision=draft.revision,
        by="rosa",
    )
    assert (draft.revision, edited.revision) == (1, 2)
    assert plans.revision(draft.id) == (edited.status, 2)
    assert plans.get(draft.id).plan == _cast("nyc-cleo")
    [edit] = plans.edits_since(draft.id, 1)
    assert (edit.revision, edit.dancers, edit.by) == (2, ("nyc-cleo",), "rosa")
    assert plans.edits_since(draft.id, 2) == []
    # The document is at revision 1; without the logged edit, revision 2 cannot be rebuilt.
    session.execute(delete(PlanEditRow))
    with pytest.raises(StorageError, match=(
        f"plan {draft.id}: the edits after revision 1 of its document are not all stored "
        r"\(revision 2\)"
    )):  # fmt: skip
        plans.get(draft.id)
