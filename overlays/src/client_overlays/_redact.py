"""Keeping secrets out of logs, reprs and exception messages.

Every place that prints a request (debug logs, error messages) goes through these helpers,
so a new credential header needs adding in one place only.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping

import httpx

__all__ = [
    "REDACTED",
    "SECRET_HEADERS",
    "SECRET_QUERY_HINTS",
    "SECRET_QUERY_WORDS",
    "is_secret_query_name",
    "mask",
    "redact_headers",
    "redact_url",
]

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
# A query parameter whose lower-cased name contains one of these carries a secret...
SECRET_QUERY_HINTS = (
    "token",
    "secret",
    "key",
    "password",
    "passwd",
    "passcode",
    "signature",
    "credential",
    "session",
    "jwt",
    "auth",
)
# ...and so does one with one of these as a whole word of its name (`sig`, `X-Amz-Sig`,
# `pass_code`): as substrings they would hide `page`-like names such as `passenger`, `zipcode`.
SECRET_QUERY_WORDS = frozenset({"sig", "pwd", "pass", "code"})
_WORDS = re.compile(r"[a-z0-9]+")


@functools.cache
def _spec_query_secrets() -> frozenset[str]:
    """Names each vendor spec's `apiKey` schemes send in the query (written by `make generate`);
    read on first use, not at import (importlib.resources and the files cost milliseconds)."""
    from importlib import resources

    folder = resources.files(__package__).joinpath("_query_secrets")
    names: set[str] = set()
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            names.update(name.lower() for name in json.loads(entry.read_text(encoding="utf-8"))["names"])
    return frozenset(names)


def __getattr__(name: str) -> frozenset[str]:
    if name == "SPEC_QUERY_SECRETS":
        return _spec_query_secrets()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_secret_query_name(name: str) -> bool:
    lowered = name.lower()
    if lowered in _spec_query_secrets() or any(hint in lowered for hint in SECRET_QUERY_HINTS):
        return True
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name).lower()  # camelCase -> camel case
    return any(word in SECRET_QUERY_WORDS for word in _WORDS.findall(spaced))


def mask(secret: str) -> str:
    """A recognisable but useless form of a secret for reprs: its length only."""
    return f"<secret: {len(secret)} chars>"


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {name: (REDACTED if name.lower() in SECRET_HEADERS else value) for name, value in items}


def _redact_pairs(text: str) -> str:
    params = httpx.QueryParams(text)
    return str(
        httpx.QueryParams(
            [(name, _URL_REDACTED if is_secret_query_name(name) else value) for name, value in params.multi_items()]
        )
    )


def redact_url(url: httpx.URL | str) -> str:
    """The URL with credentials in user info, query parameters or a `#key=value` fragment
    (OAuth's implicit flow puts `access_token` there) replaced."""
    parsed = httpx.URL(str(url))
    if parsed.userinfo:
        parsed = parsed.copy_with(username=_URL_REDACTED, password=None)
    if parsed.query:
        parsed = parsed.copy_with(query=_redact_pairs(parsed.query.decode("ascii")).encode("ascii"))
    if "=" in parsed.fragment:
        parsed = parsed.copy_with(fragment=_redact_pairs(parsed.fragment))
    return str(parsed)
