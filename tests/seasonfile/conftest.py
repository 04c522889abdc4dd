"""Fixtures for season-file tests: the tiny season as editable data, and a working folder."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from etoile.cli.common import err_console

TINY = Path(__file__).resolve().parents[2] / "docs" / "examples" / "tiny-season.yaml"
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_TINY_DATA = yaml.safe_load(TINY.read_text(encoding="utf-8"))


@pytest.fixture
def data() -> dict[str, Any]:
    """A fresh, editable copy of the tiny season's data."""
    return copy.deepcopy(_TINY_DATA)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that is also the working directory, so files have short names."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def write_season(workdir: Path) -> Callable[..., Path]:
    """Write season data to ``season.yaml`` (or another name) in the working folder."""

    def write(data: dict[str, Any], name: str = "season.yaml") -> Path:
        path = Path(name)
        if path.suffix in (".yaml", ".yml"):
            # libyaml's writer: the pure-Python one would dominate the run time of these tests.
            text = yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True)
        else:  # the YAML data holds dates; JSON files write them as text
            text = json.dumps(data, default=str, ensure_ascii=False, indent=2)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture(autouse=True)
def wide_error_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Print error tables 500 columns wide, so no message is wrapped inside a cell.

    Rich fixes the width when the console is created (from COLUMNS or the terminal, which
    differ between a plain run and pytest-xdist workers); the private fields are set here,
    and restored after each test, because the public setter cannot restore "unset".
    """
    monkeypatch.setattr(err_console, "_width", 500)
    monkeypatch.setattr(err_console, "_height", 50)
