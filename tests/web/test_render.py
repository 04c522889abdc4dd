"""The menu each reader gets, by role (the policy table of services/access), and the template
environment's escaping."""

from __future__ import annotations

import datetime as dt

import pytest

from etoile.services.access import Principal, Role
from etoile.web.render import TEMPLATES, nav


def _user(role: Role) -> Principal:
    dancer = "nyc-ava" if role is Role.DANCER else None
    return Principal(
        id=1,
        login=role.value,
        name=role.value,
        role=role,
        company="nyc",
        dancer=dancer,
        language="en",
    )


BASE = "/seasons/tiny-2026"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        # A director sees everything.
        (
            Role.DIRECTOR,
            [
                ("nav.glance", BASE),
                ("nav.exchange", f"{BASE}/exchange"),
                ("nav.casting", f"{BASE}/casting"),
                ("nav.rehearsals", f"{BASE}/rehearsals"),
                ("nav.finance", f"{BASE}/finance"),
                ("nav.plans", f"{BASE}/plans"),
            ],
        ),
        # A ballet master: casting and rehearsals of their house, plans; no exchange, no money.
        (
            Role.BALLET_MASTER,
            [
                ("nav.glance", BASE),
                ("nav.casting", f"{BASE}/casting"),
                ("nav.rehearsals", f"{BASE}/rehearsals"),
                ("nav.plans", f"{BASE}/plans"),
            ],
        ),
        # Finance: the forecast and the plans.
        (
            Role.FINANCE,
            [
                ("nav.glance", BASE),
                ("nav.finance", f"{BASE}/finance"),
                ("nav.plans", f"{BASE}/plans"),
            ],
        ),
        # A dancer only has their own page, whatever the season.
        (Role.DANCER, [("nav.me", "/me")]),
    ],
)
def test_the_menu_of_each_role(role: Role, expected: list[tuple[str, str]]) -> None:
    assert nav(_user(role), "tiny-2026") == expected


def test_without_a_season_the_menu_is_the_glance() -> None:
    assert nav(_user(Role.DIRECTOR), None) == [("nav.glance", "/")]
    assert nav(_user(Role.DANCER), None) == [("nav.me", "/me")]


def test_before_login_there_is_no_menu() -> None:
    assert nav(None, "tiny-2026") == []


def test_templates_escape_whatever_their_file_name() -> None:
    # The templates are *.html.j2, which select_autoescape() would leave raw.
    template = TEMPLATES.env.from_string("<p>{{ name }}</p>")
    assert template.render(name="<script>x</script>") == "<p>&lt;script&gt;x&lt;/script&gt;</p>"


def test_the_isodate_filter_reads_iso_dates() -> None:
    template = TEMPLATES.env.from_string("{{ ('2026-12-09' | isodate).weekday() }}")
    # 9 Dec 2026 is a Wednesday: weekday 2.
    assert dt.date(2026, 12, 9).weekday() == 2
    assert template.render() == "2"
