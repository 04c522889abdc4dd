"""The columns every stored season entity shares: key columns first, the JSON remainder last,
and the id and text lengths of the domain."""

from __future__ import annotations

import pydantic
import pytest
from pydantic import TypeAdapter
from sqlalchemy import String

import etoile.storage  # noqa: F401  (registers every model on Base.metadata)
from etoile.domain.base import Id, Text
from etoile.storage.base import Base
from etoile.storage.models.mixins import ID_LENGTH, TEXT_LENGTH


def test_entity_columns_come_first_and_the_json_remainder_last() -> None:
    # EntityColumns' sort_order: pk -5, season_pk -4, company_pk -3, position -2, id -1, the
    # entity's own columns 0, data 100.
    assert [c.name for c in Base.metadata.tables["dancers"].columns] == [
        "pk",
        "season_pk",
        "company_pk",
        "position",
        "id",
        "name",
        "rank_id",
        "data",
    ]


def test_company_entities_point_to_their_company_others_do_not() -> None:
    tables = Base.metadata.tables
    # Dancers, studios and productions belong to a company; a company belongs to the season.
    assert [("company_pk" in tables[t].c) for t in ["dancers", "studios", "companies"]] == [
        True,
        True,
        False,
    ]


def test_ids_and_names_have_the_domains_lengths() -> None:
    dancers = Base.metadata.tables["dancers"]
    assert (ID_LENGTH, TEXT_LENGTH) == (80, 200)
    assert isinstance(dancers.c.id.type, String)
    assert (dancers.c.id.type.length, dancers.c.name.type.length) == (80, 200)


def test_the_lengths_match_what_the_domain_accepts() -> None:
    # The longest id and text the domain accepts fit the columns; one more is refused before
    # it could reach the database.
    TypeAdapter(Id).validate_python("a" * ID_LENGTH)
    TypeAdapter(Text).validate_python("a" * TEXT_LENGTH)
    with pytest.raises(pydantic.ValidationError):
        TypeAdapter(Id).validate_python("a" * (ID_LENGTH + 1))
    with pytest.raises(pydantic.ValidationError):
        TypeAdapter(Text).validate_python("a" * (TEXT_LENGTH + 1))
