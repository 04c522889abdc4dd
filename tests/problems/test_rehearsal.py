"""The rehearsal problem of the kit season (tests/rehearsal_kit.py), worked by hand."""

from __future__ import annotations

import datetime as dt

from etoile.domain import RehearsalKind
from etoile.problems.rehearsal import compile_rehearsal
from etoile.problems.rehearsal_calls import chunks
from etoile.problems.rehearsal_time import Service, services
from rehearsal_kit import kit_plan, kit_season


def test_chunks_cut_hours_into_calls_on_the_grid() -> None:
    assert chunks(3.0, 180) == (180,)
    assert chunks(61.1, 180) == (180,) * 20 + (90,)
    assert chunks(2.0, 180) == (120,)
    assert chunks(0.0, 180) == ()


def test_default_rules_give_two_services_a_day() -> None:
    # 10:00 + min(180, 300 - 75) = 13:00; a 60-min break; 14:00-17:00. A third (18:00-21:00)
    # would make a 75 + 660 min day, over the 540-min span.
    nyc = kit_season().company["nyc"]
    assert services(nyc) == (Service(600, 780), Service(840, 1020))


def test_kit_needs() -> None:
    # The corps role has two dancers: an ensemble role, which Cal learns in the company calls
    # (3 h, more than his 2 h), so he gets no learning call of his own. Calls last at most the
    # show-day limit (120 min), so that they fit a show day: 3 h is two calls of 90 min.
    problem = compile_rehearsal(kit_season(), kit_plan())
    got = {(n.kind, n.dancers, n.minutes) for n in problem.needs}
    assert got == {
        (RehearsalKind.COMPANY, ("bea", "cal"), (90, 90)),
        (RehearsalKind.COACHING, ("ava",), (120,)),
        (RehearsalKind.STAGE, ("ava", "bea", "cal"), (120,)),
        (RehearsalKind.DRESS, ("ava", "bea", "cal"), (120,)),
    }
    company = next(n for n in problem.needs if n.kind is RehearsalKind.COMPANY)
    # Three weeks before Thu 10 Dec, never before the period (10 Nov); until the first show.
    assert (company.first_day, company.last_day) == (dt.date(2026, 11, 19), dt.date(2026, 12, 10))


def test_options_keep_clear_of_the_show() -> None:
    problem = compile_rehearsal(kit_season(), kit_plan())
    coaching = next(
        c for c in problem.calls if problem.needs[c.need].kind is RehearsalKind.COACHING
    )
    show_day = [o for o in coaching.options if o.day == dt.date(2026, 12, 10)]
    # Ava dances at 19:30 (show ends 21:30): class starts >= 21:30 - 540 min = 12:30, so the
    # call >= 13:45: the morning service is out, the afternoon one (14:00-17:00) is in, and the
    # 120-min call starts 14:00..15:00.
    assert [(o.service, o.hi - o.lo) for o in show_day] == [(1, 60)]
    assert not [o for o in coaching.options if o.day == dt.date(2026, 12, 12)]  # two shows


def _kinds(
    season: object, plan: object
) -> dict[RehearsalKind, tuple[tuple[str, ...], tuple[int, ...]]]:
    problem = compile_rehearsal(season, plan)  # type: ignore[arg-type]
    return {n.kind: (n.dancers, n.minutes) for n in problem.needs}


def test_a_slow_ensemble_learner_lengthens_the_company_calls() -> None:
    # Cal needs 4 h to learn his ensemble role, more than the 3 h of company calls: the
    # group's calls last 4 h (two calls of 2 h), still with no learning call.
    got = _kinds(kit_season(cal_hours=4.0), kit_plan())
    assert got[RehearsalKind.COMPANY] == (("bea", "cal"), (120, 120))
    assert RehearsalKind.LEARNING not in got


def test_a_solo_debut_still_gets_learning_calls() -> None:
    # With one dancer in the role (Cal alone), it is a solo role: 3 h of company calls and
    # his own 2 h learning call.
    got = _kinds(kit_season(corps=1), kit_plan(corps=("cal",)))
    assert got[RehearsalKind.COMPANY] == (("cal",), (90, 90))
    assert got[RehearsalKind.LEARNING] == (("cal",), (120,))


def test_production_lead_weeks_set_the_window_inside_the_rehearsal_period() -> None:
    # One week before Thu 10 Dec; six weeks would start before the period (3 weeks before
    # the season's start, Tue 1 Dec: 10 Nov), so it starts with the period.
    def window(weeks: int) -> tuple[dt.date, dt.date]:
        problem = compile_rehearsal(kit_season(rehearsal={"lead_weeks": weeks}), kit_plan())
        n = next(n for n in problem.needs if n.kind is RehearsalKind.COMPANY)
        return n.first_day, n.last_day

    assert window(1) == (dt.date(2026, 12, 3), dt.date(2026, 12, 10))
    assert window(6) == (dt.date(2026, 11, 10), dt.date(2026, 12, 10))


def test_calls_fit_a_show_day() -> None:
    # A show-day limit of 180 min lets calls fill the 180-min service: 3 h is one call.
    problem = compile_rehearsal(kit_season({"max_rehearsal_minutes_on_show_day": 180}), kit_plan())
    company = next(n for n in problem.needs if n.kind is RehearsalKind.COMPANY)
    assert company.minutes == (180,)


def _learners_season(studio: int) -> tuple[object, object]:
    """Bea, Cal and Dan dance the ensemble (3 of them, studio of ``studio``); Cal and Dan
    also learn the solo role (6 h) for Sat 12 Dec; Cal first dances the ensemble on Thu 10."""
    from casting_kit import company, dancer, plan, role, season, show

    solo, ens = "nyc-bal.solo", "nyc-bal.ens"
    dancers = [
        dancer("bea", rank="corps", known=(ens,)),
        dancer("cal", rank="corps", known=(ens,), learn_hours={solo: 6.0}),
        dancer("dan", rank="corps", known=(ens,), learn_hours={solo: 6.0}),
    ]
    roles = [role(solo, tiers=("corps",)), role(ens, tiers=("corps",), count=3)]
    shows = [show("s1", "2026-12-10T19:30"), show("s2", "2026-12-12T20:00")]
    data = company("nyc", dancers, roles, shows)
    data["studios"][0]["capacity"] = studio
    cast = [("s1", ens, d) for d in ("bea", "cal", "dan")]
    cast += [("s2", ens, "bea"), ("s2", solo, "cal"), ("s2", solo, "dan")]
    s = season(data)
    # Two dancers in a one-dancer role would break the casting rules, not the needs' reading.
    return s, plan(cast)


def test_learning_opens_before_the_first_show_in_the_production() -> None:
    # Cal's debut in the solo role is Sat 12 Dec, his first show of the production Thu 10
    # Dec: 6 h at 6 h a week, twice over, is 14 days, less than the three lead weeks, so the
    # window opens 21 days before Thu 10 Dec (19 Nov), not before Sat 12 (21 Nov).
    s, p = _learners_season(40)
    problem = compile_rehearsal(s, p)  # type: ignore[arg-type]
    learning = [n for n in problem.needs if n.kind is RehearsalKind.LEARNING]
    assert [(n.dancers, n.first_day, n.last_day) for n in learning] == [
        (("cal", "dan"), dt.date(2026, 11, 19), dt.date(2026, 12, 12))
    ]


def test_learners_of_different_company_groups_learn_apart() -> None:
    # A studio of 2: the ensemble rehearses as (Bea, Cal) and (Dan); Cal and Dan then learn
    # the solo role apart, each in the free time of their own group's calls.
    s, p = _learners_season(2)
    problem = compile_rehearsal(s, p)  # type: ignore[arg-type]
    company = sorted(n.dancers for n in problem.needs if n.kind is RehearsalKind.COMPANY)
    learning = sorted(n.dancers for n in problem.needs if n.kind is RehearsalKind.LEARNING)
    assert company == [("bea", "cal"), ("dan",)]
    assert learning == [("cal",), ("dan",)]
