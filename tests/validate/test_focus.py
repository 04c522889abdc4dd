"""The validator's focus: everything by default, a few ids inside ``focused``."""

from __future__ import annotations

from etoile.validate.focus import focused, in_focus


def test_without_a_focus_everything_counts() -> None:
    assert in_focus("nyc-ava") is True
    assert in_focus() is True


def test_inside_a_focus_only_what_names_one_of_its_ids() -> None:
    with focused(["nyc-p1", "nyc-ava"]):
        assert in_focus("nyc-ava", "nyc-p3") is True
        assert in_focus("nyc-ben") is False
        assert in_focus() is False  # a violation that names nothing cannot concern the cell
    assert in_focus("nyc-ben") is True  # the focus ends with the block


def test_an_inner_focus_gives_way_to_the_outer_one_even_after_an_error() -> None:
    with focused(["a"]):
        try:
            with focused(["b"]):
                assert (in_focus("a"), in_focus("b")) == (False, True)
                raise RuntimeError
        except RuntimeError:
            pass
        assert (in_focus("a"), in_focus("b")) == (True, False)
