"""Shared fixtures: the hand-written tiny season of docs/examples, loaded as a domain object."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from etoile.config import get_settings
from etoile.domain import Season

ROOT = Path(__file__).resolve().parents[1]
SHARED = get_settings().shared_dir
TINY_SEASON_FILE = ROOT / "docs" / "examples" / "tiny-season.yaml"


@pytest.fixture
def tiny_season_file() -> Path:
    """Path of the hand-written tiny season (docs/examples/tiny-season.yaml)."""
    return TINY_SEASON_FILE


@pytest.fixture
def tiny_season() -> Season:
    """The hand-written tiny season as a domain object."""
    return Season.model_validate(yaml.safe_load(TINY_SEASON_FILE.read_text(encoding="utf-8")))
