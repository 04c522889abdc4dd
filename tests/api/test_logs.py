"""The access log never shows a calendar feed's token."""

from __future__ import annotations

import logging

import pytest

from etoile.api.logs import MaskFeedTokens, mask, uvicorn_log_config


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/feeds/abc123XYZ/dancer.ics", "/feeds/***/dancer.ics"),
        ("/feeds/abc123?lang=fr", "/feeds/***?lang=fr"),
        # The token stops at a dot: "/feeds/<token>.ics" keeps its extension.
        ("/feeds/s3cr3t.ics", "/feeds/***.ics"),
        ("/api/plans/3", "/api/plans/3"),
        ("/feeds/", "/feeds/"),  # nothing to hide
    ],
)
def test_mask(path: str, expected: str) -> None:
    assert mask(path) == expected


def _record(msg: str, args: tuple[object, ...] | None) -> logging.LogRecord:
    return logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, msg, args, None)


def test_an_access_record_has_its_path_masked_and_the_rest_kept() -> None:
    # uvicorn's access arguments: client, method, path, HTTP version, status.
    record = _record(
        '%s - "%s %s HTTP/%s" %d', ("10.0.0.1:5000", "GET", "/feeds/tok/cal.ics", "1.1", 200)
    )
    assert MaskFeedTokens().filter(record) is True
    assert record.getMessage() == '10.0.0.1:5000 - "GET /feeds/***/cal.ics HTTP/1.1" 200'


def test_a_plain_message_is_masked_too() -> None:
    record = _record("fetching /feeds/tok/cal.ics", None)
    assert MaskFeedTokens().filter(record) is True
    assert record.getMessage() == "fetching /feeds/***/cal.ics"


def test_uvicorns_access_handler_gets_the_filter_and_its_config_is_untouched() -> None:
    from uvicorn.config import LOGGING_CONFIG

    config = uvicorn_log_config()
    assert config["filters"]["feed_tokens"] == {"()": MaskFeedTokens}
    assert config["handlers"]["access"]["filters"] == ["feed_tokens"]
    # A deep copy: uvicorn's module-level default is left as it was.
    assert "filters" not in LOGGING_CONFIG["handlers"]["access"]
