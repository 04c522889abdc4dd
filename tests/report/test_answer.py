"""The answer first: who goes where, and each house without and with the exchange."""

from __future__ import annotations

from etoile.domain import Plan, Season
from etoile.report import render_report

from .builders import plan_data
from .dom import Node, parse

NNBSP, NBSP, THIN = "\u202f", "\xa0", "\u2009"


def cells(row: Node) -> list[str]:
    """The text of a table row's header and data cells."""
    return [c.text() for c in row.children if isinstance(c, Node) and c.tag in ("th", "td")]


def rows(html: str, table: str) -> list[list[str]]:
    """The body rows of the answer's table with this class."""
    body = parse(html).by_id("answer").find("table", table).find("tbody")
    return [cells(r) for r in body.find_all("tr")]


def test_the_move_in_english(rendered: dict[str, str]) -> None:
    assert rows(rendered["en"], "moves") == [
        [
            "Léa Garnier (Étoile)",
            "Ballet de l'Opéra de Lutèce → Manhattan Ballet Theatre",
            f"Dec 9{THIN}–{THIN}13, 2026",
            f"Dec 7{THIN}–{THIN}14, 2026",
            "Giselle (Giselle)",
            "3",
        ]
    ]


def test_the_move_in_french(rendered: dict[str, str]) -> None:
    [move] = rows(rendered["fr"], "moves")
    assert move[2:4] == ["9–13 déc. 2026", "7–14 déc. 2026"]


def test_each_house_without_and_with_the_exchange_in_english(rendered: dict[str, str]) -> None:
    assert rows(rendered["en"], "houses") == [
        ["Manhattan Ballet Theatre", "-$85,000", "$50,000", "+$135,000", "20%", "68%"],
        ["Ballet de l'Opéra de Lutèce", "€20,000", "€34,567", "+€14,567", "55%", "62%"],
    ]


def test_each_house_without_and_with_the_exchange_in_french(rendered: dict[str, str]) -> None:
    assert [r[1:] for r in rows(rendered["fr"], "houses")] == [
        [f"-85{NNBSP}000{NBSP}$US", f"50{NNBSP}000{NBSP}$US", f"+135{NNBSP}000{NBSP}$US",
         f"20{NBSP}%", f"68{NBSP}%"],
        [f"20{NNBSP}000{NBSP}€", f"34{NNBSP}567{NBSP}€", f"+14{NNBSP}567{NBSP}€",
         f"55{NBSP}%", f"62{NBSP}%"],
    ]  # fmt: skip


def test_the_draws_behind_the_chances(rendered: dict[str, str]) -> None:
    note = parse(rendered["fr"]).by_id("answer").find("p", "note").text()
    assert note == (
        f"Valeurs espérées ; probabilités d'équilibre tirées de 2{NNBSP}000 saisons simulées "
        "(graine 7)."
    )


def test_no_exchange_is_said_plainly_with_the_reasons(tiny_season: Season) -> None:
    plan = Plan.model_validate({**plan_data(exchange=False), "forecast": None})
    reasons = ["No swap raises both houses: Léa Garnier's fee exceeds her draw in New York."]
    html = render_report(tiny_season, plan, "en", reasons, violations=[])
    answer = parse(html).by_id("answer")
    assert answer.find("p", "no-exchange").text() == (
        "This plan has no exchange: every dancer stays with their own house."
    )
    assert [li.text() for li in answer.find("ul", "why").find_all("li")] == reasons
    assert answer.find_all("table", "moves") == []
    # Without a forecast, the houses table gives way to a plain sentence.
    assert answer.find_all("table", "houses") == []
    assert answer.find_all("p")[-1].text() == "This plan has no forecast yet."
    assert parse(html).by_id("calendar").find("p").text() == "No one travels in this plan."
