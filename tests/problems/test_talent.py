"""Talent scheduling data: construction checks and the three file formats, good and bad."""

from __future__ import annotations

from pathlib import Path

import pytest

from etoile.config import get_settings
from etoile.problems.talent import TalentProblem, parse_minizinc, parse_stuckey, read_talent
from etoile.seasonfile.errors import InputError

BENCH = get_settings().shared_dir / "benchmarks" / "talent"

# (scenes, actors, fixed cost) from the README of the benchmark folder.
SIZES = {
    "csplib-prob039/rehearsal_smith.dzn": (9, 5, 92),
    "csplib-prob039/rehearsal_choco.dzn": (5, 3, 53),
    "derived/csplib_Film1.txt": (20, 8, 725),
    "derived/csplib_Film2.txt": (13, 10, 731),
    "minizinc-benchmarks/easy/concert.dzn": (9, 5, 94),
    "minizinc-benchmarks/easy/small.dzn": (6, 4, 42),
    "minizinc-benchmarks/easy/tiny.dzn": (4, 3, 27),
    "minizinc-benchmarks/medium/MobStory.dzn": (28, 8, 725),
    **{
        f"minizinc-benchmarks/medium/film{k}.dzn": v
        for k, v in {
            "103": (19, 8, 844),
            "105": (18, 8, 739),
            "114": (19, 8, 724),
            "116": (19, 8, 431),
            "117": (19, 8, 716),
            "118": (19, 8, 697),
            "119": (18, 8, 631),
        }.items()
    },
    **{
        f"stuckey-format/film{k}.dat": v
        for k, v in {
            "103": (19, 8, 844),
            "105": (18, 8, 739),
            "114": (19, 8, 724),
            "116": (19, 8, 431),
            "117": (19, 8, 716),
            "118": (19, 8, 697),
            "119": (18, 8, 631),
        }.items()
    },
    "stuckey-format/MobStory": (28, 8, 725),
    "stuckey-format/Shaw2020": (20, 20, 588),
    "stuckey-format/Warwick1201": (20, 20, 191),
    "stuckey-format/concert": (9, 5, 94),
    "stuckey-format/film-10": (10, 8, 324),
    "stuckey-format/film-12": (12, 8, 349),
    "stuckey-format/small": (6, 4, 42),
    "stuckey-format/small2": (6, 4, 48),
    "stuckey-format/tiny": (4, 3, 27),
    "stuckey-format/tiny2": (5, 3, 8),
}


def test_every_benchmark_file_is_listed() -> None:
    files = {str(p.relative_to(BENCH)) for p in BENCH.rglob("*") if p.is_file()}
    assert files - {"README.md"} == set(SIZES)


@pytest.mark.parametrize("name", sorted(SIZES))
def test_benchmark_files_parse_with_their_sizes(name: str) -> None:
    problem = read_talent(BENCH / name)
    assert (problem.num_scenes, problem.num_actors, problem.fixed_cost) == SIZES[name]


def test_two_formats_of_one_instance_agree() -> None:
    dzn = read_talent(BENCH / "minizinc-benchmarks/medium/film103.dzn")
    text = read_talent(BENCH / "stuckey-format/film103.dat")
    assert (dzn.durations, dzn.costs, dzn.needs) == (text.durations, text.costs, text.needs)


def test_stuckey_text_with_crlf_tabs_and_counts_on_one_line() -> None:
    problem = parse_stuckey("mini\r\n3 2\r\n1\t0 1  5\r\n0 1 1\t2\r\n\r\n2 1 3\r\n")
    assert problem.name == "mini"
    assert problem.durations == (2, 1, 3)
    assert problem.costs == (5, 2)
    assert problem.actors_of(2) == [0, 1]
    assert problem.scenes_of(1) == [1, 2]


def test_csplib_array2d_gets_costs_of_one() -> None:
    text = "num_pieces = 2;\nnum_players = 2;\nduration = [3, 4];\n"
    text += "rehearsal = array2d(1..num_players, 1..num_pieces, [1, 0,\n 1, 1]); % comment\n"
    problem = parse_minizinc(text)
    assert problem.costs == (1, 1)
    assert problem.scenes_of(1) == [0, 1]


def _error(call, text: str) -> tuple[str, int | None, str]:
    with pytest.raises(InputError) as caught:
        call(text, "bad.txt")
    first = caught.value.problems[0]
    return first.file, first.line, first.message


def test_stuckey_non_integer_names_file_and_line() -> None:
    assert _error(parse_stuckey, "x\n2\n1\n1 x 4\n1 1\n") == ("bad.txt", 4, "expected an integer")


def test_stuckey_wrong_count_names_the_expected_numbers() -> None:
    file, line, message = _error(parse_stuckey, "x\n3\n2\n1 0 1 5\n1 1\n")
    assert (file, line) == ("bad.txt", 5)
    assert message.startswith("expected 13 integers after the name (3 scenes, 2 actors")


def test_stuckey_matrix_value_other_than_0_1() -> None:
    assert _error(parse_stuckey, "x\n2\n1\n1 2 4\n1 1\n") == ("bad.txt", 4, "expected 0 or 1")


def test_stuckey_negative_count() -> None:
    assert _error(parse_stuckey, "x\n-2 1\n")[1:] == (2, "expected non-negative counts")


TALENT = "numScenes = 3;\nnumActors = 2;\nia = [|1,0,1|\n0,1,1|];\nc = [1, 2];\nd = [1,2,3];\n"


def test_minizinc_talent_parses() -> None:
    problem = parse_minizinc(TALENT)
    assert problem.durations == (1, 2, 3)
    assert problem.needs == ((True, False, True), (False, True, True))


def test_minizinc_short_matrix_row_names_its_line() -> None:
    file, line, message = _error(parse_minizinc, TALENT.replace("0,1,1|]", "0,1|]"))
    assert (file, line, message) == ("bad.txt", 4, "expected 3 values (one per scene), got 2")


def test_minizinc_durations_count_names_its_line() -> None:
    assert _error(parse_minizinc, TALENT.replace("d = [1,2,3]", "d = [1,2]"))[1:] == (
        6,
        "expected 3 scene durations, got 2",
    )


def test_minizinc_non_integer() -> None:
    assert _error(parse_minizinc, TALENT.replace("c = [1, 2]", "c = [1, two]"))[1:] == (
        5,
        "expected an integer",
    )


def test_minizinc_missing_item_and_bad_cost_count() -> None:
    assert _error(parse_minizinc, TALENT.replace("numActors = 2;\n", ""))[2] == (
        "'numActors' is missing"
    )
    assert _error(parse_minizinc, TALENT.replace("c = [1, 2]", "c = [1]"))[1:] == (
        5,
        "expected 2 actor costs, got 1",
    )


def test_read_talent_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_talent(tmp_path / "nope.dzn")
    assert caught.value.problems[0].file == str(tmp_path / "nope.dzn")


def test_construction_names_the_bad_index() -> None:
    with pytest.raises(ValueError, match=r"durations\[1\] must be a non-negative integer"):
        TalentProblem.from_matrix([1, -2], [1], [[1, 0]])
    with pytest.raises(ValueError, match=r"needs\[1\] has 1 entries, expected 2"):
        TalentProblem.from_matrix([1, 2], [1, 1], [[1, 0], [1]])
    with pytest.raises(ValueError, match=r"matrix\[0\]\[1\] must be 0 or 1"):
        TalentProblem.from_matrix([1, 2], [1], [[1, 3]])
    with pytest.raises(ValueError, match="needs has 1 actor rows but costs has 2"):
        TalentProblem.from_matrix([1, 2], [1, 1], [[1, 0]])
