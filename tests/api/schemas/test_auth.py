"""The login schemas: limits of a login form, the token answer, and a user as others see them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from etoile.api.schemas.auth import LoginCreate, TokenPublic, UserPublic
from etoile.services.access import Principal, Role


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"login": "", "password": "x"}, "login"),
        ({"login": "a" * 81, "password": "x"}, "login"),  # at most 80
        ({"login": "ava", "password": ""}, "password"),
        ({"login": "ava", "password": "x" * 1025}, "password"),  # at most 1,024
        ({"login": "ava", "password": "x", "label": "l" * 201}, "label"),  # at most 200
        ({"password": "x"}, "login"),
    ],
)
def test_a_bad_login_form_names_its_field(body: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        LoginCreate.model_validate(body)
    assert [e["loc"] for e in caught.value.errors()] == [(field,)]


def test_the_longest_login_form_is_accepted() -> None:
    form = LoginCreate(login="a" * 80, password="x" * 1024, label="l" * 200)
    assert (len(form.login), len(form.password), len(form.label or "")) == (80, 1024, 200)
    assert LoginCreate(login="ava", password="x").label is None


def test_a_token_is_a_bearer_token() -> None:
    token = TokenPublic(access_token="s3cr3t", expires_in=43_200, id=4)
    assert token.model_dump() == {
        "access_token": "s3cr3t",
        "token_type": "bearer",
        "expires_in": 43_200,
        "id": 4,
    }


def test_a_user_as_others_see_them() -> None:
    ava = Principal(
        id=3,
        login="ava",
        name="Ava Linden",
        role=Role("dancer"),
        company="nyc",
        dancer="nyc-ava",
        language="en",
    )
    assert UserPublic.of(ava).model_dump(mode="json") == {
        "id": 3,
        "login": "ava",
        "name": "Ava Linden",
        "role": "dancer",
        "company": "nyc",
        "dancer": "nyc-ava",
        "language": "en",
    }
