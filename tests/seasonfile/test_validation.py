"""pydantic's errors in words a person can act on: the place, what was expected, the value."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from etoile.domain import Dancer, LaborRules, Season, Staff
from etoile.seasonfile.checks.finding import Finding
from etoile.seasonfile.paths import KEY_MARK
from etoile.seasonfile.validation import validation_findings


def _findings(model: type[BaseModel], data: Any) -> list[Finding]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return validation_findings(caught.value, model)


def test_types_and_bounds_say_what_was_expected() -> None:
    found = _findings(
        Dancer,
        {
            "id": "d",
            "name": "D",
            "rank": "corps",
            "tags": "woman",
            "draw": 1.5,
            "exchange_consent": "perhaps",
            "learn_hours": {"nyc-giselle.wili": -1},
        },
    )
    assert found == [
        Finding(("tags",), "expected a list", "woman"),
        Finding(("learn_hours", "nyc-giselle.wili"), "expected a number >= 0.0", -1),
        Finding(("draw",), "expected a number <= 1.0", 1.5),
        Finding(("exchange_consent",), "expected true or false", "perhaps"),
    ]


def test_a_missing_field_shows_no_value_and_an_enum_its_choices() -> None:
    assert _findings(Staff, {"id": "s", "kind": "choreographer"}) == [
        Finding(("name",), "missing required field"),
        Finding(
            ("kind",),
            "expected one of ballet_master, repetiteur, teacher, pianist, conductor",
            "choreographer",
        ),
    ]


def test_an_id_and_blank_text_are_explained() -> None:
    assert _findings(Staff, {"id": "-s", "name": "  ", "kind": "teacher"}) == [
        Finding(
            ("id",),
            "expected an id: letters, digits and . _ : -, starting with a letter or digit",
            "-s",
        ),
        Finding(("name",), "expected non-empty text", "  "),
    ]


def test_a_bad_key_of_a_mapping_is_said_to_be_the_key() -> None:
    found = _findings(LaborRules, {"max_performances_per_week": {"principle": 3}})
    assert found == [
        Finding(
            ("max_performances_per_week", "principle", KEY_MARK),
            "key 'principle': expected one of principal, soloist, corps",
            "principle",
        )
    ]


def test_an_unknown_field_is_matched_against_the_fields_of_its_place(
    tiny_season: Season,
) -> None:
    data = tiny_season.model_dump(mode="json", by_alias=True)
    dancer = data["companies"][1]["dancers"][0]
    dancer["nmae"] = dancer.pop("name")
    data["companies"][1]["venues"][0]["price_tiers"][0]["zone"] = "A"
    found = _findings(Season, data)
    assert found == [
        Finding(("companies", 1, "dancers", 0, "name"), "missing required field"),
        Finding(
            ("companies", 1, "dancers", 0, "nmae"), "unknown field 'nmae' (did you mean 'name'?)"
        ),
        Finding(
            ("companies", 1, "venues", 0, "price_tiers", 0, "zone"),
            "unknown field 'zone' (expected one of name, seats, price)",
        ),
    ]


def test_a_whole_mapping_is_not_repeated_in_the_message() -> None:
    # Text is shown whatever its length; a mapping of 30 keys, far longer than 60 characters
    # written out, is not: its place and line suffice.
    found = _findings(Staff, {"id": "s", "name": "S", "kind": "teacher", "productions": "x" * 61})
    assert found == [Finding(("productions",), "expected a list", "x" * 61)]
    big = {f"key{i}": i for i in range(30)}
    found = _findings(Staff, {"id": "s", "name": "S", "kind": "teacher", "productions": big})
    assert found == [Finding(("productions",), "expected a list", None)]
