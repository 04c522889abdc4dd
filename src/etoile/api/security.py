"""Security headers on every answer: what a browser may run, frame, sniff and tell other sites.

The pages load one script and one stylesheet, both from ``/static``; no inline script. So the
Content-Security-Policy allows scripts, images and forms from this site only (styles also
inline: the finance charts are SVG with style attributes), and no site may frame a page
(clickjacking a "Publish" button). The API description pages (``/docs``,
``/redoc``) are FastAPI's own: they load Swagger UI and ReDoc from their CDN with an inline
start-up script, and get a policy that allows exactly that.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        # The finance page's charts are Matplotlib SVG, whose elements carry style attributes;
        # styles cannot run code, scripts stay 'self' only.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
"""The Content-Security-Policy of the pages and the API."""

DOCS_CDN = "https://cdn.jsdelivr.net"
DOCS_POLICY = "; ".join(
    (
        "default-src 'self'",
        f"script-src 'self' 'unsafe-inline' {DOCS_CDN}",
        f"style-src 'self' 'unsafe-inline' {DOCS_CDN}",
        f"img-src 'self' data: https://fastapi.tiangolo.com {DOCS_CDN}",
        f"worker-src 'self' blob: {DOCS_CDN}",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    )
)
"""The looser policy of FastAPI's interactive API description (no user data on those pages)."""

DOCS_PATHS = ("/docs", "/redoc")

COMMON = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Feed addresses carry a token in their path: never send a page's address to another site.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def policy_for(path: str) -> str:
    """The Content-Security-Policy for a request to ``path``."""
    if path in DOCS_PATHS or path.startswith("/docs/"):
        return DOCS_POLICY
    return PAGE_POLICY


class SecurityHeaders:
    """ASGI middleware adding :data:`COMMON` and the Content-Security-Policy to every answer.

    A header the route set itself is left as it is.
    """

    def __init__(self, app: ASGIApp, *, hsts: bool = False) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = policy_for(scope.get("path", ""))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in COMMON.items():
                    headers.setdefault(name, value)
                headers.setdefault("Content-Security-Policy", policy)
                if self.hsts:
                    headers.setdefault("Strict-Transport-Security", "max-age=31536000")
            await send(message)

        await self.app(scope, receive, send_with_headers)
