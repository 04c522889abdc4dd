"""The workspace cache with several web processes: what one process changes, another never
serves stale. Two workspaces on one database share nothing in memory, as two processes do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import web_kit as kit
from api.conftest import BACKENDS
from etoile.services.casting_edit import edit_cast
from etoile.services.publishing import publish
from etoile.services.workspace import Workspace
from etoile.storage import (
    Database,
    PlanRepository,
    PlanStatus,
    SeasonRepository,
)


@pytest.fixture
def two(site_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    """The workspaces of two processes serving the test's database."""
    with Database(site_url) as first, Database(site_url) as second:
        yield Workspace(first), Workspace(second)


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_season_imported_again_elsewhere_is_read_again(
    two: tuple[Workspace, Workspace],
) -> None:
    here, there = two
    assert here.season(kit.SEASON_ID).name == kit.season().name  # now cached here
    renamed = kit.season().model_copy(update={"name": "Saison renommée"})
    with there.db.transaction(write=True) as session:
        SeasonRepository(session).save(renamed, replace=True)
    assert here.season(kit.SEASON_ID).name == "Saison renommée"
    assert here.season(kit.SEASON_ID) is here.season(kit.SEASON_ID)  # and cached again


def test_a_draft_published_elsewhere_is_read_as_published(
    two: tuple[Workspace, Workspace],
) -> None:
    here, there = two
    draft = here.current(kit.SEASON_ID, published_only=False)
    assert draft is not None and draft.status is PlanStatus.DRAFT
    publish(there.db, kit.season(), draft.id)
    again = here.plan(kit.SEASON_ID, draft.id)
    assert (again.status, again.version) == (PlanStatus.PUBLISHED, 2)
    newest = here.current(kit.SEASON_ID, published_only=True)
    assert newest is not None and newest.id == draft.id


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_draft_edited_elsewhere_is_brought_up_to_date_exactly(
    two: tuple[Workspace, Workspace],
) -> None:
    # One process caches the draft; the other saves two cells. The first replays the saved
    # edits instead of reading the whole plan again, and has exactly what the database has.
    here, there = two
    draft = here.current(kit.SEASON_ID, published_only=False)
    assert draft is not None and draft.revision == 1
    season = kit.season()
    nyc = sorted(p for p in season.performances if p.startswith("nyc-"))[:2]
    stored = there.plan(kit.SEASON_ID, draft.id)
    for revision, show in enumerate(nyc, start=1):
        role = next(a.role for a in stored.plan.casting if a.performance == show)
        done = edit_cast(
            there.db, season, stored, show, role, [], base_revision=revision, who="elsewhere"
        )
        stored = there.plan(kit.SEASON_ID, draft.id)
        assert stored.revision == done.plan.revision == revision + 1
    replayed = here.plan(kit.SEASON_ID, draft.id)
    with here.db.transaction() as session:
        read = PlanRepository(session).get(draft.id)
    assert (replayed.revision, replayed.plan) == (3, read.plan)
    assert replayed.plan == stored.plan


def test_a_versions_changelog_is_read_once_and_drafts_have_none(
    two: tuple[Workspace, Workspace],
) -> None:
    here, there = two
    draft = here.current(kit.SEASON_ID, published_only=False)
    assert draft is not None and here.changelog(draft) is None  # a draft has no changelog
    publish(there.db, kit.season(), draft.id)
    version = here.plan(kit.SEASON_ID, draft.id)
    assert version.version == 2
    log = here.changelog(version)
    assert log is not None and (log.version, log.previous_version) == (2, 1)
    # A version and its changelog never change: the second read is the first one's answer.
    assert here.changelog(version) is log
    assert here.changelog_of(kit.SEASON_ID, 2) is log
    assert here.changelog_of(kit.SEASON_ID, 3) is None  # no such version (not kept)
