"""The pages in English and French: every label in both languages, none left in English on a
French page, a phone's viewport, and the casting edit through the form."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

import web_kit as kit
from api.test_login import csrf_of, log_in
from etoile.i18n import CATALOGUE
from etoile.web.messages import MESSAGES

from .cells import save_cell

P = f"/seasons/{kit.SEASON_ID}"
SAME_IN_BOTH = {"app.name", "nav.plans", "glance.studios", "rehearsals.subject.studio"}
SAME_IN_BOTH |= {"casting.edit_title", "plan.version"}

PAGES = {
    "nyc-director": [P, f"{P}/exchange", f"{P}/casting/{kit.NYC_PRODUCTION}", f"{P}/plans"],
    "nyc-ballet-master": [f"{P}/rehearsals", f"{P}/rehearsals?subject=staff&view=day"],
    "nyc-finance": [f"{P}/finance"],
    "nyc-dancer": ["/me"],
}


def visible_text(html: str) -> str:
    """The words of a page, without tags, scripts and attribute values."""
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_every_label_exists_in_both_languages() -> None:
    for key, (en, fr) in MESSAGES.items():
        assert en and fr, key
        if key not in SAME_IN_BOTH:
            assert en != fr, f"{key} is not translated"
    assert set(MESSAGES).isdisjoint(CATALOGUE)


@pytest.mark.parametrize("login", sorted(PAGES))
def test_french_pages_show_no_english_label(client: TestClient, login: str) -> None:
    assert log_in(client, login) == 303
    english = {
        en
        for key, (en, fr) in MESSAGES.items()
        if isinstance(en, str) and "{" not in en and en != fr and len(en) > 3
    }
    # Names in the season's data are not labels (the tiny season's staff is "Ballet master").
    english -= {o.item.name for o in kit.season().staff.values()}
    for path in PAGES[login]:
        sep = "&" if "?" in path else "?"
        page = client.get(f"{path}{sep}lang=fr")
        assert page.status_code == 200, path
        assert '<html lang="fr">' in page.text
        assert 'name="viewport" content="width=device-width, initial-scale=1"' in page.text
        words = visible_text(page.text)
        assert [e for e in english if re.search(rf"(?<!\w){re.escape(e)}(?!\w)", words)] == []
        assert client.get(f"{path}{sep}lang=en").text != page.text


def test_the_chosen_language_stays_for_the_next_pages(client: TestClient) -> None:
    assert log_in(client, "par-director") == 303
    assert '<html lang="fr">' in client.get(P).text  # the account's language
    assert '<html lang="en">' in client.get(f"{P}?lang=en").text
    assert '<html lang="en">' in client.get(f"{P}/plans").text


def test_the_casting_form_saves_and_shows_the_warning(client: TestClient) -> None:
    assert log_in(client, "nyc-ballet-master") == 303
    form, page = save_cell(client, "")
    assert 'id="edit-cell"' in form.text
    assert page.status_code == 200
    assert "Saved in draft 2." in page.text
    assert "<strong>Role slot unfilled</strong>" in page.text


def test_the_casting_form_needs_the_csrf_token(client: TestClient) -> None:
    assert log_in(client, "nyc-ballet-master") == 303
    refused = client.post(
        f"{P}/casting/{kit.NYC_PRODUCTION}",
        data={"plan_id": "2", "performance": kit.NYC_SHOW, "role": kit.NYC_ROLE},
    )
    assert refused.status_code == 403


def test_a_director_publishes_from_the_plans_page(client: TestClient) -> None:
    assert log_in(client, "nyc-director") == 303
    plans = client.get(f"{P}/plans?lang=fr")
    answer = client.post(
        f"{P}/plans/2/publish",
        data={"csrf": csrf_of(plans.text), "base_version": "1"},
        follow_redirects=False,
    )
    assert (answer.status_code, answer.headers["location"]) == (303, f"{P}/versions/2")
    changes = client.get(answer.headers["location"])
    assert "La version 2 est publiée." in changes.text
    assert "Rien n&#39;a changé." in changes.text  # autoescaped, as every page


def test_a_refused_page_says_why_in_the_readers_language(client: TestClient) -> None:
    assert log_in(client, "par-dancer") == 303
    page = client.get(P)
    assert page.status_code == 403
    assert "Votre rôle ne permet pas de voir cette page." in page.text
