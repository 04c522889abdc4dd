"""References that do not resolve, each at the place of the reference: one case per family."""

from __future__ import annotations

from typing import Any

from etoile.domain import Season
from etoile.seasonfile.checks.finding import Finding
from etoile.seasonfile.checks.references import check_references

# In docs/examples/tiny-season.yaml: companies[0] is New York (dancers nyc-ava ... nyc-fay,
# Giselle's four roles), companies[1] Paris (Swan Lake's five roles).
NYC, PAR = ("companies", 0), ("companies", 1)


def _found(data: dict[str, Any]) -> list[Finding]:
    return check_references(Season.model_validate(data))


def test_the_tiny_season_refers_to_nothing_unknown(data: dict[str, Any]) -> None:
    assert _found(data) == []


def test_learning_hours_for_a_role_that_does_not_exist(data: dict[str, Any]) -> None:
    data["companies"][0]["dancers"][2]["learn_hours"] = {"nyc-giselle.myrta": 5}
    assert _found(data) == [
        Finding(
            (*NYC, "dancers", 2, "learn_hours", "nyc-giselle.myrta"),
            "unknown role 'nyc-giselle.myrta' (did you mean 'nyc-giselle.myrtha'?)",
            "nyc-giselle.myrta",
        )
    ]


def test_a_dancer_partnering_themselves(data: dict[str, Any]) -> None:
    data["companies"][0]["dancers"][0]["partners"] = ["nyc-ava"]
    assert _found(data) == [
        Finding(
            (*NYC, "dancers", 0, "partners", 0),
            "a dancer cannot be their own partner (expected another dancer's id)",
            "nyc-ava",
        )
    ]


def test_a_role_partnering_itself_and_a_doubled_pair_of_one_role(data: dict[str, Any]) -> None:
    swan = data["companies"][1]["productions"][0]
    swan["roles"][2]["partner"] = "par-swan.rothbart"  # Rothbart, the third role
    swan["doubled_roles"] = [["par-swan.swan", "par-swan.swan"], ["par-swan.rothbart", "x"]]
    ploc = (*PAR, "productions", 0)
    assert _found(data) == [
        Finding(
            (*ploc, "roles", 2, "partner"),
            "a role cannot partner itself (expected another role of the production)",
            "par-swan.rothbart",
        ),
        Finding(
            (*ploc, "doubled_roles", 0),
            "a doubled pair names the same role twice (expected two different roles)",
            "par-swan.swan",
        ),
        Finding(
            (*ploc, "doubled_roles", 1, 1),
            "unknown role 'x' in par-swan (expected one of par-swan.big-swan, par-swan.odette, "
            "par-swan.rothbart, par-swan.siegfried, par-swan.swan)",
            "x",
        ),
    ]


def test_a_pin_of_another_productions_role_and_of_nobody(data: dict[str, Any]) -> None:
    data["companies"][0]["performances"][1]["pins"] = [
        {"role": "par-swan.odette", "dancer": "nyc-eve"}
    ]
    pin = (*NYC, "performances", 1, "pins", 0)
    found = _found(data)
    assert [f.loc for f in found] == [(*pin, "role"), (*pin, "dancer")]
    assert found[0].message == (
        "role 'par-swan.odette' is not a role of nyc-giselle, the production of this performance "
        "(expected one of nyc-giselle.giselle, nyc-giselle.albrecht, nyc-giselle.myrtha, "
        "nyc-giselle.wili)"
    )
    assert found[1].message.startswith("unknown dancer 'nyc-eve' (")


def test_exchange_terms_between_one_house_and_a_veto_of_a_third(data: dict[str, Any]) -> None:
    lon = dict(data["companies"][1], id="lon")
    lon["dancers"] = [dict(lon["dancers"][0], id="lon-amy")]
    lon["staff"] = lon["studios"] = lon["venues"] = lon["productions"] = []
    lon["performances"] = []
    data["companies"].append(lon)
    terms = data["exchanges"][0]
    terms["companies"] = ["nyc", "nyc"]
    terms["veto"] = ["lon-amy"]
    assert _found(data) == [
        Finding(("exchanges", 0, "companies"), "an exchange needs two different companies", "nyc"),
        Finding(
            ("exchanges", 0, "veto", 0),
            "dancer 'lon-amy' belongs to lon, which is not part of this exchange "
            "(expected one of nyc)",
            "lon-amy",
        ),
    ]
