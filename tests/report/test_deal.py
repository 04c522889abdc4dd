"""The deal on the report's first screen, and the section "The deal" behind it.

The plan is the hand-built one of :mod:`.builders` with :func:`.builders.deal_data`: a swap in
which New York pays Paris €50,000 for Léa Garnier's stay (both gain from €10,800 to
€100,000), or no swap.
"""

from __future__ import annotations

import pytest

from etoile.domain import Plan, Season
from etoile.i18n import Translator
from etoile.report import render_report
from etoile.report.deal_frontier import stay_label

from .builders import EXPLANATIONS, LEA_STAY, deal_data, plan_data, season_data
from .dom import Node, parse
from .test_catalogue import english_fragments, visible_text

NNBSP, NBSP, THIN = "\u202f", "\xa0", "\u2009"
HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"


def deal_plan(verdict: str = "swap", /, **changes: object) -> Plan:
    """The hand-built plan with the hand-made deal (``changes`` replace deal fields)."""
    data = plan_data(exchange=verdict == "swap")
    data["deal"] = {**deal_data(verdict), **changes}
    return Plan.model_validate(data)


@pytest.fixture(scope="module")
def season() -> Season:
    return Season.model_validate(season_data())


@pytest.fixture(scope="module")
def pages(season: Season) -> dict[tuple[str, str], Node]:
    """The report of each verdict in each language, parsed."""
    return {
        (verdict, lang): parse(
            render_report(season, deal_plan(verdict), lang, EXPLANATIONS, violations=[])
        )
        for verdict in ("swap", "none")
        for lang in ("en", "fr")
    }


def first_screen(page: Node) -> list[str]:
    """The verdict's headline and sentences, as read."""
    box = page.by_id("verdict")
    return [box.find("p", "headline").text()] + [
        li.text() for ul in box.find_all("ul", "deal-summary") for li in ul.find_all("li")
    ]


def test_a_swap_is_the_first_thing_read_in_english(pages: dict[tuple[str, str], Node]) -> None:
    page = pages[("swap", "en")]
    answer = page.by_id("answer")
    # Straight under the section title, before who goes where.
    assert [n.tag for n in answer.children if isinstance(n, Node)][:2] == ["h2", "div"]
    assert first_screen(page) == [
        "The answer: a swap. Both houses gain if Manhattan Ballet Theatre pays Ballet de "
        "l'Opéra de Lutèce between €10,800 and €100,000.",
        "Proposed transfer: Manhattan Ballet Theatre pays Ballet de l'Opéra de Lutèce €50,000; "
        "an even split of the gain would be €55,400.",
        "Manhattan Ballet Theatre: gain of +$108,000 before the transfer, +$54,000 after it.",
        "Ballet de l'Opéra de Lutèce: gain of -€10,800 before the transfer, +€39,200 after it.",
    ]


def test_a_swap_is_the_first_thing_read_in_french(pages: dict[tuple[str, str], Node]) -> None:
    assert first_screen(pages[("swap", "fr")]) == [
        "La réponse : un échange. Les deux maisons y gagnent si Manhattan Ballet Theatre verse "
        f"à Ballet de l'Opéra de Lutèce entre 10{NNBSP}800{NBSP}€ et 100{NNBSP}000{NBSP}€.",
        f"Transfert proposé : Manhattan Ballet Theatre verse 50{NNBSP}000{NBSP}€ à Ballet de "
        f"l'Opéra de Lutèce ; un partage égal du gain donnerait 55{NNBSP}400{NBSP}€.",
        f"Manhattan Ballet Theatre : gain de +108{NNBSP}000{NBSP}$US avant le transfert, "
        f"+54{NNBSP}000{NBSP}$US après.",
        f"Ballet de l'Opéra de Lutèce : gain de -10{NNBSP}800{NBSP}€ avant le transfert, "
        f"+39{NNBSP}200{NBSP}€ après.",
    ]


def test_no_swap_shows_the_frontier_and_what_would_change_it(
    pages: dict[tuple[str, str], Node],
) -> None:
    for lang, headline, change in (
        ("en", "The answer: no swap. No package of stays leaves both houses better off, "
         "whatever the transfer.", "What would change the answer"),
        ("fr", "La réponse : pas d'échange. Aucun ensemble de séjours n'améliore le résultat "
         "des deux maisons, quel que soit le transfert.", "Ce qui changerait la réponse"),
    ):  # fmt: skip
        box = pages[("none", lang)].by_id("verdict")
        assert first_screen(pages[("none", lang)])[0] == headline
        chart = box.find("figure").find("svg")
        assert len(chart.find_all("g", "point")) == 2
        assert chart.find_all("g", "chosen") == []
        assert box.find("h4").text() == change
        assert [li.text() for li in box.find("ul", "change-it").find_all("li")] == [
            "A fee cap above €30,000 in the terms would let New York pay Paris enough."
        ]


def test_the_deal_table_puts_the_estimate_next_to_the_monte_carlo(
    pages: dict[tuple[str, str], Node],
) -> None:
    body = pages[("swap", "en")].by_id("deal").find("table", "deal-houses").find("tbody")
    rows = [[c.text() for c in r.children if isinstance(c, Node)] for r in body.find_all("tr")]
    assert rows == [
        ["Manhattan Ballet Theatre", "-$85,000", "$23,000", "+$108,000", "-$54,000", "+$54,000",
         "+$100,000", "+$104,500", "20%", "55%"],
        ["Ballet de l'Opéra de Lutèce", "€20,000", "€9,200", "-€10,800", "+€50,000", "+€39,200",
         "-€12,000", "not computed", "55%", "71%"],
    ]  # fmt: skip
    transfer = pages[("swap", "en")].by_id("deal").find("table", "transfers").find("tbody")
    assert [c.text() for c in transfer.find("tr").children if isinstance(c, Node)] == [
        "Manhattan Ballet Theatre", "Ballet de l'Opéra de Lutèce", "€50,000", "€10,800",
        "€100,000", "€55,400",
    ]  # fmt: skip


def test_the_frontier_marks_the_chosen_package_and_the_transfer(
    pages: dict[tuple[str, str], Node],
) -> None:
    chart = pages[("swap", "en")].by_id("chart-frontier").find("svg")
    assert chart.attrs["aria-label"] == (
        "The frontier: every package of stays that no other beats for both houses"
    )
    points = {
        float(g.find_all("circle")[0].attrs["cx"]): "chosen" in g.classes
        for g in chart.find_all("g", "point")
    }
    # The chosen package is the one that gains New York the most ($108,000): rightmost.
    assert len(points) == 3 and points[max(points)] is True and sum(points.values()) == 1
    [chosen] = chart.find_all("g", "chosen")
    assert chosen.find("title").text() == (
        f"Léa Garnier at Manhattan Ballet Theatre, Dec 9{THIN}–{THIN}13, 2026. "
        "Manhattan Ballet Theatre: +$108,000; Ballet de l'Opéra de Lutèce: -€10,800"
    )
    # Each house's line of zero gain, the fee range, the agreed and the even split.
    assert len(chart.find_all("line", "zero")) == 2
    assert len(chart.find_all("line", "fee-range")) == 1
    assert len(chart.find_all("circle", "after")) == 1
    assert len(chart.find_all("rect", "even")) == 1
    packages = pages[("swap", "en")].by_id("deal").find("table", "packages").find("tbody")
    assert [r.classes for r in packages.find_all("tr")] == [["chosen"], [], []]


def test_the_tornado_sorts_the_assumptions_by_width_and_marks_flips(
    pages: dict[tuple[str, str], Node],
) -> None:
    deal = pages[("swap", "en")].by_id("deal")
    bars = deal.by_id("chart-tornado").find("svg").find_all("g", "bar")
    # Widths: star_draw €130,000, demand_elasticity €125,000, travel_cost €17,000.
    assert [b.find("text", "name").text() for b in bars] == [
        "star_draw", "demand_elasticity", "travel_cost",
    ]  # fmt: skip
    assert ["flips" in b.classes for b in bars] == [False, True, False]
    assert len(bars[1].find_all("rect", "flip-mark")) == 1
    table = deal.find("table", "sensitivity").find("tbody").find_all("tr")
    assert [str(r.find("th").children[0]).strip() for r in table] == [
        "star_draw", "demand_elasticity", "travel_cost",
    ]  # fmt: skip
    assert [c.text() for c in table[1].find_all("td")] == [
        "low -1.2, base -0.8, high -0.4", "-€5,000", "+€89,200", "+€120,000", "0 to 1", "yes",
    ]  # fmt: skip


def test_the_paths_to_break_even(pages: dict[tuple[str, str], Node]) -> None:
    table = pages[("swap", "fr")].by_id("deal").find("table", "paths")
    assert table.find("caption").text() == "Manhattan Ballet Theatre"
    rows = [[c.text() for c in r.children if isinstance(c, Node)]
            for r in table.find("tbody").find_all("tr")]  # fmt: skip
    assert rows == [
        ["Prix des billets", f"31{NNBSP}000{NBSP}$US", f"12{NNBSP}000{NBSP}$US", "4,5 %",
         "Prices 4.5% above the plan's."],
        ["Représentations supplémentaires", f"31{NNBSP}000{NBSP}$US", f"0{NBSP}$US",
         "2 représentations", "Two more Giselles at 85% of seats."],
    ]  # fmt: skip


def test_a_french_deal_shows_no_english_label(pages: dict[tuple[str, str], Node]) -> None:
    for verdict in ("swap", "none"):
        text = visible_text(pages[(verdict, "fr")])
        assert sorted(f for f in english_fragments() if f in text) == []
    assert "The answer: a swap" in visible_text(pages[("swap", "en")])


def test_hostile_words_in_the_deal_are_escaped(season: Season) -> None:
    data = deal_data("swap")
    data["frontier"][1]["stays"] = [LEA_STAY, HOSTILE]
    data["sensitivity"][0]["name"] = HOSTILE
    data["sensitivity"][0]["description"] = HOSTILE
    data["break_even"][0]["note"] = HOSTILE
    plan = deal_plan("swap", **{**data, "notes": [HOSTILE], "what_would_change_it": [HOSTILE]})
    html = render_report(season, plan, "en", violations=[])
    assert "<img src=x" not in html and "<script>alert(2)" not in html
    escaped = "&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;"
    # Stay: chart tooltip and packages table; sensitivity name: tornado bar, its tooltip
    # and the table; description, note, notes and what would change it once each.
    assert html.count(escaped) == 9


def test_a_plan_without_a_deal_renders_as_before(season: Season) -> None:
    plan = Plan.model_validate(plan_data())
    assert plan.deal is None
    page = parse(render_report(season, plan, "en", violations=[]))
    assert [a.attrs["href"] for a in page.find("nav").find_all("a")] == [
        "#answer", "#calendar", "#casting", "#finance", "#solvers", "#checks",
    ]  # fmt: skip
    assert [n for n in page.iter() if n.attrs.get("id") in ("verdict", "deal")] == []


def test_a_stay_reads_as_a_name_a_house_and_dates(season: Season) -> None:
    assert stay_label(season, LEA_STAY, Translator("fr")) == (
        "Léa Garnier chez Manhattan Ballet Theatre, 9–13 déc. 2026"
    )
    # Anything else is shown as written.
    assert stay_label(season, "par-lea, somewhere", Translator("en")) == "par-lea, somewhere"


def test_same_deal_same_bytes(season: Season) -> None:
    plan = deal_plan("swap")
    assert render_report(season, plan, "fr", violations=[]) == render_report(
        season, plan, "fr", violations=[]
    )
