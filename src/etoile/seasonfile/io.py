"""Read and write season and plan files (YAML or JSON, chosen by the file's suffix).

Writing is deterministic: the same season gives the same bytes, so generated seasons can be
compared with ``cmp`` and kept in version control.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from etoile.domain import Plan, Season

YAML_SUFFIXES = (".yaml", ".yml")


def season_to_data(season: Season) -> dict[str, Any]:
    """The season as plain JSON-compatible data, in file order."""
    return season.model_dump(mode="json", by_alias=True)


def plan_to_data(plan: Plan) -> dict[str, Any]:
    """The plan as plain JSON-compatible data."""
    return plan.model_dump(mode="json", by_alias=True)


_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""LibYAML's emitter when PyYAML has it (the same text, three to four times faster)."""


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """Block-style YAML that keeps key order and never emits aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dumps(data: dict[str, Any], suffix: str) -> str:
    """Serialise ``data`` as YAML (``.yaml``/``.yml``) or JSON (anything else).

    Parameters
    ----------
    data
        Plain data (:func:`season_to_data`, :func:`plan_to_data`).
    suffix
        The target file's suffix.
    """
    if suffix.lower() in YAML_SUFFIXES:
        return yaml.dump(
            data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
        )
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so a failure leaves no half file.

    Parameters
    ----------
    path
        The file; its folder is created when missing.
    text
        Written as UTF-8.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def dump_season(season: Season, path: Path) -> None:
    """Write ``season`` to ``path`` (YAML or JSON by suffix), atomically.

    Parameters
    ----------
    season
        The season to write.
    path
        Its file; ``.yaml``/``.yml`` gives YAML.
    """
    write_text_atomic(path, dumps(season_to_data(season), path.suffix))


def dump_plan(plan: Plan, path: Path) -> None:
    """Write ``plan`` to ``path`` as JSON, atomically.

    Parameters
    ----------
    plan
        What to save.
    path
        The JSON file to write (any suffix).
    """
    write_text_atomic(path, dumps(plan_to_data(plan), ".json"))
