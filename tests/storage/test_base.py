"""The declarative base: every constraint and index gets its name from one convention (so that
migrations name them alike on SQLite and PostgreSQL), and aware datetimes and JSON documents
map to the storage's own column types."""

from __future__ import annotations

import etoile.storage  # noqa: F401  (registers every model on Base.metadata)
from etoile.storage.base import Base
from etoile.storage.types import JsonDocument, UTCDateTime


def test_the_dancers_table_names_follow_the_convention() -> None:
    table = Base.metadata.tables["dancers"]
    assert table.primary_key.name == "pk_dancers"
    assert sorted(str(fk.name) for fk in table.foreign_key_constraints) == [
        # fk_<table>_<columns joined by _>_<referred table>
        "fk_dancers_company_pk_companies",
        "fk_dancers_company_pk_rank_id_ranks",
        "fk_dancers_season_pk_seasons",
    ]
    assert [i.name for i in table.indexes] == ["ix_dancers_company_pk"]
    uniques = [c.name for c in table.constraints if c.name and c.name.startswith("uq_")]
    assert uniques == ["uq_dancers_season_pk_id"]


def test_every_constraint_of_every_table_is_named_by_the_convention() -> None:
    bad = []
    for name, table in Base.metadata.tables.items():
        for constraint in table.constraints:
            kind = type(constraint).__name__
            prefix = {
                "PrimaryKeyConstraint": f"pk_{name}",
                "ForeignKeyConstraint": f"fk_{name}_",
                "UniqueConstraint": f"uq_{name}_",
                "CheckConstraint": f"ck_{name}_",
            }[kind]
            if not str(constraint.name).startswith(prefix):
                bad.append((name, kind, constraint.name))
        bad += [(name, "Index", i.name) for i in table.indexes if not str(i.name).startswith("ix_")]
    assert bad == []


def test_datetimes_and_documents_use_the_storage_types() -> None:
    tables = Base.metadata.tables
    assert isinstance(tables["performances"].c.start_utc.type, UTCDateTime)
    assert isinstance(tables["plans"].c.created_at.type, UTCDateTime)
    assert isinstance(tables["dancers"].c.data.type, JsonDocument)
