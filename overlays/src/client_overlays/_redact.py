"""Keeping secrets out of logs, reprs and exception messages.

Every place that prints a request (debug logs, error messages) goes through these helpers,
so a new credential header needs adding in one place only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import httpx

__all__ = ["REDACTED", "SECRET_HEADERS", "mask", "redact_headers", "redact_url"]

REDACTED = "[redacted]"
_URL_REDACTED = "REDACTED"  # survives URL encoding unchanged
# Lower-case header names that carry credentials for at least one vendor.
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "x-appsecrettoken",
        "x-agreementgranttoken",
    }
)
_SECRET_QUERY_HINTS = ("token", "secret", "key", "password", "signature")


def mask(secret: str) -> str:
    """A recognisable but useless form of a secret for reprs: its length only."""
    return f"<secret: {len(secret)} chars>"


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {name: (REDACTED if name.lower() in SECRET_HEADERS else value) for name, value in items}


def redact_url(url: httpx.URL | str) -> str:
    """The URL with credentials in userinfo or query parameters replaced."""
    parsed = httpx.URL(str(url))
    if parsed.userinfo:
        parsed = parsed.copy_with(username=_URL_REDACTED, password=None)
    params = [
        (name, _URL_REDACTED if any(hint in name.lower() for hint in _SECRET_QUERY_HINTS) else value)
        for name, value in parsed.params.multi_items()
    ]
    if params:
        parsed = parsed.copy_with(params=params)
    return str(parsed)
