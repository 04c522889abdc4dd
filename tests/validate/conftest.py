"""Fixtures of the validator tests.

``tiny_season`` is overridden here to parse the YAML file once per session (PyYAML's pure
Python parser costs about 0.1 s a time) and build a fresh season object for each test.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from etoile.domain import Season

from .builders import clean

TINY_SEASON_FILE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "tiny-season.yaml"


@pytest.fixture(scope="session")
def tiny_season_data() -> dict[str, Any]:
    """The tiny season file as plain data, parsed once."""
    data: dict[str, Any] = yaml.safe_load(TINY_SEASON_FILE.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def tiny_season(tiny_season_data: dict[str, Any]) -> Season:
    """The hand-written tiny season as a new domain object."""
    return Season.model_validate(copy.deepcopy(tiny_season_data))


@pytest.fixture
def clean_season(tiny_season: Season) -> Season:
    """The tiny season with every season rule satisfied (see :func:`builders.clean`)."""
    return clean(tiny_season)
