"""Writing season and plan files: YAML or JSON by suffix, the same bytes every time, atomic."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from etoile.domain import Plan, Season
from etoile.seasonfile.io import dump_plan, dump_season, dumps, write_text_atomic


def test_yaml_keeps_key_order_and_accents_and_json_ends_with_a_newline() -> None:
    data = {"name": "Opéra", "id": "par", "list": [{"b": 1, "a": 2}]}
    assert dumps(data, ".YML") == "name: Opéra\nid: par\nlist:\n- b: 1\n  a: 2\n"
    assert dumps(data, ".json") == (
        '{\n  "name": "Opéra",\n  "id": "par",\n  "list": [\n    {\n      "b": 1,\n'
        '      "a": 2\n    }\n  ]\n}\n'
    )


def test_a_value_used_twice_is_written_twice_not_as_an_alias() -> None:
    shared = ["woman"]
    text = dumps({"a": shared, "b": shared}, ".yaml")
    assert text == "a:\n- woman\nb:\n- woman\n"
    assert "&" not in text and "*" not in text


def test_a_season_is_written_the_same_in_both_forms(tiny_season: Season, tmp_path: Path) -> None:
    as_yaml, as_json = tmp_path / "s.yaml", tmp_path / "s.json"
    dump_season(tiny_season, as_yaml)
    dump_season(tiny_season, as_json)
    assert yaml.safe_load(as_yaml.read_text(encoding="utf-8")) == json.loads(
        as_json.read_text(encoding="utf-8")
    )
    first = as_yaml.read_bytes()
    dump_season(tiny_season, as_yaml)
    assert as_yaml.read_bytes() == first


def test_a_plan_is_json_whatever_its_suffix_with_return_for_return_(tmp_path: Path) -> None:
    from exchange_kit import lea_stay

    path = tmp_path / "plan.yaml"
    dump_plan(Plan(season="tiny-2026", exchange=[lea_stay(5, 7, 12, 13)]), path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["exchange"][0]["return"] == "2026-12-13"
    assert "return_" not in written["exchange"][0]


def test_writing_creates_the_folder_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "out.txt"
    write_text_atomic(path, "Étoile\n")
    assert path.read_text(encoding="utf-8") == "Étoile\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["out.txt"]
