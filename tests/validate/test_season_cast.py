"""Season rules about casting every role at all: one violated and one satisfied case each."""

from __future__ import annotations

from etoile.domain import Season
from etoile.validate import Severity, Violation
from etoile.validate.season_cast import (
    CAST_LARGER_THAN_COMPANY,
    ROLE_NOBODY_CAN_DANCE,
    ROLE_TOO_FEW_KNOW,
    cast_larger_than_company,
    role_nobody_can_dance,
    role_too_few_know,
)

from .builders import fresh, with_dancer, with_production, with_role, without_dancers

GISELLE = "Giselle (Manhattan Ballet Theatre)"


def test_role_nobody_can_dance_satisfied(tiny_season: Season) -> None:
    assert list(role_nobody_can_dance(tiny_season, None)) == []


def test_role_with_a_tag_no_dancer_has_is_an_error(tiny_season: Season) -> None:
    # Only Ben Okafor is a man among New York's principals, and he is not tall; the one Paris
    # étoile who is a man has not consented to the exchange, so no guest can come either.
    season = with_role(tiny_season, "nyc-giselle.albrecht", tags=["man", "tall"])
    assert list(role_nobody_can_dance(season, None)) == [
        Violation(
            ROLE_NOBODY_CAN_DANCE,
            Severity.ERROR,
            ("nyc-giselle", "nyc-giselle.albrecht"),
            1.0,
            f"{GISELLE}: Albrecht needs 1 dancer(s) (principal, man, tall); no one in the "
            "company can dance it, 1 short",
        )
    ]


def test_role_short_beyond_the_guest_places_is_an_error(tiny_season: Season) -> None:
    # Four Myrthas; Ava Linden and Cleo Marsh can dance it: 2 short, and the terms allow 1 guest.
    season = with_role(tiny_season, "nyc-giselle.myrtha", count=4)
    assert list(role_nobody_can_dance(season, None)) == [
        Violation(
            ROLE_NOBODY_CAN_DANCE,
            Severity.ERROR,
            ("nyc-giselle", "nyc-giselle.myrtha"),
            2.0,
            f"{GISELLE}: Myrtha needs 4 dancer(s) (principal or soloist, woman); only 2 "
            "(Ava Linden, Cleo Marsh) in the company can dance it, 2 short",
        )
    ]


def test_role_a_guest_could_cover_is_a_warning(tiny_season: Season) -> None:
    # Three Myrthas: 1 short, and Léa Garnier (an étoile who consented) could come from Paris.
    season = with_role(tiny_season, "nyc-giselle.myrtha", count=3)
    [found] = role_nobody_can_dance(season, None)
    assert (found.rule, found.severity, found.entities, found.amount) == (
        ROLE_NOBODY_CAN_DANCE,
        Severity.WARNING,
        ("nyc-giselle", "nyc-giselle.myrtha"),
        1.0,
    )
    assert found.message.endswith("1 short; only a guest can cover it (Léa Garnier could come)")


def test_cast_larger_than_company_satisfied(tiny_season: Season) -> None:
    assert list(cast_larger_than_company(tiny_season, None)) == []


def test_roles_competing_for_the_same_dancers(tiny_season: Season) -> None:
    # Without Dina and Ella, five slots (Giselle, Albrecht, Myrtha, 2 Wilis) meet four dancers:
    # Ava must be Giselle, so Cleo is Myrtha, and Fay is the only Wili left. Each role alone
    # has enough dancers, so only this rule fires. No guest may dance a corps role.
    season = fresh(
        without_dancers(tiny_season, "nyc-dina", "nyc-ella").model_copy(update={"exchanges": []})
    )
    assert list(cast_larger_than_company(season, None)) == [
        Violation(
            CAST_LARGER_THAN_COMPANY,
            Severity.ERROR,
            ("nyc-giselle",),
            1.0,
            f"{GISELLE} needs 5 dancers on stage at once; the roles compete for the same "
            "dancers and 1 cannot be cast",
        )
    ]
    assert list(role_nobody_can_dance(season, None)) == []


def test_roles_competing_a_guest_could_relieve(tiny_season: Season) -> None:
    # Léa Garnier could dance Giselle or Myrtha as a guest, freeing Ava or Cleo.
    season = without_dancers(tiny_season, "nyc-dina", "nyc-ella")
    [found] = cast_larger_than_company(season, None)
    assert (found.severity, found.amount) == (Severity.WARNING, 1.0)


def test_doubled_roles_do_not_compete(tiny_season: Season) -> None:
    # The same shortage, but one dancer may dance Myrtha and a Wili in the same show.
    season = without_dancers(tiny_season, "nyc-dina", "nyc-ella")
    season = with_production(
        season, "nyc-giselle", doubled_roles=[["nyc-giselle.myrtha", "nyc-giselle.wili"]]
    )
    assert list(cast_larger_than_company(season, None)) == []


def test_role_too_few_know_satisfied(tiny_season: Season) -> None:
    assert list(role_too_few_know(tiny_season, None)) == []


def test_role_nobody_knows_needs_its_learning_hours(tiny_season: Season) -> None:
    # Ben Okafor is the only possible Albrecht and has forgotten it: 35 h to learn it.
    season = with_dancer(tiny_season, "nyc-ben", known_roles=[])
    assert list(role_too_few_know(season, None)) == [
        Violation(
            ROLE_TOO_FEW_KNOW,
            Severity.WARNING,
            ("nyc-giselle", "nyc-giselle.albrecht"),
            35.0,
            f"{GISELLE}: Albrecht needs 1 dancer(s); of the 1 who can dance it, no one knows "
            "it; plan at least 35 h of learning (quickest: Ben Okafor 35 h)",
        )
    ]


def test_the_quickest_learner_counts(tiny_season: Season) -> None:
    # Two Wilis, only Cleo Marsh knows it; Dina Park needs 4 h (her own figure), Ella and Fay
    # the role's 10 h: at least 4 h of learning.
    season = with_dancer(
        tiny_season, "nyc-dina", known_roles=[], learn_hours={"nyc-giselle.wili": 4}
    )
    season = with_dancer(season, "nyc-ella", known_roles=[])
    season = with_dancer(season, "nyc-fay", known_roles=[])
    [found] = role_too_few_know(season, None)
    assert (found.rule, found.entities, found.amount) == (
        ROLE_TOO_FEW_KNOW,
        ("nyc-giselle", "nyc-giselle.wili"),
        4.0,
    )
    assert "only Cleo Marsh knows it" in found.message
