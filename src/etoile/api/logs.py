"""The access log never shows a calendar feed's token: whoever reads the log could follow
that dancer's schedule."""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

FEED_PATH = re.compile(r"(/feeds/)[^/?\s.]+")


def mask(path: str) -> str:
    """``path`` with any feed token replaced by ``***``."""
    return FEED_PATH.sub(r"\1***", path)


class MaskFeedTokens(logging.Filter):
    """Rewrites the request path of uvicorn's access records (``client, method, path, ...``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], mask(args[2]), *args[3:])
        elif isinstance(record.msg, str):
            record.msg = mask(record.msg)
        return True


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's own logging configuration with :class:`MaskFeedTokens` on the access log."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["feed_tokens"] = {"()": MaskFeedTokens}
    config["handlers"]["access"]["filters"] = ["feed_tokens"]
    return config
