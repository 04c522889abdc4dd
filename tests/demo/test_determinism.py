"""Same preset and seed, same bytes (in this process and in another); other seeds differ."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from etoile.demo import PRESETS, UnknownPresetError, generate
from etoile.seasonfile import dump_season


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_demo_same_seed_writes_the_same_bytes(tmp_path: Path, suffix: str) -> None:
    first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    dump_season(generate("demo", 7), first)
    dump_season(generate("demo", 7), second)
    assert first.read_bytes() == second.read_bytes()


def test_another_process_with_another_hash_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    # String hashing differs between these processes, so any iteration over a set of strings
    # would change the order of the output.
    here = tmp_path / "here.json"
    dump_season(generate("demo", 3), here)
    there = tmp_path / "there.json"
    code = (
        "import sys; from pathlib import Path; from etoile.demo import generate; "
        "from etoile.seasonfile import dump_season; "
        "dump_season(generate('demo', 3), Path(sys.argv[1]))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", code, str(there)], check=True, env=env)
    assert there.read_bytes() == here.read_bytes()


@pytest.mark.parametrize("preset", ["tiny", "demo"])
def test_different_seeds_give_different_seasons(tmp_path: Path, preset: str) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    dump_season(generate(preset, 1), one)
    dump_season(generate(preset, 2), two)
    assert one.read_bytes() != two.read_bytes()


def test_the_presets_are_tiny_demo_large() -> None:
    assert PRESETS == ("tiny", "demo", "large")


def test_an_unknown_preset_is_refused_with_the_known_ones() -> None:
    with pytest.raises(UnknownPresetError) as error:
        generate("huge", 0)
    assert str(error.value) == "unknown preset 'huge': expected one of tiny, demo, large"
